// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

namespace eventdesk {

// What the dispatcher asks of the circuit breakers around each call. The store-backed
// implementation keeps the state and the window in the store so every process sees the
// same breaker; the dispatcher calls flush() once per batch, so a batch costs one write.
class BreakerGate
{
public:
    enum class Decision
    {
        Permit,
        ShortCircuit
    };

    virtual ~BreakerGate() = default;
    // May a call to the service go out now? ShortCircuit: the breaker is open (or the
    // half-open probes are taken); the call counts as short-circuited, not failed, and
    // uses up no retry attempt.
    virtual Decision beforeCall(const QString &service) = 0;
    // The outcome of a permitted call. `failed` is true for retryable failures (which
    // count against the breaker); permanent errors are the caller's fault and do not.
    virtual void afterCall(const QString &service, bool failed, qint64 latencyMs) = 0;
    // A call held back without asking beforeCall (e.g. because nextPermitAt is still in
    // the future). Calling it right after beforeCall said ShortCircuit is harmless: that
    // refusal is already counted and is not counted twice.
    virtual void shortCircuited(const QString &service) = 0;
    // When a call to the service may next be permitted (UTC ms): now or earlier while it
    // is closed, the end of the wait while it is open, -1 while an administrator holds it
    // open. A dispatcher parks short-circuited work until then; 0 when unknown.
    virtual qint64 nextPermitAt(const QString &service)
    {
        Q_UNUSED(service);
        return 0;
    }
    // Persists windows, metric samples and state transitions (as $health-<service> events).
    virtual Status flush() = 0;
};

} // namespace eventdesk
