// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <vector>

namespace eventdesk::resilience {

// The five states of a breaker. The names are the fixed English words of events, JSON
// and the command line ("half_open").
enum class BreakerMode : quint8
{
    Closed,
    Open,
    HalfOpen,
    ForcedOpen,
    ForcedClosed
};

QLatin1String breakerModeName(BreakerMode mode);
std::optional<BreakerMode> breakerModeFromName(QStringView name);
// The name for people, translated.
QString breakerModeTitle(BreakerMode mode);
inline bool isForced(BreakerMode mode)
{
    return mode == BreakerMode::ForcedOpen || mode == BreakerMode::ForcedClosed;
}

// How a breaker judges a service. docs/RESILIENCE.md gives the reasons for each default.
struct CircuitBreakerConfig
{
    enum class WindowKind : quint8
    {
        CountBased,
        TimeBased
    };

    WindowKind windowKind = WindowKind::CountBased;
    // The last N calls (count-based), or the last N milliseconds (time-based, kept in ten
    // slices: an outcome counts for more than 0.9 N and at most N ms).
    qint64 windowSize = 10;
    // No judgement before the window holds this many calls (count-based: at most N).
    int minimumCalls = 5;
    // Open when this percentage of the calls in the window failed (>=).
    int failureRateThreshold = 50;
    // A call that took at least this long is slow; open when this percentage of the
    // calls in the window was slow (>=). Slow failures count as both.
    qint64 slowCallDurationMs = 5000;
    int slowCallRateThreshold = 100;
    // How long an open breaker short-circuits before it lets probes through.
    qint64 waitInOpenMs = 15000;
    // Probes admitted in half-open; their outcomes decide between closed and open again.
    int permittedCallsInHalfOpen = 2;
    // A probe that has given no answer after this long (its process died) gives its slot
    // to the next call, so a half-open breaker cannot stay stuck.
    qint64 maxProbeWaitMs = 20000;

    // A message for a person naming the first setting out of range, or empty.
    QString validate() const;
    // The minimum calls as it applies: a count-based window never holds more than N.
    int effectiveMinimumCalls() const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; values out of range are a validation error.
    static Result<CircuitBreakerConfig> fromJson(const QJsonObject &json);

    friend bool operator==(const CircuitBreakerConfig &, const CircuitBreakerConfig &) = default;
};

// What a window holds right now.
struct WindowCounts
{
    int calls = 0;
    int failures = 0;
    int slowCalls = 0;

    // Fractions 0..1 (0 when there were no calls).
    double failureRate() const { return calls ? double(failures) / calls : 0.0; }
    double slowCallRate() const { return calls ? double(slowCalls) / calls : 0.0; }
};

// The closed state's sliding window over call outcomes: a ring of the last N outcomes, or
// ten time slices. Fixed size, no allocation per call.
class SlidingWindow final
{
public:
    static constexpr int TimeSlices = 10;

    SlidingWindow() = default;
    explicit SlidingWindow(const CircuitBreakerConfig &config);

    // An outcome at time `at` (ms). Time-based: an outcome older than the window is dropped.
    void record(bool failed, bool slow, qint64 at);
    // Time-based windows first let slices older than `now` expire.
    WindowCounts counts(qint64 now);
    WindowCounts countsWithoutExpiry() const { return m_total; }
    void clear();

    // Count-based: {"kind":"count","size":N,"outcomes":"sSfF"} oldest first (s success,
    // f failure, upper case when slow). Time-based: {"kind":"time","size":ms,"slices":
    // [[sliceNumber, calls, failures, slow], …]}.
    QJsonObject toJson() const;
    // A window of another kind or size than the config's starts empty.
    static SlidingWindow fromJson(const QJsonObject &json, const CircuitBreakerConfig &config);

private:
    struct Slice
    {
        int calls = 0;
        int failures = 0;
        int slowCalls = 0;
    };
    void advanceTo(qint64 sliceNumber);

    CircuitBreakerConfig::WindowKind m_kind = CircuitBreakerConfig::WindowKind::CountBased;
    qint64 m_size = 0;
    WindowCounts m_total;
    // Count-based: one byte per outcome (bit 0 failed, bit 1 slow), m_next the oldest slot
    // once the ring is full.
    std::vector<quint8> m_ring;
    int m_next = 0;
    int m_filled = 0;
    // Time-based: slice k holds the outcomes of [k*width, (k+1)*width).
    qint64 m_sliceWidth = 1;
    qint64 m_head = -1; // the newest slice number seen; -1 before the first
    std::array<Slice, TimeSlices> m_slices{};
};

// Everything a breaker knows, as a value: kept in the store's breakers table and copied
// into every process between flushes.
struct BreakerState
{
    BreakerMode mode = BreakerMode::Closed;
    qint64 changedAt = 0; // when the breaker entered this mode (ms)
    qint64 openUntil = 0; // Open: when probes may go; 0 otherwise
    SlidingWindow window; // counts only while closed
    // Half-open: probes let through, answered, and how they went.
    int probesPermitted = 0;
    int probesCompleted = 0;
    int probeFailures = 0;
    int probeSlowCalls = 0;
    qint64 lastProbeAt = 0;

    QJsonObject toJson() const;
    static Result<BreakerState> fromJson(const QJsonObject &json,
                                         const CircuitBreakerConfig &config);
};

// Why a breaker changed mode; the fixed English words of event payloads.
enum class TransitionReason : quint8
{
    FailureRate,     // closed -> open: the failure rate reached the threshold
    SlowCallRate,    // closed -> open: the slow-call rate reached the threshold
    WaitElapsed,     // open -> half_open
    ProbesSucceeded, // half_open -> closed
    ProbesFailed,    // half_open -> open: the probes' failure rate reached the threshold
    ProbesSlow,      // half_open -> open: the probes' slow-call rate reached the threshold
    ForcedOpen,      // an administrator forced it open
    ForcedClosed,    // an administrator forced it closed
    Released,        // an administrator gave it back to the automatic rules (-> closed)
};
QLatin1String transitionReasonName(TransitionReason reason);

struct BreakerTransition
{
    BreakerMode from = BreakerMode::Closed;
    BreakerMode to = BreakerMode::Closed;
    TransitionReason reason = TransitionReason::FailureRate;
    qint64 at = 0;
    qint64 openUntil = 0; // when `to` is Open
    WindowCounts counts;  // the window (or the probes) that decided it
};

// The policy: a state machine over one BreakerState. Pure: the caller supplies the time,
// nothing here reads a clock, locks or does I/O.
class CircuitBreaker final
{
public:
    enum class Decision : quint8
    {
        Permit,
        ShortCircuit
    };
    struct Acquisition
    {
        Decision decision = Decision::Permit;
        std::optional<BreakerTransition> transition; // open -> half_open on the way

        bool permitted() const { return decision == Decision::Permit; }
    };

    explicit CircuitBreaker(CircuitBreakerConfig config = {});
    CircuitBreaker(CircuitBreakerConfig config, BreakerState state);

    // May a call go out at `now`? A short-circuited call is not a failure.
    Acquisition tryAcquire(qint64 now);
    // The outcome of a permitted call. Ignored while open or forced.
    std::optional<BreakerTransition> onSuccess(qint64 latencyMs, qint64 now);
    std::optional<BreakerTransition> onFailure(qint64 latencyMs, qint64 now);
    std::optional<BreakerTransition> onOutcome(bool failed, qint64 latencyMs, qint64 now);

    // Administrator overrides. Forced modes ignore outcomes; release returns to closed
    // with an empty window. No transition when the breaker is already there.
    std::optional<BreakerTransition> forceOpen(qint64 now);
    std::optional<BreakerTransition> forceClosed(qint64 now);
    std::optional<BreakerTransition> release(qint64 now);

    BreakerMode mode() const { return m_state.mode; }
    const BreakerState &state() const { return m_state; }
    const CircuitBreakerConfig &config() const { return m_config; }
    // The closed window (time-based: as of `now`), or the probes while half-open.
    WindowCounts counts(qint64 now);
    // When a call may next be permitted: now for closed and half-open with a free probe,
    // openUntil for open, -1 for forced open.
    qint64 nextPermitAt(qint64 now) const;

private:
    BreakerTransition moveTo(BreakerMode to, TransitionReason reason, qint64 now,
                             WindowCounts counts);

    CircuitBreakerConfig m_config;
    BreakerState m_state;
};

} // namespace eventdesk::resilience
