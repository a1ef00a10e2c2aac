// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceSettings.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::services {

// The window `health` and `services list` report the rolling metrics over.
inline constexpr qint64 StatusWindowMs = 60'000;

// One line of `health` and `services list`: a service's settings, its breaker and rolling
// metrics (from the resilience module, over the last StatusWindowMs) and the messages
// waiting for it.
struct ServiceStatus
{
    ServiceSettings settings;
    QString breaker = QStringLiteral("closed"); // closed, open, half_open, forced_open,
                                                // forced_closed
    qint64 calls = 0;                           // calls that went out: successes and failures
    qint64 failures = 0;                        // retryable failures, as the breaker counts them
    qint64 shortCircuited = 0;                  // refused by the breaker: not failures, not calls
    double failureRate = 0;                     // failures / calls, 0..1
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    qint64 p99Ms = 0;
    qint64 queued = 0;

    // The object of CLI.md: name, adapter, mode, breaker, calls, failures,
    // short_circuited, failure_rate, p50_ms, p95_ms, p99_ms, queued; and url, timeout_ms,
    // window_ms.
    QJsonObject toJson() const;
};

// Messages waiting for each service: outbox rows not yet delivered or dead-lettered. The
// one place that knows how the outbox marks them.
Result<QHash<QString, qint64>> queuedMessages(SqliteEventStore &store);

// How many messages waited for `service` at the end of each step of the last windowMs, in
// steps of stepMs (whole seconds), oldest first and aligned as resilience::loadHealthSeries
// aligns its points, so the console plots the queue beside the calls: the outbox rows
// created by then and not yet delivered or dead-lettered then.
Result<QList<qint64>> queuedSeries(SqliteEventStore &store, const QString &service, qint64 windowMs,
                                   qint64 stepMs);

// Every service, in the order of knownServices().
Result<QList<ServiceStatus>> serviceStatuses(SqliteEventStore &store);

} // namespace eventdesk::services
