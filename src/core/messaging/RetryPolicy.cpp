// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/RetryPolicy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace eventdesk::messaging {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::messaging::RetryPolicy)
};

QString hours(qint64 ms)
{
    return QString::number(double(ms) / 3'600'000.0, 'g', 3);
}
} // namespace

qint64 RetryPolicy::backoffCeilingMs(int failures) const
{
    const int n = std::max(1, failures);
    double step = double(initialBackoffMs);
    for (int i = 1; i < n && step < double(maxBackoffMs); ++i)
        step *= multiplier;
    return std::clamp(qint64(std::llround(step)), qint64(0), maxBackoffMs);
}

qint64 RetryPolicy::backoffMs(int failures, double random01) const
{
    const qint64 ceiling = backoffCeilingMs(failures);
    const double r = std::clamp(random01, 0.0, 1.0);
    const double j = std::clamp(jitter, 0.0, 1.0);
    return std::clamp(qint64(std::llround(double(ceiling) * (1.0 - j * r))), qint64(0), ceiling);
}

RetryDecision RetryPolicy::afterFailure(const CallResult &result, int attempts,
                                        qint64 firstFailedAtMs, qint64 nowMs, double random01) const
{
    RetryDecision d;
    if (result.outcome == CallOutcome::PermanentFailure) {
        d.deadLetter = true;
        d.reason = Text::tr("a permanent error: no retry");
        return d;
    }
    const qint64 waited = nowMs - firstFailedAtMs;
    if (attempts >= maxAttempts && waited >= retryWindowMs) {
        d.deadLetter = true;
        d.reason = Text::tr("%1 attempts over %2 hours failed").arg(attempts).arg(hours(waited));
        return d;
    }
    if (result.retryAfterMs >= 0)
        d.delayMs = std::min(result.retryAfterMs, maxRetryAfterMs);
    else
        d.delayMs = backoffMs(attempts, random01);
    return d;
}

QString RetryPolicy::validate() const
{
    if (maxAttempts < 1)
        return Text::tr("A retry policy needs at least one attempt.");
    if (initialBackoffMs < 0 || maxBackoffMs < initialBackoffMs)
        return Text::tr("A retry policy's longest backoff must be at least its first.");
    if (multiplier < 1.0)
        return Text::tr("A retry policy's backoff multiplier must be at least 1.");
    if (jitter < 0.0 || jitter > 1.0)
        return Text::tr("A retry policy's jitter must be between 0 and 1.");
    if (retryWindowMs < 0 || maxRetryAfterMs < 0 || shortCircuitDelayMs < 0)
        return Text::tr("A retry policy's times cannot be negative.");
    return {};
}

RetryPolicy RetryPolicy::standard()
{
    return RetryPolicy{};
}

RetryPolicy RetryPolicy::payments()
{
    RetryPolicy p;
    p.retryWindowMs = 72LL * 3'600'000; // 72 hours
    return p;
}

RetryPolicies RetryPolicies::defaults()
{
    RetryPolicies p;
    p.set(u"payment"_s, RetryPolicy::payments());
    return p;
}

const RetryPolicy &RetryPolicies::forService(const QString &service) const
{
    const auto it = m_byService.constFind(service);
    return it != m_byService.cend() ? it.value() : m_fallback;
}

qint64 RetryPolicies::longestStepMs() const
{
    qint64 longest = m_fallback.maxBackoffMs;
    for (const RetryPolicy &p : m_byService)
        longest = std::max(longest, p.maxBackoffMs);
    return longest;
}

} // namespace eventdesk::messaging
