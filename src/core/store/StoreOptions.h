// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"

#include <QtGlobal>

#include <memory>

namespace eventdesk {

// How a store is opened. The defaults favour durability: every committed append
// survives a power cut (synchronous=FULL). docs/STORE.md explains each setting.
struct StoreOptions
{
    enum class Synchronous
    {
        Normal,
        Full,
        Extra
    };

    Synchronous synchronous = Synchronous::Full;
    int busyTimeoutMs = 5000;           // wait this long for another program's lock
    qint64 maxEventBytes = 1024 * 1024; // payload + metadata of one event
    int snapshotEvery = 100;            // save a snapshot after this many events folded
    int maxGroupCommit = 512;           // appends committed together at most
    bool readOnly = false;              // no writer; appends fail with a clear message
    qint64 maxPageCount = 0;            // 0 = unlimited; tests use it to simulate a full disk
    // Appends and decoding reads through SQLite's C API when the Qt driver runs on the
    // same library (see SqliteRaw.h); false keeps every statement on Qt SQL (tests of
    // that path, comparisons). Both paths write and read exactly the same rows.
    bool useRawSqlite = true;
    int writerCacheKiB = 32 * 1024;     // the writer connection's page cache; 0 = SQLite's
    int walAutocheckpointPages = 10000; // WAL pages before a checkpoint; 0 = SQLite's (1000)
    std::shared_ptr<const Clock> clock; // recorded_at; the system clock when null

    const Clock &effectiveClock() const;
};

} // namespace eventdesk
