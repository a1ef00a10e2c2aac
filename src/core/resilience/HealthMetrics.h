// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resilience/CircuitBreaker.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::resilience {

inline constexpr qint64 LastMinuteMs = 60'000;
inline constexpr qint64 LastHourMs = 3'600'000;

// One service's health over a rolling window: what `health`, `services list` and the
// console's health panels show. Built from the breaker_samples table (to the second) and
// the shared breaker.
struct ServiceHealth
{
    QString service;
    BreakerMode breaker = BreakerMode::Closed;
    qint64 breakerSince = 0; // when the breaker entered its mode (0: never changed)
    qint64 openUntil = 0;    // Open: when probes may go
    qint64 windowMs = 0;
    qint64 from = 0; // the first second counted (UTC ms), inclusive
    qint64 to = 0;   // now

    qint64 calls = 0; // calls that went out: successes + failures
    qint64 successes = 0;
    qint64 failures = 0;       // retryable failures, as the breaker counts them
    qint64 shortCircuited = 0; // refused by the breaker: not failures, not in calls
    double failureRate = 0.0;  // failures / calls, 0..1
    // Latency of the calls that went out, nearest-rank percentiles; 0 without calls.
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    qint64 p99Ms = 0;
    // Messages waiting for this service. The messaging module counts them; the caller
    // fills this in (it stays 0 here).
    qint64 queued = 0;

    // CLI.md's keys (`name`, `breaker`, `calls`, `failures`, `short_circuited`,
    // `failure_rate`, `p50_ms`, `p95_ms`, `p99_ms`, `queued`) plus `successes`,
    // `window_ms`, `breaker_since`, `open_until`. The caller adds `adapter` and `mode`.
    QJsonObject toJson() const;
};

// The health of each service over the last windowMs (LastMinuteMs, LastHourMs, …) as of
// the store's clock. Reads on the calling thread (the GUI goes through readAsync).
Result<QList<ServiceHealth>> loadServiceHealth(SqliteEventStore &store, qint64 windowMs,
                                               const QStringList &services);
Result<QList<ServiceHealth>> loadServiceHealth(SqliteEventStore &store, qint64 windowMs);
Result<ServiceHealth> loadServiceHealth(SqliteEventStore &store, const QString &service,
                                        qint64 windowMs);

// One step of a health plot.
struct HealthPoint
{
    qint64 at = 0; // start of the step (UTC ms)
    qint64 calls = 0;
    qint64 failures = 0;
    qint64 shortCircuited = 0;
    qint64 p95Ms = 0;
    // Nearest-rank, as p95Ms; the console's latency panel draws all three.
    qint64 p50Ms = 0;
    qint64 p99Ms = 0;
};
// The last windowMs in steps of stepMs (at least a second), oldest first, empty steps
// included, so a plot has one point per step.
Result<QList<HealthPoint>> loadHealthSeries(SqliteEventStore &store, const QString &service,
                                            qint64 windowMs, qint64 stepMs);

// The nearest-rank percentile (0 < p <= 100) of latencies given as (latency, count)
// pairs sorted by latency: the smallest latency with at least p% of the calls at or
// below it. 0 when there are none.
qint64 percentileOf(const QList<std::pair<qint64, qint64>> &sortedCounts, double p);

} // namespace eventdesk::resilience
