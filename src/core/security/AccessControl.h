// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "security/Roles.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace eventdesk {
class EventStore;
} // namespace eventdesk

namespace eventdesk::security {

// Who is acting: the result of a successful sign-in.
struct SignedInUser
{
    QString name;
    RoleSet roles;
    // A manager's own limit, in the base currency; none: the definition's default applies.
    std::optional<Money> approvalLimit;

    bool hasRole(Role role) const { return roles.has(role); }
};

// The refusal of an operation the actor may not do: recorded as an AccessDenied event in
// $security (payload: actor, operation, reason, and target when given) and returned as
// an ErrorCode::AccessDenied error whose message says what is missing. A hidden button
// is not the control; every changing operation in core checks and calls this.
Error recordAccessDenied(EventStore &store, const QString &actor, const QString &operation,
                         const QString &reason, const QString &target = {});

// Success when the actor holds the role; otherwise records the refusal as above.
Status requireRole(EventStore &store, const SignedInUser &actor, Role role,
                   const QString &operation, const QString &target = {});

} // namespace eventdesk::security
