// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resilience/BreakerSettings.h"
#include "resilience/CircuitBreaker.h"
#include "resilience/HealthMetrics.h"
#include "services/ServiceStatus.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace eventdesk {
class SqliteEventStore;
struct RecordedEvent;
} // namespace eventdesk

namespace eventdesk::gui {

// What the Health page reads, and the functions that read it. They run on a worker thread
// (Session::run), never on the GUI thread; the results are plain values.

// One service card: its status over the last minute and a short call history.
struct ServiceCardData
{
    services::ServiceStatus status;
    QList<qint64> recentCalls;     // calls that went out, per SparklineStepMs, oldest first
    int failureRateThreshold = 50; // percent: the breaker opens at or above it
};

struct HealthSnapshot
{
    QList<ServiceCardData> services;
    qint64 at = 0; // the store's clock when read
};

inline constexpr qint64 SparklineWindowMs = 5 * 60'000;
inline constexpr qint64 SparklineStepMs = 10'000;

// Every service's card, in the order of knownServices().
Result<HealthSnapshot> loadHealthSnapshot(SqliteEventStore &store,
                                          const resilience::BreakerSettings &settings = {});

// The breaker in one mode from `from` to `to` (UTC ms).
struct BreakerInterval
{
    qint64 from = 0;
    qint64 to = 0;
    resilience::BreakerMode mode = resilience::BreakerMode::Closed;
};

// A service over a window, for the detail plots: one point per step.
struct ServiceHistory
{
    QString service;
    qint64 windowMs = 0;
    qint64 stepMs = 0;
    qint64 from = 0;
    qint64 to = 0;
    QList<resilience::HealthPoint> points;
    QList<qint64> queued; // per point, the messages waiting at its end
    QList<BreakerInterval> states;
    int failureRateThreshold = 50;
};

// The plot step for a window: about a hundred points or fewer, so any range redraws fast.
qint64 historyStepFor(qint64 windowMs);

Result<ServiceHistory> loadServiceHistory(SqliteEventStore &store, const QString &service,
                                          qint64 windowMs,
                                          const resilience::BreakerSettings &settings = {});

// The breaker's modes over [from, to] from its transitions (the Breaker* events of
// $health-<service>, newest first) and the mode it is in now. Pure, for tests.
QList<BreakerInterval> breakerIntervals(const QList<RecordedEvent> &newestFirst,
                                        resilience::BreakerMode current, qint64 from, qint64 to);

} // namespace eventdesk::gui
