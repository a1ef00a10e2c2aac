// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteEventStore.h"

#include "store/Chain.h"
#include "store/JsonScan.h"
#include "store/SqliteRaw.h"
#include "store/SqliteSupport.h"
#include "store/StoreFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QVarLengthArray>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <variant>

namespace eventdesk {

using namespace Qt::Literals::StringLiterals;
using sqlite::StoreText;

namespace {

const QString kColumns = u"global_position, stream_id, stream_version, event_id, type, "
                         "schema_version, payload, metadata, recorded_at, hash"_s;
// The same expression as the events_by_category index, so the index serves the query.
const QString kCategoryExpr = u"substr(stream_id, 1, instr(stream_id || '-', '-') - 1)"_s;

RecordedEvent decodeRow(const QSqlQuery &q)
{
    RecordedEvent e;
    e.globalPosition = q.value(0).toLongLong();
    e.streamId = q.value(1).toString();
    e.streamVersion = q.value(2).toLongLong();
    e.eventId = QUuid::fromRfc4122(q.value(3).toByteArray());
    e.type = q.value(4).toString();
    e.schemaVersion = q.value(5).toInt();
    e.payload = q.value(6).toByteArray();
    e.metadata = q.value(7).toByteArray();
    e.recordedAt = q.value(8).toLongLong();
    e.hash = q.value(9).toByteArray();
    return e;
}

// Event types, decoded once: the QString is shared, not converted and allocated for
// every row. When full it starts afresh.
class NameCache
{
public:
    explicit NameCache(qsizetype capacity)
        : m_capacity(capacity)
    {}

    QString get(QByteArrayView utf8)
    {
        const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
        const auto it = m_names.constFind(key);
        if (it != m_names.constEnd())
            return it.value();
        QString name = QString::fromUtf8(utf8);
        if (m_names.size() >= m_capacity)
            m_names.clear();
        m_names.insert(utf8.toByteArray(), name);
        return name;
    }

private:
    qsizetype m_capacity;
    QHash<QByteArray, QString> m_names;
};

// The same decoding as decodeRow, straight from SQLite's column buffers.
void decodeRawRow(const sqlite::RawStatement &s, RecordedEvent &e, NameCache &types,
                  QByteArray &lastStream, QString &lastStreamId)
{
    e.globalPosition = s.int64(0);
    // One stream's rows come together when reading a stream: its id is decoded once.
    const QByteArrayView stream = s.bytes(1);
    if (stream != QByteArrayView(lastStream)) {
        lastStreamId = QString::fromUtf8(stream);
        // Reuses lastStream's buffer: nothing else holds it.
        lastStream.resize(stream.size());
        if (!stream.isEmpty())
            std::memcpy(lastStream.data(), stream.data(), size_t(stream.size()));
    }
    e.streamId = lastStreamId;
    e.streamVersion = s.int64(2);
    e.eventId = QUuid::fromRfc4122(s.bytes(3));
    e.type = types.get(s.bytes(4));
    e.schemaVersion = int(s.int64(5));
    e.payload = s.bytes(6).toByteArray();
    e.metadata = s.bytes(7).toByteArray();
    e.recordedAt = s.int64(8);
    e.hash = s.bytes(9).toByteArray();
}

bool isJsonObjectBytes(const QByteArray &bytes)
{
    // The compact ASCII JSON that toJson writes passes a quick scan; anything else is
    // decided by Qt's parser, as before.
    if (json::isPlainObject(bytes))
        return true;
    QJsonParseError error{};
    return QJsonDocument::fromJson(bytes, &error).isObject() &&
           error.error == QJsonParseError::NoError;
}

// Checks an append before it is queued, on the caller's thread: a refused append never
// reaches the writer, so nothing of it can be written.
std::optional<Error> validateAppend(AppendRequest &request, const StoreOptions &options)
{
    if (const QString problem = validateStreamId(request.streamId); !problem.isEmpty())
        return Error::validation(problem);
    if (request.events.isEmpty())
        return Error::validation(
            StoreText::tr("An append to %1 holds no events.").arg(request.streamId));
    QSet<QUuid> ids;
    for (NewEvent &e : request.events) {
        if (const QString problem = validateEventType(e.type); !problem.isEmpty())
            return Error::validation(problem);
        if (e.schemaVersion < 1)
            return Error::validation(
                StoreText::tr("The schema version of a %1 event must be 1 or more.").arg(e.type));
        if (e.eventId.isNull())
            return Error::validation(StoreText::tr("A %1 event has no event id.").arg(e.type));
        if (ids.contains(e.eventId))
            return Error::validation(StoreText::tr("The event id %1 appears twice in one append.")
                                         .arg(uuidText(e.eventId)));
        ids.insert(e.eventId);
        const qint64 size = e.payload.size() + e.metadata.size();
        if (size > options.maxEventBytes)
            return Error::validation(StoreText::tr("A %1 event is %2 bytes; the limit is %3 bytes.")
                                         .arg(e.type)
                                         .arg(size)
                                         .arg(options.maxEventBytes));
        if (!isJsonObjectBytes(e.payload))
            return Error::validation(
                StoreText::tr("The payload of a %1 event is not a JSON object.").arg(e.type));
        if (!isJsonObjectBytes(e.metadata))
            return Error::validation(
                StoreText::tr("The metadata of a %1 event is not a JSON object.").arg(e.type));
        // Always from the bytes about to be stored (still on the caller's thread): a digest
        // the caller left stale, e.g. an event changed after make(), would be linked into
        // the chain and the store would never verify again.
        e.bodyDigest = Chain::body(e.eventId, e.type, e.schemaVersion, e.payload, e.metadata);
    }
    for (const OutboxMessage &m : request.outbox) {
        if (m.destination.isEmpty())
            return Error::validation(StoreText::tr("An outbox message has no destination."));
        if (m.messageId.isNull())
            return Error::validation(StoreText::tr("An outbox message has no message id."));
        if (!isJsonObjectBytes(m.payload))
            return Error::validation(
                StoreText::tr("The payload of a message to %1 is not a JSON object.")
                    .arg(m.destination));
    }
    return std::nullopt;
}

template<typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

// ---------------------------------------------------------------------------------------
struct SqliteEventStore::Shared
{
    QString path;
    StoreOptions options;
    UpcasterRegistry upcasters;
    QString migrationBackup;
    std::atomic_bool closed{false};

    QMutex readersMutex;
    QList<std::weak_ptr<Reader>> readers;
};

// ---------------------------------------------------------------------------------------
// A reader belongs to one thread and one store. The store closes every reader's
// connection when it goes away, so no file handle outlives it.
class SqliteEventStore::Reader final : public IEventReader
{
public:
    explicit Reader(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {}
    ~Reader() override { close(); }

    void close()
    {
        QMutexLocker locker(&m_mutex);
        m_rawQueries.clear(); // finalized before the connection closes
        m_raw = nullptr;
        m_queries.clear();
        m_connection.reset();
        m_closed = true;
    }

    Result<QSqlDatabase *> database()
    {
        if (m_closed)
            return Error::storeUnavailable(
                StoreText::tr("The store %1 has been closed.").arg(m_shared->path));
        if (!m_connection) {
            auto c = sqlite::Connection::open(m_shared->path, m_shared->options,
                                              m_shared->options.readOnly);
            if (!c)
                return c.error();
            m_connection = std::move(c).value();
            if (m_shared->options.useRawSqlite)
                m_raw = sqlite::rawHandle(m_connection->db());
        }
        return &m_connection->db();
    }

    Result<StreamSlice> readStream(const QString &streamId, qint64 fromVersion, Direction direction,
                                   int maxCount) override
    {
        QMutexLocker locker(&m_mutex);
        StreamSlice slice;
        auto version = currentVersion(streamId);
        if (!version)
            return version.error();
        slice.lastStreamVersion = *version;
        if (direction == Direction::Backwards && fromVersion < 0)
            fromVersion = *version;
        const QString sql =
            direction == Direction::Forwards
                ? u"SELECT %1 FROM events WHERE stream_id = ? AND stream_version >= ? "
                  "ORDER BY stream_version LIMIT ?"_s.arg(kColumns)
                : u"SELECT %1 FROM events WHERE stream_id = ? AND stream_version <= ? "
                  "ORDER BY stream_version DESC LIMIT ?"_s.arg(kColumns);
        auto rows = query(sql, {streamId, fromVersion, qMax(0, maxCount)});
        if (!rows)
            return rows.error();
        slice.events = std::move(rows).value();
        return slice;
    }

    Result<QList<RecordedEvent>> readAll(const ReadAllQuery &qry) override
    {
        QMutexLocker locker(&m_mutex);
        const bool forwards = qry.direction == Direction::Forwards;
        QString where = forwards ? u"global_position >= ?"_s : u"global_position <= ?"_s;
        QVariantList values{forwards ? qMax<qint64>(qry.fromPosition, 1)
                                     : (qry.fromPosition <= 0 ? std::numeric_limits<qint64>::max()
                                                              : qry.fromPosition)};
        if (qry.toPosition > 0) {
            where += forwards ? u" AND global_position <= ?"_s : u" AND global_position >= ?"_s;
            values << qry.toPosition;
        }
        if (!qry.category.isEmpty()) {
            where += u" AND "_s + kCategoryExpr + u" = ?"_s;
            values << qry.category;
        }
        if (!qry.type.isEmpty()) {
            where += u" AND type = ?"_s;
            values << qry.type;
        }
        values << qMax(0, qry.maxCount);
        const QString sql =
            u"SELECT %1 FROM events WHERE %2 ORDER BY global_position %3 LIMIT ?"_s.arg(
                kColumns, where, forwards ? u"ASC"_s : u"DESC"_s);
        return query(sql, values, qry.applyUpcasters, qMax(0, qry.maxCount));
    }

    Result<qint64> headPosition() override
    {
        QMutexLocker locker(&m_mutex);
        return scalar(u"SELECT coalesce(max(global_position), 0) FROM events"_s, {});
    }

    Result<qint64> countEvents(const QString &category, const QString &type) override
    {
        QMutexLocker locker(&m_mutex);
        QString sql = u"SELECT count(*) FROM events WHERE 1"_s;
        QVariantList values;
        if (!category.isEmpty()) {
            sql += u" AND "_s + kCategoryExpr + u" = ?"_s;
            values << category;
        }
        if (!type.isEmpty()) {
            sql += u" AND type = ?"_s;
            values << type;
        }
        return scalar(sql, values);
    }

    Result<qint64> streamVersion(const QString &streamId) override
    {
        QMutexLocker locker(&m_mutex);
        return currentVersion(streamId);
    }

    Result<qint64> streamVersionAt(const QString &streamId, qint64 position) override
    {
        QMutexLocker locker(&m_mutex);
        return scalar(u"SELECT coalesce(max(stream_version), -1) FROM events "
                      "WHERE stream_id = ? AND global_position <= ?"_s,
                      {streamId, position});
    }

    QMutex m_mutex;

private:
    Result<qint64> currentVersion(const QString &streamId)
    {
        return scalar(u"SELECT coalesce(max(stream_version), -1) FROM events WHERE stream_id = ?"_s,
                      {streamId});
    }

    Result<QSqlQuery *> prepared(const QString &sql)
    {
        auto db = database();
        if (!db)
            return db.error();
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            QSqlQuery q(**db);
            q.setForwardOnly(true);
            if (!q.prepare(sql))
                return sqlite::describe(q.lastError(), m_shared->path, StoreText::tr("read"));
            it = m_queries.insert(sql, std::move(q));
        }
        return &it.value();
    }

    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values)
    {
        auto q = prepared(sql);
        if (!q)
            return q.error();
        for (int i = 0; i < values.size(); ++i)
            (*q)->bindValue(i, values.at(i));
        if (!(*q)->exec())
            return sqlite::describe((*q)->lastError(), m_shared->path, StoreText::tr("read"));
        return *q;
    }

    Result<qint64> scalar(const QString &sql, const QVariantList &values)
    {
        auto q = run(sql, values);
        if (!q)
            return q.error();
        qint64 value = 0;
        if ((*q)->next())
            value = (*q)->value(0).toLongLong();
        (*q)->finish();
        return value;
    }

    Result<QList<RecordedEvent>> query(const QString &sql, const QVariantList &values,
                                       bool upcast = true, int expectedRows = 0)
    {
        if (auto db = database(); !db)
            return db.error();
        if (m_raw)
            return rawQuery(sql, values, upcast, expectedRows);
        auto q = run(sql, values);
        if (!q)
            return q.error();
        QList<RecordedEvent> events;
        while ((*q)->next()) {
            events.append(decodeRow(**q));
            if (upcast)
                m_shared->upcasters.upcast(events.last());
        }
        const QSqlError error = (*q)->lastError();
        (*q)->finish();
        if (error.isValid())
            return sqlite::describe(error, m_shared->path, StoreText::tr("read"));
        return events;
    }

    // The same query as the Qt path, decoded straight from SQLite's buffers.
    Result<QList<RecordedEvent>> rawQuery(const QString &sql, const QVariantList &values,
                                          bool upcast, int expectedRows)
    {
        auto it = m_rawQueries.find(sql);
        if (it == m_rawQueries.end()) {
            sqlite::RawStatement stmt;
            if (!stmt.prepare(m_raw, sql.toUtf8()))
                return sqlite::describe(sqlite::rawError(m_raw), m_shared->path,
                                        StoreText::tr("read"));
            it = m_rawQueries.emplace(sql, std::move(stmt)).first;
        }
        sqlite::RawStatement &stmt = it->second;
        std::vector<QByteArray> texts; // bound without copying: alive until the reset
        texts.reserve(size_t(values.size()));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::QString) {
                texts.push_back(v.toString().toUtf8());
                stmt.bindText(i + 1, texts.back());
            } else if (v.typeId() == QMetaType::QByteArray) {
                texts.push_back(v.toByteArray());
                stmt.bindBlob(i + 1, texts.back());
            } else {
                stmt.bindInt64(i + 1, v.toLongLong());
            }
        }
        QList<RecordedEvent> events;
        events.reserve(qMin(expectedRows, 10000));
        // Whether a type has upcasters, asked once per type and query rather than per row.
        QVarLengthArray<std::pair<QString, bool>, 8> upcastable;
        const auto needsUpcast = [this, &upcastable](const QString &type) {
            for (const auto &[known, has] : upcastable)
                if (known.constData() == type.constData() || known == type)
                    return has;
            const bool has = m_shared->upcasters.hasAny(type);
            upcastable.append({type, has});
            return has;
        };
        int rc;
        while (stmt.isRow(rc = stmt.step())) {
            decodeRawRow(stmt, events.emplaceBack(), m_typeNames, m_lastStream, m_lastStreamId);
            if (upcast && needsUpcast(events.last().type))
                m_shared->upcasters.upcast(events.last());
        }
        const QSqlError error = stmt.isDone(rc) ? QSqlError() : stmt.error();
        stmt.reset();
        if (error.isValid())
            return sqlite::describe(error, m_shared->path, StoreText::tr("read"));
        return events;
    }

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<sqlite::Connection> m_connection;
    QHash<QString, QSqlQuery> m_queries;
    sqlite3 *m_raw = nullptr; // the connection's handle when the C API may be used
    std::unordered_map<QString, sqlite::RawStatement> m_rawQueries;
    NameCache m_typeNames{512};
    QByteArray m_lastStream;
    QString m_lastStreamId;
    bool m_closed = false;
};

// ---------------------------------------------------------------------------------------
// The one thread that writes. Appends that arrive while it is busy are committed
// together: one transaction, one fsync, each append in its own savepoint so a conflict
// in one does not fail the others.
class SqliteEventStore::Writer final
{
public:
    Writer(std::shared_ptr<Shared> shared, SqliteEventStore *owner)
        : m_shared(std::move(shared))
        , m_owner(owner)
    {}

    ~Writer() { stop(); }

    Status start()
    {
        std::promise<Status> ready;
        auto readyFuture = ready.get_future();
        m_thread = std::thread([this, &ready] { loop(ready); });
        return readyFuture.get();
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    QFuture<AppendResult> append(AppendRequest request)
    {
        auto job = std::make_unique<AppendJob>();
        job->request = std::move(request);
        job->promise.start();
        QFuture<AppendResult> future = job->promise.future();
        enqueue(std::move(job));
        return future;
    }

    QFuture<Status> run(WriteJob work)
    {
        auto job = std::make_unique<GenericJob>();
        job->work = std::move(work);
        job->promise.start();
        QFuture<Status> future = job->promise.future();
        enqueue(std::move(job));
        return future;
    }

private:
    struct AppendJob
    {
        AppendRequest request;
        QPromise<AppendResult> promise;
        std::optional<AppendResult> result;
    };
    struct GenericJob
    {
        WriteJob work;
        QPromise<Status> promise;
    };
    using Job = std::variant<std::unique_ptr<AppendJob>, std::unique_ptr<GenericJob>>;

    template<typename J> void enqueue(std::unique_ptr<J> job)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_stopping) {
                m_queue.emplace_back(std::move(job));
                m_cv.notify_one();
                return;
            }
        }
        finishRefused(*job);
    }

    static void finishRefused(AppendJob &job)
    {
        job.promise.addResult(
            AppendResult(Error::storeUnavailable(StoreText::tr("The store is closing."))));
        job.promise.finish();
    }
    static void finishRefused(GenericJob &job)
    {
        job.promise.addResult(
            Status(Error::storeUnavailable(StoreText::tr("The store is closing."))));
        job.promise.finish();
    }

    Status openConnection()
    {
        auto c = sqlite::Connection::open(m_shared->path, m_shared->options, false);
        if (!c)
            return c.error();
        m_connection = std::move(c).value();
        QSqlDatabase &db = m_connection->db();
        const char *sync = "FULL";
        switch (m_shared->options.synchronous) {
        case StoreOptions::Synchronous::Normal:
            sync = "NORMAL";
            break;
        case StoreOptions::Synchronous::Full:
            sync = "FULL";
            break;
        case StoreOptions::Synchronous::Extra:
            sync = "EXTRA";
            break;
        }
        // PRAGMA values cannot be bound; these come from fixed choices, never from input.
        QStringList pragmas{u"PRAGMA journal_mode = WAL"_s,
                            u"PRAGMA synchronous = %1"_s.arg(QLatin1String(sync)),
                            u"PRAGMA foreign_keys = ON"_s};
        if (m_shared->options.maxPageCount > 0)
            pragmas << u"PRAGMA max_page_count = %1"_s.arg(m_shared->options.maxPageCount);
        // The writer's page cache and checkpoint interval (docs/PERFORMANCE.md): index pages
        // stay cached between appends, and a page rewritten by many commits is copied back
        // into the database once per checkpoint rather than at nearly every commit.
        if (m_shared->options.writerCacheKiB > 0)
            pragmas << u"PRAGMA cache_size = -%1"_s.arg(m_shared->options.writerCacheKiB);
        if (m_shared->options.walAutocheckpointPages > 0)
            pragmas << u"PRAGMA wal_autocheckpoint = %1"_s.arg(
                m_shared->options.walAutocheckpointPages);
        for (const QString &p : pragmas)
            if (auto s = sqlite::execStatus(db, p); !s)
                return s.error();

        const auto prepare = [&db](QSqlQuery &q, const QString &sql) {
            q = QSqlQuery(db);
            q.setForwardOnly(true);
            return q.prepare(sql);
        };
        bool ok = prepare(m_begin, u"BEGIN IMMEDIATE"_s) && prepare(m_commit, u"COMMIT"_s) &&
                  prepare(m_rollback, u"ROLLBACK"_s) &&
                  prepare(m_savepoint, u"SAVEPOINT append"_s) &&
                  prepare(m_rollbackTo, u"ROLLBACK TO append"_s) &&
                  prepare(m_release, u"RELEASE append"_s) &&
                  prepare(m_head, u"SELECT global_position, hash FROM events "
                                  "ORDER BY global_position DESC LIMIT 1"_s) &&
                  prepare(m_streamVersion, u"SELECT coalesce(max(stream_version), -1) FROM "
                                           "events WHERE stream_id = ?"_s) &&
                  prepare(m_byEventId, u"SELECT global_position, stream_id, stream_version "
                                       "FROM events WHERE event_id = ?"_s) &&
                  prepare(m_insert, u"INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?)"_s.arg(kColumns)) &&
                  prepare(m_insertOutbox, u"INSERT INTO outbox (message_id, destination, "
                                          "ordering_key, payload, event_position, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (!ok)
            return sqlite::describe(db.lastError(), m_shared->path,
                                    StoreText::tr("prepare the writer"));
        // The per-event statements through the C API when it is the driver's own library;
        // if either cannot be prepared, both stay on Qt SQL.
        if (m_shared->options.useRawSqlite) {
            if (sqlite3 *raw = sqlite::rawHandle(db)) {
                const bool rawOk =
                    m_rawStreamVersion.prepare(raw, "SELECT coalesce(max(stream_version), -1) "
                                                    "FROM events WHERE stream_id = ?") &&
                    m_rawInsert.prepare(raw, u"INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?, ?)"_s.arg(kColumns)
                                                 .toUtf8());
                if (!rawOk) {
                    m_rawStreamVersion.finalize();
                    m_rawInsert.finalize();
                }
            }
        }
        return success();
    }

    void loop(std::promise<Status> &ready)
    {
        {
            Status opened = openConnection();
            const bool ok = opened.ok();
            ready.set_value(std::move(opened));
            if (!ok) {
                closeConnection();
                return;
            }
        }
        for (;;) {
            std::deque<Job> batch;
            {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty() && m_stopping)
                    break;
                // Take consecutive appends up to the group limit, or one other job.
                if (std::holds_alternative<std::unique_ptr<GenericJob>>(m_queue.front())) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                } else {
                    while (!m_queue.empty() &&
                           int(batch.size()) < m_shared->options.maxGroupCommit &&
                           std::holds_alternative<std::unique_ptr<AppendJob>>(m_queue.front())) {
                        batch.push_back(std::move(m_queue.front()));
                        m_queue.pop_front();
                    }
                }
            }
            if (auto *generic = std::get_if<std::unique_ptr<GenericJob>>(&batch.front())) {
                runGeneric(**generic);
                continue;
            }
            std::vector<AppendJob *> appends;
            for (Job &job : batch)
                appends.push_back(std::get<std::unique_ptr<AppendJob>>(job).get());
            commitGroup(appends);
        }
        closeConnection();
    }

    void closeConnection()
    {
        for (QSqlQuery *q :
             {&m_begin, &m_commit, &m_rollback, &m_savepoint, &m_rollbackTo, &m_release, &m_head,
              &m_streamVersion, &m_byEventId, &m_insert, &m_insertOutbox})
            *q = QSqlQuery();
        m_rawStreamVersion.finalize(); // before the connection closes
        m_rawInsert.finalize();
        m_connection.reset();
    }

    Error lastError(const QSqlQuery &q, const QString &what) const
    {
        return sqlite::describe(q.lastError(), m_shared->path, what);
    }

    void runGeneric(GenericJob &job)
    {
        Status status = success();
        if (!m_begin.exec()) {
            status = lastError(m_begin, StoreText::tr("begin a write"));
        } else {
            status = job.work(m_connection->db());
            if (status) {
                if (!m_commit.exec()) {
                    status = lastError(m_commit, StoreText::tr("commit"));
                    m_rollback.exec();
                }
            } else {
                m_rollback.exec();
            }
        }
        job.promise.addResult(std::move(status));
        job.promise.finish();
    }

    // Appends one request inside the open transaction; updates the head on success.
    // Returns the result, and whether a failure is a storage failure that dooms the
    // whole transaction (as opposed to a refusal of this append alone).
    std::pair<AppendResult, bool> appendOne(const AppendRequest &request, qint64 recordedAt)
    {
        // An idempotent retry (the first event id is stored) returns what is stored. It is
        // looked for only when the append cannot go ahead as it is: on a version mismatch
        // here, or when the first insert meets the event id's unique index below.
        auto current = readStreamVersion(request.streamId);
        if (!current)
            return {current.error(), true};
        qint64 version = *current;
        if (!request.expected.matches(version)) {
            auto stored = firstEventStored(request);
            if (!stored)
                return {stored.error(), true};
            if (*stored)
                return {storedResult(request), false};
            const QString actual = version < 0 ? StoreText::tr("does not exist yet")
                                               : StoreText::tr("is at version %1").arg(version);
            return {Error::conflict(
                        StoreText::tr("Stream %1 %2, but the append expected %3; nothing was "
                                      "written. Reload and try again.")
                            .arg(request.streamId, actual, request.expected.describe())),
                    false};
        }

        AppendSuccess ok;
        ok.firstPosition = m_headPosition + 1;
        const QByteArray streamId = request.streamId.toUtf8();
        for (qsizetype i = 0; i < request.events.size(); ++i) {
            const NewEvent &e = request.events.at(i);
            const qint64 position = ++m_headPosition;
            ++version;
            const QByteArray hash = Chain::link(m_headHash, position, request.streamId, version,
                                                recordedAt, e.bodyDigest);
            if (const QSqlError error =
                    insertEvent(position, request.streamId, streamId, version, e, recordedAt, hash);
                error.isValid()) {
                if (sqlite::primaryCode(error) == 19) { // SQLITE_CONSTRAINT
                    // The failed insert left nothing behind. Its first event stored: a retry.
                    if (i == 0)
                        return {storedResult(request), false};
                    return {Error::validation(
                                StoreText::tr("The event id %1 is already stored in another "
                                              "stream; nothing was written.")
                                    .arg(uuidText(e.eventId))),
                            false};
                }
                return {sqlite::describe(error, m_shared->path, StoreText::tr("append")), true};
            }
            m_headHash = hash;
        }
        ok.lastPosition = m_headPosition;
        ok.streamVersion = version;
        for (const OutboxMessage &m : request.outbox) {
            m_insertOutbox.bindValue(0, m.messageId.toRfc4122());
            m_insertOutbox.bindValue(1, m.destination);
            m_insertOutbox.bindValue(2, m.orderingKey);
            m_insertOutbox.bindValue(3, m.payload);
            m_insertOutbox.bindValue(4, ok.lastPosition);
            m_insertOutbox.bindValue(5, recordedAt);
            if (!m_insertOutbox.exec()) {
                if (sqlite::primaryCode(m_insertOutbox.lastError()) == 19)
                    return {Error::validation(
                                StoreText::tr("The message id %1 is already in the outbox; "
                                              "nothing was written.")
                                    .arg(uuidText(m.messageId))),
                            false};
                return {lastError(m_insertOutbox, StoreText::tr("append to the outbox")), true};
            }
        }
        m_pendingVersions.insert(request.streamId, ok.streamVersion);
        return {ok, false};
    }

    // The stream's current version inside the open transaction; -1 when it has no events.
    Result<qint64> readStreamVersion(const QString &streamId)
    {
        if (const auto it = m_pendingVersions.constFind(streamId);
            it != m_pendingVersions.constEnd())
            return *it;
        if (const auto it = m_knownVersions.constFind(streamId); it != m_knownVersions.constEnd())
            return *it;
        // Not written in this transaction, so the stored version is the committed one.
        auto stored = readStoredStreamVersion(streamId);
        if (stored)
            m_knownVersions.insert(streamId, *stored);
        return stored;
    }

    Result<qint64> readStoredStreamVersion(const QString &streamId)
    {
        if (m_rawStreamVersion.isValid()) {
            const QByteArray id = streamId.toUtf8();
            m_rawStreamVersion.bindText(1, id);
            const int rc = m_rawStreamVersion.step();
            const bool row = m_rawStreamVersion.isRow(rc);
            const qint64 version = row ? m_rawStreamVersion.int64(0) : -1;
            const QSqlError error = row ? QSqlError() : m_rawStreamVersion.error();
            m_rawStreamVersion.reset();
            if (!row)
                return sqlite::describe(error, m_shared->path,
                                        StoreText::tr("read a stream version"));
            return version;
        }
        m_streamVersion.bindValue(0, streamId);
        if (!m_streamVersion.exec() || !m_streamVersion.next())
            return lastError(m_streamVersion, StoreText::tr("read a stream version"));
        const qint64 version = m_streamVersion.value(0).toLongLong();
        m_streamVersion.finish();
        return version;
    }

    Result<bool> firstEventStored(const AppendRequest &request)
    {
        m_byEventId.bindValue(0, request.events.constFirst().eventId.toRfc4122());
        if (!m_byEventId.exec())
            return lastError(m_byEventId, StoreText::tr("look up an event id"));
        const bool stored = m_byEventId.next();
        m_byEventId.finish();
        return stored;
    }

    // Inserts one event row; returns the error, or an invalid one on success. Both paths
    // store the same values with the same types (text, integer, blob).
    QSqlError insertEvent(qint64 position, const QString &streamId, const QByteArray &streamIdUtf8,
                          qint64 version, const NewEvent &e, qint64 recordedAt,
                          const QByteArray &hash)
    {
        if (m_rawInsert.isValid()) {
            const QByteArray eventId = e.eventId.toRfc4122();
            const QByteArray type = e.type.toUtf8();
            m_rawInsert.bindInt64(1, position);
            m_rawInsert.bindText(2, streamIdUtf8);
            m_rawInsert.bindInt64(3, version);
            m_rawInsert.bindBlob(4, eventId);
            m_rawInsert.bindText(5, type);
            m_rawInsert.bindInt64(6, e.schemaVersion);
            m_rawInsert.bindBlob(7, e.payload);
            m_rawInsert.bindBlob(8, e.metadata);
            m_rawInsert.bindInt64(9, recordedAt);
            m_rawInsert.bindBlob(10, hash);
            const int rc = m_rawInsert.step();
            const QSqlError error = m_rawInsert.isDone(rc) ? QSqlError() : m_rawInsert.error();
            m_rawInsert.reset();
            return error;
        }
        m_insert.bindValue(0, position);
        m_insert.bindValue(1, streamId);
        m_insert.bindValue(2, version);
        m_insert.bindValue(3, e.eventId.toRfc4122());
        m_insert.bindValue(4, e.type);
        m_insert.bindValue(5, e.schemaVersion);
        m_insert.bindValue(6, e.payload);
        m_insert.bindValue(7, e.metadata);
        m_insert.bindValue(8, recordedAt);
        m_insert.bindValue(9, hash);
        if (!m_insert.exec())
            return m_insert.lastError();
        return QSqlError();
    }

    AppendResult storedResult(const AppendRequest &request)
    {
        AppendSuccess stored;
        stored.alreadyStored = true;
        for (const NewEvent &e : request.events) {
            m_byEventId.bindValue(0, e.eventId.toRfc4122());
            if (!m_byEventId.exec())
                return lastError(m_byEventId, StoreText::tr("look up an event id"));
            if (!m_byEventId.next() || m_byEventId.value(1).toString() != request.streamId) {
                m_byEventId.finish();
                return Error::validation(
                    StoreText::tr("Some event ids of this append to %1 are already "
                                  "stored and some are not, or they belong to another "
                                  "stream; nothing was written.")
                        .arg(request.streamId));
            }
            const qint64 position = m_byEventId.value(0).toLongLong();
            m_byEventId.finish();
            if (stored.firstPosition == 0)
                stored.firstPosition = position;
            stored.lastPosition = position;
        }
        m_streamVersion.bindValue(0, request.streamId);
        if (m_streamVersion.exec() && m_streamVersion.next())
            stored.streamVersion = m_streamVersion.value(0).toLongLong();
        m_streamVersion.finish();
        return stored;
    }

    void commitGroup(const std::vector<AppendJob *> &jobs)
    {
        auto failAll = [this, &jobs](const Error &error) {
            forgetVersions();
            for (AppendJob *job : jobs) {
                job->promise.addResult(AppendResult(error));
                job->promise.finish();
            }
        };
        if (!m_begin.exec())
            return failAll(lastError(m_begin, StoreText::tr("begin an append")));
        if (!m_head.exec()) {
            const Error e = lastError(m_head, StoreText::tr("read the head of the chain"));
            m_rollback.exec();
            return failAll(e);
        }
        if (m_head.next()) {
            m_headPosition = m_head.value(0).toLongLong();
            m_headHash = m_head.value(1).toByteArray();
        } else {
            m_headPosition = 0;
            m_headHash = Chain::genesis();
        }
        m_head.finish();
        // Appends only ever raise the head: if it is where this writer left it, nobody
        // else has appended since, and the stream versions it knows still hold.
        if (m_headPosition != m_knownHead)
            forgetVersions();
        m_pendingVersions.clear();
        const qint64 recordedAt = m_shared->options.effectiveClock().nowMs();
        bool wroteSomething = false;
        for (AppendJob *job : jobs) {
            const qint64 headPosition = m_headPosition;
            const QByteArray headHash = m_headHash;
            // One event without outbox messages needs no savepoint: its single INSERT either
            // succeeds or fails as a whole (SQLite undoes a failed statement), and nothing
            // else of it is written before.
            const bool savepoint = job->request.events.size() > 1 || !job->request.outbox.isEmpty();
            if (savepoint && !m_savepoint.exec()) {
                const Error e = lastError(m_savepoint, StoreText::tr("append"));
                m_rollback.exec();
                return failAll(e);
            }
            // The stream's version in this transaction before the append, to restore if the
            // append is undone.
            std::optional<qint64> versionBefore;
            if (const auto it = m_pendingVersions.constFind(job->request.streamId);
                it != m_pendingVersions.constEnd())
                versionBefore = *it;
            auto [result, fatal] = appendOne(job->request, recordedAt);
            if (fatal) {
                m_rollback.exec();
                return failAll(result.error());
            }
            if (!result.ok() || result->alreadyStored) {
                if (savepoint)
                    m_rollbackTo.exec();
                m_headPosition = headPosition;
                m_headHash = headHash;
                if (versionBefore)
                    m_pendingVersions.insert(job->request.streamId, *versionBefore);
                else
                    m_pendingVersions.remove(job->request.streamId);
            } else {
                wroteSomething = true;
            }
            if (savepoint)
                m_release.exec();
            job->result = std::move(result);
        }
        if (!m_commit.exec()) {
            const Error e = lastError(m_commit, StoreText::tr("commit"));
            m_rollback.exec();
            return failAll(e);
        }
        if (m_knownVersions.size() > MaxKnownVersions)
            m_knownVersions.clear();
        for (auto it = m_pendingVersions.cbegin(); it != m_pendingVersions.cend(); ++it)
            m_knownVersions.insert(it.key(), it.value());
        m_pendingVersions.clear();
        m_knownHead = m_headPosition;
        for (AppendJob *job : jobs) {
            job->promise.addResult(std::move(*job->result));
            job->promise.finish();
        }
        if (wroteSomething)
            Q_EMIT m_owner->eventsCommitted(m_headPosition);
    }

    std::shared_ptr<Shared> m_shared;
    SqliteEventStore *m_owner;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Job> m_queue;
    bool m_stopping = false;

    std::unique_ptr<sqlite::Connection> m_connection;
    QSqlQuery m_begin, m_commit, m_rollback, m_savepoint, m_rollbackTo, m_release;
    QSqlQuery m_head, m_streamVersion, m_byEventId, m_insert, m_insertOutbox;
    sqlite::RawStatement m_rawStreamVersion, m_rawInsert; // valid when the C API is used
    qint64 m_headPosition = 0;
    QByteArray m_headHash;

    // Stream versions, so that an append need not look its stream up: those committed
    // (valid while the head is m_knownHead) and those written in the open transaction.
    static constexpr qsizetype MaxKnownVersions = 200000;
    QHash<QString, qint64> m_knownVersions;
    QHash<QString, qint64> m_pendingVersions;
    qint64 m_knownHead = -1;

    void forgetVersions()
    {
        m_knownVersions.clear();
        m_pendingVersions.clear();
        m_knownHead = -1;
    }
};

// ---------------------------------------------------------------------------------------
namespace {
struct ThreadReader
{
    std::shared_ptr<SqliteEventStore::Shared> owner;
    std::shared_ptr<SqliteEventStore::Reader> reader;
};
thread_local std::vector<ThreadReader> t_readers;
} // namespace

SqliteEventStore::SqliteEventStore(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{}

SqliteEventStore::~SqliteEventStore()
{
    if (m_writer)
        m_writer->stop();
    m_writer.reset();
    m_shared->closed = true;
    // Close every thread's connection now, so no file handle outlives the store.
    QMutexLocker locker(&m_shared->readersMutex);
    for (const auto &weak : std::as_const(m_shared->readers))
        if (auto reader = weak.lock())
            reader->close();
    locker.unlock();
    std::erase_if(t_readers, [](const ThreadReader &t) { return t.owner->closed.load(); });
}

Status SqliteEventStore::create(const QString &path, const StoreOptions &options,
                                const QMap<QString, QString> &info)
{
    QMap<QString, QString> all = info;
    all.insert(u"store_id"_s, uuidText(QUuid::createUuid()));
    all.insert(u"created_at"_s, QString::number(options.effectiveClock().nowMs()));
    if (!all.contains(u"base_currency"_s))
        all.insert(u"base_currency"_s, u"EUR"_s);
    return StoreFile::create(path, options, all);
}

Status SqliteEventStore::createAtSchemaForTesting(const QString &path, int schemaVersion)
{
    return StoreFile::create(path, {}, {}, schemaVersion);
}

Result<std::unique_ptr<SqliteEventStore>> SqliteEventStore::open(const QString &path,
                                                                 StoreOptions options)
{
    auto header = StoreFile::probe(path);
    if (!header)
        return header.error();
    auto shared = std::make_shared<Shared>();
    shared->path = QFileInfo(path).absoluteFilePath();
    shared->options = options;
    const QString file = QDir::toNativeSeparators(shared->path);

    int schema = header->userVersion;
    {
        auto conn = sqlite::Connection::open(shared->path, options, options.readOnly);
        if (!conn)
            return conn.error();
        QSqlDatabase &db = (*conn)->db();
        // A failed read makes the store unavailable; whether it is held by another program
        // or damaged stays with the error (the console offers opening read-only).
        const auto unavailable = [](Error e) {
            e.code = ErrorCode::StoreUnavailable;
            return e;
        };
        // Read the schema and the chain's head: a damaged file fails here, before
        // anything is written to it.
        auto tables = sqlite::exec(db, u"SELECT count(*) FROM sqlite_schema WHERE name IN "
                                       "('events', 'outbox', 'store_info')"_s);
        if (!tables)
            return unavailable(tables.error());
        if (!tables->next() || tables->value(0).toInt() != 3)
            return Error::damagedStore(
                StoreText::tr(
                    "%1 is damaged: its event tables are missing. Restore it from a backup with "
                    "\"eventdesk-cli restore\".")
                    .arg(file));
        tables->finish();
        auto version = sqlite::exec(db, u"PRAGMA user_version"_s);
        if (!version)
            return unavailable(version.error());
        if (!version->next())
            return Error::damagedStore(StoreText::tr("%1 is damaged.").arg(file));
        schema = version->value(0).toInt();
        version->finish();
        if (schema > StoreFile::latestSchema())
            return Error::storeUnavailable(
                StoreText::tr(
                    "%1 was written by a newer EventDesk (store schema %2; this version "
                    "understands "
                    "up to %3). Install a newer EventDesk to open it; the file was not changed.")
                    .arg(file)
                    .arg(schema)
                    .arg(StoreFile::latestSchema()));
        auto head = sqlite::exec(db, u"SELECT global_position, hash FROM events ORDER BY "
                                     "global_position DESC LIMIT 1"_s);
        if (!head)
            return unavailable(head.error());
        head->finish();

        if (schema < StoreFile::latestSchema()) {
            if (options.readOnly)
                return Error::storeUnavailable(
                    StoreText::tr(
                        "%1 uses an older store schema (%2) and must be upgraded once; open it "
                        "writable.")
                        .arg(file)
                        .arg(schema));
            // A verified copy first: if the migration goes wrong, the old store is there.
            const QString backup =
                shared->path + u".schema%1-backup-%2"_s.arg(schema).arg(
                                   QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
            const QString temp = StoreFile::temporarySibling(backup);
            if (auto s = StoreFile::vacuumInto(db, temp); !s)
                return s.error();
            auto report = verifyStoreFile(temp);
            if (!report || !report->ok) {
                QFile::remove(temp);
                return Error{
                    ErrorCode::VerificationFailed,
                    StoreText::tr("%1 could not be upgraded: its backup copy did not verify (%2). "
                                  "The store was not changed; run \"eventdesk-cli verify\" on it.")
                        .arg(file, report ? report->reason : report.error().message)};
            }
            if (!QFile::rename(temp, backup)) {
                QFile::remove(temp);
                return Error::storageFailure(
                    StoreText::tr(
                        "The backup before upgrading %1 could not be written; check that its "
                        "folder is writable.")
                        .arg(file));
            }
            shared->migrationBackup = backup;
            if (auto s = StoreFile::migrate(db, schema, StoreFile::latestSchema()); !s)
                return s.error();
        }
    }

    std::unique_ptr<SqliteEventStore> store(new SqliteEventStore(shared));
    if (!options.readOnly) {
        store->m_writer = std::make_unique<Writer>(shared, store.get());
        if (auto s = store->m_writer->start(); !s) {
            store->m_writer.reset();
            return s.error();
        }
    }
    return store;
}

namespace {
// The console's rule, checked where it can be: the GUI thread never waits on the
// database. On in debug builds and wherever EVENTDESK_GUI_THREAD_CHECK=1 (the GUI tests);
// a read on the main thread of a GUI application then stops the program with the place.
bool guiThreadCheckEnabled()
{
#ifndef NDEBUG
    static const bool enabled = qEnvironmentVariable("EVENTDESK_GUI_THREAD_CHECK") != u"0"_s;
#else
    static const bool enabled = qEnvironmentVariableIntValue("EVENTDESK_GUI_THREAD_CHECK") == 1;
#endif
    return enabled;
}

void checkNotGuiThread()
{
    if (!guiThreadCheckEnabled())
        return;
    const QCoreApplication *app = QCoreApplication::instance();
    // QGuiApplication is known by name: core does not link Qt GUI.
    if (app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread())
        qFatal("EventDesk: the store was read on the GUI thread; run the read through "
               "Session::run or readAsync instead.");
}
} // namespace

IEventReader &SqliteEventStore::reader()
{
    checkNotGuiThread();
    std::erase_if(t_readers, [](const ThreadReader &t) { return t.owner->closed.load(); });
    for (const ThreadReader &t : t_readers)
        if (t.owner == m_shared)
            return *t.reader;
    auto reader = std::make_shared<Reader>(m_shared);
    {
        QMutexLocker locker(&m_shared->readersMutex);
        m_shared->readers.removeIf([](const std::weak_ptr<Reader> &w) { return w.expired(); });
        m_shared->readers.append(reader);
    }
    t_readers.push_back({m_shared, reader});
    return *reader;
}

QSqlDatabase &SqliteEventStore::readDatabase()
{
    auto &r = static_cast<Reader &>(reader());
    auto db = r.database();
    static QSqlDatabase invalid;
    return db ? **db : invalid;
}

UpcasterRegistry &SqliteEventStore::upcasters()
{
    return m_shared->upcasters;
}
QString SqliteEventStore::location() const
{
    return m_shared->path;
}
int SqliteEventStore::snapshotEvery() const
{
    return m_shared->options.snapshotEvery;
}
const StoreOptions &SqliteEventStore::options() const
{
    return m_shared->options;
}
QString SqliteEventStore::migrationBackupPath() const
{
    return m_shared->migrationBackup;
}

QFuture<AppendResult> SqliteEventStore::append(AppendRequest request)
{
    if (!m_writer)
        return readyFuture(AppendResult(Error::storageFailure(
            StoreText::tr("The store %1 is open read-only; nothing was written.")
                .arg(QDir::toNativeSeparators(m_shared->path)))));
    if (auto problem = validateAppend(request, m_shared->options))
        return readyFuture(AppendResult(*problem));
    return m_writer->append(std::move(request));
}

QFuture<Status> SqliteEventStore::runWrite(WriteJob job)
{
    if (!m_writer)
        return readyFuture(Status(Error::storageFailure(
            StoreText::tr("The store %1 is open read-only; nothing was written.")
                .arg(QDir::toNativeSeparators(m_shared->path)))));
    return m_writer->run(std::move(job));
}

QFuture<Status> SqliteEventStore::saveSnapshot(Snapshot snapshot)
{
    const qint64 now = m_shared->options.effectiveClock().nowMs();
    return runWrite([snapshot = std::move(snapshot), now](QSqlDatabase &db) {
        return sqlite::execStatus(
            db,
            u"INSERT OR REPLACE INTO snapshots (stream_id, stream_version, state_schema_version, "
            "state, taken_at) VALUES (?, ?, ?, ?, ?)"_s,
            {snapshot.streamId, snapshot.streamVersion, snapshot.stateSchemaVersion,
             QJsonDocument(snapshot.state).toJson(QJsonDocument::Compact), now});
    });
}

Result<std::optional<Snapshot>>
SqliteEventStore::loadSnapshot(const QString &streamId, qint64 maxVersion, int stateSchemaVersion)
{
    auto &r = static_cast<Reader &>(reader());
    QMutexLocker locker(&r.m_mutex);
    auto db = r.database();
    if (!db)
        return db.error();
    auto q =
        sqlite::exec(**db,
                     u"SELECT stream_version, state FROM snapshots WHERE stream_id = ? AND "
                     "stream_version <= ? AND state_schema_version = ? "
                     "ORDER BY stream_version DESC LIMIT 1"_s,
                     {streamId, maxVersion < 0 ? std::numeric_limits<qint64>::max() : maxVersion,
                      stateSchemaVersion});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Snapshot>();
    Snapshot s;
    s.streamId = streamId;
    s.streamVersion = q->value(0).toLongLong();
    s.stateSchemaVersion = stateSchemaVersion;
    s.state = QJsonDocument::fromJson(q->value(1).toByteArray()).object();
    return std::optional<Snapshot>(std::move(s));
}

Result<VerifyReport> SqliteEventStore::verify(const ProgressCallback &progress,
                                              const std::atomic_bool *cancel)
{
    auto &r = static_cast<Reader &>(reader());
    QMutexLocker locker(&r.m_mutex);
    auto db = r.database();
    if (!db)
        return db.error();
    return verifyChain(**db, progress, cancel);
}

Result<VerifyReport> SqliteEventStore::backupTo(const QString &target)
{
    const QString file = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Error{
            ErrorCode::AlreadyExists,
            StoreText::tr("%1 already exists; choose a path that holds no file.").arg(file)};
    const QString temp = StoreFile::temporarySibling(target);
    {
        auto &r = static_cast<Reader &>(reader());
        QMutexLocker locker(&r.m_mutex);
        auto db = r.database();
        if (!db)
            return db.error();
        if (auto s = StoreFile::vacuumInto(**db, temp); !s)
            return s.error();
    }
    auto report = verifyStoreFile(temp);
    if (!report || !report->ok) {
        QFile::remove(temp);
        return Error{ErrorCode::VerificationFailed,
                     StoreText::tr("The backup copy did not verify (%1), so it was not kept. Run "
                                   "\"eventdesk-cli verify\" on the store.")
                         .arg(report ? report->reason : report.error().message)};
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Error::storageFailure(
            StoreText::tr(
                "The backup could not be moved into place at %1; check that the folder is "
                "writable.")
                .arg(file));
    }
    return report;
}

Result<VerifyReport> verifyStoreFile(const QString &path, const ProgressCallback &progress,
                                     const std::atomic_bool *cancel)
{
    auto header = StoreFile::probe(path);
    if (!header)
        return header.error();
    Result<VerifyReport> report = Error::internal(QString());
    {
        auto conn = sqlite::Connection::open(path, {}, false);
        if (!conn)
            return conn.error();
        report = verifyChain((*conn)->db(), progress, cancel);
    }
    return report;
}

} // namespace eventdesk
