// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sagas/SagaTrace.h"

#include <QAbstractTableModel>

namespace eventdesk::gui {

// The events of one saga's stream with the step each belongs to, below the diagram.
// Events only ever append to a stream: a refresh of the same saga inserts the new ones.
class SagaEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PositionColumn,
        TimeColumn,
        StepColumn,
        TypeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole + 1,
        StepRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEvents(const QString &sagaId, const QList<SagaTraceEvent> &events,
                   const QHash<QString, QString> &stepTitles, qint64 nowMs);

private:
    QString m_sagaId;
    QList<SagaTraceEvent> m_events;
    QHash<QString, QString> m_titles;
    qint64 m_now = 0;
};

} // namespace eventdesk::gui
