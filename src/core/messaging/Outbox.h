// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::messaging {

// Where an outbox message stands. Pending: waiting (maybe for a backoff or an open
// breaker) or being delivered; Delivered; Dead: parked in dead letters.
enum class OutboxStatus
{
    Pending,
    Delivered,
    Dead
};
QString outboxStatusName(OutboxStatus status); // "pending", "delivered", "dead"

// One outbox row as the dispatcher leaves it: what the saga engine reads after a restart
// to learn how a message it sent ended (the delivery observer is the live path).
struct OutboxEntry
{
    qint64 id = 0;
    QUuid messageId;
    QString destination;
    QString orderingKey;
    QByteArray payload;
    qint64 eventPosition = 0;
    qint64 createdAt = 0;
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    int shortCircuits = 0;
    qint64 nextAttemptAt = 0;
    QString leaseOwner;
    qint64 leaseUntil = 0;
    qint64 firstFailedAt = 0; // 0: never failed
    qint64 lastFailedAt = 0;
    QString lastError;
    int httpStatus = 0;
    QString adapter;
    QByteArray response;
    qint64 finishedAt = 0; // delivered or dead-lettered at; 0 while pending
};

// Reads on the calling thread's connection.
Result<std::optional<OutboxEntry>> findOutboxMessage(SqliteEventStore &store,
                                                     const QUuid &messageId);
// Messages waiting for each service (status pending): `queued` in `health`.
Result<QMap<QString, qint64>> queuedByService(SqliteEventStore &store);
Result<qint64> countOutbox(SqliteEventStore &store, OutboxStatus status);

} // namespace eventdesk::messaging
