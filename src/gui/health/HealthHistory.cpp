// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthHistory.h"

#include "services/ServiceSettings.h"
#include "store/Event.h"
#include "store/SqliteEventStore.h"
#include "util/Clock.h"

#include <algorithm>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using resilience::BreakerMode;

namespace {
// Transitions are few (a handful an hour even for a flapping service); this bounds the
// walk back through a stream that also holds the settings changes.
constexpr int StreamPage = 256;
constexpr int MaxStreamPages = 40;

bool isTransition(const RecordedEvent &e)
{
    return e.type.startsWith("Breaker"_L1);
}
} // namespace

Result<HealthSnapshot> loadHealthSnapshot(SqliteEventStore &store,
                                          const resilience::BreakerSettings &settings)
{
    auto statuses = services::serviceStatuses(store);
    if (!statuses)
        return statuses.error();
    HealthSnapshot snapshot;
    snapshot.at = store.options().effectiveClock().nowMs();
    for (const services::ServiceStatus &status : statuses.value()) {
        ServiceCardData card;
        card.status = status;
        card.failureRateThreshold = settings.configFor(status.settings.name).failureRateThreshold;
        auto series = resilience::loadHealthSeries(store, status.settings.name, SparklineWindowMs,
                                                   SparklineStepMs);
        if (!series)
            return series.error();
        card.recentCalls.reserve(series->size());
        for (const resilience::HealthPoint &p : series.value())
            card.recentCalls.append(p.calls);
        snapshot.services.append(card);
    }
    return snapshot;
}

qint64 historyStepFor(qint64 windowMs)
{
    if (windowMs <= 5 * 60'000)
        return 5'000;
    if (windowMs <= 3'600'000)
        return 60'000;
    return 15 * 60'000;
}

QList<BreakerInterval> breakerIntervals(const QList<RecordedEvent> &newestFirst,
                                        BreakerMode current, qint64 from, qint64 to)
{
    // Walking back from now: each transition says what the breaker was before it, so the
    // mode at the window's start needs no event from before the window.
    QList<BreakerInterval> intervals;
    qint64 end = to;
    BreakerMode mode = current;
    for (const RecordedEvent &e : newestFirst) {
        if (!isTransition(e))
            continue;
        const QJsonObject payload = e.payloadObject();
        const qint64 at = payload.value("at"_L1).toInteger(e.recordedAt);
        const auto after = resilience::breakerModeFromName(payload.value("to"_L1).toString());
        const auto before = resilience::breakerModeFromName(payload.value("from"_L1).toString());
        if (at >= end) { // after the window (or at its very end): only its `from` matters
            mode = before.value_or(mode);
            continue;
        }
        const qint64 start = std::max(at, from);
        if (start < end)
            intervals.prepend({start, end, after.value_or(mode)});
        end = start;
        mode = before.value_or(mode);
        if (at <= from)
            break;
    }
    if (end > from)
        intervals.prepend({from, end, mode});
    return intervals;
}

Result<ServiceHistory> loadServiceHistory(SqliteEventStore &store, const QString &service,
                                          qint64 windowMs,
                                          const resilience::BreakerSettings &settings)
{
    ServiceHistory history;
    history.service = service;
    history.windowMs = windowMs;
    history.stepMs = historyStepFor(windowMs);
    history.failureRateThreshold = settings.configFor(service).failureRateThreshold;
    auto points = resilience::loadHealthSeries(store, service, windowMs, history.stepMs);
    if (!points)
        return points.error();
    history.points = std::move(points).value();
    auto queued = services::queuedSeries(store, service, windowMs, history.stepMs);
    if (!queued)
        return queued.error();
    history.queued = std::move(queued).value();
    auto now = resilience::loadServiceHealth(store, service, 1000);
    if (!now)
        return now.error();
    history.to = now->to;
    history.from = history.points.isEmpty() ? now->to - windowMs : history.points.first().at;

    // The transitions back to the window's start, newest first.
    QList<RecordedEvent> events;
    const QString stream = services::healthStream(service);
    qint64 version = -1;
    for (int page = 0; page < MaxStreamPages; ++page) {
        auto slice = store.reader().readStream(stream, version, Direction::Backwards, StreamPage);
        if (!slice)
            return slice.error();
        events += slice->events;
        if (slice->events.size() < StreamPage)
            break;
        const RecordedEvent &oldest = slice->events.constLast();
        if (oldest.recordedAt < history.from || oldest.streamVersion <= 0)
            break;
        version = oldest.streamVersion - 1;
    }
    history.states = breakerIntervals(events, now->breaker, history.from, history.to);
    return history;
}

} // namespace eventdesk::gui
