// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/EventRows.h"

#include "store/SqliteSupport.h"
#include "store/Upcasters.h"

#include <QCoreApplication>
#include <QSqlError>

#include <limits>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::projections)
};

const QString Columns = u"global_position, stream_id, stream_version, event_id, type, "
                        "schema_version, payload, metadata, recorded_at, hash"_s;
} // namespace

EventRows::EventRows(QSqlDatabase &db, const UpcasterRegistry &upcasters)
    : m_db(db)
    , m_upcasters(upcasters)
{}

EventRows::~EventRows() = default;

Result<QSqlQuery *> EventRows::run(const QString &sql, const QVariantList &values)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return sqlite::describe(q.lastError(), m_db.databaseName(),
                                    Text::tr("prepare a read model query"));
        it = m_queries.insert(sql, q);
    }
    QSqlQuery &q = *it;
    q.finish();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A missing JSON key reads as a null QString, which Qt binds as NULL: the models
        // store text columns as '' instead, so both paths give identical rows.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(int(i), QVariant(u""_s));
        else
            q.bindValue(int(i), v);
    }
    if (!q.exec())
        return sqlite::describe(q.lastError(), m_db.databaseName(),
                                Text::tr("update the read models"));
    return &q;
}

Status EventRows::exec(const QString &sql, const QVariantList &values)
{
    auto q = run(sql, values);
    if (!q)
        return q.error();
    (*q)->finish();
    return success();
}

Result<QList<RecordedEvent>> EventRows::events(const QString &sql, const QVariantList &values)
{
    auto q = run(sql, values);
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    QList<RecordedEvent> list;
    while (query.next()) {
        RecordedEvent &e = list.emplaceBack();
        e.globalPosition = query.value(0).toLongLong();
        e.streamId = query.value(1).toString();
        e.streamVersion = query.value(2).toLongLong();
        e.eventId = QUuid::fromRfc4122(query.value(3).toByteArray());
        e.type = query.value(4).toString();
        e.schemaVersion = query.value(5).toInt();
        e.payload = query.value(6).toByteArray();
        e.metadata = query.value(7).toByteArray();
        e.recordedAt = query.value(8).toLongLong();
        e.hash = query.value(9).toByteArray();
        m_upcasters.upcast(e);
    }
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        return sqlite::describe(error, m_db.databaseName(), Text::tr("read events"));
    return list;
}

Result<QList<RecordedEvent>> EventRows::after(qint64 afterPosition, qint64 toPosition, int maxCount)
{
    const qint64 to = toPosition > 0 ? toPosition : std::numeric_limits<qint64>::max();
    return events(u"SELECT "_s + Columns +
                      u" FROM events WHERE global_position > ? AND global_position <= ? "
                      "ORDER BY global_position LIMIT ?"_s,
                  {afterPosition, to, maxCount});
}

Result<QList<RecordedEvent>> EventRows::streamBefore(const QString &streamId, qint64 beforeVersion)
{
    return events(u"SELECT "_s + Columns +
                      u" FROM events WHERE stream_id = ? AND stream_version < ? "
                      "ORDER BY stream_version"_s,
                  {streamId, beforeVersion});
}

Result<QList<RecordedEvent>> EventRows::streamUpTo(const QString &streamId, qint64 maxPosition)
{
    const qint64 to = maxPosition > 0 ? maxPosition : std::numeric_limits<qint64>::max();
    return events(u"SELECT "_s + Columns +
                      u" FROM events WHERE stream_id = ? AND global_position <= ? "
                      "ORDER BY stream_version"_s,
                  {streamId, to});
}

Result<qint64> EventRows::head()
{
    auto q = run(u"SELECT COALESCE(MAX(global_position), 0) FROM events"_s, {});
    if (!q)
        return q.error();
    const qint64 head = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return head;
}

} // namespace eventdesk::projections
