// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Event.h"

#include <QAbstractTableModel>
#include <QList>

namespace eventdesk {

// The newest events of the store, newest first, bounded in size: what the main window
// shows while the full timeline browser is being built. Rows arrive incrementally from a
// subscription; old rows fall off the bottom.
class RecentEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Position, Time, Stream, Type, Actor, ColumnCount };
    enum Role { GlobalPositionRole = Qt::UserRole + 1 };

    explicit RecentEventsModel(int capacity = 500, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Events in position order, as a subscription delivers them.
    void addEvents(const QList<RecordedEvent> &events);
    int capacity() const { return m_capacity; }

private:
    struct Row
    {
        qint64 position;
        qint64 recordedAt;
        QString stream;
        QString type;
        QString actor;
    };
    int m_capacity;
    QList<Row> m_rows;  // newest first
};

} // namespace eventdesk
