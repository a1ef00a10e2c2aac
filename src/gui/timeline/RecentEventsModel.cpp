// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentEventsModel.h"

#include <QDateTime>
#include <QLocale>

namespace eventdesk {

RecentEventsModel::RecentEventsModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

int RecentEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == GlobalPositionRole)
        return row.position;
    if (role == Qt::TextAlignmentRole && index.column() == Position)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(row.recordedAt).toLocalTime();
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QLocale().toString(time, QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Position:
        return row.position;
    case Time:
        return QLocale().toString(time, QLocale::ShortFormat);
    case Stream:
        return row.stream;
    case Type:
        return row.type;
    case Actor:
        return row.actor;
    default:
        return {};
    }
}

QVariant RecentEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Position");
    case Time:
        return tr("Recorded");
    case Stream:
        return tr("Stream");
    case Type:
        return tr("Event");
    case Actor:
        return tr("Actor");
    default:
        return {};
    }
}

void RecentEventsModel::addEvents(const QList<RecordedEvent> &events)
{
    if (events.isEmpty())
        return;
    // Only the newest `capacity` of the batch can be shown.
    const qsizetype skip = qMax<qsizetype>(0, events.size() - m_capacity);
    const int incoming = int(events.size() - skip);
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, int(m_rows.size()) - overflow, int(m_rows.size()) - 1);
        m_rows.remove(m_rows.size() - overflow, overflow);
        endRemoveRows();
    }
    beginInsertRows({}, 0, incoming - 1);
    QList<Row> rows;
    rows.reserve(incoming);
    for (qsizetype i = events.size() - 1; i >= skip; --i) {
        const RecordedEvent &e = events.at(i);
        rows.append({e.globalPosition, e.recordedAt, e.streamId, e.type, e.actor()});
    }
    m_rows = rows + m_rows;
    endInsertRows();
}

} // namespace eventdesk
