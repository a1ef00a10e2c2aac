// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/ReadModels.h"

#include <QAbstractTableModel>
#include <QList>

class QTableView;

namespace eventdesk::gui {

// Requests as rows (the Requests list, and the Approvals inbox), keyed by stream id.
// setRows() diffs the new rows against the shown ones — removals, changes in place,
// insertions — so views keep their selection and scroll position on a live refresh.
class RequestTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Status,
        Title,
        Workflow,
        Amount,
        Requester,
        Step,
        Age,
        Due,
        ColumnCount
    };
    enum Role
    {
        StreamIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit RequestTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows rows in this order, changing only what differs from what is shown.
    void setRows(const QList<projections::RequestRow> &rows);
    const QList<projections::RequestRow> &rows() const { return m_rows; }
    int rowOf(const QString &streamId) const;
    const projections::RequestRow *rowAt(int row) const;
    // The time "age" and "due in" are measured against (tests fix it).
    void setNow(qint64 nowMs);

    // Every status a request can be in, as fixed words ("AwaitingApproval", ...).
    static QStringList statusWords();

private:
    QList<projections::RequestRow> m_rows;
    qint64 m_nowMs = 0;
};

// Widens the Status column of a table showing a RequestTableModel to its widest pill in
// the language shown (German "Wartet auf Genehmigung" is twice "Pending"), so no status is
// elided; a column the person made wider stays as it is.
void fitStatusColumn(QTableView *table);

// The columns of a request table sized for reading: the status pill as above, the short
// columns (workflow, amount, requester, age, due) to their contents, the step to a step
// name, and the title takes the rest.
void fitRequestColumns(QTableView *table);

} // namespace eventdesk::gui
