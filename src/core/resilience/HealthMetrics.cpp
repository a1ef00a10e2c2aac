// SPDX-License-Identifier: GPL-3.0-or-later
#include "resilience/HealthMetrics.h"

#include "resilience/BreakerSettings.h"
#include "resilience/BreakerTable.h"
#include "services/ServicePort.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace eventdesk::resilience {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::HealthMetrics)
};

constexpr qint64 SampleBucketMs = 1000;

qint64 bucketOf(qint64 ms)
{
    return ms - ((ms % SampleBucketMs) + SampleBucketMs) % SampleBucketMs;
}

Result<QSqlDatabase *> database(SqliteEventStore &store)
{
    QSqlDatabase &db = store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(Text::tr("The store %1 cannot be read.")
                                           .arg(QDir::toNativeSeparators(store.location())));
    return &db;
}

Status checkWindow(qint64 windowMs)
{
    if (windowMs < SampleBucketMs)
        return Error::validation(
            Text::tr("A health window is at least one second long, not %1 ms.").arg(windowMs));
    return success();
}

// Counts and latencies of one service from `from` (a bucket start) on.
Status fillFromSamples(QSqlDatabase &db, ServiceHealth &h)
{
    auto q = sqlite::exec(db,
                          u"SELECT outcome, latency_ms, sum(calls) FROM breaker_samples "
                          "WHERE bucket >= ? AND service = ? GROUP BY outcome, latency_ms "
                          "ORDER BY latency_ms"_s,
                          {h.from, h.service});
    if (!q)
        return q.error();
    QMap<qint64, qint64> latencies;
    while (q->next()) {
        const int outcome = q->value(0).toInt();
        const qint64 latency = q->value(1).toLongLong();
        const qint64 n = q->value(2).toLongLong();
        if (outcome == 2) {
            h.shortCircuited += n;
            continue;
        }
        (outcome == 1 ? h.failures : h.successes) += n;
        latencies[latency] += n;
    }
    q->finish();
    h.calls = h.successes + h.failures;
    h.failureRate = h.calls ? double(h.failures) / double(h.calls) : 0.0;
    QList<std::pair<qint64, qint64>> sorted;
    sorted.reserve(latencies.size());
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it)
        sorted.append({it.key(), it.value()});
    h.p50Ms = percentileOf(sorted, 50);
    h.p95Ms = percentileOf(sorted, 95);
    h.p99Ms = percentileOf(sorted, 99);
    return success();
}
} // namespace

QJsonObject ServiceHealth::toJson() const
{
    return QJsonObject{{"name"_L1, service},
                       {"breaker"_L1, breakerModeName(breaker)},
                       {"breaker_since"_L1, breakerSince},
                       {"open_until"_L1, openUntil},
                       {"window_ms"_L1, windowMs},
                       {"calls"_L1, calls},
                       {"successes"_L1, successes},
                       {"failures"_L1, failures},
                       {"short_circuited"_L1, shortCircuited},
                       {"failure_rate"_L1, failureRate},
                       {"p50_ms"_L1, p50Ms},
                       {"p95_ms"_L1, p95Ms},
                       {"p99_ms"_L1, p99Ms},
                       {"queued"_L1, queued}};
}

qint64 percentileOf(const QList<std::pair<qint64, qint64>> &sortedCounts, double p)
{
    qint64 total = 0;
    for (const auto &[latency, count] : sortedCounts)
        total += count;
    if (total <= 0)
        return 0;
    const qint64 rank = std::clamp<qint64>(qint64(std::ceil(p / 100.0 * double(total))), 1, total);
    qint64 seen = 0;
    for (const auto &[latency, count] : sortedCounts) {
        seen += count;
        if (seen >= rank)
            return latency;
    }
    return sortedCounts.constLast().first;
}

Result<QList<ServiceHealth>> loadServiceHealth(SqliteEventStore &store, qint64 windowMs,
                                               const QStringList &services)
{
    if (auto ok = checkWindow(windowMs); !ok)
        return ok.error();
    auto db = database(store);
    if (!db)
        return db.error();
    const qint64 now = store.options().effectiveClock().nowMs();
    // The breakers' modes; the window itself is not needed here, so the defaults parse it.
    auto rows = detail::loadRows(*db.value(), BreakerSettings{});
    if (!rows)
        return rows.error();
    QList<ServiceHealth> result;
    for (const QString &service : services) {
        ServiceHealth h;
        h.service = service;
        h.windowMs = windowMs;
        h.to = now;
        h.from = bucketOf(now - windowMs);
        if (const auto it = rows->constFind(service); it != rows->constEnd()) {
            h.breaker = it->state.mode;
            h.breakerSince = it->state.changedAt;
            h.openUntil = it->state.openUntil;
        }
        if (auto s = fillFromSamples(*db.value(), h); !s)
            return s.error();
        result.append(h);
    }
    return result;
}

Result<QList<ServiceHealth>> loadServiceHealth(SqliteEventStore &store, qint64 windowMs)
{
    return loadServiceHealth(store, windowMs, knownServices());
}

Result<ServiceHealth> loadServiceHealth(SqliteEventStore &store, const QString &service,
                                        qint64 windowMs)
{
    auto all = loadServiceHealth(store, windowMs, QStringList{service});
    if (!all)
        return all.error();
    return all->constFirst();
}

Result<QList<HealthPoint>> loadHealthSeries(SqliteEventStore &store, const QString &service,
                                            qint64 windowMs, qint64 stepMs)
{
    if (auto ok = checkWindow(windowMs); !ok)
        return ok.error();
    if (stepMs < SampleBucketMs || stepMs % SampleBucketMs != 0)
        return Error::validation(
            Text::tr("A plot step is a whole number of seconds, not %1 ms.").arg(stepMs));
    if (windowMs / stepMs > 100000)
        return Error::validation(Text::tr("A plot has at most 100000 steps; take longer steps."));
    auto db = database(store);
    if (!db)
        return db.error();
    const qint64 now = store.options().effectiveClock().nowMs();
    const qint64 last = now - ((now % stepMs) + stepMs) % stepMs; // the step holding now
    const qint64 steps = std::max<qint64>(1, (windowMs + stepMs - 1) / stepMs);
    const qint64 first = last - (steps - 1) * stepMs;
    QList<HealthPoint> points(steps);
    QList<QMap<qint64, qint64>> latencies(steps);
    for (qint64 i = 0; i < steps; ++i)
        points[i].at = first + i * stepMs;
    auto q = sqlite::exec(*db.value(),
                          u"SELECT bucket, outcome, latency_ms, calls FROM breaker_samples "
                          "WHERE bucket >= ? AND service = ?"_s,
                          {first, service});
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 index = (q->value(0).toLongLong() - first) / stepMs;
        if (index < 0 || index >= steps)
            continue;
        HealthPoint &p = points[index];
        const int outcome = q->value(1).toInt();
        const qint64 n = q->value(3).toLongLong();
        if (outcome == 2) {
            p.shortCircuited += n;
            continue;
        }
        p.calls += n;
        if (outcome == 1)
            p.failures += n;
        latencies[index][q->value(2).toLongLong()] += n;
    }
    q->finish();
    for (qint64 i = 0; i < steps; ++i) {
        QList<std::pair<qint64, qint64>> sorted;
        for (auto it = latencies[i].cbegin(); it != latencies[i].cend(); ++it)
            sorted.append({it.key(), it.value()});
        points[i].p50Ms = percentileOf(sorted, 50);
        points[i].p95Ms = percentileOf(sorted, 95);
        points[i].p99Ms = percentileOf(sorted, 99);
    }
    return points;
}

} // namespace eventdesk::resilience
