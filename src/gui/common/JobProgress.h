// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QtGlobal>

namespace eventdesk::gui {

// Shared between a page and one long job on a worker thread (verify, backup, rebuild):
// the worker writes how far it got, the page polls it with a timer and may ask it to
// stop. Atomics only, so neither side ever waits for the other.
struct JobProgress
{
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};

    void report(qint64 d, qint64 t)
    {
        done.store(d, std::memory_order_relaxed);
        total.store(t, std::memory_order_relaxed);
    }
};

} // namespace eventdesk::gui
