// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServicePort.h"
#include "store/Event.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QUuid>

namespace eventdesk::messaging {

// The system stream of the audited dead-letter operations, and its event types.
inline constexpr QLatin1String DeadLettersStream{"$deadletters"};
namespace MessagingEvents {
inline constexpr QLatin1String DeadLetterRetried{"DeadLetterRetried"};
inline constexpr QLatin1String DeadLetterEdited{"DeadLetterEdited"}; // edited and retried
inline constexpr QLatin1String DeadLetterDiscarded{"DeadLetterDiscarded"};
} // namespace MessagingEvents

// An outbox row's payload is the JSON object of one service call:
//   {"service", "operation", "idempotencyKey", "correlationId", "body": {...}}
QJsonObject serviceCallToJson(const ServiceCall &call);
QByteArray encodeServiceCall(const ServiceCall &call); // compact UTF-8
// Refuses what is not such an object: service, operation and idempotencyKey must be
// non-empty strings, body an object (an absent body is an empty one).
Result<ServiceCall> serviceCallFromJson(const QJsonObject &object);
Result<ServiceCall> decodeServiceCall(const QByteArray &payload);

// The outbox message that sends `call`: destination is the call's service, ordering_key
// keeps the messages of one key in order (e.g. the request's stream id). A random message
// id unless one is given.
OutboxMessage outboxMessageFor(const ServiceCall &call, const QString &orderingKey,
                               QUuid messageId = {});

// Name-based (version 5) UUIDs in EventDesk's messaging namespace: the same name always
// gives the same id, so an append made twice is stored once.
QUuid messagingUuid(const QString &name);

} // namespace eventdesk::messaging
