// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace eventdesk::security {

// What a user may do. A user may hold several roles.
enum class Role : quint8
{
    Requester,
    Manager,
    Finance,
    Warehouse,
    Auditor,
    Admin
};

inline constexpr std::initializer_list<Role> AllRoles{Role::Requester, Role::Manager, Role::Finance,
                                                      Role::Warehouse, Role::Auditor, Role::Admin};

// The fixed English name used in events, JSON and on the command line ("manager").
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
// The name for people, translated.
QString roleTitle(Role role);

// A set of roles, kept in the fixed order of AllRoles whatever order they were given in.
class RoleSet final
{
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);

    bool has(Role role) const { return m_bits & bit(role); }
    void add(Role role) { m_bits |= bit(role); }
    void remove(Role role) { m_bits &= quint8(~bit(role)); }
    bool isEmpty() const { return m_bits == 0; }

    QList<Role> toList() const;
    QStringList names() const;
    QJsonArray toJson() const;

    // "manager,finance": names separated by commas. Unknown or missing names are a
    // validation error naming the known roles.
    static Result<RoleSet> parse(QStringView commaSeparated);
    // Reads stored names; names this build does not know are skipped.
    static RoleSet fromJson(const QJsonArray &names);

    friend bool operator==(const RoleSet &, const RoleSet &) = default;

private:
    static quint8 bit(Role role) { return quint8(1u << unsigned(role)); }
    quint8 m_bits = 0;
};

} // namespace eventdesk::security
