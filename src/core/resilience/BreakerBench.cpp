// SPDX-License-Identifier: GPL-3.0-or-later
#include "resilience/BreakerBench.h"

#include "resilience/CircuitBreaker.h"
#include "resilience/StoreBackedBreakers.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace eventdesk::resilience {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Rounds = 15;

// Runs `perRound` calls of `one` per round and returns the median ns per call; -1 when a
// call was refused (which would measure something else).
template<typename Call> double medianNsPerCall(int calls, Call one)
{
    const int perRound = std::max(1, calls / Rounds);
    QList<double> perCall;
    perCall.reserve(Rounds);
    int permitted = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < perRound; ++i)
            permitted += one() ? 1 : 0;
        perCall.append(double(timer.nsecsElapsed()) / perRound);
    }
    // Using the count also keeps the loop from being optimised away.
    if (permitted != perRound * Rounds)
        return -1.0;
    std::sort(perCall.begin(), perCall.end());
    return perCall.at(Rounds / 2);
}
} // namespace

double measureBreakerOverheadNs(int calls)
{
    CircuitBreaker breaker; // the defaults: a count-based window of 10 calls
    qint64 now = 1'767'225'600'000;
    return medianNsPerCall(std::max(calls, 1000), [&breaker, &now] {
        ++now;
        if (!breaker.tryAcquire(now).permitted())
            return false;
        breaker.onSuccess(3, now);
        return true;
    });
}

double measureGateOverheadNs(SqliteEventStore &store, int calls)
{
    StoreBackedBreakers gate(store);
    const QString service = u"payment"_s;
    return medianNsPerCall(std::clamp(calls, 1000, 1'000'000), [&gate, &service] {
        if (gate.beforeCall(service) != BreakerGate::Decision::Permit)
            return false;
        gate.afterCall(service, false, 3);
        return true;
    });
}

} // namespace eventdesk::resilience
