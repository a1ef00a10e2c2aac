// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceSettings.h"

#include <QAbstractTableModel>
#include <QList>

namespace eventdesk::gui {

// The services' settings as core keeps them (adapter and URL, timeout, mode); the four
// services are fixed, so a refresh changes rows in place.
class ServicesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Service,
        Endpoint,
        Timeout,
        Mode,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole
    };

    explicit ServicesModel(QObject *parent = nullptr);
    void setSettings(const QList<services::ServiceSettings> &settings);
    const services::ServiceSettings *settings(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<services::ServiceSettings> m_rows;
};

} // namespace eventdesk::gui
