// SPDX-License-Identifier: GPL-3.0-or-later
// The retry policy: backoff steps, jitter, attempts and the retry window, permanent
// errors, Retry-After, and the defaults behind the 60-second promise.
#include "messaging/RetryPolicy.h"
#include "resilience/CircuitBreaker.h"

#include <QTest>

using namespace eventdesk;
using namespace eventdesk::messaging;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;

CallResult retryable(qint64 retryAfterMs = -1)
{
    CallResult r;
    r.outcome = CallOutcome::RetryableFailure;
    r.httpStatus = 503;
    r.retryAfterMs = retryAfterMs;
    return r;
}

CallResult permanent()
{
    CallResult r;
    r.outcome = CallOutcome::PermanentFailure;
    r.httpStatus = 422;
    return r;
}
} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffSteps_data();
    void backoffSteps();
    void jitterShortensButNeverLengthens();
    void permanentErrorDeadLettersAtOnce();
    void retryableNeedsAttemptsAndTheWindow();
    void paymentsWait72Hours();
    void retryAfterReplacesTheBackoff();
    void defaultsKeepTheSixtySecondPromise();
    void policiesByService();
    void validation();
};

void tst_RetryPolicy::backoffSteps_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("1st") << 1 << qint64(1000);
    QTest::newRow("2nd") << 2 << qint64(2000);
    QTest::newRow("3rd") << 3 << qint64(4000);
    QTest::newRow("4th") << 4 << qint64(8000);
    QTest::newRow("5th") << 5 << qint64(16000);
    QTest::newRow("6th: capped") << 6 << qint64(20000);
    QTest::newRow("50th: capped") << 50 << qint64(20000);
    QTest::newRow("0 counts as the 1st") << 0 << qint64(1000);
}

void tst_RetryPolicy::backoffSteps()
{
    QFETCH(int, failures);
    QFETCH(qint64, ceiling);
    const RetryPolicy p = RetryPolicy::standard();
    QCOMPARE(p.backoffCeilingMs(failures), ceiling);
    QCOMPARE(p.backoffMs(failures, 0.0), ceiling);
}

void tst_RetryPolicy::jitterShortensButNeverLengthens()
{
    const RetryPolicy p = RetryPolicy::standard();
    QCOMPARE(p.jitter, 0.5);
    QCOMPARE(p.backoffMs(3, 0.5), 3000);
    QCOMPARE(p.backoffMs(3, 0.999999), 2000);
    for (int failures = 1; failures < 12; ++failures)
        for (double r = 0; r < 1.0; r += 0.01) {
            const qint64 d = p.backoffMs(failures, r);
            QVERIFY(d <= p.backoffCeilingMs(failures));
            QVERIFY(d >= p.backoffCeilingMs(failures) / 2);
        }
    RetryPolicy none = p;
    none.jitter = 0;
    QCOMPARE(none.backoffMs(2, 0.9), 2000);
}

void tst_RetryPolicy::permanentErrorDeadLettersAtOnce()
{
    const qint64 now = 1'000'000;
    for (const RetryPolicy &p : {RetryPolicy::standard(), RetryPolicy::payments()}) {
        const RetryDecision d = p.afterFailure(permanent(), 1, now, now, 0.3);
        QVERIFY(d.deadLetter);
        QVERIFY(!d.reason.isEmpty());
    }
}

void tst_RetryPolicy::retryableNeedsAttemptsAndTheWindow()
{
    const RetryPolicy p = RetryPolicy::standard();
    QCOMPARE(p.maxAttempts, 10);
    QCOMPARE(p.retryWindowMs, 15 * Minute);
    const qint64 first = 5'000'000;
    // Attempts left: retry, whatever the time.
    RetryDecision d = p.afterFailure(retryable(), 9, first, first + Hour, 0);
    QVERIFY(!d.deadLetter);
    QCOMPARE(d.delayMs, 20000);
    // Attempts used up, but the window not over: retry at the longest step.
    d = p.afterFailure(retryable(), 10, first, first + 15 * Minute - 1, 0);
    QVERIFY(!d.deadLetter);
    QCOMPARE(d.delayMs, 20000);
    d = p.afterFailure(retryable(), 500, first, first + 14 * Minute, 0);
    QVERIFY(!d.deadLetter);
    // Both: dead letter.
    d = p.afterFailure(retryable(), 10, first, first + 15 * Minute, 0);
    QVERIFY(d.deadLetter);
    QVERIFY(d.reason.contains(u"10"_s));
    // The first failure: one second.
    d = p.afterFailure(retryable(), 1, first, first, 0);
    QVERIFY(!d.deadLetter);
    QCOMPARE(d.delayMs, 1000);
}

void tst_RetryPolicy::paymentsWait72Hours()
{
    const RetryPolicy p = RetryPolicy::payments();
    QCOMPARE(p.retryWindowMs, 72 * Hour);
    const qint64 first = 5'000'000;
    QVERIFY(!p.afterFailure(retryable(), 10'000, first, first + 72 * Hour - 1, 0).deadLetter);
    QVERIFY(!p.afterFailure(retryable(), 1, first, first + 100 * Hour, 0).deadLetter);
    QVERIFY(p.afterFailure(retryable(), 10, first, first + 72 * Hour, 0).deadLetter);
    QVERIFY(p.afterFailure(permanent(), 1, first, first, 0).deadLetter);
}

void tst_RetryPolicy::retryAfterReplacesTheBackoff()
{
    const RetryPolicy p = RetryPolicy::standard();
    const qint64 now = 5'000'000;
    QCOMPARE(p.afterFailure(retryable(45'000), 1, now, now, 0).delayMs, 45'000);
    QCOMPARE(p.afterFailure(retryable(0), 4, now, now, 0).delayMs, 0);
    // A Retry-After beyond reason is cut to maxRetryAfter.
    QCOMPARE(p.afterFailure(retryable(48 * Hour), 1, now, now, 0).delayMs, p.maxRetryAfterMs);
    // It does not keep a message alive past its retries.
    QVERIFY(p.afterFailure(retryable(1000), 10, now - Hour, now, 0).deadLetter);
}

void tst_RetryPolicy::defaultsKeepTheSixtySecondPromise()
{
    // Queued work goes out within 60 s of a service coming back: a message waits at most
    // the breaker's open wait (then a probe goes) plus the longest backoff step.
    const RetryPolicies policies = RetryPolicies::defaults();
    const resilience::CircuitBreakerConfig breaker;
    const qint64 bound = breaker.waitInOpenMs + policies.longestStepMs();
    qDebug("breaker wait %lld ms + longest backoff step %lld ms = %lld ms", breaker.waitInOpenMs,
           policies.longestStepMs(), bound);
    QVERIFY(bound <= 60 * Second);
    QCOMPARE(policies.longestStepMs(), 20 * Second);
}

void tst_RetryPolicy::policiesByService()
{
    RetryPolicies policies = RetryPolicies::defaults();
    QCOMPARE(policies.forService(u"payment"_s).retryWindowMs, 72 * Hour);
    QCOMPARE(policies.forService(u"notification"_s).retryWindowMs, 15 * Minute);
    QCOMPARE(policies.forService(u"anything"_s).maxAttempts, 10);
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.maxBackoffMs = 40'000;
    policies.set(u"ledger"_s, quick);
    QCOMPARE(policies.forService(u"ledger"_s).maxAttempts, 2);
    QCOMPARE(policies.longestStepMs(), 40'000);
}

void tst_RetryPolicy::validation()
{
    QVERIFY(RetryPolicy::standard().validate().isEmpty());
    QVERIFY(RetryPolicy::payments().validate().isEmpty());
    RetryPolicy p;
    p.maxAttempts = 0;
    QVERIFY(!p.validate().isEmpty());
    p = {};
    p.maxBackoffMs = 10;
    QVERIFY(!p.validate().isEmpty());
    p = {};
    p.multiplier = 0.5;
    QVERIFY(!p.validate().isEmpty());
    p = {};
    p.jitter = 1.5;
    QVERIFY(!p.validate().isEmpty());
}

QTEST_APPLESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
