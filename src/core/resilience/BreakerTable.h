// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resilience/BreakerSettings.h"
#include "resilience/CircuitBreaker.h"
#include "store/Event.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

// The breakers table and the way a transition becomes events, shared by the gate and the
// administrator overrides. Internal to the resilience module.
namespace eventdesk::resilience::detail {

// A transition event decided inside a write transaction and appended right after it. It
// waits in the row (with its id) until the events table holds it, so a crash between the
// two loses nothing and an event is never recorded twice: its id is unique in the store.
struct PendingEvent
{
    QString stream;
    QUuid id;
    QString type;
    QJsonObject payload;
    QJsonObject metadata;

    QJsonObject toJson() const;
    static std::optional<PendingEvent> fromJson(const QJsonObject &json);
};

struct BreakerRow
{
    QString service;
    BreakerState state;
    qint64 streamVersion = -1; // of $health-<service>; -1 before its first event
    QList<PendingEvent> pending;
};

// A closed breaker with an empty window: what a service without a row has.
BreakerRow freshRow(const QString &service, const CircuitBreakerConfig &config);

// On a read connection or inside a write transaction.
Result<QHash<QString, BreakerRow>> loadRows(QSqlDatabase &db, const BreakerSettings &settings);
Result<BreakerRow> loadRow(QSqlDatabase &db, const QString &service,
                           const BreakerSettings &settings);

// Inside a write transaction: drops the pending events the events table already holds and
// reads the health stream's version.
Status reconcile(QSqlDatabase &db, BreakerRow &row);
Status saveRow(QSqlDatabase &db, const BreakerRow &row, qint64 now);

// The metadata of a transition nobody asked for: actor $system, this machine as host.
EventMetadata systemMetadata();
// Queues the events recording a transition: the $health-<service> event, and an
// AlertRaised in $alerts when a closed breaker opens.
void addTransition(BreakerRow &row, const BreakerTransition &transition,
                   const EventMetadata &metadata);
QLatin1String eventTypeFor(const BreakerTransition &transition);

// Appends the pending events of rows a write transaction just saved, then removes them
// from the rows once stored; a few rounds when another process appended first. Returns
// the rows as the store holds them afterwards (services without pending events unchanged).
Result<QList<BreakerRow>> recordPending(SqliteEventStore &store, QList<BreakerRow> rows,
                                        const BreakerSettings &settings);

} // namespace eventdesk::resilience::detail
