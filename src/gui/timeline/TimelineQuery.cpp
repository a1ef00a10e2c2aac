// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineQuery.h"

#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace eventdesk::gui::timelinequery {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::gui::TimelineQuery)
};

Error sqlError(const QSqlQuery &q)
{
    return Error::storageFailure(
        Text::tr("Could not read the timeline: %1").arg(q.lastError().text()));
}

// The light row's columns; the actor is taken out of the metadata by SQLite itself
// (metadata is stored as a BLOB, which SQLite 3.40's JSON functions refuse: cast it).
const QString kRowColumns = u"global_position, recorded_at, stream_id, type, "
                            "json_extract(CAST(metadata AS TEXT), '$.actor')"_s;

TimelineRow decodeRow(const QSqlQuery &q)
{
    return TimelineRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString()};
}

Result<QSqlQuery> exec(SqliteEventStore &store, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(store.readDatabase());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q);
    return q;
}

// The filter's SQL part as a WHERE fragment over bound values; the regex is not SQL.
void appendFilter(const TimelineFilter &f, QString &where, QVariantList &values)
{
    if (!f.stream.isEmpty()) {
        // A prefix: a category, a whole stream id, or its first characters.
        where += u" AND substr(stream_id, 1, ?) = ?"_s;
        values << int(f.stream.size()) << f.stream;
    }
    if (!f.type.isEmpty()) {
        where += u" AND type = ?"_s;
        values << f.type;
    }
    if (!f.actor.isEmpty()) {
        where += u" AND json_extract(CAST(metadata AS TEXT), '$.actor') = ?"_s;
        values << f.actor;
    }
    if (f.fromTime > 0) {
        where += u" AND recorded_at >= ?"_s;
        values << f.fromTime;
    }
    if (f.toTime > 0) {
        where += u" AND recorded_at < ?"_s;
        values << f.toTime;
    }
    if (!f.text.isEmpty() && !f.regex) {
        // Bytes against bytes: the payload is compact UTF-8 JSON kept as a BLOB.
        where += u" AND instr(payload, ?) > 0"_s;
        values << f.text.toUtf8();
    }
}

} // namespace

Result<TimelineOverview> overview(SqliteEventStore &store)
{
    auto q = exec(store, u"SELECT count(*), coalesce(max(global_position), 0) FROM events"_s, {});
    if (!q)
        return q.error();
    TimelineOverview o;
    if (q->next()) {
        o.count = q->value(0).toLongLong();
        o.head = q->value(1).toLongLong();
    }
    return o;
}

Result<QList<TimelineRow>> rowsAt(SqliteEventStore &store, const std::vector<qint64> &positions)
{
    QList<TimelineRow> rows;
    if (positions.empty())
        return rows;
    rows.reserve(qsizetype(positions.size()));
    const qint64 first = positions.front();
    const qint64 last = positions.back();
    if (last - first + 1 == qint64(positions.size())) {
        auto q = exec(store,
                      u"SELECT %1 FROM events WHERE global_position BETWEEN ? AND ? "
                      "ORDER BY global_position"_s.arg(kRowColumns),
                      {first, last});
        if (!q)
            return q.error();
        while (q->next())
            rows.append(decodeRow(*q));
        return rows;
    }
    // Scattered positions (a filtered page): one prepared lookup on the rowid each, so the
    // cost is the page's size, whatever the span between its first and last position.
    QSqlQuery q(store.readDatabase());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM events WHERE global_position = ?"_s.arg(kRowColumns)))
        return sqlError(q);
    for (qint64 position : positions) {
        q.bindValue(0, position);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            rows.append(decodeRow(q));
        q.finish();
    }
    return rows;
}

Result<TimelineScanChunk> scan(SqliteEventStore &store, const TimelineFilter &filter,
                               const QRegularExpression *re, qint64 after, qint64 upTo,
                               const std::atomic_bool *cancel)
{
    const bool byRegex = filter.regex && !filter.text.isEmpty() && re;
    QString where = u"global_position > ? AND global_position <= ?"_s;
    QVariantList values{after, upTo};
    appendFilter(filter, where, values);
    auto q = exec(store,
                  u"SELECT global_position%1 FROM events WHERE %2 ORDER BY global_position"_s.arg(
                      byRegex ? u", payload"_s : QString(), where),
                  values);
    if (!q)
        return q.error();
    TimelineScanChunk chunk;
    chunk.scannedTo = upTo;
    int seen = 0;
    while (q->next()) {
        if (cancel && (++seen & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return Error{ErrorCode::Cancelled, Text::tr("Cancelled")};
        const qint64 position = q->value(0).toLongLong();
        if (byRegex && !re->match(QString::fromUtf8(q->value(1).toByteArray())).hasMatch())
            continue;
        chunk.positions.push_back(position);
    }
    if (q->lastError().isValid())
        return sqlError(*q);
    return chunk;
}

Result<QStringList> distinctTypes(SqliteEventStore &store)
{
    // The events_by_type index holds every type in order: no table scan.
    auto q = exec(store, u"SELECT DISTINCT type FROM events ORDER BY type"_s, {});
    if (!q)
        return q.error();
    QStringList types;
    while (q->next())
        types.append(q->value(0).toString());
    return types;
}

Result<QStringList> distinctActors(SqliteEventStore &store)
{
    auto q = exec(store,
                  u"SELECT DISTINCT json_extract(CAST(metadata AS TEXT), '$.actor') AS actor "
                  "FROM events WHERE actor IS NOT NULL AND actor <> '' ORDER BY actor"_s,
                  {});
    if (!q)
        return q.error();
    QStringList actors;
    while (q->next())
        actors.append(q->value(0).toString());
    return actors;
}

Result<TimelineDensity> density(SqliteEventStore &store, int buckets)
{
    TimelineDensity d;
    auto range = exec(store, u"SELECT min(recorded_at), max(recorded_at) FROM events"_s, {});
    if (!range)
        return range.error();
    if (!range->next() || range->value(0).isNull())
        return d;
    const qint64 first = range->value(0).toLongLong();
    const qint64 last = range->value(1).toLongLong();
    range->finish();
    constexpr qint64 minute = 60 * 1000;
    const qint64 span = std::max<qint64>(last - first + 1, 1);
    d.bucketMs = std::max(minute, (span / std::max(buckets, 1) + minute - 1) / minute * minute);
    d.firstBucket = first - first % d.bucketMs;
    auto q =
        exec(store, u"SELECT (recorded_at - ?) / ?, count(*) FROM events GROUP BY 1 ORDER BY 1"_s,
             {d.firstBucket, d.bucketMs});
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 bucket = q->value(0).toLongLong();
        if (bucket < 0 || bucket > 100000)
            continue; // a clock far off: not worth a chart of millions of empty bars
        while (d.counts.size() <= bucket)
            d.counts.append(0);
        d.counts[bucket] = q->value(1).toLongLong();
    }
    return d;
}

} // namespace eventdesk::gui::timelinequery
