// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDetailThreadModel.h"

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

void EventDetailThreadModel::setLinks(QList<ThreadLink> links)
{
    // Another event's thread: nothing of the previous one stays.
    beginResetModel();
    m_links = std::move(links);
    endResetModel();
}

void EventDetailThreadModel::appendLinks(const QList<ThreadLink> &links)
{
    if (links.isEmpty())
        return;
    const int first = int(m_links.size());
    beginInsertRows({}, first, first + int(links.size()) - 1);
    m_links.append(links);
    endInsertRows();
}

int EventDetailThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int EventDetailThreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventDetailThreadModel::relationText(ThreadLink::Relation relation)
{
    switch (relation) {
    case ThreadLink::Relation::CausedBy:
        return tr("Caused by");
    case ThreadLink::Relation::Saga:
        return tr("Its saga");
    case ThreadLink::Relation::Request:
        return tr("Its request");
    case ThreadLink::Relation::Caused:
        return tr("Caused");
    }
    return {};
}

QVariant EventDetailThreadModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const ThreadLink &l = m_links.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RelationColumn:
            return l.position > 0 && !l.note.isEmpty()
                       ? tr("%1 (%2)").arg(relationText(l.relation), l.note)
                       : relationText(l.relation);
        case PositionColumn:
            return l.position > 0 ? QVariant(l.position) : QVariant();
        case StreamColumn:
            return l.position > 0 ? l.streamId : l.note;
        case TypeColumn:
            return l.type;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return l.position > 0
                   ? tr("Open event %1 (%2 in %3)").arg(l.position).arg(l.type, l.streamId)
                   : l.note;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PositionRole:
        return l.position;
    case RelationRole:
        return int(l.relation);
    default:
        break;
    }
    return {};
}

QVariant EventDetailThreadModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RelationColumn:
        return tr("Relation");
    case PositionColumn:
        return tr("Position");
    case StreamColumn:
        return tr("Stream");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags EventDetailThreadModel::flags(const QModelIndex &index) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return Qt::NoItemFlags;
    // A note (no event to open) can be read but not followed.
    return m_links.at(index.row()).position > 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                : Qt::ItemIsEnabled;
}

} // namespace eventdesk::gui
