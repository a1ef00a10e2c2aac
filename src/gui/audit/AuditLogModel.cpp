// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLogModel.h"

#include "common/Format.h"
#include "frame/Session.h"

#include <QDateTime>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using projections::AuditEntry;
using projections::AuditFilter;

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setSession(Session *session)
{
    m_session = session;
    setFilter(m_filter);
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    // A different question, so a different list: the one place the model is reset.
    ++m_generation;
    beginResetModel();
    m_filter = filter;
    m_filter.before = 0;
    m_rows.clear();
    m_fetching = false;
    m_refreshing = false;
    m_exhausted = false;
    endResetModel();
    if (m_session)
        fetchMore({});
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Position:
            return e.position;
        case Time:
            return relativeTime(e.at, QDateTime::currentMSecsSinceEpoch());
        case Stream:
            return e.streamId;
        case Type:
            return e.type;
        case Actor:
            return e.actor;
        case Comment:
            if (!e.reason.isEmpty() && !e.comment.isEmpty())
                return tr("%1 — reason: %2").arg(e.comment, e.reason);
            return e.reason.isEmpty() ? e.comment : tr("reason: %1").arg(e.reason);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return exactTime(e.at);
        if (index.column() == Comment)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Position)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PositionRole:
        return e.position;
    case AtRole:
        return e.at;
    case StreamRole:
        return e.streamId;
    default:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Position:
        return tr("Position");
    case Time:
        return tr("When");
    case Stream:
        return tr("Stream");
    case Type:
        return tr("What");
    case Actor:
        return tr("Who");
    case Comment:
        return tr("Comment / reason");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && !m_exhausted && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    AuditFilter filter = m_filter;
    filter.limit = m_pageSize;
    filter.before = m_rows.isEmpty() ? 0 : m_rows.constLast().position;
    const quint64 generation = m_generation;
    m_session->run(
        this, [filter](SqliteEventStore &store) { return projections::queryAudit(store, filter); },
        [this, generation](Result<QList<AuditEntry>> page) {
            if (generation != m_generation)
                return; // the filter changed meanwhile
            if (!page) {
                m_fetching = false;
                m_exhausted = true; // do not ask again and again; a new filter retries
                Q_EMIT loadFailed(page.error().message);
                return;
            }
            appendPage(*page);
        });
}

void AuditLogModel::appendPage(const QList<AuditEntry> &page)
{
    if (page.size() < m_pageSize)
        m_exhausted = true;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    // Only now may the next page be asked for: a view (or the model tester) that asks
    // while the rows are being inserted would otherwise read this same page again.
    m_fetching = false;
    Q_EMIT pageLoaded();
}

void AuditLogModel::refreshNewest()
{
    if (!m_session || m_filter.asOf > 0 || m_refreshing || m_rows.isEmpty())
        return;
    m_refreshing = true;
    AuditFilter filter = m_filter;
    filter.before = 0;
    filter.limit = m_pageSize;
    const qint64 top = m_rows.constFirst().position;
    const quint64 generation = m_generation;
    m_session->run(
        this, [filter](SqliteEventStore &store) { return projections::queryAudit(store, filter); },
        [this, generation, top](Result<QList<AuditEntry>> page) {
            if (generation != m_generation)
                return;
            m_refreshing = false;
            if (!page || m_rows.isEmpty() || m_rows.constFirst().position != top)
                return;
            QList<AuditEntry> fresh;
            for (const AuditEntry &e : *page) {
                if (e.position <= top)
                    break;
                fresh.append(e);
            }
            if (fresh.isEmpty())
                return;
            // More than a page arrived at once: the gap below it would be lost, so the
            // newest page is taken and the log restarted from there.
            if (fresh.size() == page->size()) {
                setFilter(m_filter);
                return;
            }
            beginInsertRows({}, 0, int(fresh.size() - 1));
            m_rows = fresh + m_rows;
            endInsertRows();
        });
}

} // namespace eventdesk::gui
