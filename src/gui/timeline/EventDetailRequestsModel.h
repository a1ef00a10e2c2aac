// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/ReadModels.h"

#include <QAbstractTableModel>

namespace eventdesk::gui {

// Requests as they stood at one position ("the system as of here"): the requests list or
// a user's inbox. Status is given as its fixed word for StatusPillDelegate.
class EventDetailRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        AmountColumn,
        RequesterColumn,
        StepColumn,
        StreamColumn,
        ColumnCount
    };
    enum Role
    {
        StreamRole = Qt::UserRole + 1,
        PositionRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<projections::RequestRow> rows);
    const QList<projections::RequestRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<projections::RequestRow> m_rows;
};

} // namespace eventdesk::gui
