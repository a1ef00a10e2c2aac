// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/ReadModels.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace eventdesk::gui {

class Session;

// The audit log (who did what, when, and why), newest first, read a page at a time by
// keyset (the last row's position) as the view scrolls: canFetchMore/fetchMore ask core
// off the GUI thread. New entries at the top arrive in place when the read models move.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Position,
        Time,
        Stream,
        Type,
        Actor,
        Comment,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole,
        AtRole,
        StreamRole
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setSession(Session *session);
    // A new filter starts the log again from its newest entry (or from filter.asOf).
    void setFilter(const projections::AuditFilter &filter);
    const projections::AuditFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = rows; }
    const projections::AuditEntry &entry(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_fetching; }
    bool isExhausted() const { return m_exhausted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Entries newer than the top row (live); ignored while an "as of" bound is set.
    void refreshNewest();

Q_SIGNALS:
    // A page (or the first page after a new filter) arrived, or the query failed.
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    void appendPage(const QList<projections::AuditEntry> &page);

    QPointer<Session> m_session;
    projections::AuditFilter m_filter;
    QList<projections::AuditEntry> m_rows;
    int m_pageSize = 200;
    bool m_fetching = false;
    bool m_exhausted = false;
    bool m_refreshing = false;
    quint64 m_generation = 0; // bumped by setFilter: answers to older queries are dropped
};

} // namespace eventdesk::gui
