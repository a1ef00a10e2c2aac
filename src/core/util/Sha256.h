// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace eventdesk {

// Incremental SHA-256. Backed by OpenSSL's libcrypto when the build found it (its
// vectorised code is about twice as fast as portable C), else by QCryptographicHash.
class Sha256 final
{
public:
    static constexpr int DigestSize = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    QByteArray finish();  // 32 raw bytes; the object can be reused afterwards

    static QByteArray hash(QByteArrayView data);
    static const char *implementation();

private:
    struct Impl;
    Impl *m_impl;
};

} // namespace eventdesk
