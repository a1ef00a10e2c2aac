// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace eventdesk {

// The external services workflows call (shared/design/SERVICES.md).
inline const QStringList &knownServices()
{
    static const QStringList names{QStringLiteral("payment"), QStringLiteral("notification"),
                                   QStringLiteral("inventory"), QStringLiteral("ledger")};
    return names;
}

// One call to a service: the JSON body of SERVICES.md plus the headers' values.
struct ServiceCall
{
    QString service;        // "payment", "notification", "inventory", "ledger"
    QString operation;      // "authorize", "void", "send", "reserve", "release", "post", …
    QString idempotencyKey; // stable for every retry of the same step
    QString correlationId;
    QJsonObject body; // the whole request body, amounts as decimal strings
};

enum class CallOutcome
{
    Success,          // 2xx
    RetryableFailure, // 408, 409, 429, 5xx, timeout, refused or dropped connection
    PermanentFailure, // any other 4xx: no retry, straight to dead letters
};

struct CallResult
{
    CallOutcome outcome = CallOutcome::RetryableFailure;
    int httpStatus = 0;       // 0 when no HTTP status exists (simulated, transport error)
    QString error;            // for a person; empty on success
    QByteArray responseBody;  // recorded with the step's event (truncated)
    qint64 retryAfterMs = -1; // the service's Retry-After, when it sent one
    qint64 latencyMs = 0;
    QString adapter; // "simulated" or "http" (metadata.adapter of the effect's event)
    bool responseTruncated = false; // responseBody holds only the start of the body

    bool ok() const { return outcome == CallOutcome::Success; }
};

// What the step's event records of an answer (SERVICES.md): a JSON body as JSON, any other
// body as its (truncated) text; null when there was no body.
inline QJsonValue recordedResponse(const CallResult &result)
{
    if (result.responseBody.isEmpty())
        return QJsonValue();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(result.responseBody, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
    }
    return QString::fromUtf8(result.responseBody);
}

// A service adapter. call() returns at once; the result arrives on the future. Adapters
// live on the dispatcher's thread (the HTTP one needs its event loop).
class ServiceAdapter
{
public:
    virtual ~ServiceAdapter() = default;
    virtual QString kind() const = 0; // "simulated" or "http"
    virtual QFuture<CallResult> call(const ServiceCall &call) = 0;
};

// Which adapter serves each service right now (settings can change while running).
class ServiceDirectory
{
public:
    virtual ~ServiceDirectory() = default;
    virtual ServiceAdapter *adapterFor(const QString &service) = 0; // null: unknown service
    // Picks up settings changed since the last call (by this or another process). The
    // dispatcher calls it once per batch, so it must be cheap when nothing changed. An
    // adapter pointer from adapterFor() stays valid until the next refresh(); calls it
    // has already started still complete after that.
    virtual void refresh() {}
};

} // namespace eventdesk
