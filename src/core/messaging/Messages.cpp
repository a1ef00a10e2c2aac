// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/Messages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace eventdesk::messaging {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::messaging::Messages)
};

const QLatin1String ServiceKey{"service"};
const QLatin1String OperationKey{"operation"};
const QLatin1String IdempotencyKey{"idempotencyKey"};
const QLatin1String CorrelationKey{"correlationId"};
const QLatin1String BodyKey{"body"};
} // namespace

QJsonObject serviceCallToJson(const ServiceCall &call)
{
    QJsonObject o{{ServiceKey, call.service},
                  {OperationKey, call.operation},
                  {IdempotencyKey, call.idempotencyKey},
                  {BodyKey, call.body}};
    if (!call.correlationId.isEmpty())
        o.insert(CorrelationKey, call.correlationId);
    return o;
}

QByteArray encodeServiceCall(const ServiceCall &call)
{
    return QJsonDocument(serviceCallToJson(call)).toJson(QJsonDocument::Compact);
}

Result<ServiceCall> serviceCallFromJson(const QJsonObject &o)
{
    ServiceCall call;
    const auto text = [&o](QLatin1String key, QString *into) {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return false;
        *into = v.toString();
        return true;
    };
    if (!text(ServiceKey, &call.service))
        return Error::validation(Text::tr("The message names no service (\"service\")."));
    if (!text(OperationKey, &call.operation))
        return Error::validation(Text::tr("The message names no operation (\"operation\")."));
    if (!text(IdempotencyKey, &call.idempotencyKey))
        return Error::validation(
            Text::tr("The message has no idempotency key (\"idempotencyKey\")."));
    const QJsonValue correlation = o.value(CorrelationKey);
    if (!correlation.isUndefined() && !correlation.isNull()) {
        if (!correlation.isString())
            return Error::validation(Text::tr("The message's \"correlationId\" is not text."));
        call.correlationId = correlation.toString();
    }
    const QJsonValue body = o.value(BodyKey);
    if (!body.isUndefined() && !body.isNull()) {
        if (!body.isObject())
            return Error::validation(Text::tr("The message's \"body\" is not a JSON object."));
        call.body = body.toObject();
    }
    return call;
}

Result<ServiceCall> decodeServiceCall(const QByteArray &payload)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::validation(Text::tr("The message is not a JSON object."));
    return serviceCallFromJson(doc.object());
}

OutboxMessage outboxMessageFor(const ServiceCall &call, const QString &orderingKey, QUuid messageId)
{
    OutboxMessage m;
    m.messageId = messageId.isNull() ? QUuid::createUuid() : messageId;
    m.destination = call.service;
    m.orderingKey = orderingKey.isEmpty() ? call.service : orderingKey;
    m.payload = encodeServiceCall(call);
    return m;
}

QUuid messagingUuid(const QString &name)
{
    // A fixed namespace of our own (random once, never to change).
    static const QUuid ns = QUuid::fromString(u"6d1c3f0a-5b7e-4e52-9a3c-2f8e1d7b4c90");
    return QUuid::createUuidV5(ns, name);
}

} // namespace eventdesk::messaging
