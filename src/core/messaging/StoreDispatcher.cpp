// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/StoreDispatcher.h"

#include "resilience/StoreBackedBreakers.h"
#include "services/StoreServiceDirectory.h"
#include "store/SqliteEventStore.h"

namespace eventdesk::messaging {

std::unique_ptr<Dispatcher> makeStoreDispatcher(SqliteEventStore &store, DispatcherOptions options)
{
    return std::make_unique<Dispatcher>(
        store,
        [&store]() -> std::unique_ptr<ServiceDirectory> {
            return std::make_unique<services::StoreServiceDirectory>(store);
        },
        [&store]() -> std::unique_ptr<BreakerGate> {
            return std::make_unique<resilience::StoreBackedBreakers>(store);
        },
        std::move(options));
}

} // namespace eventdesk::messaging
