// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

namespace eventdesk::security {

class Secret;

// A new store at path with its first administrator, all or nothing: the name, the
// password policy, the currency and "no file there yet" are checked before anything is
// written, and a failure half-way removes what was made. The folder must exist. What `eventdesk-cli
// init` and the console's welcome page both do.
Status createStoreWithAdministrator(const QString &path, const QString &admin,
                                    const Secret &password, const QString &baseCurrency);

} // namespace eventdesk::security
