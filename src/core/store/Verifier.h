// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace eventdesk {

// What `verify` found: the chain re-computed event by event, then SQLite's own check.
struct VerifyReport
{
    bool ok = false;
    qint64 events = 0;
    QByteArray headHash;                    // 32 raw bytes; the genesis hash on an empty store
    std::optional<qint64> firstBadPosition; // where the chain first breaks
    QString reason;                         // empty when ok

    QJsonObject toJson() const;  // the shape of `verify --json` (CLI.md)
};

using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

// Walks every event in position order re-computing body and link hashes, then runs
// PRAGMA integrity_check. Reads the rows exactly as stored (no upcasting).
Result<VerifyReport> verifyChain(QSqlDatabase &db, const ProgressCallback &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

} // namespace eventdesk
