// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Sha256.h"

#ifdef EVENTDESK_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace eventdesk {

#ifdef EVENTDESK_HAVE_OPENSSL
namespace {
// OpenSSL 3 looks the implementation up again on every init given EVP_sha256(); fetched
// once, an init costs a fraction of that (the chain hashes short inputs, where the
// look-up took longer than the hashing).
const EVP_MD *sha256Method()
{
#if OPENSSL_VERSION_MAJOR >= 3
    static EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (fetched)
        return fetched;
#endif
    return EVP_sha256();
}
} // namespace

struct Sha256::Impl
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool started = false;
    ~Impl() { EVP_MD_CTX_free(ctx); }
    void ensureStarted()
    {
        if (!started) {
            EVP_DigestInit_ex(ctx, sha256Method(), nullptr);
            started = true;
        }
    }
};

Sha256::Sha256() : m_impl(new Impl) {}
Sha256::~Sha256() { delete m_impl; }

void Sha256::add(QByteArrayView data)
{
    m_impl->ensureStarted();
    EVP_DigestUpdate(m_impl->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::finish()
{
    m_impl->ensureStarted();
    QByteArray out(DigestSize, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_impl->ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    m_impl->started = false;
    return out;
}

const char *Sha256::implementation() { return "OpenSSL libcrypto"; }
#else
struct Sha256::Impl
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256() : m_impl(new Impl) {}
Sha256::~Sha256() { delete m_impl; }
void Sha256::add(QByteArrayView data) { m_impl->hash.addData(data); }
QByteArray Sha256::finish()
{
    QByteArray out = m_impl->hash.result();
    m_impl->hash.reset();
    return out;
}
const char *Sha256::implementation() { return "QCryptographicHash"; }
#endif

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.add(data);
    return h.finish();
}

} // namespace eventdesk
