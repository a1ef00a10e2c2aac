// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Password.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace eventdesk::security::Password {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Password)
};
} // namespace

bool ensureSodium()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

Status checkPolicy(const Secret &password)
{
    if (password.size() > MaxBytes)
        return Error::validation(
            Text::tr("The password is longer than %1 bytes; choose a shorter one.").arg(MaxBytes));
    if (password.characterCount() < MinCharacters)
        return Error::validation(
            Text::tr("The password is too short: it needs at least %1 characters.")
                .arg(MinCharacters));
    return success();
}

Result<QByteArray> hash(const Secret &password)
{
    if (!ensureSodium())
        return Error::internal(
            Text::tr("The password library (libsodium) could not be initialised."));
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), static_cast<unsigned long long>(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::internal(Text::tr(
            "Hashing the password ran out of memory; close other programs and try again."));
    return QByteArray(out);
}

bool verify(const QByteArray &storedHash, const Secret &password)
{
    if (!ensureSodium() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    // crypto_pwhash_str_verify wants a NUL-terminated string; QByteArray's data is.
    return crypto_pwhash_str_verify(storedHash.constData(), password.data(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

void verifyAgainstNothing(const Secret &password)
{
    static const QByteArray decoy = [] {
        QByteArray random(32, '\0');
        if (ensureSodium())
            randombytes_buf(random.data(), size_t(random.size()));
        auto h = hash(Secret::take(random));
        return h ? h.value() : QByteArray();
    }();
    (void)verify(decoy, password);
}

} // namespace eventdesk::security::Password
