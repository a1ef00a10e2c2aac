// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Roles.h"

#include <QCoreApplication>

namespace eventdesk::security {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Roles)
};
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Requester:
        return u"requester"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Finance:
        return u"finance"_s;
    case Role::Warehouse:
        return u"warehouse"_s;
    case Role::Auditor:
        return u"auditor"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role r : AllRoles)
        if (name == roleName(r))
            return r;
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Requester:
        return Text::tr("Requester");
    case Role::Manager:
        return Text::tr("Manager");
    case Role::Finance:
        return Text::tr("Finance");
    case Role::Warehouse:
        return Text::tr("Warehouse");
    case Role::Auditor:
        return Text::tr("Auditor");
    case Role::Admin:
        return Text::tr("Administrator");
    }
    return {};
}

RoleSet::RoleSet(std::initializer_list<Role> roles)
{
    for (Role r : roles)
        add(r);
}

QList<Role> RoleSet::toList() const
{
    QList<Role> list;
    for (Role r : AllRoles)
        if (has(r))
            list.append(r);
    return list;
}

QStringList RoleSet::names() const
{
    QStringList list;
    for (Role r : AllRoles)
        if (has(r))
            list.append(roleName(r));
    return list;
}

QJsonArray RoleSet::toJson() const
{
    return QJsonArray::fromStringList(names());
}

Result<RoleSet> RoleSet::parse(QStringView commaSeparated)
{
    QStringList known;
    for (Role r : AllRoles)
        known.append(roleName(r));
    RoleSet set;
    const QList<QStringView> parts = commaSeparated.split(u',');
    for (QStringView part : parts) {
        const QStringView name = part.trimmed();
        if (name.isEmpty())
            continue;
        const std::optional<Role> role = roleFromName(name);
        if (!role)
            return Error::validation(Text::tr("\"%1\" is not a role; the roles are %2.")
                                         .arg(name.toString(), known.join(u", "_s)));
        set.add(*role);
    }
    if (set.isEmpty())
        return Error::validation(
            Text::tr("No role given; name one or more of %1, separated by commas.")
                .arg(known.join(u", "_s)));
    return set;
}

RoleSet RoleSet::fromJson(const QJsonArray &names)
{
    RoleSet set;
    for (const QJsonValue &v : names)
        if (const std::optional<Role> role = roleFromName(v.toString()))
            set.add(*role);
    return set;
}

} // namespace eventdesk::security
