// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eventdesk {

// What went wrong, in terms a caller can act on. The CLI maps these to its exit codes
// (see CliExitCodes); the GUI maps them to banners and dialogs.
enum class ErrorCode
{
    Validation,         // well-formed but refused: bad value, out of range
    Conflict,           // expected version did not match; someone acted first
    AccessDenied,       // the actor lacks the role (recorded as an AccessDenied event)
    WrongPassword,      // sign-in failed
    AccountLocked,      // too many failed sign-ins, or disabled
    AlreadyExists,      // e.g. init on an existing store, user name taken
    NotFound,           // a stream, user or message that does not exist
    VerificationFailed, // the hash chain or the integrity check failed
    StoreUnavailable,   // the store cannot be opened: missing, foreign, newer, damaged, locked
    StorageFailure,     // a write failed (disk full, read-only); nothing half-written
    Cancelled,
    Internal,
};

// Why a store could not be opened, where the way on differs: a store another program
// holds or a damaged one may still be read when opened read-only, and a backup can be
// restored in its place (the console offers both).
enum class StoreFault
{
    None,
    Locked,  // another program holds the store (SQLITE_BUSY / SQLITE_LOCKED)
    Damaged, // the file is corrupt, truncated or lacks its tables
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // one sentence for a person: what is wrong and what to do
    StoreFault storeFault = StoreFault::None;

    static Error validation(const QString &m) { return {ErrorCode::Validation, m}; }
    static Error conflict(const QString &m) { return {ErrorCode::Conflict, m}; }
    static Error accessDenied(const QString &m) { return {ErrorCode::AccessDenied, m}; }
    static Error notFound(const QString &m) { return {ErrorCode::NotFound, m}; }
    static Error storeUnavailable(const QString &m) { return {ErrorCode::StoreUnavailable, m}; }
    static Error storageFailure(const QString &m) { return {ErrorCode::StorageFailure, m}; }
    static Error internal(const QString &m) { return {ErrorCode::Internal, m}; }
    static Error damagedStore(const QString &m)
    {
        return {ErrorCode::StoreUnavailable, m, StoreFault::Damaged};
    }
};

} // namespace eventdesk
