// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Event.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace eventdesk {
class UpcasterRegistry;
}

namespace eventdesk::projections {

// Reads events through a connection it is given: the writer's inside a projection job
// (so the events and the read-model rows come from one transaction), or a reader's for
// the as-of queries. Rows are decoded and upcast as the store's own reader does.
class EventRows final
{
public:
    EventRows(QSqlDatabase &db, const UpcasterRegistry &upcasters);
    ~EventRows();
    Q_DISABLE_COPY_MOVE(EventRows)

    QSqlDatabase &db() { return m_db; }

    // Events with positions in (afterPosition, toPosition], at most maxCount;
    // toPosition 0 means no upper bound.
    Result<QList<RecordedEvent>> after(qint64 afterPosition, qint64 toPosition, int maxCount);
    // The stream's events with versions below beforeVersion, in order.
    Result<QList<RecordedEvent>> streamBefore(const QString &streamId, qint64 beforeVersion);
    // The stream's events at global positions up to maxPosition (0: all), in order.
    Result<QList<RecordedEvent>> streamUpTo(const QString &streamId, qint64 maxPosition);
    Result<qint64> head();

    // A prepared statement kept for the life of this object, run with bound values.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values);
    Status exec(const QString &sql, const QVariantList &values);

private:
    Result<QList<RecordedEvent>> events(const QString &sql, const QVariantList &values);

    QSqlDatabase &m_db;
    const UpcasterRegistry &m_upcasters;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace eventdesk::projections
