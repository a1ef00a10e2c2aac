// SPDX-License-Identifier: GPL-3.0-or-later
// The breaker policy on its own: thresholds, windows, half-open probes, forced modes and
// the state as a value. Time is a number the test passes in; nothing sleeps.
#include "resilience/BreakerBench.h"
#include "resilience/CircuitBreaker.h"

#include <QJsonDocument>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::resilience;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01, a whole second

CircuitBreakerConfig countConfig(qint64 window, int minimumCalls, int threshold)
{
    CircuitBreakerConfig c;
    c.windowKind = CircuitBreakerConfig::WindowKind::CountBased;
    c.windowSize = window;
    c.minimumCalls = minimumCalls;
    c.failureRateThreshold = threshold;
    return c;
}

CircuitBreakerConfig timeConfig(qint64 windowMs, int minimumCalls, int threshold)
{
    CircuitBreakerConfig c;
    c.windowKind = CircuitBreakerConfig::WindowKind::TimeBased;
    c.windowSize = windowMs;
    c.minimumCalls = minimumCalls;
    c.failureRateThreshold = threshold;
    return c;
}

// A permitted call that answered.
std::optional<BreakerTransition> call(CircuitBreaker &b, bool failed, qint64 now,
                                      qint64 latencyMs = 10)
{
    const auto a = b.tryAcquire(now);
    if (!a.permitted())
        return std::nullopt;
    return b.onOutcome(failed, latencyMs, now);
}

// Opens a breaker by failures and returns when it opened.
qint64 openIt(CircuitBreaker &b, qint64 now)
{
    for (int i = 0; i < 1000 && b.mode() == BreakerMode::Closed; ++i)
        call(b, true, now);
    return now;
}
} // namespace

class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsJudgeWithinFiveCallsAndOpenAtMostThirtySeconds();
    void countWindowTripsExactlyAtTheThreshold_data();
    void countWindowTripsExactlyAtTheThreshold();
    void minimumCallsAreRespected();
    void countWindowForgetsTheOldest();
    void timeWindowTripsExactlyAtTheThreshold_data();
    void timeWindowTripsExactlyAtTheThreshold();
    void timeWindowOutcomesExpireWithTheirSlice();
    void slowCallsTripAtTheirOwnThreshold();
    void openTurnsHalfOpenAfterExactlyTheWait();
    void shortCircuitsAreNotFailures();
    void halfOpenAdmitsExactlyTheProbes_data();
    void halfOpenAdmitsExactlyTheProbes();
    void probesThatSucceedClose();
    void aFailedProbeReopens();
    void probeFailureRateDecides();
    void slowProbesReopen();
    void aSilentProbeGivesUpItsSlot();
    void lateAnswersDoNotCountAsProbes();
    void forcedModesIgnoreOutcomes();
    void nextPermitAtFollowsTheMode();
    void stateRoundTripsAsJson_data();
    void stateRoundTripsAsJson();
    void windowOfAnotherShapeStartsEmpty();
    void configValidation();
    void configJson();
    void namesAreFixed();
    void overheadIsMeasured();
};

void tst_CircuitBreaker::defaultsJudgeWithinFiveCallsAndOpenAtMostThirtySeconds()
{
    const CircuitBreakerConfig c;
    QVERIFY(c.validate().isEmpty());
    QVERIFY(c.effectiveMinimumCalls() <= 5);
    QVERIFY(c.waitInOpenMs <= 30000);
    // Five failures in a row open a fresh breaker with the defaults.
    CircuitBreaker b;
    for (int i = 0; i < 4; ++i)
        QVERIFY(!call(b, true, T0));
    const auto t = call(b, true, T0);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Open);
}

void tst_CircuitBreaker::countWindowTripsExactlyAtTheThreshold_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("minimumCalls");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("successesFirst");
    QTest::addColumn<int>("tripsAt"); // the failure that opens it

    QTest::newRow("5 failures of 5") << 10 << 5 << 50 << 0 << 5;
    QTest::newRow("5 of 10 after 5 successes") << 10 << 5 << 50 << 5 << 5;
    QTest::newRow("60%: 6 of 10") << 10 << 5 << 60 << 4 << 6;
    QTest::newRow("34%: 2 of 5 after 3 successes") << 5 << 5 << 34 << 3 << 2;
    QTest::newRow("100%: the successes must leave the window") << 4 << 2 << 100 << 3 << 4;
    QTest::newRow("1%: the first failure once judged") << 20 << 10 << 1 << 9 << 1;
}

void tst_CircuitBreaker::countWindowTripsExactlyAtTheThreshold()
{
    QFETCH(int, window);
    QFETCH(int, minimumCalls);
    QFETCH(int, threshold);
    QFETCH(int, successesFirst);
    QFETCH(int, tripsAt);
    CircuitBreaker b(countConfig(window, minimumCalls, threshold));
    qint64 now = T0;
    for (int i = 0; i < successesFirst; ++i)
        QVERIFY(!call(b, false, ++now));
    for (int i = 1; i < tripsAt; ++i) {
        QVERIFY2(!call(b, true, ++now), qPrintable(u"failure %1 tripped"_s.arg(i)));
        QCOMPARE(b.mode(), BreakerMode::Closed);
    }
    const auto t = call(b, true, ++now);
    QVERIFY(t);
    QCOMPARE(t->from, BreakerMode::Closed);
    QCOMPARE(t->to, BreakerMode::Open);
    QCOMPARE(t->reason, TransitionReason::FailureRate);
    QCOMPARE(t->at, now);
    QCOMPARE(t->openUntil, now + b.config().waitInOpenMs);
    QVERIFY(qint64(t->counts.failures) * 100 >= qint64(threshold) * t->counts.calls);
    QCOMPARE(b.mode(), BreakerMode::Open);
    // The window starts again empty.
    QCOMPARE(b.state().window.countsWithoutExpiry().calls, 0);
}

void tst_CircuitBreaker::minimumCallsAreRespected()
{
    CircuitBreaker b(countConfig(20, 10, 50));
    for (int i = 1; i < 10; ++i)
        QVERIFY(!call(b, true, T0 + i)); // 100% failures, but only i calls
    QCOMPARE(b.counts(T0).calls, 9);
    const auto t = call(b, true, T0 + 10);
    QVERIFY(t);
    QCOMPARE(t->counts.calls, 10);
    QCOMPARE(t->counts.failures, 10);

    // A minimum above the window's size is the window's size.
    CircuitBreakerConfig c = countConfig(3, 10, 50);
    QCOMPARE(c.effectiveMinimumCalls(), 3);
    CircuitBreaker small(c);
    QVERIFY(!call(small, true, T0));
    QVERIFY(!call(small, true, T0));
    QVERIFY(call(small, true, T0));
}

void tst_CircuitBreaker::countWindowForgetsTheOldest()
{
    CircuitBreaker b(countConfig(5, 5, 60));
    // f f s s s: 40%. Each further success pushes a failure out.
    call(b, true, T0);
    call(b, true, T0);
    for (int i = 0; i < 3; ++i)
        call(b, false, T0);
    QCOMPARE(b.counts(T0).failures, 2);
    call(b, false, T0);
    QCOMPARE(b.counts(T0).failures, 1);
    QCOMPARE(b.counts(T0).calls, 5);
    // s s s s f (20%), s s s f f (40%), then s s f f f (60%) opens it.
    QVERIFY(!call(b, true, T0));
    QVERIFY(!call(b, true, T0));
    QCOMPARE(b.counts(T0).failures, 2);
    QVERIFY(call(b, true, T0));
}

void tst_CircuitBreaker::timeWindowTripsExactlyAtTheThreshold_data()
{
    QTest::addColumn<int>("minimumCalls");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("successesFirst");
    QTest::addColumn<int>("tripsAt");

    QTest::newRow("5 failures of 5") << 5 << 50 << 0 << 5;
    QTest::newRow("50%: 7 of 14") << 5 << 50 << 7 << 7;
    QTest::newRow("minimum 12: 12 failures") << 12 << 50 << 0 << 12;
    QTest::newRow("25%: 3 of 12") << 5 << 25 << 9 << 3;
}

void tst_CircuitBreaker::timeWindowTripsExactlyAtTheThreshold()
{
    QFETCH(int, minimumCalls);
    QFETCH(int, threshold);
    QFETCH(int, successesFirst);
    QFETCH(int, tripsAt);
    // A minute's window; calls spread over 30 s all count.
    CircuitBreaker b(timeConfig(60000, minimumCalls, threshold));
    qint64 now = T0;
    for (int i = 0; i < successesFirst; ++i) {
        now += 1000;
        QVERIFY(!call(b, false, now));
    }
    for (int i = 1; i < tripsAt; ++i) {
        now += 1000;
        QVERIFY2(!call(b, true, now), qPrintable(u"failure %1 tripped"_s.arg(i)));
    }
    now += 1000;
    const auto t = call(b, true, now);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Open);
    QCOMPARE(t->counts.calls, successesFirst + tripsAt);
    QCOMPARE(t->counts.failures, tripsAt);
}

void tst_CircuitBreaker::timeWindowOutcomesExpireWithTheirSlice()
{
    // Ten seconds in slices of one second: an outcome at T0 counts until T0 + 10 s.
    CircuitBreaker b(timeConfig(10000, 5, 50));
    for (int i = 0; i < 4; ++i)
        QVERIFY(!call(b, true, T0));
    QCOMPARE(b.counts(T0 + 9999).calls, 4);
    QCOMPARE(b.counts(T0 + 10000).calls, 0);
    // So a fifth failure after the window does not open it: the window holds only it.
    QVERIFY(!call(b, true, T0 + 10000));
    QCOMPARE(b.mode(), BreakerMode::Closed);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!call(b, true, T0 + 15000));
    QCOMPARE(b.counts(T0 + 15000).calls, 4);
    // The fifth failure within ten seconds of the first of them opens it.
    QVERIFY(call(b, true, T0 + 19999));
    QCOMPARE(b.mode(), BreakerMode::Open);

    // An outcome reported with a time older than the window is not counted.
    CircuitBreaker late(timeConfig(10000, 1, 50));
    QVERIFY(!call(late, false, T0 + 50000));
    QVERIFY(!late.onFailure(10, T0));
    QCOMPARE(late.counts(T0 + 50000).failures, 0);
}

void tst_CircuitBreaker::slowCallsTripAtTheirOwnThreshold()
{
    CircuitBreakerConfig c = countConfig(5, 5, 50);
    c.slowCallDurationMs = 1000;
    c.slowCallRateThreshold = 60;
    CircuitBreaker b(c);
    // 999 ms is not slow; 1000 ms is.
    QVERIFY(!call(b, false, T0, 999));
    QVERIFY(!call(b, false, T0, 999));
    QVERIFY(!call(b, false, T0, 1000));
    QVERIFY(!call(b, false, T0, 5000));
    QCOMPARE(b.counts(T0).slowCalls, 2);
    QCOMPARE(b.counts(T0).failures, 0);
    // 3 slow of 5 = 60%.
    const auto t = call(b, false, T0, 1000);
    QVERIFY(t);
    QCOMPARE(t->reason, TransitionReason::SlowCallRate);
    QCOMPARE(t->counts.slowCalls, 3);
    QCOMPARE(t->counts.calls, 5);

    // A slow failure counts as both; the failure rate is looked at first.
    CircuitBreaker both(c);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!call(both, i % 2 == 0, T0, i % 2 == 0 ? 2000 : 10));
    const auto t2 = call(both, true, T0, 2000);
    QVERIFY(t2);
    QCOMPARE(t2->reason, TransitionReason::FailureRate);
    QCOMPARE(t2->counts.failures, 3);
    QCOMPARE(t2->counts.slowCalls, 3);
}

void tst_CircuitBreaker::openTurnsHalfOpenAfterExactlyTheWait()
{
    CircuitBreakerConfig c = countConfig(5, 5, 50);
    c.waitInOpenMs = 15000;
    CircuitBreaker b(c);
    const qint64 opened = openIt(b, T0);
    QCOMPARE(b.mode(), BreakerMode::Open);
    QCOMPARE(b.state().openUntil, opened + 15000);
    auto a = b.tryAcquire(opened + 14999);
    QVERIFY(!a.permitted());
    QVERIFY(!a.transition);
    QCOMPARE(b.mode(), BreakerMode::Open);
    a = b.tryAcquire(opened + 15000);
    QVERIFY(a.permitted());
    QVERIFY(a.transition);
    QCOMPARE(a.transition->from, BreakerMode::Open);
    QCOMPARE(a.transition->to, BreakerMode::HalfOpen);
    QCOMPARE(a.transition->reason, TransitionReason::WaitElapsed);
    QCOMPARE(a.transition->at, opened + 15000);
    QCOMPARE(b.mode(), BreakerMode::HalfOpen);
}

void tst_CircuitBreaker::shortCircuitsAreNotFailures()
{
    CircuitBreaker b(countConfig(5, 5, 50));
    openIt(b, T0);
    for (int i = 0; i < 100; ++i)
        QVERIFY(!b.tryAcquire(T0 + i).permitted());
    // Nothing was recorded: after the wait the probes decide alone.
    auto a = b.tryAcquire(b.state().openUntil);
    QVERIFY(a.permitted());
    QCOMPARE(b.counts(b.state().openUntil).calls, 0);
    QVERIFY(!b.onSuccess(10, b.state().changedAt));
    QVERIFY(b.tryAcquire(b.state().changedAt).permitted());
    const auto t = b.onSuccess(10, b.state().changedAt);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Closed);
    QCOMPARE(t->counts.calls, 2);
    QCOMPARE(t->counts.failures, 0);
}

void tst_CircuitBreaker::halfOpenAdmitsExactlyTheProbes_data()
{
    QTest::addColumn<int>("probes");
    QTest::newRow("1") << 1;
    QTest::newRow("2 (default)") << 2;
    QTest::newRow("3") << 3;
    QTest::newRow("10 (Resilience4j's default)") << 10;
}

void tst_CircuitBreaker::halfOpenAdmitsExactlyTheProbes()
{
    QFETCH(int, probes);
    CircuitBreakerConfig c = countConfig(5, 5, 50);
    c.permittedCallsInHalfOpen = probes;
    CircuitBreaker b(c);
    openIt(b, T0);
    const qint64 at = b.state().openUntil;
    for (int i = 0; i < probes; ++i)
        QVERIFY2(b.tryAcquire(at).permitted(), qPrintable(u"probe %1 refused"_s.arg(i + 1)));
    QCOMPARE(b.state().probesPermitted, probes);
    // The next call short-circuits, and keeps doing so while the probes are out.
    QVERIFY(!b.tryAcquire(at).permitted());
    QVERIFY(!b.tryAcquire(at + 1000).permitted());
    QCOMPARE(b.mode(), BreakerMode::HalfOpen);
    // All but one answered: still half-open, still no room.
    for (int i = 0; i < probes - 1; ++i)
        QVERIFY(!b.onSuccess(10, at + 1));
    QCOMPARE(b.mode(), BreakerMode::HalfOpen);
    QVERIFY(!b.tryAcquire(at + 2).permitted());
    const auto t = b.onSuccess(10, at + 3);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Closed);
    QCOMPARE(t->counts.calls, probes);
}

void tst_CircuitBreaker::probesThatSucceedClose()
{
    CircuitBreaker b(countConfig(5, 5, 50)); // two probes by default
    openIt(b, T0);
    const qint64 at = b.state().openUntil;
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(!b.onSuccess(10, at + 5));
    const auto t = b.onSuccess(10, at + 7);
    QVERIFY(t);
    QCOMPARE(t->from, BreakerMode::HalfOpen);
    QCOMPARE(t->to, BreakerMode::Closed);
    QCOMPARE(t->reason, TransitionReason::ProbesSucceeded);
    QCOMPARE(b.mode(), BreakerMode::Closed);
    QCOMPARE(b.state().openUntil, 0);
    // A fresh window: four failures do not open it again.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!call(b, true, at + 10));
    QVERIFY(call(b, true, at + 10));
}

void tst_CircuitBreaker::aFailedProbeReopens()
{
    CircuitBreakerConfig c = countConfig(5, 5, 50);
    c.waitInOpenMs = 15000;
    CircuitBreaker b(c);
    openIt(b, T0);
    const qint64 at = b.state().openUntil;
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(!b.onSuccess(10, at + 1));
    const auto t = b.onFailure(10, at + 2);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Open);
    QCOMPARE(t->reason, TransitionReason::ProbesFailed);
    QCOMPARE(t->counts.calls, 2);
    QCOMPARE(t->counts.failures, 1);
    QCOMPARE(b.state().openUntil, at + 2 + 15000);
    QVERIFY(!b.tryAcquire(at + 2 + 14999).permitted());
    QVERIFY(b.tryAcquire(at + 2 + 15000).permitted());
}

void tst_CircuitBreaker::probeFailureRateDecides()
{
    // Four probes at 50%: one failure of four closes, two reopen.
    CircuitBreakerConfig c = countConfig(5, 5, 50);
    c.permittedCallsInHalfOpen = 4;
    for (int failures : {1, 2}) {
        CircuitBreaker b(c);
        openIt(b, T0);
        const qint64 at = b.state().openUntil;
        for (int i = 0; i < 4; ++i)
            QVERIFY(b.tryAcquire(at).permitted());
        std::optional<BreakerTransition> t;
        for (int i = 0; i < 4; ++i)
            t = b.onOutcome(i < failures, 10, at + 1);
        QVERIFY(t);
        QCOMPARE(t->to, failures == 1 ? BreakerMode::Closed : BreakerMode::Open);
    }
}

void tst_CircuitBreaker::slowProbesReopen()
{
    CircuitBreakerConfig c = countConfig(5, 5, 50);
    c.slowCallDurationMs = 1000;
    c.slowCallRateThreshold = 100;
    CircuitBreaker b(c);
    openIt(b, T0);
    const qint64 at = b.state().openUntil;
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(!b.onSuccess(1500, at + 1500));
    const auto t = b.onSuccess(1200, at + 1500);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Open);
    QCOMPARE(t->reason, TransitionReason::ProbesSlow);
}

void tst_CircuitBreaker::aSilentProbeGivesUpItsSlot()
{
    CircuitBreakerConfig c = countConfig(5, 5, 50);
    c.permittedCallsInHalfOpen = 2;
    c.maxProbeWaitMs = 20000;
    CircuitBreaker b(c);
    openIt(b, T0);
    const qint64 at = b.state().openUntil;
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(b.tryAcquire(at).permitted());
    QVERIFY(!b.onSuccess(10, at + 10)); // one answered; the other's process died
    QVERIFY(!b.tryAcquire(at + 19999).permitted());
    QCOMPARE(b.nextPermitAt(at + 19999), at + 20000);
    QVERIFY(b.tryAcquire(at + 20000).permitted());
    QVERIFY(!b.tryAcquire(at + 20000).permitted());
    // The answer already in still counts: this one completes the pair.
    const auto t = b.onSuccess(10, at + 20010);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Closed);
}

void tst_CircuitBreaker::lateAnswersDoNotCountAsProbes()
{
    CircuitBreaker b(countConfig(5, 5, 50));
    openIt(b, T0);
    // Answers of calls let through before it opened: ignored while open.
    QVERIFY(!b.onFailure(10, T0 + 1));
    QVERIFY(!b.onSuccess(10, T0 + 1));
    const qint64 at = b.state().openUntil;
    QVERIFY(b.tryAcquire(at).permitted()); // half-open, one probe out
    QVERIFY(!b.onSuccess(10, at));         // the probe's answer
    QVERIFY(!b.onFailure(10, at));         // no probe outstanding: not a probe result
    QCOMPARE(b.state().probesCompleted, 1);
    QCOMPARE(b.state().probeFailures, 0);
    QCOMPARE(b.mode(), BreakerMode::HalfOpen);
}

void tst_CircuitBreaker::forcedModesIgnoreOutcomes()
{
    CircuitBreaker b(countConfig(5, 5, 50));
    auto t = b.forceOpen(T0);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::ForcedOpen);
    QCOMPARE(t->reason, TransitionReason::ForcedOpen);
    QVERIFY(!b.forceOpen(T0 + 1)); // already so
    for (int i = 0; i < 10; ++i) {
        QVERIFY(!b.tryAcquire(T0 + 100000 * i).permitted()); // no wait ends it
        QVERIFY(!b.onSuccess(10, T0 + i));
    }
    QCOMPARE(b.mode(), BreakerMode::ForcedOpen);
    QCOMPARE(b.nextPermitAt(T0), -1);

    t = b.forceClosed(T0 + 10);
    QVERIFY(t);
    QCOMPARE(t->from, BreakerMode::ForcedOpen);
    QCOMPARE(t->to, BreakerMode::ForcedClosed);
    for (int i = 0; i < 50; ++i)
        QVERIFY(!call(b, true, T0 + 20));
    QCOMPARE(b.mode(), BreakerMode::ForcedClosed);
    QCOMPARE(b.counts(T0 + 20).calls, 0);

    t = b.release(T0 + 30);
    QVERIFY(t);
    QCOMPARE(t->to, BreakerMode::Closed);
    QCOMPARE(t->reason, TransitionReason::Released);
    QVERIFY(!b.release(T0 + 31)); // automatic already
    for (int i = 0; i < 4; ++i)
        QVERIFY(!call(b, true, T0 + 40));
    QVERIFY(call(b, true, T0 + 40));
}

void tst_CircuitBreaker::nextPermitAtFollowsTheMode()
{
    CircuitBreaker b(countConfig(5, 5, 50));
    QCOMPARE(b.nextPermitAt(T0), T0);
    openIt(b, T0);
    QCOMPARE(b.nextPermitAt(T0 + 5), b.state().openUntil);
    const qint64 at = b.state().openUntil;
    QVERIFY(b.tryAcquire(at).permitted());
    QCOMPARE(b.nextPermitAt(at), at); // a second probe is free
    QVERIFY(b.tryAcquire(at).permitted());
    QCOMPARE(b.nextPermitAt(at), at + b.config().maxProbeWaitMs);
}

void tst_CircuitBreaker::stateRoundTripsAsJson_data()
{
    QTest::addColumn<bool>("timeBased");
    QTest::newRow("count") << false;
    QTest::newRow("time") << true;
}

void tst_CircuitBreaker::stateRoundTripsAsJson()
{
    QFETCH(bool, timeBased);
    const CircuitBreakerConfig c = timeBased ? timeConfig(10000, 5, 50) : countConfig(10, 5, 50);
    CircuitBreaker b(c);
    call(b, false, T0, 6000); // slow success
    call(b, true, T0 + 1000);
    call(b, true, T0 + 2000, 7000);
    call(b, true, T0 + 3000);
    const QByteArray json = QJsonDocument(b.state().toJson()).toJson(QJsonDocument::Compact);
    auto restored = BreakerState::fromJson(QJsonDocument::fromJson(json).object(), c);
    QVERIFY(restored);
    CircuitBreaker again(c, restored.value());
    QCOMPARE(again.counts(T0 + 3000).calls, 4);
    QCOMPARE(again.counts(T0 + 3000).failures, 3);
    QCOMPARE(again.counts(T0 + 3000).slowCalls, 2);
    QCOMPARE(QJsonDocument(again.state().toJson()).toJson(QJsonDocument::Compact), json);
    // It goes on judging exactly as the original would.
    const auto t1 = call(b, true, T0 + 4000);
    const auto t2 = call(again, true, T0 + 4000);
    QVERIFY(t1 && t2);
    QCOMPARE(t2->counts.calls, t1->counts.calls);

    // Half-open probes survive the trip too.
    QVERIFY(b.tryAcquire(b.state().openUntil).permitted());
    auto half = BreakerState::fromJson(b.state().toJson(), c);
    QVERIFY(half);
    QCOMPARE(half->mode, BreakerMode::HalfOpen);
    QCOMPARE(half->probesPermitted, 1);
    QVERIFY(!BreakerState::fromJson(QJsonObject{{u"mode"_s, u"ajar"_s}}, c));
}

void tst_CircuitBreaker::windowOfAnotherShapeStartsEmpty()
{
    CircuitBreaker b(countConfig(10, 5, 50));
    call(b, true, T0);
    call(b, true, T0);
    const QJsonObject json = b.state().toJson();
    auto resized = BreakerState::fromJson(json, countConfig(20, 5, 50));
    QVERIFY(resized);
    QCOMPARE(resized->window.countsWithoutExpiry().calls, 0);
    auto retyped = BreakerState::fromJson(json, timeConfig(60000, 5, 50));
    QVERIFY(retyped);
    QCOMPARE(retyped->window.countsWithoutExpiry().calls, 0);
}

void tst_CircuitBreaker::configValidation()
{
    QVERIFY(CircuitBreakerConfig().validate().isEmpty());
    const auto broken = [](auto change) {
        CircuitBreakerConfig c;
        change(c);
        return !c.validate().isEmpty();
    };
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.windowSize = 0; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) {
        c.windowKind = CircuitBreakerConfig::WindowKind::TimeBased;
        c.windowSize = 999;
    }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.minimumCalls = 0; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.failureRateThreshold = 0; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.failureRateThreshold = 101; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.slowCallRateThreshold = 0; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.slowCallDurationMs = 0; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.waitInOpenMs = -1; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.permittedCallsInHalfOpen = 0; }));
    QVERIFY(broken([](CircuitBreakerConfig &c) { c.maxProbeWaitMs = 0; }));
}

void tst_CircuitBreaker::configJson()
{
    CircuitBreakerConfig c = timeConfig(30000, 7, 40);
    c.waitInOpenMs = 5000;
    auto back = CircuitBreakerConfig::fromJson(c.toJson());
    QVERIFY(back);
    QVERIFY(back.value() == c);
    auto partial = CircuitBreakerConfig::fromJson(QJsonObject{{u"minimumCalls"_s, 3}});
    QVERIFY(partial);
    QCOMPARE(partial->minimumCalls, 3);
    QCOMPARE(partial->windowSize, CircuitBreakerConfig().windowSize);
    QVERIFY(!CircuitBreakerConfig::fromJson(QJsonObject{{u"windowKind"_s, u"hourly"_s}}));
    QVERIFY(!CircuitBreakerConfig::fromJson(QJsonObject{{u"failureRateThreshold"_s, 150}}));
}

void tst_CircuitBreaker::namesAreFixed()
{
    QCOMPARE(breakerModeName(BreakerMode::Closed), "closed"_L1);
    QCOMPARE(breakerModeName(BreakerMode::Open), "open"_L1);
    QCOMPARE(breakerModeName(BreakerMode::HalfOpen), "half_open"_L1);
    QCOMPARE(breakerModeName(BreakerMode::ForcedOpen), "forced_open"_L1);
    QCOMPARE(breakerModeName(BreakerMode::ForcedClosed), "forced_closed"_L1);
    for (BreakerMode m : {BreakerMode::Closed, BreakerMode::Open, BreakerMode::HalfOpen,
                          BreakerMode::ForcedOpen, BreakerMode::ForcedClosed}) {
        QCOMPARE(breakerModeFromName(QString(breakerModeName(m))), m);
        QVERIFY(!breakerModeTitle(m).isEmpty());
    }
    QVERIFY(!breakerModeFromName(u"ajar"));
}

void tst_CircuitBreaker::overheadIsMeasured()
{
    const double ns = measureBreakerOverheadNs(300000);
    qInfo("breaker overhead: %.1f ns per tryAcquire + onSuccess (median)", ns);
    QVERIFY(ns > 0);
    // Even an unoptimised, instrumented build stays far below Polly's 2 us per call.
    QVERIFY2(ns < 2000, qPrintable(u"%1 ns"_s.arg(ns)));
}

QTEST_APPLESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
