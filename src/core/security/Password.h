// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Secret.h"
#include "util/Result.h"

#include <QByteArray>

namespace eventdesk::security {

// The password policy and the one-way hashing of passwords (Argon2id, libsodium's
// crypto_pwhash_str with the interactive limits).
namespace Password {

inline constexpr int MinCharacters = 8;
inline constexpr int MaxBytes = 1024; // longer input is refused, not cut

// A validation error saying what the password lacks, or success.
Status checkPolicy(const Secret &password);

// "$argon2id$v=19$m=...": the salted hash as crypto_pwhash_str writes it.
Result<QByteArray> hash(const Secret &password);

// True when the password matches the stored hash. A malformed hash never matches.
bool verify(const QByteArray &storedHash, const Secret &password);

// Spends the time a verification would, for a user that does not exist, so the time a
// refusal takes does not tell whether the name is known.
void verifyAgainstNothing(const Secret &password);

// Initialises libsodium once per process; false if it cannot be used.
bool ensureSodium();

} // namespace Password

} // namespace eventdesk::security
