// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::security {

// A row of the credentials table: outside the chain, replaceable, never exported.
struct CredentialRecord
{
    QString userName;
    QByteArray passwordHash; // "$argon2id$..."
    int failedAttempts = 0;  // failed sign-ins in a row
    qint64 updatedAtMs = 0;
};

// The credentials table. Writes run on the store's writer thread, each in its own
// transaction; reads use the calling thread's connection. Bound statements only.
class CredentialStore final
{
public:
    explicit CredentialStore(SqliteEventStore &store);

    Result<std::optional<CredentialRecord>> find(const QString &userName);

    // Stores the hash (replacing any) and clears the failure counter. The write is refused
    // with a Conflict when $users has moved past expectedUsersVersion (-1: no events yet),
    // so a password is never put under a name someone else has just taken.
    Status setPasswordHash(const QString &userName, const QByteArray &hash,
                           qint64 expectedUsersVersion);
    // Counts one more failed sign-in; returns the count in a row.
    Result<int> recordFailure(const QString &userName);
    Status resetFailures(const QString &userName);

private:
    SqliteEventStore &m_store;
};

} // namespace eventdesk::security
