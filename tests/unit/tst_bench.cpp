// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark behind `eventdesk-cli bench` on a small store: every figure present,
// positive and consistent, the store it leaves behind whole (its chain verifies), on
// the C API path and on the Qt SQL path. No timing is asserted. Also the quick JSON
// check of appends: whatever it accepts, Qt's parser accepts as an object.
#include "TestSupport.h"

#include "bench/Bench.h"
#include "demo/DemoCompany.h"
#include "security/Authenticator.h"
#include "security/Secret.h"
#include "store/JsonScan.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::bench;
using namespace Qt::Literals::StringLiterals;

class TestBench final : public QObject
{
    Q_OBJECT

private:
    static BenchOptions smallRun(qint64 events)
    {
        BenchOptions o;
        o.events = events;
        o.stateSamples = 50;
        o.timelineSamples = 50;
        o.streamLength = 100;
        o.snapshotEvery = 20;
        o.breakerCalls = 20000;
        o.dispatcherMessages = 400;
        return o;
    }

    static void checkReport(const BenchReport &r, qint64 events)
    {
        QCOMPARE(r.events, events);
        QCOMPARE(r.batchedEvents + r.singleDurableEvents + r.groupCommitEvents, events);
        QVERIFY(r.batchedEvents > 0);
        QVERIFY(r.singleDurableEvents > 0);
        QVERIFY(r.groupCommitEvents >= r.groupSubmitters);
        QVERIFY(r.streams > 0);
        QVERIFY(r.averageEventBytes > 300);
        QVERIFY(r.appendBatchedEps > 0);
        QVERIFY(r.appendSingleDurableEps > 0);
        QVERIFY(r.appendGroupCommitEps > 0);
        QVERIFY(r.averageGroupSize >= 1);
        QVERIFY(r.readAllEps > 0);
        QVERIFY(r.stateAtP50Ms > 0);
        QVERIFY(r.stateAtP99Ms >= r.stateAtP50Ms);
        QVERIFY(r.timelinePageP50Ms > 0);
        QVERIFY(r.timelinePageP99Ms >= r.timelinePageP50Ms);
        QVERIFY(r.bytesPerEvent > r.averageEventBytes);
        QVERIFY(r.peakRssMib > 0);
        QVERIFY(r.baselineRawSqliteEps > 0);
        QVERIFY(r.baselineRawReadEps > 0);
        QVERIFY(r.baselineBytesPerEvent > r.averageEventBytes);
        QVERIFY(r.snapshots > 0);
        QVERIFY(!r.sqliteVersion.isEmpty());
        QVERIFY(r.breakerOverheadNs > 0);
        QVERIFY(r.breakerGateOverheadNs >= r.breakerOverheadNs);
        QCOMPARE(r.dispatcherMessages, 400);
        QVERIFY(r.dispatcherMessagesPerSecond > 0);
        QVERIFY(r.dispatcherTransactions > 0);

        // The JSON keys CLI.md fixes, each a positive number.
        const QJsonObject json = r.toJson();
        for (const char *key :
             {"events", "append_batched_eps", "append_single_durable_eps",
              "append_group_commit_eps", "read_all_eps", "state_at_p50_ms", "state_at_p99_ms",
              "timeline_page_ms", "bytes_per_event", "peak_rss_mib", "baseline_raw_sqlite_eps",
              "baseline_bytes_per_event", "baseline_raw_read_eps", "breaker_overhead_ns",
              "breaker_gate_overhead_ns", "dispatcher_msgs_per_s", "dispatcher_messages"}) {
            const QString name = QString::fromLatin1(key);
            QVERIFY2(json.contains(name), key);
            QVERIFY2(json.value(name).isDouble() && json.value(name).toDouble() > 0, key);
        }
        QCOMPARE(json.value(u"events"_s).toInteger(), events);
        const QJsonObject samples = json.value(u"samples"_s).toObject();
        QCOMPARE(samples.value(u"append_single_durable"_s).toInteger(), r.singleDurableEvents);
        QCOMPARE(samples.value(u"append_group_commit"_s).toInteger(), r.groupCommitEvents);
        QCOMPARE(samples.value(u"group_commit_submitters"_s).toInt(), 64);
        QCOMPARE(samples.value(u"state_at"_s).toInt(), 50);
    }

    // The store the benchmark filled is an ordinary store: it opens, holds every event in
    // gap-free positions and its chain verifies.
    static void checkStore(const QString &path, qint64 events)
    {
        auto store = SqliteEventStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        auto head = (*store)->reader().headPosition();
        QVERIFY(head);
        QCOMPARE(*head, events);
        auto report = (*store)->verify();
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->reason));
        QCOMPARE(report->events, events);
    }

private Q_SLOTS:
    void fillsAndMeasuresAStore_data()
    {
        QTest::addColumn<bool>("qtSql");
        QTest::newRow("C API where possible") << false;
        QTest::newRow("Qt SQL only") << true;
    }

    void fillsAndMeasuresAStore()
    {
        QFETCH(bool, qtSql);
        QTemporaryDir dir;
        BenchOptions o = smallRun(2000);
        o.storePath = dir.filePath(u"bench.eventdesk"_s);
        o.forceQtSql = qtSql;
        QStringList progress;
        o.progress = [&progress](const QString &line) { progress << line; };
        auto report = runBench(o);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        checkReport(*report, 2000);
        if (qtSql)
            QVERIFY(!report->rawSqlitePath);
        QVERIFY(!progress.isEmpty());
        checkStore(o.storePath, 2000);
        // The baseline's file is gone; the store stays where it was asked for.
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::Files | QDir::NoDotAndDotDot)
                     .filter(u"baseline"_s)
                     .size(),
                 0);
    }

    void withoutAPathUsesATemporaryStore()
    {
        BenchOptions o = smallRun(1000);
        auto report = runBench(o);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        checkReport(*report, 1000);
    }

    // --demo: the demo company first, then the benchmark's events after it; the store is one
    // a person signs in to with the console. 1,500 events: a last batch smaller than the
    // others (the baseline copy once started over at the end of such a batch).
    void startsFromTheDemoCompany()
    {
        QTemporaryDir dir;
        BenchOptions o = smallRun(1500);
        o.storePath = dir.filePath(u"demo-bench.eventdesk"_s);
        o.startFromDemo = true;
        auto report = runBench(o);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        checkReport(*report, 1500);
        QVERIFY(report->demoEvents > 0);
        QCOMPARE(report->toJson().value(u"demo_events"_s).toInteger(), report->demoEvents);
        checkStore(o.storePath, report->demoEvents + 1500);

        auto store = SqliteEventStore::open(o.storePath);
        QVERIFY(store);
        auto ada = security::Authenticator(**store).signIn(
            u"ada"_s,
            security::Secret(QByteArrayView(demo::DemoPassword.data(), demo::DemoPassword.size())));
        QVERIFY2(ada, ada ? "" : qPrintable(ada.error().message));
    }

    void refusesAnExistingPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"taken.eventdesk"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        BenchOptions o = smallRun(1000);
        o.storePath = path;
        auto report = runBench(o);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::AlreadyExists);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void refusesTooFewEvents()
    {
        auto report = runBench(smallRun(MinimumEvents - 1));
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Validation);
    }

    void quickJsonCheckAgreesWithQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("plain");
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("compact")
            << QByteArray(
                   "{\"a\":1,\"b\":\"x\",\"c\":[1,2.5,-3e10,true,false,null],\"d\":{\"e\":{}}}")
            << true;
        QTest::newRow("spaces") << QByteArray(" {\n\t\"a\" : [ ] ,\r\n \"b\":0.0 } \n") << true;
        QTest::newRow("escapes") << QByteArray("{\"a\":\"q\\\"b\\\\s\\/n\\n\\t\\r\\b\\f\"}")
                                 << true;
        QTest::newRow("money") << QByteArray(
                                      "{\"amount\":{\"value\":\"1200.50\",\"currency\":\"EUR\"}}")
                               << true;
        QTest::newRow("unicode escape: Qt decides") << QByteArray("{\"a\":\"\\u00e9\"}") << false;
        QTest::newRow("UTF-8: Qt decides") << QByteArray("{\"a\":\"caf\xc3\xa9\"}") << false;
        QTest::newRow("long number: Qt decides")
            << QByteArray("{\"a\":123456789012345678901234567890}") << false;
        QTest::newRow("big exponent: Qt decides") << QByteArray("{\"a\":1e999}") << false;
        QTest::newRow("array") << QByteArray("[1,2]") << false;
        QTest::newRow("string") << QByteArray("\"x\"") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage after") << QByteArray("{} x") << false;
        QTest::newRow("two objects") << QByteArray("{}{}") << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << false;
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << false;
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << false;
        QTest::newRow("bare dot") << QByteArray("{\"a\":1.}") << false;
        QTest::newRow("plus sign") << QByteArray("{\"a\":+1}") << false;
        QTest::newRow("bad literal") << QByteArray("{\"a\":tru}") << false;
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"x") << false;
        QTest::newRow("control character") << QByteArray("{\"a\":\"x\ty\"}") << false;
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}") << false;
        const QByteArray deep =
            QByteArray("{\"a\":") + QByteArray(100, '[') + QByteArray(100, ']') + '}';
        QTest::newRow("deep") << deep << false;
        QTest::newRow("nul") << QByteArray("{}\0", 3) << false;
    }

    void quickJsonCheckAgreesWithQt()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, plain);
        QCOMPARE(json::isPlainObject(text), plain);
        if (plain) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(doc.isObject());
        }
    }

    // What the application writes (QJsonDocument::toJson, compact) is plain.
    void quickJsonCheckAcceptsWhatQtWrites()
    {
        const QJsonObject o{{u"title"_s, u"Laptop \"Pro\" for new hire\\desk"_s},
                            {u"n"_s, -42},
                            {u"ratio"_s, 0.125},
                            {u"tags"_s, QJsonArray{u"a"_s, true, QJsonValue()}},
                            {u"nested"_s, QJsonObject{{u"k"_s, QJsonObject{}}}}};
        QVERIFY(json::isPlainObject(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        QVERIFY(json::isPlainObject(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
