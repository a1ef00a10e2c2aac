// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "security/AccessControl.h"
#include "security/Roles.h"
#include "security/Secret.h"
#include "security/Users.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::security {

// Adding and changing users. Every operation checks the actor against the current
// $users state in core (admin, or the user themself for a password change); a refusal
// is recorded as an AccessDenied event. Changes are appended to $users with the version
// they were decided on, so two administrators acting at once cannot both win.
class UserAdministration final
{
public:
    explicit UserAdministration(SqliteEventStore &store);

    struct NewUser
    {
        QString name;
        RoleSet roles;
        // For managers, in the base currency; when not given, the manager has no limit of
        // their own and each workflow definition's default applies.
        std::optional<Money> approvalLimit;
    };

    // The first administrator of a new store, by nobody signed in: refused once any user
    // exists.
    Status createFirstAdmin(const QString &name, const Secret &password);

    Status addUser(const SignedInUser &actor, const NewUser &user, const Secret &password);
    // Replaces the user's roles. A manager keeps their limit unless a new one is given;
    // one who becomes a manager without one has none of their own (the definitions'
    // default applies). The last enabled admin keeps admin.
    Status setRoles(const SignedInUser &actor, const QString &name, const RoleSet &roles,
                    std::optional<Money> approvalLimit = std::nullopt);
    // By the user themself or by an admin.
    Status changePassword(const SignedInUser &actor, const QString &name,
                          const Secret &newPassword);
    Status disable(const SignedInUser &actor, const QString &name); // not the last admin
    Status enable(const SignedInUser &actor, const QString &name);
    // Lifts a lock and clears the count of failed sign-ins.
    Status unlock(const SignedInUser &actor, const QString &name);

    Result<UserDirectory> users();

private:
    struct Change;
    Status addUserAs(const QString &actor, const NewUser &user, const Secret &password,
                     bool firstAdmin);
    Status
    changeUser(const SignedInUser &actor, const QString &name, const QString &operation,
               const std::function<Result<Change>(const UserDirectory &, const User &)> &decide);
    Result<std::optional<Money>> limitFor(const RoleSet &roles, std::optional<Money> given,
                                          const User *current);

    SqliteEventStore &m_store;
};

} // namespace eventdesk::security
