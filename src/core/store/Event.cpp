// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Event.h"

#include "store/Chain.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace eventdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

bool isJsonObject(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Event)
};
} // namespace

QJsonObject EventMetadata::toJson() const
{
    QJsonObject o = extra;
    auto put = [&o](QLatin1String key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put("actor"_L1, actor);
    put("correlationId"_L1, correlationId);
    put("causationId"_L1, causationId);
    put("host"_L1, host);
    put("reason"_L1, reason);
    put("adapter"_L1, adapter);
    return o;
}

NewEvent NewEvent::make(const QString &type, const QJsonObject &payload,
                        const EventMetadata &metadata, int schemaVersion, QUuid eventId)
{
    NewEvent e;
    e.eventId = eventId.isNull() ? QUuid::createUuid() : eventId;
    e.type = type;
    e.schemaVersion = schemaVersion;
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    e.metadata = QJsonDocument(metadata.toJson()).toJson(QJsonDocument::Compact);
    e.bodyDigest = Chain::body(e.eventId, e.type, e.schemaVersion, e.payload, e.metadata);
    return e;
}

Result<NewEvent> NewEvent::fromBytes(QUuid eventId, const QString &type, int schemaVersion,
                                     const QByteArray &payload, const QByteArray &metadata)
{
    if (!isJsonObject(payload))
        return Error::validation(
            Text::tr("The payload of a %1 event is not a JSON object.").arg(type));
    if (!isJsonObject(metadata))
        return Error::validation(
            Text::tr("The metadata of a %1 event is not a JSON object.").arg(type));
    NewEvent e;
    e.eventId = eventId.isNull() ? QUuid::createUuid() : eventId;
    e.type = type;
    e.schemaVersion = schemaVersion;
    e.payload = payload;
    e.metadata = metadata;
    e.bodyDigest = Chain::body(e.eventId, e.type, e.schemaVersion, e.payload, e.metadata);
    return e;
}

QJsonObject RecordedEvent::payloadObject() const
{
    return parseObject(payload);
}
QJsonObject RecordedEvent::metadataObject() const
{
    return parseObject(metadata);
}

QString RecordedEvent::category() const
{
    const qsizetype dash = streamId.indexOf(u'-');
    return dash < 0 ? streamId : streamId.left(dash);
}

QJsonObject RecordedEvent::toJson() const
{
    return QJsonObject{
        {"global_position"_L1, globalPosition},
        {"stream_id"_L1, streamId},
        {"stream_version"_L1, streamVersion},
        {"event_id"_L1, uuidText(eventId)},
        {"type"_L1, type},
        {"schema_version"_L1, schemaVersion},
        {"payload"_L1, payloadObject()},
        {"metadata"_L1, metadataObject()},
        {"recorded_at"_L1, recordedAt},
        {"hash"_L1, hexText(hash)},
    };
}

bool ExpectedVersion::matches(qint64 currentVersion) const
{
    switch (m_kind) {
    case Kind::Any:
        return true;
    case Kind::NoStream:
        return currentVersion < 0;
    case Kind::StreamExists:
        return currentVersion >= 0;
    case Kind::Exact:
        return currentVersion == m_version;
    }
    return false;
}

QString ExpectedVersion::describe() const
{
    switch (m_kind) {
    case Kind::Any:
        return Text::tr("any version");
    case Kind::NoStream:
        return Text::tr("no stream yet");
    case Kind::StreamExists:
        return Text::tr("an existing stream");
    case Kind::Exact:
        return Text::tr("version %1").arg(m_version);
    }
    return {};
}

QString validateStreamId(const QString &streamId)
{
    if (streamId.isEmpty())
        return Text::tr("The stream id is empty.");
    if (streamId.size() > 200)
        return Text::tr("The stream id is longer than 200 characters.");
    for (qsizetype i = 0; i < streamId.size(); ++i) {
        const QChar c = streamId.at(i);
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.' ||
                             c == u':' || c == u'@' || (c == u'$' && i == 0);
        if (!allowed)
            return Text::tr("The stream id \"%1\" contains a forbidden character at position %2: "
                            "use letters, digits and - _ . : @ (and $ only first).")
                .arg(streamId)
                .arg(i + 1);
    }
    if (streamId.startsWith(u'-') || streamId == u"$"_s)
        return Text::tr("The stream id \"%1\" has no category.").arg(streamId);
    return {};
}

QString validateEventType(const QString &type)
{
    if (type.isEmpty())
        return Text::tr("The event type is empty.");
    if (type.size() > 100)
        return Text::tr("The event type is longer than 100 characters.");
    if (!type.at(0).isLetter())
        return Text::tr("The event type \"%1\" must start with a letter.").arg(type);
    for (const QChar c : type) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
        if (!allowed)
            return Text::tr("The event type \"%1\" may contain only letters, digits, _ and .")
                .arg(type);
    }
    return {};
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace eventdesk
