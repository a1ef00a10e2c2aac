// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace eventdesk {

// Who caused an event and why: the metadata object stored with every event
// (camelCase keys as ARCHITECTURE.md fixes them).
struct EventMetadata
{
    QString actor;
    QString correlationId;
    QString causationId;
    QString host;
    QString reason;
    QString adapter;     // "simulated" or "http" for events that record an external effect
    QJsonObject extra;   // anything else; merged in as further keys

    QJsonObject toJson() const;
};

// An event about to be appended. Payload and metadata are kept as the exact compact
// UTF-8 bytes that are stored and hashed; bodyDigest is the caller-side half of the
// chain (see Chain), computed once on the caller's thread.
struct NewEvent
{
    QUuid eventId;
    QString type;
    int schemaVersion = 1;
    QByteArray payload;
    QByteArray metadata;
    QByteArray bodyDigest;

    // Builds an event from JSON. The id is random unless given.
    static NewEvent make(const QString &type, const QJsonObject &payload,
                         const EventMetadata &metadata, int schemaVersion = 1,
                         QUuid eventId = {});
    // Builds an event from bytes supplied by someone else (an import, a test): the bytes
    // must each be a JSON object.
    static Result<NewEvent> fromBytes(QUuid eventId, const QString &type, int schemaVersion,
                                      const QByteArray &payload, const QByteArray &metadata);
};

// An event as stored.
struct RecordedEvent
{
    qint64 globalPosition = 0;
    QString streamId;
    qint64 streamVersion = 0;
    QUuid eventId;
    QString type;
    int schemaVersion = 1;
    QByteArray payload;   // compact JSON object (after upcasting, when an upcaster applied)
    QByteArray metadata;  // compact JSON object
    qint64 recordedAt = 0;
    QByteArray hash;      // 32 raw bytes

    QJsonObject payloadObject() const;
    QJsonObject metadataObject() const;
    QString actor() const { return metadataObject().value(QLatin1String("actor")).toString(); }
    QString category() const;
    // The envelope as CLI.md's `events --json` prints it.
    QJsonObject toJson() const;
};

// The optimistic-concurrency condition of an append.
class ExpectedVersion
{
public:
    enum class Kind { Any, NoStream, StreamExists, Exact };

    static ExpectedVersion any() { return ExpectedVersion(Kind::Any, -1); }
    static ExpectedVersion noStream() { return ExpectedVersion(Kind::NoStream, -1); }
    static ExpectedVersion streamExists() { return ExpectedVersion(Kind::StreamExists, -1); }
    // The version of the stream's last event (the first event has version 0).
    static ExpectedVersion exact(qint64 version) { return ExpectedVersion(Kind::Exact, version); }

    Kind kind() const { return m_kind; }
    qint64 version() const { return m_version; }
    // currentVersion is -1 when the stream has no events.
    bool matches(qint64 currentVersion) const;
    QString describe() const;

private:
    ExpectedVersion(Kind k, qint64 v) : m_kind(k), m_version(v) {}
    Kind m_kind;
    qint64 m_version;
};

// A message for the outbox, written in the same transaction as the events that cause it.
struct OutboxMessage
{
    QUuid messageId;
    QString destination;  // the service, e.g. "payment"
    QString orderingKey;  // delivered in order per key
    QByteArray payload;   // compact JSON object
};

struct AppendRequest
{
    QString streamId;
    ExpectedVersion expected = ExpectedVersion::any();
    QList<NewEvent> events;
    QList<OutboxMessage> outbox;
};

struct AppendSuccess
{
    qint64 firstPosition = 0;
    qint64 lastPosition = 0;
    qint64 streamVersion = -1;   // version of the stream's last appended event
    bool alreadyStored = false;  // an idempotent retry: nothing was written
};

// A conflict's message names the stream's actual version; it is also here for code.
struct AppendFailure
{
    Error error;
    qint64 actualVersion = -1;
};

using AppendResult = Result<AppendSuccess>;

// Naming rules (ARCHITECTURE.md): stream ids are `category-id`, `$` marks the system's
// own streams; types are identifiers. These return a message for a person, or empty.
QString validateStreamId(const QString &streamId);
QString validateEventType(const QString &type);

// Lower-case, no braces: the form every output uses.
QString uuidText(const QUuid &id);
QString hexText(const QByteArray &bytes);

} // namespace eventdesk
