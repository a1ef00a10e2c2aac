// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/AccessControl.h"
#include "security/Secret.h"
#include "util/Result.h"

#include <QString>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::security {

// Checks a user name and password against $users and the credentials table.
// MaxFailedSignIns wrong passwords in a row lock the account for LockoutDurationMs
// (a UserLocked event); time comes from the store's clock. On a store opened read-only
// it only checks: a lock already recorded holds, but nothing is counted or recorded.
class Authenticator final
{
public:
    explicit Authenticator(SqliteEventStore &store);

    // The signed-in user, or ErrorCode::WrongPassword (the same message whether or not the
    // user exists) or ErrorCode::AccountLocked (locked or disabled).
    Result<SignedInUser> signIn(const QString &name, const Secret &password);

private:
    SqliteEventStore &m_store;
};

} // namespace eventdesk::security
