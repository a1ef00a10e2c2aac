// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite store file: what is not a store (or not one this build may touch) is refused
// with StoreUnavailable and a clear message, and stays byte-for-byte as it was; a new
// store appears only whole (built under a temporary name, renamed into place); an older
// store is migrated after a verified backup is written beside it.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/Chain.h"
#include "store/SqliteEventStore.h"
#include "store/StoreFile.h"

#include <QDir>
#include <QFile>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

AppendRequest request(const QString &streamId, QList<NewEvent> events)
{
    AppendRequest r;
    r.streamId = streamId;
    r.events = std::move(events);
    return r;
}

// A real store with `events` events, closed again (so its WAL is checkpointed away).
bool makeStoreWithEvents(const QString &path, int events)
{
    auto store = createStore(path);
    if (!store)
        return false;
    for (int i = 0; i < events; i += 10) {
        QList<NewEvent> batch;
        for (int j = i; j < qMin(events, i + 10); ++j)
            batch << sampleEvent(u"ItemAdded"_s, j);
        if (!store->append(request(u"order-%1"_s.arg(i % 7), batch)).result())
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

enum class BadFile
{
    Missing,
    Folder,
    Empty,
    Text,
    ShortHeader,
    ForeignSqlite,
    ForeignApplicationId,
    Truncated,
    FlippedSchemaPage,
    NewerSchema,
};

// Makes the bad file at path; returns false when it could not be made.
bool makeBadFile(BadFile kind, const QString &path)
{
    switch (kind) {
    case BadFile::Missing:
        return true;
    case BadFile::Folder:
        return QDir().mkdir(path);
    case BadFile::Empty:
        return writeFile(path, {});
    case BadFile::Text:
        return writeFile(path,
                         QByteArray("Meeting notes: approve the laptop order.\n").repeated(50));
    case BadFile::ShortHeader:
        return writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\0'));
    case BadFile::ForeignSqlite:
    case BadFile::ForeignApplicationId: {
        RawDb raw(path);
        if (!raw.isOpen() ||
            !raw.exec(u"CREATE TABLE events (id INTEGER PRIMARY KEY, name TEXT)"_s) ||
            !raw.exec(u"INSERT INTO events (name) VALUES ('someone else''s data')"_s))
            return false;
        return kind == BadFile::ForeignSqlite ||
               raw.exec(u"PRAGMA application_id = 305419896"_s); // 0x12345678
    }
    case BadFile::Truncated: {
        if (!makeStoreWithEvents(path, 400))
            return false;
        QFile f(path);
        return f.size() > 8 * 4096 && f.resize(f.size() / 2);
    }
    case BadFile::FlippedSchemaPage: {
        if (!makeStoreWithEvents(path, 40))
            return false;
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = f.readAll();
        // Page 1 after the 100-byte file header: the b-tree header and cell pointers of
        // sqlite_schema. The file header stays intact, so only SQLite itself can notice.
        for (int i = 100; i < 112; ++i)
            bytes[i] = char(bytes.at(i) ^ 0xff);
        f.seek(0);
        return f.write(bytes) == bytes.size();
    }
    case BadFile::NewerSchema: {
        if (!makeStoreWithEvents(path, 10))
            return false;
        RawDb raw(path);
        return raw.exec(u"PRAGMA user_version = %1"_s.arg(StoreFile::latestSchema() + 1));
    }
    }
    return false;
}

} // namespace

class TstStoreFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesNewerSchemaStillInTheWal();
    void newStoreIsCreatedWhole();
    void createRefusesExistingPathsAndMissingFolders();
    void migratesAfterAVerifiedBackup();
    void readOnlyOpenDoesNotMigrate();
    void lockedByAnotherProgram();
};

void TstStoreFile::refusesBadFiles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says"); // part of the message, case-insensitive
    QTest::newRow("missing path") << int(BadFile::Missing) << u"no EventDesk store"_s;
    QTest::newRow("a folder") << int(BadFile::Folder) << u"folder"_s;
    QTest::newRow("empty file") << int(BadFile::Empty) << u"empty file"_s;
    QTest::newRow("text file") << int(BadFile::Text) << u"not an SQLite database"_s;
    QTest::newRow("short header") << int(BadFile::ShortHeader) << u"not an SQLite database"_s;
    QTest::newRow("foreign sqlite") << int(BadFile::ForeignSqlite) << u"another program"_s;
    QTest::newRow("foreign application id")
        << int(BadFile::ForeignApplicationId) << u"another program"_s;
    QTest::newRow("truncated store") << int(BadFile::Truncated) << u"truncated"_s;
    QTest::newRow("flipped schema page") << int(BadFile::FlippedSchemaPage) << u"damaged"_s;
    QTest::newRow("newer schema") << int(BadFile::NewerSchema) << u"newer EventDesk"_s;
}

void TstStoreFile::refusesBadFiles()
{
    QFETCH(int, kind);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QVERIFY(makeBadFile(BadFile(kind), path));
    const QStringList filesBefore = folderEntries(dir.path());
    const QByteArray hashBefore = fileSha256(path);

    for (bool readOnly : {false, true}) {
        StoreOptions options;
        options.readOnly = readOnly;
        const auto opened = SqliteEventStore::open(path, options);
        QVERIFY2(!opened.ok(), "a bad file was opened as a store");
        QCOMPARE(opened.error().code, ErrorCode::StoreUnavailable);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(says, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message)); // one line for a person

        const auto verified = verifyStoreFile(path);
        QVERIFY(!verified.ok() || !verified->ok);
    }
    const auto probed = StoreFile::probe(path);
    QVERIFY(!probed.ok() || BadFile(kind) == BadFile::FlippedSchemaPage);

    // Nothing was changed and nothing was made, not even a journal beside it.
    QCOMPARE(fileSha256(path), hashBefore);
    QCOMPARE(folderEntries(dir.path()), filesBefore);
    if (BadFile(kind) == BadFile::Missing)
        QVERIFY(!QFileInfo::exists(path));
}

void TstStoreFile::refusesNewerSchemaStillInTheWal()
{
    // Another program has just upgraded the store and not yet checkpointed: the file's
    // header still says the old schema, the WAL says the new one.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QVERIFY(makeStoreWithEvents(path, 20));
    RawDb newer(path);
    QVERIFY(newer.exec(u"PRAGMA journal_mode = WAL"_s));
    QVERIFY(newer.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
    QVERIFY(newer.exec(u"PRAGMA user_version = %1"_s.arg(StoreFile::latestSchema() + 1)));
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    const auto header = StoreFile::probe(path);
    QVERIFY(header);
    QCOMPARE(header->userVersion, StoreFile::latestSchema());
    const QByteArray hashBefore = fileSha256(path);
    const QByteArray walBefore = fileSha256(path + u"-wal"_s);

    const auto opened = SqliteEventStore::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::StoreUnavailable);
    QVERIFY2(opened.error().message.contains(u"newer"_s), qPrintable(opened.error().message));
    QCOMPARE(fileSha256(path), hashBefore);
    QCOMPARE(fileSha256(path + u"-wal"_s), walBefore);
    QVERIFY(folderEntries(dir.path()).filter(u"backup"_s).isEmpty());
}

void TstStoreFile::newStoreIsCreatedWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
#ifdef Q_OS_LINUX
    // Watch the folder: the real name must appear only by a rename, never be created.
    const int fd = inotify_init1(IN_NONBLOCK);
    QVERIFY(fd >= 0);
    QVERIFY(inotify_add_watch(fd, QFile::encodeName(dir.path()).constData(),
                              IN_CREATE | IN_MOVED_TO | IN_MODIFY) >= 0);
#endif
    QVERIFY(SqliteEventStore::create(path, {}, {{u"company"_s, u"Acme"_s}}));
#ifdef Q_OS_LINUX
    QStringList created, movedTo, modified;
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n;) {
            const auto *ev = reinterpret_cast<const inotify_event *>(buffer + i);
            const QString name = ev->len ? QFile::decodeName(ev->name) : QString();
            if (ev->mask & IN_CREATE)
                created << name;
            if (ev->mask & IN_MOVED_TO)
                movedTo << name;
            if (ev->mask & IN_MODIFY)
                modified << name;
            i += qsizetype(sizeof(inotify_event)) + ev->len;
        }
    }
    close(fd);
    QVERIFY2(!created.contains(u"store.db"_s), qPrintable(created.join(u", "_s)));
    QVERIFY2(!modified.contains(u"store.db"_s), qPrintable(modified.join(u", "_s)));
    QCOMPARE(movedTo, QStringList{u"store.db"_s});
    QVERIFY(!created.isEmpty());
    QVERIFY(created.constFirst().startsWith(u"store.db.tmp-"_s));
#endif
    // Nothing left behind but the store.
    QCOMPARE(folderEntries(dir.path()), QStringList{u"store.db"_s});
    const auto header = StoreFile::probe(path);
    QVERIFY(header);
    QCOMPARE(header->userVersion, StoreFile::latestSchema());
    QVERIFY(header->walMode);
    {
        RawDb raw(path, true);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toUInt(), sqlite::ApplicationId);
        QCOMPARE(raw.scalar(u"SELECT value FROM store_info WHERE key = 'company'"_s).toString(),
                 u"Acme"_s);
        QCOMPARE(
            raw.scalar(u"SELECT value FROM store_info WHERE key = 'base_currency'"_s).toString(),
            u"EUR"_s);
        const QString storeId =
            raw.scalar(u"SELECT value FROM store_info WHERE key = 'store_id'"_s).toString();
        QVERIFY2(!QUuid::fromString(storeId).isNull(), qPrintable(storeId));
    }
    auto store = SqliteEventStore::open(path);
    QVERIFY(store);
    QVERIFY((*store)->verify()->ok);
    QCOMPARE(*(*store)->reader().headPosition(), 0);
}

void TstStoreFile::createRefusesExistingPathsAndMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QVERIFY(makeStoreWithEvents(path, 5));
    const QByteArray hashBefore = fileSha256(path);
    const Status again = SqliteEventStore::create(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(fileSha256(path), hashBefore);

    const QString text = dir.filePath(u"notes.txt"_s);
    QVERIFY(writeFile(text, "keep me"));
    QCOMPARE(SqliteEventStore::create(text).error().code, ErrorCode::AlreadyExists);
    QCOMPARE(fileSha256(text), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));

    const QString nowhere = dir.filePath(u"no-such-folder/store.db"_s);
    const Status missing = SqliteEventStore::create(nowhere);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"does not exist"_s));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no-such-folder"_s)));
    QCOMPARE(folderEntries(dir.path()), (QStringList{u"notes.txt"_s, u"store.db"_s}));
}

void TstStoreFile::migratesAfterAVerifiedBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QVERIFY(SqliteEventStore::createAtSchemaForTesting(path, 1));
    QCOMPARE(StoreFile::probe(path)->userVersion, 1);

    // Events written into the schema-1 file directly, linked as the writer links them.
    constexpr int Events = 25;
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(
            !raw.scalar(u"SELECT name FROM sqlite_schema WHERE name = 'snapshots'"_s).isValid());
        QByteArray previous = Chain::genesis();
        for (int i = 1; i <= Events; ++i) {
            const NewEvent e = sampleEvent(u"ItemAdded"_s, i);
            const QString stream = u"order-%1"_s.arg(i % 3);
            const qint64 version =
                raw.scalar(u"SELECT coalesce(max(stream_version), -1) + 1 FROM events "
                           "WHERE stream_id = ?"_s,
                           {stream})
                    .toLongLong();
            const qint64 at = 1'767'225'600'000 + i;
            const QByteArray hash = Chain::link(previous, i, stream, version, at, e.bodyDigest);
            QString error;
            QVERIFY2(raw.exec(u"INSERT INTO events (global_position, stream_id, stream_version, "
                              "event_id, type, schema_version, payload, metadata, recorded_at, "
                              "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {i, stream, version, e.eventId.toRfc4122(), e.type, e.schemaVersion,
                               e.payload, e.metadata, at, hash},
                              &error),
                     qPrintable(error));
            previous = hash;
        }
    }
    QVERIFY(verifyStoreFile(path)->ok);
    const QList<QVariantList> rowsBefore =
        RawDb(path, true)
            .rows(
                u"SELECT global_position, event_id, payload, hash FROM events ORDER BY global_position"_s);
    QCOMPARE(rowsBefore.size(), Events);

    auto opened = SqliteEventStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    SqliteEventStore &store = **opened;

    // The verified backup beside the store, under the documented name, with the events.
    const QStringList backups =
        QDir(dir.path()).entryList({u"store.db.schema1-backup-*"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    const QString backup = dir.filePath(backups.constFirst());
    QCOMPARE(QFileInfo(store.migrationBackupPath()).absoluteFilePath(),
             QFileInfo(backup).absoluteFilePath());
    QCOMPARE(StoreFile::probe(backup)->userVersion, 1);
    const auto backupReport = verifyStoreFile(backup);
    QVERIFY(backupReport);
    QVERIFY2(backupReport->ok, qPrintable(backupReport->reason));
    QCOMPARE(backupReport->events, Events);
    QCOMPARE(RawDb(backup, true)
                 .rows(u"SELECT global_position, event_id, payload, hash FROM "
                       "events ORDER BY global_position"_s),
             rowsBefore);

    // The store itself: the latest schema, the same events, verifies, and works.
    const auto report = store.verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, Events);
    QCOMPARE(report->headHash, rowsBefore.last().at(3).toByteArray());
    QVERIFY(store.append(request(u"order-1"_s, {sampleEvent()})).result());
    QVERIFY(store.saveSnapshot({u"order-1"_s, 0, 1, {{u"ok"_s, true}}}).result());
    QVERIFY(store.loadSnapshot(u"order-1"_s, -1, 1)->has_value());
    QCOMPARE(store.verify()->events, Events + 1);
    opened->reset();

    QCOMPARE(StoreFile::probe(path)->userVersion, StoreFile::latestSchema());
    QCOMPARE(RawDb(path, true)
                 .rows(u"SELECT global_position, event_id, payload, hash FROM events "
                       "WHERE global_position <= ? ORDER BY global_position"_s,
                       {Events}),
             rowsBefore);
    // Nothing temporary left; opening again migrates nothing and backs up nothing.
    QVERIFY(folderEntries(dir.path()).filter(u".tmp-"_s).isEmpty());
    auto again = SqliteEventStore::open(path);
    QVERIFY(again);
    QVERIFY((*again)->migrationBackupPath().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({u"*backup*"_s}, QDir::Files).size(), 1);
}

void TstStoreFile::readOnlyOpenDoesNotMigrate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QVERIFY(SqliteEventStore::createAtSchemaForTesting(path, 1));
    const QByteArray hashBefore = fileSha256(path);
    const QStringList filesBefore = folderEntries(dir.path());
    StoreOptions options;
    options.readOnly = true;
    const auto opened = SqliteEventStore::open(path, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::StoreUnavailable);
    QVERIFY2(opened.error().message.contains(u"older"_s), qPrintable(opened.error().message));
    QCOMPARE(fileSha256(path), hashBefore);
    // A read-only SQLite connection may leave its shared-memory index and an empty WAL
    // beside the file; it writes nothing into them, and no backup is made.
    QStringList after = folderEntries(dir.path());
    after.removeOne(u"store.db-shm"_s);
    if (after.removeOne(u"store.db-wal"_s))
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
    QCOMPARE(after, filesBefore);
}

void TstStoreFile::lockedByAnotherProgram()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QVERIFY(makeStoreWithEvents(path, 3));
    StoreOptions options;
    options.busyTimeoutMs = 200;
    auto opened = SqliteEventStore::open(path, options);
    QVERIFY(opened);
    SqliteEventStore &store = **opened;

    // Another program holds the write lock longer than the busy timeout.
    auto other = std::make_unique<RawDb>(path);
    QVERIFY(other->exec(u"BEGIN IMMEDIATE"_s));
    const NewEvent e = sampleEvent();
    const AppendResult r = store.append(request(u"order-1"_s, {e})).result();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::StoreUnavailable);
    QVERIFY2(r.error().message.contains(u"locked"_s), qPrintable(r.error().message));
    QVERIFY(other->exec(u"ROLLBACK"_s));
    other.reset();

    // Once the lock is gone the same append goes through, at the next position.
    const AppendResult retry = store.append(request(u"order-1"_s, {e})).result();
    QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().message));
    QVERIFY(!retry->alreadyStored);
    QCOMPARE(retry->firstPosition, 4);
    QVERIFY(store.verify()->ok);
}

QTEST_GUILESS_MAIN(TstStoreFile)
#include "tst_storefile.moc"
