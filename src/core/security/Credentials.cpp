// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Credentials.h"

#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace eventdesk::security {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Credentials)
};
} // namespace

CredentialStore::CredentialStore(SqliteEventStore &store)
    : m_store(store)
{}

Result<std::optional<CredentialRecord>> CredentialStore::find(const QString &userName)
{
    QSqlDatabase &db = m_store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(Text::tr("The store %1 cannot be read.")
                                           .arg(QDir::toNativeSeparators(m_store.location())));
    auto q = sqlite::exec(db,
                          u"SELECT password_hash, failed_attempts, updated_at FROM credentials "
                          "WHERE user_name = ?"_s,
                          {userName});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CredentialRecord>();
    CredentialRecord r;
    r.userName = userName;
    r.passwordHash = q->value(0).toString().toUtf8();
    r.failedAttempts = q->value(1).toInt();
    r.updatedAtMs = q->value(2).toLongLong();
    q->finish();
    return std::optional<CredentialRecord>(std::move(r));
}

Status CredentialStore::setPasswordHash(const QString &userName, const QByteArray &hash,
                                        qint64 expectedUsersVersion)
{
    const qint64 now = m_store.options().effectiveClock().nowMs();
    return m_store
        .runWrite([userName, hash, expectedUsersVersion, now](QSqlDatabase &db) -> Status {
            // The writer holds the write lock (BEGIN IMMEDIATE): no other program can append
            // to $users between this check and the insert.
            auto version = sqlite::exec(
                db, u"SELECT coalesce(max(stream_version), -1) FROM events WHERE stream_id = ?"_s,
                {QString(UsersStream)});
            if (!version)
                return version.error();
            const qint64 current = version->next() ? version->value(0).toLongLong() : -1;
            version->finish();
            if (current != expectedUsersVersion)
                return Error::conflict(
                    Text::tr("The users changed while the password was being set; try again."));
            return sqlite::execStatus(
                db,
                u"INSERT OR REPLACE INTO credentials (user_name, password_hash, failed_attempts, "
                "updated_at) VALUES (?, ?, 0, ?)"_s,
                {userName, QString::fromLatin1(hash), now});
        })
        .result();
}

Result<int> CredentialStore::recordFailure(const QString &userName)
{
    const qint64 now = m_store.options().effectiveClock().nowMs();
    auto count = std::make_shared<int>(0);
    const Status s =
        m_store
            .runWrite([userName, now, count](QSqlDatabase &db) -> Status {
                auto u = sqlite::execStatus(
                    db,
                    u"UPDATE credentials SET failed_attempts = failed_attempts + 1, "
                    "updated_at = ? WHERE user_name = ?"_s,
                    {now, userName});
                if (!u)
                    return u;
                auto q = sqlite::exec(
                    db, u"SELECT failed_attempts FROM credentials WHERE user_name = ?"_s,
                    {userName});
                if (!q)
                    return q.error();
                *count = q->next() ? q->value(0).toInt() : 0;
                q->finish();
                return success();
            })
            .result();
    if (!s)
        return s.error();
    return *count;
}

Status CredentialStore::resetFailures(const QString &userName)
{
    const qint64 now = m_store.options().effectiveClock().nowMs();
    return m_store
        .runWrite([userName, now](QSqlDatabase &db) {
            return sqlite::execStatus(db,
                                      u"UPDATE credentials SET failed_attempts = 0, updated_at = ? "
                                      "WHERE user_name = ? AND failed_attempts <> 0"_s,
                                      {now, userName});
        })
        .result();
}

} // namespace eventdesk::security
