// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventDetailLoader.h"

#include <QAbstractTableModel>

namespace eventdesk::gui {

// The thread of one event as a list of links: how it relates (caused by, saga, request,
// caused), the position, the stream and the type. A link without a position is a note.
class EventDetailThreadModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RelationColumn,
        PositionColumn,
        StreamColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole + 1,
        RelationRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The links known when the event loads (cause, saga, request).
    void setLinks(QList<ThreadLink> links);
    // The caused events, found later by a slower scan: appended after the others.
    void appendLinks(const QList<ThreadLink> &links);
    const QList<ThreadLink> &links() const { return m_links; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString relationText(ThreadLink::Relation relation);

private:
    QList<ThreadLink> m_links;
};

} // namespace eventdesk::gui
