// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/Dispatcher.h"

#include <memory>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::messaging {

// The dispatcher as the console, the CLI and `eventdesk-cli run` use it: the services as
// the store's settings say (services::StoreServiceDirectory, simulated or HTTP) behind the
// store-backed circuit breakers every process shares (resilience::StoreBackedBreakers).
// Not started: add observers, then start().
std::unique_ptr<Dispatcher> makeStoreDispatcher(SqliteEventStore &store,
                                                DispatcherOptions options = {});

} // namespace eventdesk::messaging
