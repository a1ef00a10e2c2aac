// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDetailRequestsModel.h"

#include "common/Format.h"
#include "common/StatusStyle.h"

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

void EventDetailRequestsModel::setRows(QList<projections::RequestRow> rows)
{
    // Another position's snapshot of the system: a different picture, not a refresh.
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int EventDetailRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventDetailRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventDetailRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const projections::RequestRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return r.title;
        case StatusColumn:
            return statusLook(r.status, paletteIsDark()).text;
        case AmountColumn:
            return formatMoney(r.amount);
        case RequesterColumn:
            return r.requester;
        case StepColumn:
            return r.step;
        case StreamColumn:
            return r.streamId;
        case ColumnCount:
            break;
        }
        break;
    case StatusPillDelegate::StatusWordRole:
        if (index.column() == StatusColumn)
            return r.status;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == StreamColumn)
            return tr("%1 — version %2 at position %3")
                .arg(r.streamId)
                .arg(r.version)
                .arg(r.position);
        break;
    case StreamRole:
        return r.streamId;
    case PositionRole:
        return r.position;
    default:
        break;
    }
    return {};
}

QVariant EventDetailRequestsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case RequesterColumn:
        return tr("Requester");
    case StepColumn:
        return tr("Step");
    case StreamColumn:
        return tr("Stream");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace eventdesk::gui
