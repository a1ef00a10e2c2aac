// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceStatus.h"

#include "resilience/HealthMetrics.h"
#include "services/ServicePort.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace eventdesk::services {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::services)
};
} // namespace

QJsonObject ServiceStatus::toJson() const
{
    return QJsonObject{
        {"name"_L1, settings.name},
        {"adapter"_L1, settings.adapter},
        {"url"_L1, settings.isHttp() ? QJsonValue(settings.url) : QJsonValue()},
        {"mode"_L1, settings.mode.toText()},
        {"timeout_ms"_L1, settings.timeoutMs},
        {"breaker"_L1, breaker},
        {"calls"_L1, calls},
        {"failures"_L1, failures},
        {"short_circuited"_L1, shortCircuited},
        {"failure_rate"_L1, failureRate},
        {"p50_ms"_L1, p50Ms},
        {"p95_ms"_L1, p95Ms},
        {"p99_ms"_L1, p99Ms},
        {"queued"_L1, queued},
        {"window_ms"_L1, StatusWindowMs},
    };
}

Result<QHash<QString, qint64>> queuedMessages(SqliteEventStore &store)
{
    QSqlDatabase &db = store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(
            Text::tr("The store %1 cannot be read.").arg(store.location()));
    // status 'pending' (003_messaging.sql): waiting, backing off or being delivered; not
    // delivered and not dead-lettered. The partial index outbox_pending
    // (id, ordering_key, destination) holds exactly these rows.
    auto q = sqlite::exec(db, u"SELECT destination, count(*) FROM outbox "
                              "WHERE status = 'pending' GROUP BY destination"_s);
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    for (const QString &name : knownServices())
        counts.insert(name, 0);
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

Result<QList<qint64>> queuedSeries(SqliteEventStore &store, const QString &service, qint64 windowMs,
                                   qint64 stepMs)
{
    if (stepMs < 1000 || stepMs % 1000 != 0 || windowMs < stepMs || windowMs / stepMs > 100000)
        return Error::validation(
            Text::tr(
                "A queue plot needs whole-second steps, at most 100000 of them, not a window of "
                "%1 ms in steps of %2 ms.")
                .arg(windowMs)
                .arg(stepMs));
    QSqlDatabase &db = store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(
            Text::tr("The store %1 cannot be read.").arg(store.location()));
    const qint64 now = store.options().effectiveClock().nowMs();
    const qint64 last = now - ((now % stepMs) + stepMs) % stepMs;
    const qint64 steps = (windowMs + stepMs - 1) / stepMs;
    const qint64 first = last - (steps - 1) * stepMs;
    // A row waits from created_at until finished_at (delivered or dead-lettered; NULL while
    // pending); only rows that waited at some moment of the window matter.
    auto q = sqlite::exec(db,
                          u"SELECT created_at, finished_at FROM outbox WHERE destination = ? "
                          "AND created_at < ? AND (finished_at IS NULL OR finished_at >= ?)"_s,
                          {service, last + stepMs, first});
    if (!q)
        return q.error();
    QList<qint64> depth(steps, 0);
    while (q->next()) {
        const qint64 created = q->value(0).toLongLong();
        const bool finished = !q->value(1).isNull();
        const qint64 finishedAt = q->value(1).toLongLong();
        for (qint64 i = 0; i < steps; ++i) {
            const qint64 end = std::min(first + (i + 1) * stepMs, now); // measured here
            if (created <= end && (!finished || finishedAt > end))
                ++depth[i];
        }
    }
    q->finish();
    return depth;
}

Result<QList<ServiceStatus>> serviceStatuses(SqliteEventStore &store)
{
    auto settings = ServiceSettingsStore(store).load();
    if (!settings)
        return settings.error();
    auto health = resilience::loadServiceHealth(store, StatusWindowMs, knownServices());
    if (!health)
        return health.error();
    auto queued = queuedMessages(store);
    if (!queued)
        return queued.error();
    QList<ServiceStatus> list;
    for (const ServiceSettings &s : settings.value()) {
        ServiceStatus status;
        status.settings = s;
        for (const resilience::ServiceHealth &h : health.value()) {
            if (h.service != s.name)
                continue;
            status.breaker = QString(resilience::breakerModeName(h.breaker));
            status.calls = h.calls;
            status.failures = h.failures;
            status.shortCircuited = h.shortCircuited;
            status.failureRate = h.failureRate;
            status.p50Ms = h.p50Ms;
            status.p95Ms = h.p95Ms;
            status.p99Ms = h.p99Ms;
        }
        status.queued = queued->value(s.name, 0);
        list.append(status);
    }
    return list;
}

} // namespace eventdesk::services
