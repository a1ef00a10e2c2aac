// SPDX-License-Identifier: GPL-3.0-or-later
#include "sagas/SagaEventsModel.h"

#include "common/Format.h"

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

int SagaEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SagaEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SagaEventsModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const SagaTraceEvent &event = m_events.at(index.row());
    switch (role) {
    case PositionRole:
        return event.position;
    case StepRole:
        return event.step;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PositionColumn:
            return event.position;
        case TimeColumn:
            return relativeTime(event.at, m_now);
        case StepColumn:
            return event.step.isEmpty() ? tr("(saga)") : m_titles.value(event.step, event.step);
        case TypeColumn:
            return event.type;
        case DetailColumn:
            return event.detail;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return exactTime(event.at);
        if (index.column() == PositionColumn)
            return tr("Double-click or press Enter to open this event in the timeline");
        if (index.column() == DetailColumn)
            return event.detail;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SagaEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PositionColumn:
        return tr("Position");
    case TimeColumn:
        return tr("Time");
    case StepColumn:
        return tr("Step");
    case TypeColumn:
        return tr("Event");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

void SagaEventsModel::setEvents(const QString &sagaId, const QList<SagaTraceEvent> &events,
                                const QHash<QString, QString> &stepTitles, qint64 nowMs)
{
    m_titles = stepTitles;
    m_now = nowMs;
    const bool appendOnly = sagaId == m_sagaId && events.size() >= m_events.size() &&
                            std::equal(m_events.cbegin(), m_events.cend(), events.cbegin(),
                                       [](const SagaTraceEvent &a, const SagaTraceEvent &b) {
                                           return a.position == b.position;
                                       });
    if (!appendOnly) { // another saga: a different list altogether
        beginResetModel();
        m_sagaId = sagaId;
        m_events = events;
        endResetModel();
        return;
    }
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
    if (events.size() > m_events.size()) {
        beginInsertRows({}, int(m_events.size()), int(events.size()) - 1);
        m_events = events;
        endInsertRows();
    }
}

} // namespace eventdesk::gui
