// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/Bench.h"
#include "demo/DemoCompany.h"
#include "messaging/DispatcherBench.h"
#include "resilience/BreakerBench.h"

#include "store/SqliteEventStore.h"
#include "store/SqliteRaw.h"
#include "store/SqliteSupport.h"
#include "store/StateLoader.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSemaphore>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <deque>
#include <latch>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace eventdesk::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::bench)
};

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Nearest-rank percentile of a sorted list.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = qint64(std::ceil(p * double(sorted.size())));
    return sorted[size_t(std::clamp<qint64>(rank - 1, 0, qint64(sorted.size()) - 1))];
}

// ---------------------------------------------------------------------------------------
// Events of the shape a real approval has: a request stream (`purchase-<uuid>`…), an
// approver, amounts as decimal strings with a currency, and the metadata every command
// records (actor, correlation, causation, host). About 400 bytes of JSON together.
struct BenchStream
{
    QString id;
    QString correlationId;
    QString lastEventId;
    qint64 version = -1;
    QString approver;
    QString amount;
};

const QString kTypes[] = {u"ManagerApproved"_s, u"FinanceApproved"_s, u"PaymentAuthorized"_s,
                          u"ApprovalDelegated"_s, u"RequestAmended"_s};
const QString kSteps[] = {u"manager-approval"_s, u"finance-approval"_s, u"payment"_s,
                          u"delegation"_s, u"amendment"_s};
const QString kCategories[] = {u"purchase"_s, u"expense"_s, u"order"_s, u"transfer"_s};

std::vector<BenchStream> makeStreams(qint64 count)
{
    std::vector<BenchStream> streams;
    streams.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        BenchStream s;
        s.id = kCategories[i % 4] + u'-' + uuidText(QUuid::createUuid());
        s.correlationId = uuidText(QUuid::createUuid());
        s.lastEventId = s.correlationId;
        s.approver = u"manager-%1"_s.arg(i % 97, 3, 10, QLatin1Char('0'));
        s.amount = u"%1.%2"_s.arg(100 + (i * 7919) % 250000).arg(i % 100, 2, 10, QLatin1Char('0'));
        streams.push_back(std::move(s));
    }
    return streams;
}

// Builds the next event of a stream the way a command does: JSON objects, compact
// bytes, and the body digest (NewEvent::make), all on the calling thread.
NewEvent nextEvent(BenchStream &s)
{
    const qint64 version = ++s.version;
    const int kind = int(version % 5);
    const QJsonObject payload{
        {u"request"_s, s.id},
        {u"step"_s, kSteps[kind]},
        {u"decision"_s, u"approved"_s},
        {u"amount"_s, QJsonObject{{u"value"_s, s.amount}, {u"currency"_s, u"EUR"_s}}},
        {u"approver"_s, s.approver},
        {u"comment"_s, u"Within budget; vendor under contract."_s},
        {u"sequence"_s, version},
        {u"policy"_s, QJsonObject{{u"limitChecked"_s, true}}},
    };
    EventMetadata meta;
    meta.actor = s.approver;
    meta.correlationId = s.correlationId;
    meta.causationId = s.lastEventId;
    meta.host = u"ws-fin-042"_s;
    NewEvent e = NewEvent::make(kTypes[kind], payload, meta);
    s.lastEventId = uuidText(e.eventId);
    return e;
}

AppendRequest requestFor(BenchStream &s)
{
    AppendRequest r;
    r.streamId = s.id;
    r.expected = ExpectedVersion::any();
    r.events.append(nextEvent(s));
    return r;
}

// The fold the state-at-position figure uses: a few fields from each payload, as a
// request's read model would keep them.
StateFold benchFold()
{
    StateFold fold;
    fold.stateSchemaVersion = 1;
    fold.initial = QJsonObject{{u"events"_s, 0}};
    fold.evolve = [](const QJsonObject &state, const RecordedEvent &e) {
        QJsonObject next = state;
        const QJsonObject payload = e.payloadObject();
        next.insert(u"events"_s, state.value(u"events"_s).toInteger() + 1);
        next.insert(u"status"_s, e.type);
        next.insert(u"step"_s, payload.value(u"step"_s));
        next.insert(u"amount"_s, payload.value(u"amount"_s));
        next.insert(u"approver"_s, payload.value(u"approver"_s));
        return next;
    };
    return fold;
}

Status checkAppend(const QFuture<AppendResult> &future)
{
    const AppendResult &r = future.result();
    if (!r)
        return r.error();
    return success();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakRssMib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

qint64 storeFileBytes(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), u"-wal"_s})
        total += QFileInfo(path + suffix).size();
    return total;
}

// ---------------------------------------------------------------------------------------
// The raw SQLite C API, for the baseline and for checkpoints outside the store.
class RawDb final
{
public:
    ~RawDb() { close(); }
    Status open(const QString &path, int flags)
    {
        const QByteArray name = QFile::encodeName(path);
        if (sqlite3_open_v2(name.constData(), &m_db, flags, nullptr) != SQLITE_OK)
            return fail(Text::tr("open"));
        sqlite3_busy_timeout(m_db, 5000);
        return success();
    }
    Status exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(QString::fromUtf8(sql));
        return success();
    }
    Result<sqlite3_stmt *> prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
            SQLITE_OK)
            return fail(QString::fromUtf8(sql)).error();
        return stmt;
    }
    Status fail(const QString &what) const
    {
        return Error::internal(Text::tr("The benchmark's SQLite call failed (%1): %2")
                                   .arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

struct Finalizer
{
    sqlite3_stmt *stmt;
    ~Finalizer() { sqlite3_finalize(stmt); }
};

Status checkpoint(const QString &path)
{
    RawDb db;
    if (auto s = db.open(path, SQLITE_OPEN_READWRITE); !s)
        return s;
    return db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

// One row of the events table, copied out of the store for the baseline.
struct RawRow
{
    sqlite3_int64 position, version, schema, recordedAt;
    std::string streamId, type, eventId, payload, metadata, hash;
};

std::string columnBytes(sqlite3_stmt *stmt, int column)
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, column));
    return std::string(data ? data : "", size_t(sqlite3_column_bytes(stmt, column)));
}

struct BaselineFigures
{
    double insertEps = 0;
    double insertCpuUs = 0;
    double readEps = 0;
    double bytesPerRow = 0;
};

// The same rows as the store holds, inserted through the C API into a table with the
// same columns, rowid and two unique indexes, WAL, synchronous=FULL, batchSize rows a
// transaction, with the page size, page cache and checkpoint interval of the store's
// writer. Only the inserts are timed; copying a batch out of the store is not.
Result<BaselineFigures> runBaseline(const QString &storePath, const QString &baselinePath,
                                    qint64 firstPosition, qint64 events, int batchSize,
                                    const StoreOptions &store,
                                    const std::function<void(const QString &)> &progress)
{
    BaselineFigures figures;
    RawDb source;
    if (auto s = source.open(storePath, SQLITE_OPEN_READONLY); !s)
        return s.error();
    int pageSize = 4096;
    {
        auto q = source.prepare("PRAGMA page_size");
        if (!q)
            return q.error();
        Finalizer f{*q};
        if (sqlite3_step(*q) == SQLITE_ROW)
            pageSize = sqlite3_column_int(*q, 0);
    }
    {
        RawDb target;
        if (auto s = target.open(baselinePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !s)
            return s.error();
        std::string setup = "PRAGMA page_size = " + std::to_string(pageSize) + ";";
        if (store.writerCacheKiB > 0)
            setup += "PRAGMA cache_size = -" + std::to_string(store.writerCacheKiB) + ";";
        if (store.walAutocheckpointPages > 0)
            setup +=
                "PRAGMA wal_autocheckpoint = " + std::to_string(store.walAutocheckpointPages) + ";";
        setup += "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                 "CREATE TABLE events (global_position INTEGER PRIMARY KEY,"
                 " stream_id TEXT NOT NULL, stream_version INTEGER NOT NULL,"
                 " event_id BLOB NOT NULL, type TEXT NOT NULL,"
                 " schema_version INTEGER NOT NULL, payload BLOB NOT NULL,"
                 " metadata BLOB NOT NULL, recorded_at INTEGER NOT NULL,"
                 " hash BLOB NOT NULL);"
                 "CREATE UNIQUE INDEX events_by_stream ON events"
                 " (stream_id, stream_version);"
                 "CREATE UNIQUE INDEX events_by_event_id ON events (event_id);";
        if (auto s = target.exec(setup.c_str()); !s)
            return s.error();
        // The benchmark's own events: after the demo company's, when it made one first.
        auto select = source.prepare(
            "SELECT global_position, stream_id, stream_version, event_id, type, schema_version, "
            "payload, metadata, recorded_at, hash FROM events WHERE global_position >= ? "
            "ORDER BY global_position");
        if (!select)
            return select.error();
        Finalizer fs{*select};
        sqlite3_bind_int64(*select, 1, firstPosition);
        auto insert = target.prepare("INSERT INTO events (global_position, stream_id, "
                                     "stream_version, event_id, type, schema_version, payload, "
                                     "metadata, recorded_at, hash) VALUES (?,?,?,?,?,?,?,?,?,?)");
        if (!insert)
            return insert.error();
        Finalizer fi{*insert};
        sqlite3_stmt *ins = *insert;
        std::vector<RawRow> rows(static_cast<size_t>(batchSize));
        double insertSeconds = 0;
        double insertCpu = 0;
        qint64 copied = 0;
        qint64 nextReport = events / 4;
        // A step after SQLITE_DONE starts the query over: stop at the end of the last batch.
        for (bool done = false; !done;) {
            size_t n = 0;
            int rc = SQLITE_ROW;
            while (n < rows.size() && (rc = sqlite3_step(*select)) == SQLITE_ROW) {
                RawRow &r = rows[n++];
                r.position = sqlite3_column_int64(*select, 0);
                r.streamId = columnBytes(*select, 1);
                r.version = sqlite3_column_int64(*select, 2);
                r.eventId = columnBytes(*select, 3);
                r.type = columnBytes(*select, 4);
                r.schema = sqlite3_column_int64(*select, 5);
                r.payload = columnBytes(*select, 6);
                r.metadata = columnBytes(*select, 7);
                r.recordedAt = sqlite3_column_int64(*select, 8);
                r.hash = columnBytes(*select, 9);
            }
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return source.fail(Text::tr("read the store")).error();
            done = rc == SQLITE_DONE;
            if (n == 0)
                break;
            const auto start = Clock::now();
            const double cpuStart = cpuSeconds();
            if (auto s = target.exec("BEGIN"); !s)
                return s.error();
            for (size_t i = 0; i < n; ++i) {
                const RawRow &r = rows[i];
                sqlite3_bind_int64(ins, 1, r.position);
                sqlite3_bind_text(ins, 2, r.streamId.data(), int(r.streamId.size()), SQLITE_STATIC);
                sqlite3_bind_int64(ins, 3, r.version);
                sqlite3_bind_blob(ins, 4, r.eventId.data(), int(r.eventId.size()), SQLITE_STATIC);
                sqlite3_bind_text(ins, 5, r.type.data(), int(r.type.size()), SQLITE_STATIC);
                sqlite3_bind_int64(ins, 6, r.schema);
                sqlite3_bind_blob(ins, 7, r.payload.data(), int(r.payload.size()), SQLITE_STATIC);
                sqlite3_bind_blob(ins, 8, r.metadata.data(), int(r.metadata.size()), SQLITE_STATIC);
                sqlite3_bind_int64(ins, 9, r.recordedAt);
                sqlite3_bind_blob(ins, 10, r.hash.data(), int(r.hash.size()), SQLITE_STATIC);
                if (sqlite3_step(ins) != SQLITE_DONE)
                    return target.fail(Text::tr("insert a baseline row")).error();
                sqlite3_reset(ins);
            }
            if (auto s = target.exec("COMMIT"); !s)
                return s.error();
            insertSeconds += secondsSince(start);
            insertCpu += cpuSeconds() - cpuStart;
            copied += qint64(n);
            if (progress && copied >= nextReport && copied < events) {
                progress(Text::tr("  raw SQLite baseline: %1 of %2 rows").arg(copied).arg(events));
                nextReport += events / 4;
            }
        }
        figures.insertEps = double(copied) / std::max(insertSeconds, 1e-9);
        figures.insertCpuUs = insertCpu * 1e6 / double(std::max<qint64>(copied, 1));
    }
    source.close();
    {
        RawDb target;
        if (auto s = target.open(baselinePath, SQLITE_OPEN_READONLY); !s)
            return s.error();
        auto select = target.prepare(
            "SELECT global_position, stream_id, stream_version, event_id, type, schema_version, "
            "payload, metadata, recorded_at, hash FROM events ORDER BY global_position");
        if (!select)
            return select.error();
        Finalizer fs{*select};
        const auto start = Clock::now();
        qint64 rows = 0;
        quint64 touched = 0;
        int rc;
        while ((rc = sqlite3_step(*select)) == SQLITE_ROW) {
            touched += quint64(sqlite3_column_int64(*select, 0));
            touched += quint64(sqlite3_column_bytes(*select, 1)); // text: no conversion
            touched += quint64(sqlite3_column_int64(*select, 2));
            for (int c : {3, 4, 6, 7, 9}) {
                const void *data = sqlite3_column_blob(*select, c);
                touched += quint64(sqlite3_column_bytes(*select, c)) + (data ? 1 : 0);
            }
            touched += quint64(sqlite3_column_int64(*select, 5) + sqlite3_column_int64(*select, 8));
            ++rows;
        }
        const double seconds = secondsSince(start);
        if (rc != SQLITE_DONE)
            return target.fail(Text::tr("read the baseline")).error();
        if (touched == 0)
            return Error::internal(Text::tr("The baseline read returned nothing."));
        figures.readEps = double(rows) / std::max(seconds, 1e-9);
    }
    if (auto s = checkpoint(baselinePath); !s)
        return s.error();
    figures.bytesPerRow =
        double(storeFileBytes(baselinePath)) / double(std::max<qint64>(events, 1));
    return figures;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

// ---------------------------------------------------------------------------------------
QJsonObject BenchReport::toJson() const
{
    const auto rounded = [](double v, int decimals) {
        const double f = std::pow(10.0, decimals);
        return std::round(v * f) / f;
    };
    QJsonObject o{
        {u"events"_s, events},
        {u"demo_events"_s, demoEvents},
        {u"append_batched_eps"_s, rounded(appendBatchedEps, 0)},
        {u"append_single_durable_eps"_s, rounded(appendSingleDurableEps, 0)},
        {u"append_group_commit_eps"_s, rounded(appendGroupCommitEps, 0)},
        {u"read_all_eps"_s, rounded(readAllEps, 0)},
        {u"state_at_p50_ms"_s, rounded(stateAtP50Ms, 3)},
        {u"state_at_p99_ms"_s, rounded(stateAtP99Ms, 3)},
        {u"timeline_page_ms"_s, rounded(timelinePageP99Ms, 3)},
        {u"timeline_page_p50_ms"_s, rounded(timelinePageP50Ms, 3)},
        {u"timeline_page_mean_ms"_s, rounded(timelinePageMeanMs, 3)},
        {u"bytes_per_event"_s, rounded(bytesPerEvent, 1)},
        {u"peak_rss_mib"_s, rounded(peakRssMib, 1)},
        {u"baseline_raw_sqlite_eps"_s, rounded(baselineRawSqliteEps, 0)},
        {u"baseline_bytes_per_event"_s, rounded(baselineBytesPerEvent, 1)},
        {u"baseline_raw_read_eps"_s, rounded(baselineRawReadEps, 0)},
        {u"append_batched_cpu_us"_s, rounded(appendBatchedCpuUs, 2)},
        {u"append_single_durable_cpu_us"_s, rounded(appendSingleCpuUs, 2)},
        {u"append_group_commit_cpu_us"_s, rounded(appendGroupCpuUs, 2)},
        {u"read_all_cpu_us"_s, rounded(readAllCpuUs, 3)},
        {u"baseline_insert_cpu_us"_s, rounded(baselineInsertCpuUs, 2)},
        {u"streams"_s, streams},
        {u"average_event_json_bytes"_s, rounded(averageEventBytes, 1)},
        {u"group_commit_average_group"_s, rounded(averageGroupSize, 1)},
        {u"snapshots"_s, snapshots},
        {u"raw_sqlite_path"_s, rawSqlitePath},
        {u"writer_cache_kib"_s, writerCacheKiB},
        {u"wal_autocheckpoint_pages"_s, walAutocheckpointPages},
        {u"sqlite_version"_s, sqliteVersion},
        {u"sha256"_s, sha256Implementation},
        {u"breaker_overhead_ns"_s, rounded(breakerOverheadNs, 1)},
        {u"breaker_gate_overhead_ns"_s, rounded(breakerGateOverheadNs, 1)},
        {u"dispatcher_messages"_s, dispatcherMessages},
        {u"dispatcher_msgs_per_s"_s, rounded(dispatcherMessagesPerSecond, 0)},
        {u"dispatcher_cpu_us_per_message"_s, rounded(dispatcherCpuUsPerMessage, 2)},
        {u"dispatcher_transactions"_s, dispatcherTransactions},
    };
    o.insert(u"samples"_s, QJsonObject{
                               {u"append_batched"_s, batchedEvents},
                               {u"append_single_durable"_s, singleDurableEvents},
                               {u"append_group_commit"_s, groupCommitEvents},
                               {u"group_commit_submitters"_s, groupSubmitters},
                               {u"state_at"_s, stateSamples},
                               {u"timeline_page"_s, timelineSamples},
                               {u"timeline_page_events"_s, timelinePageSize},
                               {u"timeline_page_ms_is"_s, u"p99"_s},
                           });
    return o;
}

Result<BenchReport> runBench(const BenchOptions &options)
{
    const auto progress = [&options](const QString &line) {
        if (options.progress)
            options.progress(
                Text::tr("%1 (peak memory so far: %2 MiB)").arg(line).arg(qRound(peakRssMib())));
    };
    const qint64 n = options.events;
    if (n < MinimumEvents || n > MaximumEvents)
        return Error::validation(Text::tr("--events must be between %1 and %2; %3 was given.")
                                     .arg(MinimumEvents)
                                     .arg(MaximumEvents)
                                     .arg(n));

    BenchReport report;
    report.events = n;
    report.singleDurableEvents = std::min(options.singleSample, std::max<qint64>(1, n / 10));
    report.groupCommitEvents =
        std::min(options.groupSample, std::max<qint64>(options.groupSubmitters, n / 10));
    report.batchedEvents = n - report.singleDurableEvents - report.groupCommitEvents;
    report.streams = std::max<qint64>(1, n / std::max(1, options.streamLength));
    report.groupSubmitters = options.groupSubmitters;
    report.stateSamples = options.stateSamples;
    report.timelineSamples = options.timelineSamples;
    report.timelinePageSize = options.timelinePageSize;
    report.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    report.sha256Implementation = QString::fromLatin1(Sha256::implementation());

    // Where the store goes: the path given (which must not exist), else a temporary folder.
    std::unique_ptr<QTemporaryDir> tempDir;
    QString path = options.storePath;
    if (path.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/eventdesk-bench-XXXXXX"_s);
        if (!tempDir->isValid())
            return Error::storageFailure(
                Text::tr("No temporary folder could be made for the benchmark (%1); give --store "
                         "NEW_PATH.")
                    .arg(tempDir->errorString()));
        path = tempDir->filePath(u"bench.eventdesk"_s);
    } else if (QFileInfo::exists(path)) {
        return Error{
            ErrorCode::AlreadyExists,
            Text::tr("%1 already exists; the benchmark makes a new store, so give a path that "
                     "holds no file.")
                .arg(QDir::toNativeSeparators(path))};
    }
    path = QFileInfo(path).absoluteFilePath();

    StoreOptions storeOptions;
    storeOptions.synchronous = StoreOptions::Synchronous::Full;
    storeOptions.snapshotEvery = options.snapshotEvery;
    storeOptions.maxGroupCommit = std::max(options.batchSize, options.groupSubmitters);
    storeOptions.useRawSqlite = !options.forceQtSql;
    report.writerCacheKiB = storeOptions.writerCacheKiB;
    report.walAutocheckpointPages = storeOptions.walAutocheckpointPages;
    if (options.startFromDemo) {
        progress(Text::tr("Making the demo company…"));
        auto demo = demo::createDemoCompany(path);
        if (!demo)
            return demo.error();
        report.demoEvents = demo->events;
    } else if (auto s = SqliteEventStore::create(path, storeOptions); !s) {
        return s.error();
    }
    // The benchmark's own events hold positions first..last; the demo's come before them.
    const qint64 first = report.demoEvents + 1;
    const qint64 last = report.demoEvents + n;
    if (storeOptions.useRawSqlite) {
        // The store decides the same way on each of its connections.
        auto probe = sqlite::Connection::open(path, storeOptions, true);
        if (!probe)
            return probe.error();
        report.rawSqlitePath = sqlite::rawHandle((*probe)->db()) != nullptr;
    }
    auto opened = SqliteEventStore::open(path, storeOptions);
    if (!opened)
        return opened.error();
    std::unique_ptr<SqliteEventStore> store = std::move(opened).value();

    std::atomic<qint64> commits{0};
    QObject::connect(
        store.get(), &EventStore::eventsCommitted, store.get(),
        [&commits](qint64) { commits.fetch_add(1, std::memory_order_relaxed); },
        Qt::DirectConnection);

    std::vector<BenchStream> streams = makeStreams(report.streams);
    std::mt19937_64 rng(20260101);
    auto pickStream = [&rng, &streams]() -> BenchStream & {
        return streams[size_t(rng() % streams.size())];
    };
    qint64 jsonBytes = 0;

    // 1. Batched: each group of batchSize appends is committed in one transaction. A write
    //    job holds the writer while the group is queued, so the group is exactly that size.
    progress(Text::tr("Appending %1 events, %2 a transaction…")
                 .arg(report.batchedEvents)
                 .arg(options.batchSize));
    {
        const auto start = Clock::now();
        const double cpuStart = cpuSeconds();
        // Up to a few groups in flight, so that the caller goes on making events while the
        // writer commits (and, now and then, checkpoints).
        struct Group
        {
            QFuture<Status> held;
            QList<QFuture<AppendResult>> appends;
        };
        constexpr int InFlight = 4;
        std::deque<Group> inFlight;
        const auto finishOldest = [&inFlight]() -> Status {
            const Group group = std::move(inFlight.front());
            inFlight.pop_front();
            if (auto s = group.held.result(); !s)
                return s;
            for (const auto &f : group.appends)
                if (auto s = checkAppend(f); !s)
                    return s;
            return success();
        };
        qint64 nextReport = report.batchedEvents / 4;
        for (qint64 done = 0; done < report.batchedEvents;) {
            const qint64 count = std::min<qint64>(options.batchSize, report.batchedEvents - done);
            auto gate = std::make_shared<QSemaphore>();
            Group group;
            group.held = store->runWrite([gate](QSqlDatabase &) {
                gate->acquire();
                return success();
            });
            group.appends.reserve(count);
            for (qint64 i = 0; i < count; ++i) {
                AppendRequest r = requestFor(pickStream());
                jsonBytes +=
                    r.events.constFirst().payload.size() + r.events.constFirst().metadata.size();
                group.appends.append(store->append(std::move(r)));
            }
            gate->release();
            inFlight.push_back(std::move(group));
            if (int(inFlight.size()) > InFlight)
                if (auto s = finishOldest(); !s)
                    return s.error();
            done += count;
            if (done >= nextReport && done < report.batchedEvents) {
                progress(Text::tr("  %1 of %2").arg(done).arg(report.batchedEvents));
                nextReport += report.batchedEvents / 4;
            }
        }
        while (!inFlight.empty())
            if (auto s = finishOldest(); !s)
                return s.error();
        report.appendBatchedEps =
            double(report.batchedEvents) / std::max(secondsSince(start), 1e-9);
        report.appendBatchedCpuUs =
            (cpuSeconds() - cpuStart) * 1e6 / double(std::max<qint64>(1, report.batchedEvents));
    }

    // 2. One event a transaction, each waited for: the latency of a single durable commit.
    progress(Text::tr("Appending %1 events one a transaction…").arg(report.singleDurableEvents));
    {
        // The events are made first: this figure is about the commit, which waits on the
        // disk, not about building JSON (the batched figure includes that).
        std::vector<AppendRequest> requests;
        requests.reserve(size_t(report.singleDurableEvents));
        for (qint64 i = 0; i < report.singleDurableEvents; ++i) {
            requests.push_back(requestFor(pickStream()));
            jsonBytes += requests.back().events.constFirst().payload.size() +
                         requests.back().events.constFirst().metadata.size();
        }
        const auto start = Clock::now();
        const double cpuStart = cpuSeconds();
        for (AppendRequest &r : requests)
            if (auto s = checkAppend(store->append(std::move(r))); !s)
                return s.error();
        report.appendSingleDurableEps =
            double(report.singleDurableEvents) / std::max(secondsSince(start), 1e-9);
        report.appendSingleCpuUs =
            (cpuSeconds() - cpuStart) * 1e6 / double(report.singleDurableEvents);
    }

    // 3. Group commit: concurrent submitters, each appending one event and waiting for it.
    progress(Text::tr("Appending %1 events from %2 concurrent submitters…")
                 .arg(report.groupCommitEvents)
                 .arg(options.groupSubmitters));
    {
        const int submitters = options.groupSubmitters;
        std::latch ready(submitters + 1);
        std::atomic<qint64> groupJsonBytes{0};
        std::atomic_bool failed{false};
        Error firstError;
        std::mutex errorMutex;
        std::vector<std::thread> threads;
        const qint64 commitsBefore = commits.load();
        for (int t = 0; t < submitters; ++t) {
            const qint64 count = report.groupCommitEvents / submitters +
                                 (t < report.groupCommitEvents % submitters ? 1 : 0);
            // Each submitter works on its own copies of some streams.
            std::vector<BenchStream> own;
            for (size_t k = size_t(t) % streams.size(); k < streams.size() && own.size() < 8;
                 k += size_t(submitters))
                own.push_back(streams[k]);
            threads.emplace_back([&, count, own = std::move(own)]() mutable {
                // Each submitter makes its events before the clock starts, as in the
                // single durable figure.
                qint64 bytes = 0;
                std::vector<AppendRequest> requests;
                requests.reserve(size_t(count));
                for (qint64 i = 0; i < count; ++i) {
                    requests.push_back(requestFor(own[size_t(i) % own.size()]));
                    bytes += requests.back().events.constFirst().payload.size() +
                             requests.back().events.constFirst().metadata.size();
                }
                ready.arrive_and_wait();
                for (AppendRequest &r : requests) {
                    if (failed.load())
                        break;
                    if (auto s = checkAppend(store->append(std::move(r))); !s) {
                        std::lock_guard lock(errorMutex);
                        if (!failed.exchange(true))
                            firstError = s.error();
                    }
                }
                groupJsonBytes += bytes;
            });
        }
        ready.arrive_and_wait(); // every submitter has made its events
        const auto start = Clock::now();
        const double cpuStart = cpuSeconds();
        for (std::thread &t : threads)
            t.join();
        const double seconds = secondsSince(start);
        report.appendGroupCpuUs =
            (cpuSeconds() - cpuStart) * 1e6 / double(report.groupCommitEvents);
        if (failed)
            return firstError;
        jsonBytes += groupJsonBytes.load();
        report.appendGroupCommitEps = double(report.groupCommitEvents) / std::max(seconds, 1e-9);
        report.averageGroupSize = double(report.groupCommitEvents) /
                                  double(std::max<qint64>(1, commits.load() - commitsBefore));
    }
    report.averageEventBytes = double(jsonBytes) / double(n);

    IEventReader &reader = store->reader();
    auto head = reader.headPosition();
    if (!head)
        return head.error();
    if (*head != last)
        return Error::internal(
            Text::tr("The benchmark store holds %1 events, not %2.").arg(*head).arg(last));

    // 4. Snapshots every snapshotEvery versions of each stream, as the application saves
    //    them when it loads state: one sequential pass folding every stream.
    progress(
        Text::tr("Saving snapshots every %1 events of each stream…").arg(options.snapshotEvery));
    {
        const StateFold fold = benchFold();
        QHash<QString, QJsonObject> states;
        QList<QFuture<Status>> saves;
        ReadAllQuery q;
        q.maxCount = 1000;
        for (qint64 from = first; from <= last;) {
            q.fromPosition = from;
            auto page = reader.readAll(q);
            if (!page)
                return page.error();
            if (page->isEmpty())
                break;
            for (const RecordedEvent &e : std::as_const(*page)) {
                auto it = states.find(e.streamId);
                if (it == states.end())
                    it = states.insert(e.streamId, fold.initial);
                *it = fold.evolve(*it, e);
                if ((e.streamVersion + 1) % options.snapshotEvery == 0)
                    saves.append(store->saveSnapshot(
                        {e.streamId, e.streamVersion, fold.stateSchemaVersion, *it}));
            }
            from = page->constLast().globalPosition + 1;
        }
        for (const auto &f : std::as_const(saves))
            if (auto s = f.result(); !s)
                return s.error();
        report.snapshots = saves.size();
    }

    // 5. Read every event in order, a page of 1,000 at a time, decoded into envelopes.
    progress(Text::tr("Reading all %1 events…").arg(n));
    {
        ReadAllQuery q;
        q.maxCount = 1000;
        qint64 read = 0;
        qint64 bytes = 0;
        const auto start = Clock::now();
        const double cpuStart = cpuSeconds();
        for (qint64 from = first;;) {
            q.fromPosition = from;
            auto page = reader.readAll(q);
            if (!page)
                return page.error();
            if (page->isEmpty())
                break;
            for (const RecordedEvent &e : std::as_const(*page))
                bytes += e.payload.size() + e.streamId.size();
            read += page->size();
            from = page->constLast().globalPosition + 1;
        }
        const double seconds = secondsSince(start);
        if (read != n || bytes <= 0)
            return Error::internal(
                Text::tr("Reading the benchmark store gave %1 events, not %2.").arg(read).arg(n));
        report.readAllEps = double(read) / std::max(seconds, 1e-9);
        report.readAllCpuUs = (cpuSeconds() - cpuStart) * 1e6 / double(read);
    }

    // 6. Timeline pages: a page of events at a random position.
    progress(Text::tr("Reading %1 timeline pages…").arg(options.timelineSamples));
    {
        std::vector<double> times;
        const qint64 span = std::max<qint64>(1, n - options.timelinePageSize + 1);
        ReadAllQuery q;
        q.maxCount = options.timelinePageSize;
        for (int i = 0; i < options.timelineSamples; ++i) {
            q.fromPosition = first + qint64(rng() % quint64(span));
            const auto start = Clock::now();
            auto page = reader.readAll(q);
            times.push_back(msSince(start));
            if (!page)
                return page.error();
            if (page->size() != std::min<qint64>(options.timelinePageSize, n))
                return Error::internal(
                    Text::tr("A timeline page held %1 events.").arg(page->size()));
        }
        double sum = 0;
        for (double t : times)
            sum += t;
        std::sort(times.begin(), times.end());
        report.timelinePageP50Ms = percentile(times, 0.50);
        report.timelinePageP99Ms = percentile(times, 0.99);
        report.timelinePageMeanMs = sum / double(std::max<size_t>(1, times.size()));
    }

    // 7. A random stream's state right after a random one of its events.
    progress(Text::tr("Loading %1 states at random positions…").arg(options.stateSamples));
    {
        struct Probe
        {
            QString stream;
            qint64 position;
        };
        std::vector<Probe> probes;
        ReadAllQuery q;
        q.maxCount = 1;
        for (int i = 0; i < options.stateSamples; ++i) {
            q.fromPosition = first + qint64(rng() % quint64(n));
            auto page = reader.readAll(q);
            if (!page)
                return page.error();
            if (page->isEmpty())
                return Error::internal(Text::tr("No event at position %1.").arg(q.fromPosition));
            probes.push_back({page->constFirst().streamId, page->constFirst().globalPosition});
        }
        const StateFold fold = benchFold();
        std::vector<double> times;
        for (const Probe &p : probes) {
            const auto start = Clock::now();
            auto state = loadStreamStateAtPosition(*store, p.stream, fold, p.position);
            times.push_back(msSince(start));
            if (!state)
                return state.error();
            if (state->position != p.position)
                return Error::internal(Text::tr("The state of %1 stood at position %2, not %3.")
                                           .arg(p.stream)
                                           .arg(state->position)
                                           .arg(p.position));
        }
        std::sort(times.begin(), times.end());
        report.stateAtP50Ms = percentile(times, 0.50);
        report.stateAtP99Ms = percentile(times, 0.99);
    }

    // 8. The circuit breaker's cost per call: in memory, and through the store-backed gate
    // (which never flushes here, so the store stays as measured).
    progress(
        Text::tr("Calling %1 times through a closed circuit breaker…").arg(options.breakerCalls));
    report.breakerOverheadNs = resilience::measureBreakerOverheadNs(options.breakerCalls);
    report.breakerGateOverheadNs = resilience::measureGateOverheadNs(*store, options.breakerCalls);

    // 9. Size on disk after a checkpoint, every index included.
    store.reset();
    if (auto s = checkpoint(path); !s)
        return s.error();
    report.bytesPerEvent = double(storeFileBytes(path)) / double(last);

    // 10. The raw SQLite baseline, beside the store so it is on the same disk.
    progress(Text::tr("Inserting the same %1 rows through the SQLite C API…").arg(n));
    {
        const QString baselinePath =
            path + u".baseline-"_s + QString::number(QCoreApplication::applicationPid());
        removeDatabaseFiles(baselinePath);
        auto baseline = runBaseline(path, baselinePath, first, n, options.batchSize, storeOptions,
                                    options.progress);
        removeDatabaseFiles(baselinePath);
        // The baseline read the store through a read-only connection; a last writable one
        // folds its WAL back in, so only the store file stays behind.
        if (auto s = checkpoint(path); !s)
            return s.error();
        if (!baseline)
            return baseline.error();
        report.baselineRawSqliteEps = baseline->insertEps;
        report.baselineRawReadEps = baseline->readEps;
        report.baselineInsertCpuUs = baseline->insertCpuUs;
        report.baselineBytesPerEvent = baseline->bytesPerRow;
    }

    // 11. The dispatcher: outbox row to delivered, through the breakers, to the simulated
    // services, in a temporary store of its own.
    if (options.dispatcherMessages > 0) {
        progress(Text::tr("Delivering %1 outbox messages to the simulated services…")
                     .arg(options.dispatcherMessages));
        auto dispatched = messaging::measureDispatcherThroughput(options.dispatcherMessages);
        if (!dispatched)
            return dispatched.error();
        report.dispatcherMessages = dispatched->messages;
        report.dispatcherMessagesPerSecond = dispatched->messagesPerSecond;
        report.dispatcherCpuUsPerMessage = dispatched->cpuUsPerMessage;
        report.dispatcherTransactions = dispatched->transactions;
    }

    report.peakRssMib = peakRssMib();
    return report;
}

} // namespace eventdesk::bench
