// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/UserAdministration.h"

#include "security/Credentials.h"
#include "security/Password.h"
#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eventdesk::security {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::UserAdministration)
};

// Appends that lose a race with another administrator are decided again on the new state.
constexpr int MaxAttempts = 4;

QString adminRequired()
{
    return Text::tr("the admin role is required");
}

bool isConflict(const Error &e)
{
    return e.code == ErrorCode::Conflict;
}
} // namespace

struct UserAdministration::Change
{
    QString type;
    QJsonObject payload;
    std::function<Status()> afterAppend; // e.g. clearing the failure counter
};

UserAdministration::UserAdministration(SqliteEventStore &store)
    : m_store(store)
{}

Result<UserDirectory> UserAdministration::users()
{
    return loadUserDirectory(m_store);
}

Result<std::optional<Money>>
UserAdministration::limitFor(const RoleSet &roles, std::optional<Money> given, const User *current)
{
    if (!roles.has(Role::Manager)) {
        if (given)
            return Error::validation(
                Text::tr("Only managers have an approval limit; add the manager role or leave the "
                         "limit out."));
        return std::optional<Money>();
    }
    auto currency = baseCurrency(m_store);
    if (!currency)
        return currency.error();
    if (given) {
        if (given->currency() != currency.value())
            return Error::validation(
                Text::tr("An approval limit is in the store's base currency, %1, not %2.")
                    .arg(currency.value(), given->currency()));
        return given;
    }
    if (current && current->approvalLimit && current->approvalLimit->currency() == currency.value())
        return current->approvalLimit;
    // No limit of their own: the workflow definition's default applies at each approval
    // (Definition::approvalLimitFor). Storing a number here would override it for good.
    return std::optional<Money>();
}

Status UserAdministration::createFirstAdmin(const QString &name, const Secret &password)
{
    return addUserAs(name, NewUser{name, RoleSet{Role::Admin}, std::nullopt}, password, true);
}

Status UserAdministration::addUser(const SignedInUser &actor, const NewUser &user,
                                   const Secret &password)
{
    return addUserAs(actor.name, user, password, false);
}

Status UserAdministration::addUserAs(const QString &actor, const NewUser &user,
                                     const Secret &password, bool firstAdmin)
{
    QByteArray hash;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        auto directory = loadUserDirectory(m_store);
        if (!directory)
            return directory.error();
        if (firstAdmin) {
            if (!directory->isEmpty())
                return Error{
                    ErrorCode::AlreadyExists,
                    Text::tr("The store already has users; an administrator adds more with "
                             "\"eventdesk-cli users add\".")};
        } else {
            const User *acting = directory->find(actor);
            if (!acting || !acting->isEnabledAdmin())
                return recordAccessDenied(m_store, actor, u"add a user"_s, adminRequired(),
                                          user.name);
        }
        if (const QString problem = validateUserName(user.name); !problem.isEmpty())
            return Error::validation(problem);
        if (const User *taken = directory->findIgnoringCase(user.name))
            return Error{
                ErrorCode::AlreadyExists,
                Text::tr("A user named %1 already exists; choose another name.").arg(taken->name)};
        if (user.roles.isEmpty())
            return Error::validation(Text::tr("A user needs at least one role."));
        auto limit = limitFor(user.roles, user.approvalLimit, nullptr);
        if (!limit)
            return limit.error();
        if (hash.isEmpty()) {
            if (auto policy = Password::checkPolicy(password); !policy)
                return policy.error();
            auto hashed = Password::hash(password);
            if (!hashed)
                return hashed.error();
            hash = hashed.value();
        }

        // The credential first, then the event that makes the user exist: a crash between
        // the two leaves a credential nobody can sign in with (sign-in needs UserCreated),
        // which the next add of that name replaces.
        CredentialStore credentials(m_store);
        if (auto stored = credentials.setPasswordHash(user.name, hash, directory->version());
            !stored) {
            if (isConflict(stored.error()))
                continue;
            return stored.error();
        }
        QJsonObject payload{{"name"_L1, user.name}, {"roles"_L1, user.roles.toJson()}};
        if (limit.value())
            payload.insert("approvalLimit"_L1, limit.value()->toJson());
        EventMetadata meta;
        meta.actor = actor;
        if (firstAdmin)
            meta.reason = u"first administrator of a new store"_s;
        AppendRequest request;
        request.streamId = QString(UsersStream);
        request.expected = directory->version() < 0 ? ExpectedVersion::noStream()
                                                    : ExpectedVersion::exact(directory->version());
        request.events.append(NewEvent::make(QString(UserEvents::UserCreated), payload, meta));
        const AppendResult appended = m_store.append(std::move(request)).result();
        if (appended)
            return success();
        if (!isConflict(appended.error()))
            return appended.error();
    }
    return Error::conflict(
        Text::tr("The users kept changing while %1 was being added; try again.").arg(user.name));
}

Status UserAdministration::changeUser(
    const SignedInUser &actor, const QString &name, const QString &operation,
    const std::function<Result<Change>(const UserDirectory &, const User &)> &decide)
{
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        auto directory = loadUserDirectory(m_store);
        if (!directory)
            return directory.error();
        const User *acting = directory->find(actor.name);
        if (!acting || !acting->isEnabledAdmin())
            return recordAccessDenied(m_store, actor.name, operation, adminRequired(), name);
        const User *target = directory->find(name);
        if (!target)
            return Error::notFound(
                Text::tr("There is no user named %1; \"eventdesk-cli users list\" "
                         "shows who there is.")
                    .arg(name));
        auto change = decide(directory.value(), *target);
        if (!change)
            return change.error();
        EventMetadata meta;
        meta.actor = actor.name;
        AppendRequest request;
        request.streamId = QString(UsersStream);
        request.expected = ExpectedVersion::exact(directory->version());
        request.events.append(NewEvent::make(change->type, change->payload, meta));
        const AppendResult appended = m_store.append(std::move(request)).result();
        if (!appended) {
            if (isConflict(appended.error()))
                continue;
            return appended.error();
        }
        if (change->afterAppend)
            return change->afterAppend();
        return success();
    }
    return Error::conflict(
        Text::tr("The users kept changing while %1 was being changed; try again.").arg(name));
}

Status UserAdministration::setRoles(const SignedInUser &actor, const QString &name,
                                    const RoleSet &roles, std::optional<Money> approvalLimit)
{
    return changeUser(
        actor, name, u"change the roles of a user"_s,
        [&](const UserDirectory &directory, const User &target) -> Result<Change> {
            if (roles.isEmpty())
                return Error::validation(Text::tr("A user needs at least one role."));
            if (target.isEnabledAdmin() && !roles.has(Role::Admin) &&
                directory.enabledAdminCount() <= 1)
                return Error::validation(
                    Text::tr(
                        "%1 is the last enabled administrator and must keep the admin role; give "
                        "another user the admin role first.")
                        .arg(target.name));
            auto limit = limitFor(roles, approvalLimit, &target);
            if (!limit)
                return limit.error();
            if (roles == target.roles && limit.value() == target.approvalLimit)
                return Error::validation(
                    Text::tr("%1 already has exactly these roles; nothing was changed.")
                        .arg(target.name));
            QJsonObject payload{{"name"_L1, target.name},
                                {"roles"_L1, roles.toJson()},
                                {"previousRoles"_L1, target.roles.toJson()}};
            if (limit.value())
                payload.insert("approvalLimit"_L1, limit.value()->toJson());
            return Change{QString(UserEvents::UserRolesChanged), payload, {}};
        });
}

Status UserAdministration::changePassword(const SignedInUser &actor, const QString &name,
                                          const Secret &newPassword)
{
    QByteArray hash;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        auto directory = loadUserDirectory(m_store);
        if (!directory)
            return directory.error();
        const User *acting = directory->find(actor.name);
        const bool self = acting && !acting->disabled && actor.name == name;
        if (!self && (!acting || !acting->isEnabledAdmin()))
            return recordAccessDenied(m_store, actor.name, u"change the password of another user"_s,
                                      Text::tr("only the user themself or an administrator may"),
                                      name);
        const User *target = directory->find(name);
        if (!target)
            return Error::notFound(
                Text::tr("There is no user named %1; \"eventdesk-cli users list\" "
                         "shows who there is.")
                    .arg(name));
        if (hash.isEmpty()) {
            if (auto policy = Password::checkPolicy(newPassword); !policy)
                return policy.error();
            auto hashed = Password::hash(newPassword);
            if (!hashed)
                return hashed.error();
            hash = hashed.value();
        }
        // The new password takes effect with the credential; the event records that it
        // changed (never the hash).
        CredentialStore credentials(m_store);
        if (auto stored = credentials.setPasswordHash(name, hash, directory->version()); !stored) {
            if (isConflict(stored.error()))
                continue;
            return stored.error();
        }
        EventMetadata meta;
        meta.actor = actor.name;
        AppendRequest request;
        request.streamId = QString(UsersStream);
        request.expected = ExpectedVersion::any();
        request.events.append(
            NewEvent::make(QString(UserEvents::UserPasswordChanged),
                           QJsonObject{{"name"_L1, name}, {"changedBy"_L1, actor.name}}, meta));
        const AppendResult appended = m_store.append(std::move(request)).result();
        if (!appended)
            return appended.error();
        return success();
    }
    return Error::conflict(
        Text::tr("The users kept changing while the password of %1 was being set; try again.")
            .arg(name));
}

Status UserAdministration::disable(const SignedInUser &actor, const QString &name)
{
    return changeUser(
        actor, name, u"disable a user"_s,
        [](const UserDirectory &directory, const User &target) -> Result<Change> {
            if (target.disabled)
                return Error::validation(
                    Text::tr("%1 is already disabled; nothing was changed.").arg(target.name));
            if (target.isEnabledAdmin() && directory.enabledAdminCount() <= 1)
                return Error::validation(
                    Text::tr("%1 is the last enabled administrator and cannot be "
                             "disabled; make another user an administrator first.")
                        .arg(target.name));
            return Change{
                QString(UserEvents::UserDisabled), QJsonObject{{"name"_L1, target.name}}, {}};
        });
}

Status UserAdministration::enable(const SignedInUser &actor, const QString &name)
{
    return changeUser(
        actor, name, u"enable a user"_s,
        [](const UserDirectory &, const User &target) -> Result<Change> {
            if (!target.disabled)
                return Error::validation(
                    Text::tr("%1 is already enabled; nothing was changed.").arg(target.name));
            return Change{
                QString(UserEvents::UserEnabled), QJsonObject{{"name"_L1, target.name}}, {}};
        });
}

Status UserAdministration::unlock(const SignedInUser &actor, const QString &name)
{
    const qint64 now = m_store.options().effectiveClock().nowMs();
    return changeUser(
        actor, name, u"unlock a user"_s,
        [this, now](const UserDirectory &, const User &target) -> Result<Change> {
            CredentialStore credentials(m_store);
            auto credential = credentials.find(target.name);
            if (!credential)
                return credential.error();
            const int failures = credential->has_value() ? (*credential)->failedAttempts : 0;
            if (!target.isLockedAt(now) && failures == 0)
                return Error::validation(
                    Text::tr("%1 is not locked; nothing was changed.").arg(target.name));
            const QString userName = target.name;
            return Change{
                QString(UserEvents::UserUnlocked),
                QJsonObject{{"name"_L1, userName}, {"failedAttemptsCleared"_L1, failures}},
                [this, userName] { return CredentialStore(m_store).resetFailures(userName); }};
        });
}

} // namespace eventdesk::security
