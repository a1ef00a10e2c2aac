// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Authenticator.h"

#include "security/Credentials.h"
#include "security/Password.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace eventdesk::security {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Authenticator)
};

Error wrongPassword()
{
    return Error{ErrorCode::WrongPassword,
                 Text::tr("The user name or the password is wrong; check both and try again.")};
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

Error lockedUntil(const QString &name, qint64 untilMs)
{
    return Error{
        ErrorCode::AccountLocked,
        Text::tr("The account %1 is locked after too many failed sign-ins until %2; wait, or "
                 "ask an administrator to unlock it.")
            .arg(name, timeText(untilMs))};
}
} // namespace

Authenticator::Authenticator(SqliteEventStore &store)
    : m_store(store)
{}

Result<SignedInUser> Authenticator::signIn(const QString &name, const Secret &password)
{
    auto directory = loadUserDirectory(m_store);
    if (!directory)
        return directory.error();
    CredentialStore credentials(m_store);
    auto credential = credentials.find(name);
    if (!credential)
        return credential.error();

    const User *user = directory->find(name);
    if (!user || !credential->has_value()) {
        // Spend the same time as a real check, so a refusal does not tell names apart.
        Password::verifyAgainstNothing(password);
        return wrongPassword();
    }
    const qint64 now = m_store.options().effectiveClock().nowMs();
    // A locked account takes no guesses at all, right or wrong.
    if (user->isLockedAt(now))
        return lockedUntil(name, user->lockedUntilMs);

    // On a store opened read-only nothing can be written: no failure count, no lock, no
    // reset. Skipping them gives nothing away, since whoever has the file (the only way to
    // open it read-only) already has the password hashes to guess against at leisure.
    const bool readOnly = m_store.options().readOnly;

    if (!Password::verify((*credential)->passwordHash, password)) {
        if (readOnly)
            return wrongPassword();
        auto failures = credentials.recordFailure(name);
        if (!failures)
            return failures.error();
        if (failures.value() < MaxFailedSignIns)
            return wrongPassword();

        const qint64 until = now + LockoutDurationMs;
        EventMetadata meta;
        meta.actor = QString(SystemActor);
        meta.reason = Text::tr("%1 failed sign-ins in a row").arg(failures.value());
        AppendRequest request;
        request.streamId = QString(UsersStream);
        request.expected = ExpectedVersion::any();
        request.events.append(NewEvent::make(QString(UserEvents::UserLocked),
                                             QJsonObject{{"name"_L1, name},
                                                         {"lockedUntil"_L1, until},
                                                         {"failedAttempts"_L1, failures.value()}},
                                             meta));
        const AppendResult locked = m_store.append(std::move(request)).result();
        if (!locked)
            return locked.error();
        // The lock now holds the account; after it expires the user gets a fresh count.
        if (auto reset = credentials.resetFailures(name); !reset)
            return reset.error();
        return lockedUntil(name, until);
    }

    if (user->disabled)
        return Error{
            ErrorCode::AccountLocked,
            Text::tr("The account %1 is disabled; ask an administrator to enable it.").arg(name)};
    if ((*credential)->failedAttempts != 0 && !readOnly)
        if (auto reset = credentials.resetFailures(name); !reset)
            return reset.error();
    return SignedInUser{user->name, user->roles, user->approvalLimit};
}

} // namespace eventdesk::security
