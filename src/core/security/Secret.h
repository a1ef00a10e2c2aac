// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace eventdesk::security {

// A password in memory: UTF-8 bytes that are wiped when the Secret goes away. It has no
// conversion to QString and no debug output, so it cannot end up in a log or a message
// by accident; it only moves.
class Secret final
{
public:
    Secret() = default;
    // Copies the bytes into memory of its own; the caller wipes its copy.
    explicit Secret(QByteArrayView bytes);
    // Takes the bytes and wipes the given array.
    static Secret take(QByteArray &bytes);
    ~Secret();

    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    QByteArrayView bytes() const { return QByteArrayView(m_bytes); }
    const char *data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Unicode characters (UTF-8 code points), for the length policy.
    qsizetype characterCount() const;

    // Constant time, so a comparison does not tell how much of a guess was right.
    bool equals(const Secret &other) const;

    void wipe();

private:
    QByteArray m_bytes; // never shared: nothing hands out a copy of it
};

} // namespace eventdesk::security
