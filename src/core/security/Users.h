// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "security/Roles.h"
#include "store/Event.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace eventdesk {
class EventStore;
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::security {

// The system streams of this module.
inline constexpr QLatin1String UsersStream{"$users"};       // users and their roles
inline constexpr QLatin1String SecurityStream{"$security"}; // AccessDenied refusals
// The actor of changes nobody signed in made (a lock after failed sign-ins).
inline constexpr QLatin1String SystemActor{"$system"};

// Event types of $users and $security.
namespace UserEvents {
inline constexpr QLatin1String UserCreated{"UserCreated"};
inline constexpr QLatin1String UserRolesChanged{"UserRolesChanged"};
inline constexpr QLatin1String UserPasswordChanged{"UserPasswordChanged"}; // never the hash
inline constexpr QLatin1String UserDisabled{"UserDisabled"};
inline constexpr QLatin1String UserEnabled{"UserEnabled"};
inline constexpr QLatin1String UserLocked{"UserLocked"};
inline constexpr QLatin1String UserUnlocked{"UserUnlocked"};
inline constexpr QLatin1String AccessDenied{"AccessDenied"};
} // namespace UserEvents

// Failed sign-ins in a row that lock an account, and for how long.
inline constexpr int MaxFailedSignIns = 5;
inline constexpr qint64 LockoutDurationMs = 15 * 60 * 1000;

// One user as the $users events leave them.
struct User
{
    QString name;
    RoleSet roles;
    // A manager's own limit, in the base currency; none: the definition's default applies.
    std::optional<Money> approvalLimit;
    bool disabled = false;
    qint64 lockedUntilMs = 0; // 0 when never locked or unlocked since
    qint64 createdAtMs = 0;

    bool isLockedAt(qint64 nowMs) const { return lockedUntilMs > nowMs; }
    bool isEnabledAdmin() const { return !disabled && roles.has(Role::Admin); }
    // The users list --json entry: name, roles, approval_limit, locked, disabled, ...
    QJsonObject toJson(qint64 nowMs) const;
};

// Every user: the fold of the $users stream (it is small, so it is read whole).
class UserDirectory final
{
public:
    void apply(const RecordedEvent &event);

    const User *find(const QString &name) const;
    // A user whose name differs only in letter case, if any.
    const User *findIgnoringCase(const QString &name) const;
    QList<User> users() const; // sorted by name
    int enabledAdminCount() const;
    bool isEmpty() const { return m_users.isEmpty(); }
    qint64 version() const { return m_version; } // of $users; -1 when it has no events

private:
    QMap<QString, User> m_users;
    qint64 m_version = -1;
};

Result<UserDirectory> loadUserDirectory(EventStore &store);

// The store's base currency (store_info key base_currency; EUR when missing).
Result<QString> baseCurrency(SqliteEventStore &store);

// A message saying what is wrong with a user name, or empty when it is fine: 1 to 64
// letters, digits, ".", "_", "-" or "@", starting with a letter or digit.
QString validateUserName(const QString &name);

} // namespace eventdesk::security
