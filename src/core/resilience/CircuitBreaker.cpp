// SPDX-License-Identifier: GPL-3.0-or-later
#include "resilience/CircuitBreaker.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace eventdesk::resilience {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::CircuitBreaker)
};

constexpr quint8 FailedBit = 1;
constexpr quint8 SlowBit = 2;

// Bounds that keep a window small enough to copy into every process and store as a row.
constexpr qint64 MaxCountWindow = 10000;
constexpr qint64 MinTimeWindowMs = 1000;
constexpr qint64 MaxTimeWindowMs = 24LL * 3600 * 1000;

// failures/calls >= percent/100, in integers so that thresholds are exact.
bool reaches(int part, int calls, int percent)
{
    return calls > 0 && qint64(part) * 100 >= qint64(percent) * calls;
}
} // namespace

QLatin1String breakerModeName(BreakerMode mode)
{
    switch (mode) {
    case BreakerMode::Closed:
        return "closed"_L1;
    case BreakerMode::Open:
        return "open"_L1;
    case BreakerMode::HalfOpen:
        return "half_open"_L1;
    case BreakerMode::ForcedOpen:
        return "forced_open"_L1;
    case BreakerMode::ForcedClosed:
        return "forced_closed"_L1;
    }
    return "closed"_L1;
}

std::optional<BreakerMode> breakerModeFromName(QStringView name)
{
    for (BreakerMode m : {BreakerMode::Closed, BreakerMode::Open, BreakerMode::HalfOpen,
                          BreakerMode::ForcedOpen, BreakerMode::ForcedClosed})
        if (name == breakerModeName(m))
            return m;
    return std::nullopt;
}

QString breakerModeTitle(BreakerMode mode)
{
    switch (mode) {
    case BreakerMode::Closed:
        return Text::tr("Closed");
    case BreakerMode::Open:
        return Text::tr("Open");
    case BreakerMode::HalfOpen:
        return Text::tr("Half-open");
    case BreakerMode::ForcedOpen:
        return Text::tr("Forced open");
    case BreakerMode::ForcedClosed:
        return Text::tr("Forced closed");
    }
    return {};
}

QLatin1String transitionReasonName(TransitionReason reason)
{
    switch (reason) {
    case TransitionReason::FailureRate:
        return "failure_rate"_L1;
    case TransitionReason::SlowCallRate:
        return "slow_call_rate"_L1;
    case TransitionReason::WaitElapsed:
        return "wait_elapsed"_L1;
    case TransitionReason::ProbesSucceeded:
        return "probes_succeeded"_L1;
    case TransitionReason::ProbesFailed:
        return "probes_failed"_L1;
    case TransitionReason::ProbesSlow:
        return "probes_slow"_L1;
    case TransitionReason::ForcedOpen:
        return "forced_open"_L1;
    case TransitionReason::ForcedClosed:
        return "forced_closed"_L1;
    case TransitionReason::Released:
        return "released"_L1;
    }
    return "failure_rate"_L1;
}

// ---- CircuitBreakerConfig ----------------------------------------------------------------

QString CircuitBreakerConfig::validate() const
{
    if (windowKind == WindowKind::CountBased && (windowSize < 1 || windowSize > MaxCountWindow))
        return Text::tr("A count-based window holds 1 to %1 calls, not %2.")
            .arg(MaxCountWindow)
            .arg(windowSize);
    if (windowKind == WindowKind::TimeBased &&
        (windowSize < MinTimeWindowMs || windowSize > MaxTimeWindowMs))
        return Text::tr("A time-based window lasts %1 to %2 ms, not %3.")
            .arg(MinTimeWindowMs)
            .arg(MaxTimeWindowMs)
            .arg(windowSize);
    if (minimumCalls < 1)
        return Text::tr("The minimum number of calls must be at least 1, not %1.")
            .arg(minimumCalls);
    if (failureRateThreshold < 1 || failureRateThreshold > 100)
        return Text::tr("The failure-rate threshold is a percentage from 1 to 100, not %1.")
            .arg(failureRateThreshold);
    if (slowCallRateThreshold < 1 || slowCallRateThreshold > 100)
        return Text::tr("The slow-call-rate threshold is a percentage from 1 to 100, not %1.")
            .arg(slowCallRateThreshold);
    if (slowCallDurationMs < 1)
        return Text::tr("The slow-call duration must be at least 1 ms, not %1.")
            .arg(slowCallDurationMs);
    if (waitInOpenMs < 0)
        return Text::tr("The wait in open cannot be negative (%1 ms).").arg(waitInOpenMs);
    if (permittedCallsInHalfOpen < 1 || permittedCallsInHalfOpen > 1000)
        return Text::tr("Half-open admits 1 to 1000 probe calls, not %1.")
            .arg(permittedCallsInHalfOpen);
    if (maxProbeWaitMs < 1)
        return Text::tr("The longest wait for a probe must be at least 1 ms, not %1.")
            .arg(maxProbeWaitMs);
    return {};
}

int CircuitBreakerConfig::effectiveMinimumCalls() const
{
    if (windowKind == WindowKind::CountBased)
        return int(std::min<qint64>(minimumCalls, windowSize));
    return minimumCalls;
}

QJsonObject CircuitBreakerConfig::toJson() const
{
    return QJsonObject{
        {"windowKind"_L1, windowKind == WindowKind::CountBased ? u"count"_s : u"time"_s},
        {"windowSize"_L1, windowSize},
        {"minimumCalls"_L1, minimumCalls},
        {"failureRateThreshold"_L1, failureRateThreshold},
        {"slowCallDurationMs"_L1, slowCallDurationMs},
        {"slowCallRateThreshold"_L1, slowCallRateThreshold},
        {"waitInOpenMs"_L1, waitInOpenMs},
        {"permittedCallsInHalfOpen"_L1, permittedCallsInHalfOpen},
        {"maxProbeWaitMs"_L1, maxProbeWaitMs},
    };
}

Result<CircuitBreakerConfig> CircuitBreakerConfig::fromJson(const QJsonObject &json)
{
    CircuitBreakerConfig c;
    if (json.contains("windowKind"_L1)) {
        const QString kind = json.value("windowKind"_L1).toString();
        if (kind == "count"_L1)
            c.windowKind = WindowKind::CountBased;
        else if (kind == "time"_L1)
            c.windowKind = WindowKind::TimeBased;
        else
            return Error::validation(
                Text::tr("The window kind is \"count\" or \"time\", not \"%1\".").arg(kind));
    }
    const auto integer = [&json](QLatin1String key, qint64 fallback) {
        return json.contains(key) ? json.value(key).toInteger(fallback) : fallback;
    };
    c.windowSize = integer("windowSize"_L1, c.windowSize);
    c.minimumCalls = int(integer("minimumCalls"_L1, c.minimumCalls));
    c.failureRateThreshold = int(integer("failureRateThreshold"_L1, c.failureRateThreshold));
    c.slowCallDurationMs = integer("slowCallDurationMs"_L1, c.slowCallDurationMs);
    c.slowCallRateThreshold = int(integer("slowCallRateThreshold"_L1, c.slowCallRateThreshold));
    c.waitInOpenMs = integer("waitInOpenMs"_L1, c.waitInOpenMs);
    c.permittedCallsInHalfOpen =
        int(integer("permittedCallsInHalfOpen"_L1, c.permittedCallsInHalfOpen));
    c.maxProbeWaitMs = integer("maxProbeWaitMs"_L1, c.maxProbeWaitMs);
    if (const QString problem = c.validate(); !problem.isEmpty())
        return Error::validation(problem);
    return c;
}

// ---- SlidingWindow -----------------------------------------------------------------------

SlidingWindow::SlidingWindow(const CircuitBreakerConfig &config)
    : m_kind(config.windowKind)
    , m_size(config.windowSize)
{
    if (m_kind == CircuitBreakerConfig::WindowKind::CountBased)
        m_ring.assign(size_t(std::max<qint64>(1, m_size)), 0);
    else
        m_sliceWidth = std::max<qint64>(1, m_size / TimeSlices);
}

void SlidingWindow::advanceTo(qint64 sliceNumber)
{
    if (sliceNumber <= m_head)
        return;
    // Slices between the old head and the new one are emptied (at most all ten).
    const qint64 first = std::max(m_head + 1, sliceNumber - TimeSlices + 1);
    for (qint64 k = first; k <= sliceNumber; ++k) {
        Slice &s = m_slices[size_t(k % TimeSlices)];
        m_total.calls -= s.calls;
        m_total.failures -= s.failures;
        m_total.slowCalls -= s.slowCalls;
        s = Slice{};
    }
    if (sliceNumber - m_head >= TimeSlices) {
        // Everything older left the window.
        m_slices.fill(Slice{});
        m_total = WindowCounts{};
    }
    m_head = sliceNumber;
}

void SlidingWindow::record(bool failed, bool slow, qint64 at)
{
    if (m_kind == CircuitBreakerConfig::WindowKind::CountBased) {
        if (m_ring.empty())
            return;
        const quint8 outcome = quint8((failed ? FailedBit : 0) | (slow ? SlowBit : 0));
        quint8 &slot = m_ring[size_t(m_next)];
        if (m_filled == int(m_ring.size())) {
            m_total.failures -= slot & FailedBit ? 1 : 0;
            m_total.slowCalls -= slot & SlowBit ? 1 : 0;
        } else {
            ++m_filled;
            ++m_total.calls;
        }
        slot = outcome;
        m_total.failures += failed ? 1 : 0;
        m_total.slowCalls += slow ? 1 : 0;
        if (++m_next == int(m_ring.size()))
            m_next = 0;
        return;
    }
    const qint64 slice = std::max<qint64>(0, at) / m_sliceWidth;
    advanceTo(slice);
    if (slice <= m_head - TimeSlices)
        return; // older than the window: it would already have expired
    Slice &s = m_slices[size_t(slice % TimeSlices)];
    ++s.calls;
    ++m_total.calls;
    if (failed) {
        ++s.failures;
        ++m_total.failures;
    }
    if (slow) {
        ++s.slowCalls;
        ++m_total.slowCalls;
    }
}

WindowCounts SlidingWindow::counts(qint64 now)
{
    if (m_kind == CircuitBreakerConfig::WindowKind::TimeBased && m_head >= 0)
        advanceTo(std::max<qint64>(0, now) / m_sliceWidth);
    return m_total;
}

void SlidingWindow::clear()
{
    std::fill(m_ring.begin(), m_ring.end(), quint8(0));
    m_next = 0;
    m_filled = 0;
    m_slices.fill(Slice{});
    m_head = -1;
    m_total = WindowCounts{};
}

QJsonObject SlidingWindow::toJson() const
{
    if (m_kind == CircuitBreakerConfig::WindowKind::CountBased) {
        QString outcomes;
        outcomes.reserve(m_filled);
        const int size = int(m_ring.size());
        const int start = m_filled == size ? m_next : 0;
        for (int i = 0; i < m_filled; ++i) {
            const quint8 o = m_ring[size_t((start + i) % size)];
            const QChar c = o & FailedBit ? u'f' : u's';
            outcomes.append(o & SlowBit ? c.toUpper() : c);
        }
        return QJsonObject{{"kind"_L1, u"count"_s}, {"size"_L1, m_size}, {"outcomes"_L1, outcomes}};
    }
    QJsonArray slices;
    if (m_head >= 0) {
        for (qint64 k = std::max<qint64>(0, m_head - TimeSlices + 1); k <= m_head; ++k) {
            const Slice &s = m_slices[size_t(k % TimeSlices)];
            if (s.calls > 0)
                slices.append(QJsonArray{k, s.calls, s.failures, s.slowCalls});
        }
    }
    return QJsonObject{
        {"kind"_L1, u"time"_s}, {"size"_L1, m_size}, {"head"_L1, m_head}, {"slices"_L1, slices}};
}

SlidingWindow SlidingWindow::fromJson(const QJsonObject &json, const CircuitBreakerConfig &config)
{
    SlidingWindow w(config);
    const bool countBased = config.windowKind == CircuitBreakerConfig::WindowKind::CountBased;
    if (json.value("kind"_L1).toString() != (countBased ? "count"_L1 : "time"_L1) ||
        json.value("size"_L1).toInteger() != config.windowSize)
        return w;
    if (countBased) {
        const QString outcomes = json.value("outcomes"_L1).toString();
        for (const QChar c : outcomes) {
            const QChar lower = c.toLower();
            if (lower != u's' && lower != u'f')
                continue;
            w.record(lower == u'f', c.isUpper(), 0);
        }
        return w;
    }
    const qint64 head = json.value("head"_L1).toInteger(-1);
    if (head < 0)
        return w;
    w.m_head = head;
    for (const QJsonValue &v : json.value("slices"_L1).toArray()) {
        const QJsonArray a = v.toArray();
        const qint64 k = a.at(0).toInteger(-1);
        if (a.size() != 4 || k < 0 || k > head || k <= head - TimeSlices)
            continue;
        Slice &s = w.m_slices[size_t(k % TimeSlices)];
        s.calls = std::max(0, a.at(1).toInt());
        s.failures = std::clamp(a.at(2).toInt(), 0, s.calls);
        s.slowCalls = std::clamp(a.at(3).toInt(), 0, s.calls);
        w.m_total.calls += s.calls;
        w.m_total.failures += s.failures;
        w.m_total.slowCalls += s.slowCalls;
    }
    return w;
}

// ---- BreakerState ------------------------------------------------------------------------

QJsonObject BreakerState::toJson() const
{
    QJsonObject o{{"mode"_L1, breakerModeName(mode)},
                  {"changedAt"_L1, changedAt},
                  {"openUntil"_L1, openUntil},
                  {"window"_L1, window.toJson()}};
    if (mode == BreakerMode::HalfOpen)
        o.insert("probes"_L1, QJsonObject{{"permitted"_L1, probesPermitted},
                                          {"completed"_L1, probesCompleted},
                                          {"failures"_L1, probeFailures},
                                          {"slowCalls"_L1, probeSlowCalls},
                                          {"lastAt"_L1, lastProbeAt}});
    return o;
}

Result<BreakerState> BreakerState::fromJson(const QJsonObject &json,
                                            const CircuitBreakerConfig &config)
{
    BreakerState s;
    const auto mode = breakerModeFromName(json.value("mode"_L1).toString());
    if (!mode)
        return Error::validation(Text::tr("The stored breaker state \"%1\" is unknown.")
                                     .arg(json.value("mode"_L1).toString()));
    s.mode = *mode;
    s.changedAt = json.value("changedAt"_L1).toInteger();
    s.openUntil = json.value("openUntil"_L1).toInteger();
    s.window = SlidingWindow::fromJson(json.value("window"_L1).toObject(), config);
    const QJsonObject probes = json.value("probes"_L1).toObject();
    s.probesPermitted = std::max(0, probes.value("permitted"_L1).toInt());
    s.probesCompleted = std::clamp(probes.value("completed"_L1).toInt(), 0, s.probesPermitted);
    s.probeFailures = std::clamp(probes.value("failures"_L1).toInt(), 0, s.probesCompleted);
    s.probeSlowCalls = std::clamp(probes.value("slowCalls"_L1).toInt(), 0, s.probesCompleted);
    s.lastProbeAt = probes.value("lastAt"_L1).toInteger();
    return s;
}

// ---- CircuitBreaker ----------------------------------------------------------------------

CircuitBreaker::CircuitBreaker(CircuitBreakerConfig config)
    : m_config(config)
{
    m_state.window = SlidingWindow(m_config);
}

CircuitBreaker::CircuitBreaker(CircuitBreakerConfig config, BreakerState state)
    : m_config(config)
    , m_state(std::move(state))
{}

BreakerTransition CircuitBreaker::moveTo(BreakerMode to, TransitionReason reason, qint64 now,
                                         WindowCounts counts)
{
    BreakerTransition t;
    t.from = m_state.mode;
    t.to = to;
    t.reason = reason;
    t.at = now;
    t.counts = counts;
    m_state.mode = to;
    m_state.changedAt = now;
    m_state.openUntil = to == BreakerMode::Open ? now + m_config.waitInOpenMs : 0;
    t.openUntil = m_state.openUntil;
    // Every mode starts from an empty window and no probes: a closed breaker judges only
    // what happened since it closed.
    m_state.window.clear();
    m_state.probesPermitted = 0;
    m_state.probesCompleted = 0;
    m_state.probeFailures = 0;
    m_state.probeSlowCalls = 0;
    m_state.lastProbeAt = 0;
    return t;
}

CircuitBreaker::Acquisition CircuitBreaker::tryAcquire(qint64 now)
{
    Acquisition a;
    switch (m_state.mode) {
    case BreakerMode::Closed:
    case BreakerMode::ForcedClosed:
        return a;
    case BreakerMode::ForcedOpen:
        a.decision = Decision::ShortCircuit;
        return a;
    case BreakerMode::Open:
        if (now < m_state.openUntil) {
            a.decision = Decision::ShortCircuit;
            return a;
        }
        a.transition = moveTo(BreakerMode::HalfOpen, TransitionReason::WaitElapsed, now, {});
        break;
    case BreakerMode::HalfOpen:
        break;
    }
    // Half-open. A probe that never answered (its process died) frees its slot after
    // maxProbeWaitMs; the answers already in still count.
    const int permitted = m_config.permittedCallsInHalfOpen;
    if (m_state.probesPermitted >= permitted && m_state.probesCompleted < m_state.probesPermitted &&
        now - m_state.lastProbeAt >= m_config.maxProbeWaitMs)
        m_state.probesPermitted = m_state.probesCompleted;
    if (m_state.probesPermitted >= permitted) {
        a.decision = Decision::ShortCircuit;
        return a;
    }
    ++m_state.probesPermitted;
    m_state.lastProbeAt = now;
    return a;
}

std::optional<BreakerTransition> CircuitBreaker::onSuccess(qint64 latencyMs, qint64 now)
{
    return onOutcome(false, latencyMs, now);
}

std::optional<BreakerTransition> CircuitBreaker::onFailure(qint64 latencyMs, qint64 now)
{
    return onOutcome(true, latencyMs, now);
}

std::optional<BreakerTransition> CircuitBreaker::onOutcome(bool failed, qint64 latencyMs,
                                                           qint64 now)
{
    const bool slow = latencyMs >= m_config.slowCallDurationMs;
    if (m_state.mode == BreakerMode::Closed) {
        m_state.window.record(failed, slow, now);
        const WindowCounts c = m_state.window.counts(now);
        if (c.calls < m_config.effectiveMinimumCalls())
            return std::nullopt;
        if (reaches(c.failures, c.calls, m_config.failureRateThreshold))
            return moveTo(BreakerMode::Open, TransitionReason::FailureRate, now, c);
        if (reaches(c.slowCalls, c.calls, m_config.slowCallRateThreshold))
            return moveTo(BreakerMode::Open, TransitionReason::SlowCallRate, now, c);
        return std::nullopt;
    }
    if (m_state.mode != BreakerMode::HalfOpen)
        return std::nullopt; // open or forced: outcomes of calls let through earlier
    // An answer with no probe outstanding (a call let through before the breaker opened)
    // says nothing about the probes.
    if (m_state.probesCompleted >= m_state.probesPermitted)
        return std::nullopt;
    ++m_state.probesCompleted;
    m_state.probeFailures += failed ? 1 : 0;
    m_state.probeSlowCalls += slow ? 1 : 0;
    if (m_state.probesCompleted < m_config.permittedCallsInHalfOpen)
        return std::nullopt;
    const WindowCounts c{m_state.probesCompleted, m_state.probeFailures, m_state.probeSlowCalls};
    if (reaches(c.failures, c.calls, m_config.failureRateThreshold))
        return moveTo(BreakerMode::Open, TransitionReason::ProbesFailed, now, c);
    if (reaches(c.slowCalls, c.calls, m_config.slowCallRateThreshold))
        return moveTo(BreakerMode::Open, TransitionReason::ProbesSlow, now, c);
    return moveTo(BreakerMode::Closed, TransitionReason::ProbesSucceeded, now, c);
}

std::optional<BreakerTransition> CircuitBreaker::forceOpen(qint64 now)
{
    if (m_state.mode == BreakerMode::ForcedOpen)
        return std::nullopt;
    return moveTo(BreakerMode::ForcedOpen, TransitionReason::ForcedOpen, now, counts(now));
}

std::optional<BreakerTransition> CircuitBreaker::forceClosed(qint64 now)
{
    if (m_state.mode == BreakerMode::ForcedClosed)
        return std::nullopt;
    return moveTo(BreakerMode::ForcedClosed, TransitionReason::ForcedClosed, now, counts(now));
}

std::optional<BreakerTransition> CircuitBreaker::release(qint64 now)
{
    if (!isForced(m_state.mode))
        return std::nullopt;
    return moveTo(BreakerMode::Closed, TransitionReason::Released, now, {});
}

WindowCounts CircuitBreaker::counts(qint64 now)
{
    if (m_state.mode == BreakerMode::HalfOpen)
        return {m_state.probesCompleted, m_state.probeFailures, m_state.probeSlowCalls};
    return m_state.window.counts(now);
}

qint64 CircuitBreaker::nextPermitAt(qint64 now) const
{
    switch (m_state.mode) {
    case BreakerMode::Closed:
    case BreakerMode::ForcedClosed:
        return now;
    case BreakerMode::ForcedOpen:
        return -1;
    case BreakerMode::Open:
        return std::max(now, m_state.openUntil);
    case BreakerMode::HalfOpen:
        if (m_state.probesPermitted < m_config.permittedCallsInHalfOpen)
            return now;
        return std::max(now, m_state.lastProbeAt + m_config.maxProbeWaitMs);
    }
    return now;
}

} // namespace eventdesk::resilience
