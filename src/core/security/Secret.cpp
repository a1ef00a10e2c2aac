// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Secret.h"

#include <sodium.h>

namespace eventdesk::security {

Secret::Secret(QByteArrayView bytes)
    : m_bytes(bytes.data(), bytes.size())
{}

Secret Secret::take(QByteArray &bytes)
{
    Secret s{QByteArrayView(bytes)};
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
    return s;
}

Secret::~Secret()
{
    wipe();
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

qsizetype Secret::characterCount() const
{
    qsizetype n = 0;
    for (char c : m_bytes)
        if ((uchar(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

bool Secret::equals(const Secret &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    if (m_bytes.isEmpty())
        return true;
    return sodium_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size())) ==
           0;
}

void Secret::wipe()
{
    // m_bytes is never shared, so data() does not detach into a copy: this wipes the
    // only copy there is.
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes = QByteArray();
}

} // namespace eventdesk::security
