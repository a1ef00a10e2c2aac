// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventStore.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace eventdesk {

// Runs a read on a worker thread with that thread's own connection and hands back a
// QFuture: how the GUI reads, so its thread never waits on the database. Attach the
// result with `.then(contextObject, ...)` to get it back on the GUI thread.
//   readAsync(store, [](IEventReader &r) { return r.headPosition(); })
template<typename Read>
auto readAsync(EventStore *store, Read read) -> QFuture<std::invoke_result_t<Read, IEventReader &>>
{
    return QtConcurrent::run([store, read = std::move(read)] { return read(store->reader()); });
}

} // namespace eventdesk
