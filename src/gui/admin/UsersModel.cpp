// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/UsersModel.h"

#include "common/Format.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"

#include <QDateTime>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using security::User;

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsersModel::setUsers(const QList<User> &users)
{
    // Both lists are sorted by name: walk them together (a merge), removing, inserting
    // and changing rows one by one.
    int row = 0;
    int next = 0;
    while (row < m_users.size() || next < users.size()) {
        if (next >= users.size() ||
            (row < m_users.size() && m_users.at(row).name < users.at(next).name)) {
            beginRemoveRows({}, row, row);
            m_users.removeAt(row);
            endRemoveRows();
        } else if (row >= m_users.size() || users.at(next).name < m_users.at(row).name) {
            beginInsertRows({}, row, row);
            m_users.insert(row, users.at(next));
            endInsertRows();
            ++row;
            ++next;
        } else {
            const User &now = users.at(next);
            const User &was = m_users.at(row);
            if (!(now.roles == was.roles && now.approvalLimit == was.approvalLimit &&
                  now.disabled == was.disabled && now.lockedUntilMs == was.lockedUntilMs)) {
                m_users[row] = now;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        }
    }
}

const User *UsersModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).name == name)
            return row;
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const User &u = m_users.at(index.row());
    const bool locked = u.isLockedAt(QDateTime::currentMSecsSinceEpoch());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return u.name;
        case Roles: {
            QStringList titles;
            for (security::Role r : u.roles.toList())
                titles << security::roleTitle(r);
            return titles.join(u", "_s);
        }
        case Limit:
            if (!u.roles.has(security::Role::Manager))
                return QString();
            return u.approvalLimit ? formatMoney(*u.approvalLimit) : tr("workflow default");
        case State:
            return u.disabled ? tr("Disabled") : locked ? tr("Locked") : tr("Active");
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        // Never colour alone: the state has its word, an icon and the tone's colour.
        if (index.column() == State) {
            const StatusTone tone = u.disabled ? StatusTone::Failed
                                    : locked   ? StatusTone::Waiting
                                               : StatusTone::Done;
            const QString icon = u.disabled ? u"circle-x"_s
                                 : locked   ? u"lock"_s
                                            : u"circle-check"_s;
            return themedIcon(icon, toneColor(tone, paletteIsDark()));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == State && locked)
            return tr("Locked after failed sign-ins until %1").arg(exactTime(u.lockedUntilMs));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Limit)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole:
        return u.name;
    case DisabledRole:
        return u.disabled;
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("User");
    case Roles:
        return tr("Roles");
    case Limit:
        return tr("Approval limit");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace eventdesk::gui
