// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/DeadLetters.h"

#include <QAbstractTableModel>

namespace eventdesk::gui {

// The dead letters the page lists (parked, and resolved ones when asked for). setLetters()
// diffs by id: a live refresh or an action updates rows in place.
class DeadLetterModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        ServiceColumn,
        OperationColumn,
        ErrorColumn,
        AttemptsColumn,
        AgeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateWordRole,
        SortRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLetters(const QList<messaging::DeadLetter> &letters, qint64 nowMs);
    const messaging::DeadLetter *letterAt(int row) const;
    int rowOf(qint64 id) const;
    int parkedCount() const;

private:
    QList<messaging::DeadLetter> m_letters;
    qint64 m_now = 0;
};

} // namespace eventdesk::gui
