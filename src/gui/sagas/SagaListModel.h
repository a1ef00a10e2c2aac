// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/ReadModels.h"

#include <QAbstractTableModel>

namespace eventdesk::gui {

// The saga instances the sagas page lists. setRows() diffs by saga id, so a live refresh
// updates rows in place and the view keeps its selection and scroll position.
class SagaListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RequestColumn,
        WorkflowColumn,
        StepColumn,
        StatusColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role
    {
        SagaIdRole = Qt::UserRole + 1,
        SortRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<projections::SagaRow> &rows, qint64 nowMs);
    const projections::SagaRow *rowAt(int row) const;
    int rowOf(const QString &sagaId) const;

private:
    QList<projections::SagaRow> m_rows;
    qint64 m_now = 0;
};

} // namespace eventdesk::gui
