// SPDX-License-Identifier: GPL-3.0-or-later
// Someone with the file drops the append-only triggers and changes the events directly:
// verification must say the store is not intact and name the first bad global position,
// through the core API and through `eventdesk-cli verify --json`.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/SqliteEventStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Events = 12;

AppendRequest request(const QString &streamId, QList<NewEvent> events)
{
    AppendRequest r;
    r.streamId = streamId;
    r.events = std::move(events);
    return r;
}

// Twelve events in three streams, in appends of one and of two; the store closed again.
bool makeStore(const QString &path, QByteArray *headHash)
{
    auto clock = std::make_shared<FakeClock>();
    auto store = createStore(path, clock);
    if (!store)
        return false;
    for (int i = 0; i < Events;) {
        QList<NewEvent> events{sampleEvent(u"ItemAdded"_s, i++)};
        if (i % 3 == 0 && i < Events)
            events << sampleEvent(u"ItemRemoved"_s, i++);
        if (!store->append(request(u"order-%1"_s.arg(i % 3), events)).result())
            return false;
        clock->advance(60'000);
    }
    const auto report = store->verify();
    if (!report || !report->ok || report->events != Events)
        return false;
    *headHash = report->headHash;
    return true;
}

} // namespace

class TstTamper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedEventsAreFound_data();
    void changedEventsAreFound();
    void oneFlippedPayloadByte();
    void intactStoreVerifiesThroughTheCli();
};

void TstTamper::changedEventsAreFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("payload") << u"UPDATE events SET payload = '{\"n\":999,\"title\":\"Laptop for "
                                "new hire\"}' WHERE global_position = 5"_s
                             << qint64(5);
    QTest::newRow("metadata")
        << u"UPDATE events SET metadata = '{\"actor\":\"mallory\"}' WHERE global_position = 7"_s
        << qint64(7);
    QTest::newRow("type") << u"UPDATE events SET type = 'ItemChanged' WHERE global_position = 4"_s
                          << qint64(4);
    QTest::newRow("schema version")
        << u"UPDATE events SET schema_version = 2 WHERE global_position = 9"_s << qint64(9);
    QTest::newRow("event id")
        << u"UPDATE events SET event_id = randomblob(16) WHERE global_position = 2"_s << qint64(2);
    QTest::newRow("stream")
        << u"UPDATE events SET stream_id = 'order-9' WHERE global_position = 6"_s << qint64(6);
    QTest::newRow("stream version")
        << u"UPDATE events SET stream_version = stream_version + 10 WHERE global_position = 10"_s
        << qint64(10);
    QTest::newRow("recorded at")
        << u"UPDATE events SET recorded_at = recorded_at - 1 WHERE global_position = 1"_s
        << qint64(1);
    QTest::newRow("hash of the last") << u"UPDATE events SET hash = zeroblob(32) WHERE "
                                         "global_position = 12"_s
                                      << qint64(12);
    QTest::newRow("two payloads swapped")
        << u"UPDATE events SET payload = CASE global_position WHEN 3 THEN (SELECT payload FROM "
           "events WHERE global_position = 8) ELSE (SELECT payload FROM events WHERE "
           "global_position = 3) END WHERE global_position IN (3, 8)"_s
        << qint64(3);
    QTest::newRow("event deleted")
        << u"DELETE FROM events WHERE global_position = 6"_s << qint64(6);
    QTest::newRow("event moved")
        << u"UPDATE events SET global_position = 20 WHERE global_position = 11"_s << qint64(11);
    QTest::newRow("event forged at the end")
        << u"INSERT INTO events SELECT 13, stream_id, stream_version + 1, randomblob(16), type, "
           "schema_version, payload, metadata, recorded_at, randomblob(32) FROM events WHERE "
           "global_position = 12"_s
        << qint64(13);
}

void TstTamper::changedEventsAreFound()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    TempStore tmp;
    QByteArray head;
    QVERIFY(makeStore(tmp.path(), &head));
    {
        RawDb raw(tmp.path());
        QVERIFY(raw.isOpen());
        QString error;
        // With the triggers in place the change is refused…
        QVERIFY(!raw.exec(u"UPDATE events SET payload = '{}' WHERE global_position = 1"_s));
        // …so the tamperer drops them first.
        QVERIFY2(raw.exec(u"DROP TRIGGER events_refuse_update"_s, {}, &error), qPrintable(error));
        QVERIFY2(raw.exec(u"DROP TRIGGER events_refuse_delete"_s, {}, &error), qPrintable(error));
        QVERIFY2(raw.exec(sql, {}, &error), qPrintable(error));
    }

    auto opened = SqliteEventStore::open(tmp.path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    const auto report = (*opened)->verify();
    QVERIFY(report);
    QVERIFY(!report->ok);
    QVERIFY(report->firstBadPosition.has_value());
    QCOMPARE(*report->firstBadPosition, firstBad);
    QVERIFY(!report->reason.isEmpty());
    QVERIFY2(report->reason.contains(QString::number(firstBad)), qPrintable(report->reason));
    opened->reset();

    const auto fileReport = verifyStoreFile(tmp.path());
    QVERIFY(fileReport);
    QVERIFY(!fileReport->ok);
    QCOMPARE(fileReport->firstBadPosition, report->firstBadPosition);

    // The CLI says the same, as CLI.md documents: exit 1, the JSON report, one line on stderr.
    const CliRun run = runCli({u"verify"_s, u"--store"_s, tmp.path(), u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(json.value(u"ok"_s).toBool(true), false);
    QCOMPARE(json.value(u"first_bad_position"_s).toInteger(), firstBad);
    QVERIFY(json.value(u"reason"_s).isString());
    QVERIFY(!json.value(u"reason"_s).toString().isEmpty());
    QVERIFY(json.contains(u"events"_s));
    QVERIFY(json.contains(u"head_hash"_s));
    const QByteArray err = run.err.trimmed();
    QVERIFY2(!err.isEmpty() && !err.contains('\n'), run.err.constData());
    QVERIFY2(err.contains(QByteArray::number(firstBad)), run.err.constData());
}

void TstTamper::oneFlippedPayloadByte()
{
    // The smallest change: one bit of one byte of the payload of event 8.
    TempStore tmp;
    QByteArray head;
    QVERIFY(makeStore(tmp.path(), &head));
    {
        RawDb raw(tmp.path());
        QByteArray payload =
            raw.scalar(u"SELECT payload FROM events WHERE global_position = 8"_s).toByteArray();
        QVERIFY(payload.size() > 10);
        const qsizetype at = payload.indexOf("Laptop");
        QVERIFY(at > 0);
        payload[at] = char(payload.at(at) ^ 0x20); // "Laptop" -> "laptop": still valid JSON
        QVERIFY(raw.exec(u"DROP TRIGGER events_refuse_update"_s));
        QString error;
        QVERIFY2(raw.exec(u"UPDATE events SET payload = ? WHERE global_position = 8"_s, {payload},
                          &error),
                 qPrintable(error));
    }
    auto opened = SqliteEventStore::open(tmp.path());
    QVERIFY(opened);
    const auto report = (*opened)->verify();
    QVERIFY(report && !report->ok);
    QCOMPARE(report->firstBadPosition, std::optional<qint64>(8));
    QCOMPARE(report->events, 7); // the events before it are intact
    opened->reset();

    const CliRun run = runCli({u"verify"_s, u"--json"_s, u"--store"_s, tmp.path()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"first_bad_position"_s).toInteger(),
             8);
}

void TstTamper::intactStoreVerifiesThroughTheCli()
{
    TempStore tmp;
    QByteArray head;
    QVERIFY(makeStore(tmp.path(), &head));
    const CliRun run = runCli({u"verify"_s, u"--store"_s, tmp.path(), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"events"_s).toInteger(), Events);
    QCOMPARE(json.value(u"head_hash"_s).toString(), QString::fromLatin1(head.toHex()));
    QVERIFY(json.value(u"first_bad_position"_s).isNull());
    QVERIFY(json.value(u"reason"_s).isNull());
}

QTEST_GUILESS_MAIN(TstTamper)
#include "tst_tamper.moc"
