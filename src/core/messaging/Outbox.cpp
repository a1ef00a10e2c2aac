// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/Outbox.h"

#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

namespace eventdesk::messaging {

using namespace Qt::Literals::StringLiterals;

QString outboxStatusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return u"pending"_s;
    case OutboxStatus::Delivered:
        return u"delivered"_s;
    case OutboxStatus::Dead:
        return u"dead"_s;
    }
    return u"pending"_s;
}

namespace {
OutboxStatus statusFromName(const QString &name)
{
    if (name == u"delivered"_s)
        return OutboxStatus::Delivered;
    if (name == u"dead"_s)
        return OutboxStatus::Dead;
    return OutboxStatus::Pending;
}
} // namespace

Result<std::optional<OutboxEntry>> findOutboxMessage(SqliteEventStore &store,
                                                     const QUuid &messageId)
{
    auto q = sqlite::exec(
        store.readDatabase(),
        u"SELECT id, message_id, destination, ordering_key, payload, event_position, created_at, "
        "status, attempts, short_circuits, next_attempt_at, lease_owner, lease_until, "
        "first_failed_at, last_failed_at, last_error, http_status, adapter, response, finished_at "
        "FROM outbox WHERE message_id = ?"_s,
        {messageId.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboxEntry>();
    OutboxEntry e;
    e.id = q->value(0).toLongLong();
    e.messageId = QUuid::fromRfc4122(q->value(1).toByteArray());
    e.destination = q->value(2).toString();
    e.orderingKey = q->value(3).toString();
    e.payload = q->value(4).toByteArray();
    e.eventPosition = q->value(5).toLongLong();
    e.createdAt = q->value(6).toLongLong();
    e.status = statusFromName(q->value(7).toString());
    e.attempts = q->value(8).toInt();
    e.shortCircuits = q->value(9).toInt();
    e.nextAttemptAt = q->value(10).toLongLong();
    e.leaseOwner = q->value(11).toString();
    e.leaseUntil = q->value(12).toLongLong();
    e.firstFailedAt = q->value(13).toLongLong();
    e.lastFailedAt = q->value(14).toLongLong();
    e.lastError = q->value(15).toString();
    e.httpStatus = q->value(16).toInt();
    e.adapter = q->value(17).toString();
    e.response = q->value(18).toByteArray();
    e.finishedAt = q->value(19).toLongLong();
    q->finish();
    return std::optional<OutboxEntry>(std::move(e));
}

Result<QMap<QString, qint64>> queuedByService(SqliteEventStore &store)
{
    auto q = sqlite::exec(store.readDatabase(),
                          u"SELECT destination, count(*) FROM outbox WHERE status = 'pending' "
                          "GROUP BY destination"_s);
    if (!q)
        return q.error();
    QMap<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

Result<qint64> countOutbox(SqliteEventStore &store, OutboxStatus status)
{
    auto q = sqlite::exec(store.readDatabase(), u"SELECT count(*) FROM outbox WHERE status = ?"_s,
                          {outboxStatusName(status)});
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

} // namespace eventdesk::messaging
