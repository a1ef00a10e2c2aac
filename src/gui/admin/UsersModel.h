// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Users.h"

#include <QAbstractTableModel>
#include <QList>

namespace eventdesk::gui {

// The users of the store with their roles, approval limit and state. setUsers() diffs by
// name, so a refresh updates rows in place and the selection stays.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Roles,
        Limit,
        State,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole,
        DisabledRole
    };

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(const QList<security::User> &users);
    const security::User *user(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<security::User> m_users; // sorted by name, as core gives them
};

} // namespace eventdesk::gui
