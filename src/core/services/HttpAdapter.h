// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServicePort.h"
#include "services/ServiceSettings.h"
#include "util/Clock.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace eventdesk::services {

// The most of a response body kept in a CallResult (and so in the step's event).
inline constexpr qsizetype MaxRecordedBodyBytes = 4096;

// Calls a real service over HTTP as shared/design/SERVICES.md says: a JSON POST with
// Idempotency-Key, X-Correlation-Id and User-Agent; 2xx success; 408, 409, 429, 500, 502,
// 503, 504, a timeout or a refused or dropped connection retryable, with Retry-After;
// any other status permanent. https is verified against the system's certificate
// authorities (there is no switch to turn that off); plain http only to a loopback host.
// Lives on the thread that calls it, which must run an event loop.
class HttpAdapter final : public QObject, public ServiceAdapter
{
    Q_OBJECT
public:
    // clock: "now" for a Retry-After given as a date; the system clock when null.
    HttpAdapter(QString service, QUrl url, int timeoutMs = DefaultTimeoutMs,
                std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);
    ~HttpAdapter() override;
    Q_DISABLE_COPY_MOVE(HttpAdapter)

    QString kind() const override;
    QFuture<CallResult> call(const ServiceCall &call) override;

    QUrl url() const { return m_url; }
    int timeoutMs() const { return m_timeoutMs; }
    int pendingCalls() const { return m_pending; }

    // The request body: the call's body with "service" and "operation" set from the call.
    static QByteArray requestBody(const ServiceCall &call);
    // Success, retryable or permanent, for an HTTP status (SERVICES.md).
    static CallOutcome outcomeForStatus(int status);
    // A Retry-After value (delay-seconds or an HTTP date) in milliseconds from nowMs; -1
    // when it is neither. A date in the past gives 0.
    static qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs);
    // At most MaxRecordedBodyBytes, cut at a character boundary.
    static QByteArray truncatedBody(const QByteArray &body, bool *truncated = nullptr);

private:
    struct Pending;
    void finish(QNetworkReply *reply, const std::shared_ptr<Pending> &pending);

    QString m_service;
    QUrl m_url;
    int m_timeoutMs;
    std::shared_ptr<const Clock> m_clock;
    QNetworkAccessManager *m_network;
    int m_pending = 0;
};

} // namespace eventdesk::services
