// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Verifier.h"
#include "util/Result.h"

#include <QString>

namespace eventdesk {

// Restores a backup as a new store at target (which must not exist): the backup is
// checked first, copied to a temporary file beside target, the copy verified, and only
// then renamed into place. The backup file itself is only read. progress follows the
// verification of the copy; when *cancel turns true it stops with a Cancelled error and
// nothing restored.
Result<VerifyReport> restoreBackup(const QString &backup, const QString &target,
                                   const ProgressCallback &progress = {},
                                   const std::atomic_bool *cancel = nullptr);

} // namespace eventdesk
