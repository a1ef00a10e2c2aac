// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::resilience {

// The breaker's cost per call for `bench`: the median, over rounds, of the nanoseconds one
// tryAcquire plus onSuccess takes on a closed breaker in memory (the path every permitted
// call pays). `calls` in total, at least a thousand.
double measureBreakerOverheadNs(int calls);

// The same through the gate the dispatcher uses (StoreBackedBreakers::beforeCall plus
// afterCall: the store's clock, a lock, the lookup, the policy and the call log). It never
// flushes, so it writes nothing to the store. At most a million calls.
double measureGateOverheadNs(SqliteEventStore &store, int calls);

} // namespace eventdesk::resilience
