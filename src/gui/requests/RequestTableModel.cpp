// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/RequestTableModel.h"

#include "common/Format.h"
#include "common/StatusStyle.h"
#include "domain/RequestState.h"

#include <QDateTime>
#include <QHeaderView>
#include <QSet>
#include <QTableView>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

using projections::RequestRow;

RequestTableModel::RequestTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{}

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RequestRow *RequestTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RequestTableModel::rowOf(const QString &streamId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).streamId == streamId)
            return i;
    return -1;
}

void RequestTableModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Due));
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const RequestRow &row = m_rows.at(index.row());
    if (role == StreamIdRole)
        return row.streamId;
    if (role == StatusPillDelegate::StatusWordRole && index.column() == Status)
        return row.status;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Status:
            return statusLook(row.status, false).text;
        case Title:
            return row.title;
        case Workflow:
            return row.workflow;
        case Amount:
            return formatMoney(row.amount);
        case Requester:
            return row.requester;
        case Step:
            return row.step.isEmpty() ? tr("ended") : row.step;
        case Age:
            return ageText(row.submittedAt, m_nowMs);
        case Due:
            return row.dueAt ? relativeTime(*row.dueAt, m_nowMs) : QString();
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Amount:
            return row.amount.minorUnits();
        case Age:
            return row.submittedAt;
        case Due:
            return row.dueAt ? *row.dueAt : std::numeric_limits<qint64>::max();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Age:
            return exactTime(row.submittedAt);
        case Due:
            return row.dueAt ? exactTime(*row.dueAt) : QVariant();
        case Title:
            return row.title;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Status:
        return tr("Status");
    case Title:
        return tr("Title");
    case Workflow:
        return tr("Workflow");
    case Amount:
        return tr("Amount");
    case Requester:
        return tr("Requester");
    case Step:
        return tr("Where it stands");
    case Age:
        return tr("Age");
    case Due:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

void RequestTableModel::setRows(const QList<RequestRow> &rows)
{
    // 1. Rows no longer there go, from the bottom up so indexes stay valid.
    QSet<QString> wanted;
    for (const RequestRow &row : rows)
        wanted.insert(row.streamId);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_rows.at(i).streamId)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // 2. Walk the wanted order: a row in place is updated, one elsewhere is moved here,
    // a new one is inserted here.
    for (int i = 0; i < rows.size(); ++i) {
        const RequestRow &next = rows.at(i);
        if (i < m_rows.size() && m_rows.at(i).streamId == next.streamId) {
            if (!(m_rows.at(i) == next)) {
                m_rows[i] = next;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j)
            if (m_rows.at(j).streamId == next.streamId) {
                from = j;
                break;
            }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!(m_rows.at(i) == next)) {
                m_rows[i] = next;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, next);
            endInsertRows();
        }
    }
}

QStringList RequestTableModel::statusWords()
{
    QStringList words;
    for (auto status = int(domain::RequestStatus::AwaitingApproval);
         status <= int(domain::RequestStatus::Cancelled); ++status)
        words.append(domain::statusName(domain::RequestStatus(status)));
    return words;
}

void fitStatusColumn(QTableView *table)
{
    fitPillColumn(table, RequestTableModel::Status, RequestTableModel::statusWords());
}

void fitRequestColumns(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(200); // the rows a person sees, not every row
    for (int column :
         {RequestTableModel::Workflow, RequestTableModel::Amount, RequestTableModel::Requester,
          RequestTableModel::Age, RequestTableModel::Due})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestTableModel::Title, QHeaderView::Stretch);
    header->resizeSection(RequestTableModel::Step,
                          table->fontMetrics().horizontalAdvance(u"finance-approval"_s) + 16);
    fitStatusColumn(table);
}

} // namespace eventdesk::gui
