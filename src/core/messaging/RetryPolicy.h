// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServicePort.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

namespace eventdesk::messaging {

// What happens after a failed call: try again after a delay, or park the message in dead
// letters.
struct RetryDecision
{
    bool deadLetter = false;
    qint64 delayMs = 0; // when retrying
    QString reason;     // when dead-lettering: why, for a person
};

// How one service's messages are retried. Exponential backoff with jitter: the n-th retry
// waits a random time in [ceiling * (1 - jitter), ceiling], ceiling = min(initialBackoff *
// multiplier^(n-1), maxBackoff), so no step is ever longer than maxBackoff. A service's
// Retry-After replaces the backoff (capped at maxRetryAfter). A retryable failure
// dead-letters only when both maxAttempts attempts were made and retryWindow has passed
// since the first failure; until then the message keeps retrying at the longest step. A
// permanent failure dead-letters at once. docs/MESSAGING.md explains the defaults.
struct RetryPolicy
{
    int maxAttempts = 10;
    qint64 initialBackoffMs = 1'000;
    double multiplier = 2.0;
    qint64 maxBackoffMs = 20'000;
    double jitter = 0.5;                // 0: none; 1: anywhere from 0 to the ceiling
    qint64 retryWindowMs = 15 * 60'000; // 15 minutes
    qint64 maxRetryAfterMs = 15 * 60'000;
    // A call short-circuited by an open breaker uses no attempt; it waits until the breaker
    // lets calls through again (BreakerGate::nextPermitAt), or this long when the breaker
    // cannot say (held open by an administrator).
    qint64 shortCircuitDelayMs = 5'000;

    // The ceiling of the delay after the failures-th failure (failures >= 1).
    qint64 backoffCeilingMs(int failures) const;
    // The delay after the failures-th failure; random01 in [0, 1) draws the jitter.
    qint64 backoffMs(int failures, double random01) const;
    // After a failed call: attempts counts this one; firstFailedAtMs is the time of the
    // message's first failure (this one's when it is the first).
    RetryDecision afterFailure(const CallResult &result, int attempts, qint64 firstFailedAtMs,
                               qint64 nowMs, double random01) const;
    // Empty when the policy makes sense; else what is wrong with it.
    QString validate() const;

    // Notification, inventory, ledger.
    static RetryPolicy standard();
    // Payments queue: a retryable failure never dead-letters before 72 hours.
    static RetryPolicy payments();
};

// The policy of each service, with a fallback for services not named.
class RetryPolicies
{
public:
    // payment: RetryPolicy::payments(); every other service: RetryPolicy::standard().
    static RetryPolicies defaults();

    const RetryPolicy &forService(const QString &service) const;
    void set(const QString &service, const RetryPolicy &policy)
    {
        m_byService.insert(service, policy);
    }
    void setFallback(const RetryPolicy &policy) { m_fallback = policy; }
    // The longest single backoff step of any policy: with the breaker's open wait, the
    // bound on how long queued work waits once a service is back.
    qint64 longestStepMs() const;

private:
    QHash<QString, RetryPolicy> m_byService;
    RetryPolicy m_fallback = RetryPolicy::standard();
};

} // namespace eventdesk::messaging
