// SPDX-License-Identifier: GPL-3.0-or-later
#include "sagas/SagaListModel.h"

#include "common/Format.h"
#include "common/StatusStyle.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

using projections::SagaFilter;
using projections::SagaRow;

int SagaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SagaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SagaListModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const SagaRow &row = m_rows.at(index.row());
    if (role == SagaIdRole)
        return row.sagaId;
    if (role == StatusPillDelegate::StatusWordRole && index.column() == StatusColumn)
        return row.status;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RequestColumn:
            return row.request;
        case WorkflowColumn:
            return row.workflow;
        case StepColumn:
            return row.step.isEmpty() ? tr("—") : row.step;
        case StatusColumn:
            return statusLook(row.status, false).text;
        case AgeColumn:
            return ageText(row.startedAt, m_now);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        if (index.column() == AgeColumn)
            return row.startedAt;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == AgeColumn)
            return tr("Started %1").arg(exactTime(row.startedAt));
        if (index.column() == StatusColumn && !row.cause.isEmpty())
            return row.cause;
        if (index.column() == RequestColumn)
            return row.sagaId;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SagaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RequestColumn:
        return tr("Request");
    case WorkflowColumn:
        return tr("Workflow");
    case StepColumn:
        return tr("Current step");
    case StatusColumn:
        return tr("Status");
    case AgeColumn:
        return tr("Age");
    case ColumnCount:
        break;
    }
    return {};
}

// Removes the sagas that are gone, updates those that changed, and inserts the new ones,
// keeping the order of `rows` for new entries (appended): the view sorts.
void SagaListModel::setRows(const QList<SagaRow> &rows, qint64 nowMs)
{
    const bool ageChanged = nowMs != m_now;
    m_now = nowMs;
    QHash<QString, int> incoming;
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).sagaId, i);

    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows.at(i).sagaId)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int i = 0; i < m_rows.size(); ++i) {
        const SagaRow &fresh = rows.at(incoming.value(m_rows.at(i).sagaId));
        present.insert(fresh.sagaId);
        if (!(fresh == m_rows.at(i))) {
            m_rows[i] = fresh;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else if (ageChanged) {
            Q_EMIT dataChanged(index(i, AgeColumn), index(i, AgeColumn));
        }
    }
    QList<SagaRow> added;
    for (const SagaRow &row : rows)
        if (!present.contains(row.sagaId))
            added.append(row);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

const SagaRow *SagaListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SagaListModel::rowOf(const QString &sagaId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).sagaId == sagaId)
            return i;
    return -1;
}

} // namespace eventdesk::gui
