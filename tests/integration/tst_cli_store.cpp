// SPDX-License-Identifier: GPL-3.0-or-later
// The store commands of eventdesk-cli as a script sees them: exit codes, one line on
// stderr, JSON shapes, and files left untouched when they are refused.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

class TestCliStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void unopenableStoresExitThreeAndStayUntouched_data();
    void unopenableStoresExitThreeAndStayUntouched();
    void eventsPrintsEveryEnvelopeAsJsonLines();
    void eventsFiltersByPositionStreamAndLimit();
    void eventsHumanOutputIsATable();
    void verifyReportsOkAndTheFirstBadPosition();
    void backupAndRestoreMakeVerifiedCopies();
    void backupAndRestoreNeverOverwrite();

private:
    QStringList withStore(QStringList args) const { return args << u"--store"_s << m_temp->path(); }
    std::unique_ptr<TempStore> m_temp;
};

void TestCliStore::init()
{
    m_temp = std::make_unique<TempStore>();
    auto store = createStore(m_temp->path());
    QVERIFY(store);
    for (int i = 0; i < 5; ++i) {
        AppendRequest r{u"purchase-%1"_s.arg(i % 2),
                        ExpectedVersion::any(),
                        {sampleEvent(u"ApprovalRequested"_s, i, u"ann"_s)},
                        {}};
        QVERIFY(store->append(r).result().ok());
    }
    AppendRequest users{
        u"$users"_s, ExpectedVersion::any(), {sampleEvent(u"UserCreated"_s, 9, u"system"_s)}, {}};
    QVERIFY(store->append(users).result().ok());
}

void TestCliStore::cleanup()
{
    m_temp.reset();
}

void TestCliStore::versionAndHelp()
{
    CliRun v = runCli({u"--version"_s});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("eventdesk-cli "));
    for (const QString &command : {u"events"_s, u"verify"_s, u"backup"_s, u"restore"_s}) {
        CliRun h = runCli({command, u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY2(h.out.contains(QByteArray(QByteArray("eventdesk-cli ") + command.toUtf8())),
                 h.out.constData());
        QVERIFY2(h.out.contains("\n\n") && !h.out.contains("0x"),
                 h.out.constData()); // text, not pointers
    }
}

void TestCliStore::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown option") << QStringList{u"events"_s, u"--colour"_s};
    QTest::newRow("position not a number") << QStringList{u"events"_s, u"--from"_s, u"abc"_s};
    QTest::newRow("limit not a number") << QStringList{u"events"_s, u"--limit"_s, u"1e3"_s};
    QTest::newRow("stray argument") << QStringList{u"verify"_s, u"now"_s};
    QTest::newRow("backup without --out") << QStringList{u"backup"_s};
    QTest::newRow("restore without --to") << QStringList{u"restore"_s, u"--from"_s, u"x"_s};
}

void TestCliStore::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const QByteArray before = fileSha256(m_temp->path());
    CliRun r = runCli(args.isEmpty() ? args : withStore(args));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("eventdesk-cli: ") || r.err.contains("\neventdesk-cli: "),
             r.err.constData());
    QCOMPARE(fileSha256(m_temp->path()), before);
}

void TestCliStore::unopenableStoresExitThreeAndStayUntouched_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no file at all
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << u"no EventDesk store"_s;
    QTest::newRow("empty") << QByteArray("") << u"empty file"_s;
    QTest::newRow("text") << QByteArray("hello, this is a shopping list\n")
                          << u"not an SQLite database"_s;
}

void TestCliStore::unopenableStoresExitThreeAndStayUntouched()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    if (!contents.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
    }
    for (const QStringList &args :
         {QStringList{u"events"_s}, QStringList{u"verify"_s},
          QStringList{u"backup"_s, u"--out"_s, dir.filePath(u"b.db"_s)}}) {
        CliRun r = runCli(QStringList(args) << u"--store"_s << path);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(QFile::exists(path), !contents.isNull());
        if (!contents.isNull()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), contents);
        }
        QCOMPARE(folderEntries(dir.path()).size(), contents.isNull() ? 0 : 1);
    }
}

void TestCliStore::eventsPrintsEveryEnvelopeAsJsonLines()
{
    CliRun r = runCli(withStore({u"events"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    qint64 last = 0;
    for (const QByteArray &line : lines) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        for (const char *key :
             {"global_position", "stream_id", "stream_version", "event_id", "type",
              "schema_version", "payload", "metadata", "recorded_at", "hash"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        QVERIFY(e.value("payload"_L1).isObject());
        QVERIFY(e.value("metadata"_L1).isObject());
        QVERIFY(e.value("global_position"_L1).toInteger() > last);
        last = e.value("global_position"_L1).toInteger();
        QCOMPARE(e.value("hash"_L1).toString().size(), 64);
        QCOMPARE(e.value("hash"_L1).toString(), e.value("hash"_L1).toString().toLower());
        QVERIFY(!e.value("event_id"_L1).toString().contains(u'{'));
    }
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value("stream_id"_L1).toString(),
             u"$users"_s);
}

void TestCliStore::eventsFiltersByPositionStreamAndLimit()
{
    auto positions = [](const CliRun &r) {
        QList<qint64> out;
        for (const QByteArray &line : r.out.trimmed().split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line)
                           .object()
                           .value("global_position"_L1)
                           .toInteger();
        return out;
    };
    QCOMPARE(positions(runCli(
                 withStore({u"events"_s, u"--json"_s, u"--from"_s, u"2"_s, u"--to"_s, u"4"_s}))),
             (QList<qint64>{2, 3, 4}));
    QCOMPARE(positions(runCli(withStore({u"--json"_s, u"events"_s, u"--limit"_s, u"2"_s}).mid(1)
                              << u"--json"_s)),
             (QList<qint64>{1, 2}));
    QCOMPARE(
        positions(runCli(withStore({u"events"_s, u"--stream"_s, u"purchase-1"_s, u"--json"_s}))),
        (QList<qint64>{2, 4}));
    QCOMPARE(positions(runCli(withStore(
                 {u"events"_s, u"--stream"_s, u"purchase-0"_s, u"--from"_s, u"2"_s, u"--json"_s}))),
             (QList<qint64>{3, 5}));
    CliRun bad = runCli(withStore({u"events"_s, u"--stream"_s, u"no such/stream"_s}));
    QCOMPARE(bad.exitCode, 1);
}

void TestCliStore::eventsHumanOutputIsATable()
{
    CliRun r = runCli(withStore({u"events"_s}));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 7); // header + 6 events
    QVERIFY(lines.at(1).contains("purchase-0"));
    QVERIFY(lines.at(1).contains("ApprovalRequested"));
    QVERIFY(lines.at(1).contains("ann"));
}

void TestCliStore::verifyReportsOkAndTheFirstBadPosition()
{
    CliRun ok = runCli(withStore({u"verify"_s, u"--json"_s}));
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject good = QJsonDocument::fromJson(ok.out).object();
    QCOMPARE(good.value("ok"_L1).toBool(), true);
    QCOMPARE(good.value("events"_L1).toInteger(), 6);
    QCOMPARE(good.value("head_hash"_L1).toString().size(), 64);
    QVERIFY(good.value("first_bad_position"_L1).isNull());
    QVERIFY(good.value("reason"_L1).isNull());

    {
        RawDb raw(m_temp->path());
        QVERIFY(raw.exec(u"DROP TRIGGER events_refuse_update"_s));
        QVERIFY(raw.exec(u"UPDATE events SET payload = ? WHERE global_position = 4"_s,
                         {QByteArray(R"({"n":3,"title":"Laptop for the boss"})")}));
    }
    CliRun bad = runCli(withStore({u"verify"_s, u"--json"_s}));
    QCOMPARE(bad.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(bad.out).object();
    QCOMPARE(report.value("ok"_L1).toBool(), false);
    QCOMPARE(report.value("first_bad_position"_L1).toInteger(), 4);
    QVERIFY(!report.value("reason"_L1).toString().isEmpty());
    QVERIFY2(bad.err.contains("position 4"), bad.err.constData());

    CliRun human = runCli(withStore({u"verify"_s}));
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.contains("FAILED"));
}

void TestCliStore::backupAndRestoreMakeVerifiedCopies()
{
    const QString backup = m_temp->dir.filePath(u"backup.eventdesk"_s);
    CliRun b = runCli(withStore({u"backup"_s, u"--out"_s, backup, u"--json"_s}));
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(b.out).object().value("events"_L1).toInteger(), 6);
    QVERIFY(QFile::exists(backup));

    const QString restored = m_temp->dir.filePath(u"restored.eventdesk"_s);
    CliRun r = runCli({u"restore"_s, u"--from"_s, backup, u"--to"_s, restored});
    QCOMPARE(r.exitCode, 0);
    CliRun original = runCli(withStore({u"events"_s, u"--json"_s}));
    CliRun copy = runCli({u"events"_s, u"--json"_s, u"--store"_s, restored});
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(copy.out, original.out);
    QCOMPARE(runCli({u"verify"_s, u"--store"_s, restored}).exitCode, 0);
    // Nothing but the three stores is left in the folder (no temporary files).
    const QStringList files = folderEntries(m_temp->dir.path()).filter(u".tmp-"_s);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

void TestCliStore::backupAndRestoreNeverOverwrite()
{
    const QString existing = m_temp->dir.filePath(u"existing.txt"_s);
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    CliRun b = runCli(withStore({u"backup"_s, u"--out"_s, existing}));
    QCOMPARE(b.exitCode, 1);
    QVERIFY(b.err.contains("already exists"));
    CliRun r = runCli({u"restore"_s, u"--from"_s, m_temp->path(), u"--to"_s, existing});
    QCOMPARE(r.exitCode, 1);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    // A backup that is not a store cannot be restored.
    CliRun garbage =
        runCli({u"restore"_s, u"--from"_s, existing, u"--to"_s, m_temp->dir.filePath(u"new.db"_s)});
    QCOMPARE(garbage.exitCode, 3);
    QVERIFY(!QFile::exists(m_temp->dir.filePath(u"new.db"_s)));
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
