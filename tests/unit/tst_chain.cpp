// SPDX-License-Identifier: GPL-3.0-or-later
// The hash chain as ARCHITECTURE.md documents it, re-computed here with nothing but
// QCryptographicHash: if the store's code and the documented formula ever differ, an
// auditor's own check would fail, and so does this test. Also: the schema itself refuses
// UPDATE and DELETE on events.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/Chain.h"
#include "store/SqliteEventStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The documented formula, written the way an auditor would, from the stored columns.
struct AuditorRow
{
    qint64 position = 0;
    QByteArray streamId; // UTF-8 as stored
    qint64 streamVersion = 0;
    QByteArray eventIdText; // lower-case UUID without braces
    QByteArray type;
    qint64 schemaVersion = 0;
    QByteArray payload;
    QByteArray metadata;
    qint64 recordedAt = 0;
    QByteArray storedHash;
};

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray auditorBody(const AuditorRow &r)
{
    return sha256(r.eventIdText + '\n' + r.type + '\n' + QByteArray::number(r.schemaVersion) +
                  '\n' + r.payload + '\n' + r.metadata);
}

QByteArray auditorLink(const QByteArray &previous, const AuditorRow &r)
{
    return sha256(previous + QByteArray::number(r.position) + '\n' + r.streamId + '\n' +
                  QByteArray::number(r.streamVersion) + '\n' + QByteArray::number(r.recordedAt) +
                  '\n' + auditorBody(r));
}

// The event id as 16 stored bytes turned into text by hand: lower-case hex, 8-4-4-4-12.
QByteArray uuidTextByHand(const QByteArray &rfc4122)
{
    const QByteArray hex = rfc4122.toHex(); // toHex is lower-case
    return hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
           hex.mid(20, 12);
}

QList<AuditorRow> readRows(const QString &path)
{
    RawDb raw(path, true);
    QList<AuditorRow> rows;
    const auto data = raw.rows(u"SELECT global_position, stream_id, stream_version, event_id, "
                               "type, schema_version, payload, metadata, recorded_at, hash "
                               "FROM events ORDER BY global_position"_s);
    for (const QVariantList &v : data) {
        AuditorRow r;
        r.position = v.at(0).toLongLong();
        r.streamId = v.at(1).toString().toUtf8();
        r.streamVersion = v.at(2).toLongLong();
        r.eventIdText = uuidTextByHand(v.at(3).toByteArray());
        r.type = v.at(4).toString().toUtf8();
        r.schemaVersion = v.at(5).toLongLong();
        r.payload = v.at(6).toByteArray();
        r.metadata = v.at(7).toByteArray();
        r.recordedAt = v.at(8).toLongLong();
        r.storedHash = v.at(9).toByteArray();
        rows << r;
    }
    return rows;
}

AppendRequest request(const QString &streamId, QList<NewEvent> events)
{
    AppendRequest r;
    r.streamId = streamId;
    r.events = std::move(events);
    return r;
}

} // namespace

class TstChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedHashesFollowTheDocumentedFormula();
    void bodyDigestMatchesTheFormula();
    void staleBodyDigestIsNotTrusted();
    void chainContinuesAcrossReopen();
    void schemaRefusesUpdateAndDelete_data();
    void schemaRefusesUpdateAndDelete();
};

void TstChain::storedHashesFollowTheDocumentedFormula()
{
    TempStore tmp;
    auto clock = std::make_shared<FakeClock>(1'767'225'600'123);
    auto store = createStore(tmp.path(), clock);
    QVERIFY(store);

    // Ids with hex letters in every group, so upper- and lower-case would differ.
    const QUuid fixed(u"F47AC10B-58CC-4372-A567-0E02B2C3D479"_s);
    EventMetadata meta;
    meta.actor = u"jürgen"_s;
    meta.reason = u"Genehmigt — läuft"_s;
    meta.adapter = u"simulated"_s;
    QList<AppendRequest> appends;
    appends << request(
        u"purchase-7f3a2c1e-0b1d-4c7e-9d2a-1b2c3d4e5f60"_s,
        {NewEvent::make(u"RequestSubmitted"_s,
                        QJsonObject{{u"title"_s, u"Schreibtisch ✓"_s},
                                    {u"amount"_s, QJsonObject{{u"value"_s, u"1200.50"_s},
                                                              {u"currency"_s, u"EUR"_s}}}},
                        meta, 1, fixed)});
    appends << request(
        u"$users"_s,
        {NewEvent::make(u"UserCreated"_s, {{u"name"_s, u"bob"_s}}, {}, 3),
         NewEvent::make(u"RolesGranted"_s, {{u"roles"_s, QJsonArray{u"manager"_s}}}, meta, 12)});
    appends << request(u"purchase-7f3a2c1e-0b1d-4c7e-9d2a-1b2c3d4e5f60"_s,
                       {NewEvent::make(u"ManagerApproved"_s, {}, {}, 2)});
    // Bytes given as they are, with spacing that compact JSON would not have: the chain
    // covers exactly the stored bytes.
    appends << request(
        u"inventory-1"_s,
        {*NewEvent::fromBytes(QUuid::createUuid(), u"StockReserved"_s, 1,
                              "{ \"sku\" : \"A-1\",\n \"qty\": 2 }", "{\"actor\":\"system\"}")});
    for (const AppendRequest &r : std::as_const(appends)) {
        const AppendResult result = store->append(r).result();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        clock->advance(1234);
    }
    const auto report = store->verify();
    QVERIFY(report && report->ok);
    store.reset();

    const QList<AuditorRow> rows = readRows(tmp.path());
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).eventIdText, QByteArray("f47ac10b-58cc-4372-a567-0e02b2c3d479"));
    QCOMPARE(rows.at(4).payload, QByteArray("{ \"sku\" : \"A-1\",\n \"qty\": 2 }"));
    QCOMPARE(rows.at(0).recordedAt, 1'767'225'600'123);
    QCOMPARE(rows.at(2).recordedAt, 1'767'225'600'123 + 1234);
    QByteArray previous(32, '\0'); // hash(0)
    for (const AuditorRow &r : rows) {
        QCOMPARE(r.storedHash.size(), 32);
        const QByteArray expected = auditorLink(previous, r);
        QVERIFY2(expected == r.storedHash,
                 qPrintable(u"position %1: stored %2, formula gives %3"_s.arg(r.position)
                                .arg(QString::fromLatin1(r.storedHash.toHex()),
                                     QString::fromLatin1(expected.toHex()))));
        previous = r.storedHash;
    }
    QCOMPARE(report->headHash, previous);
    QCOMPARE(report->toJson().value(u"head_hash"_s).toString(),
             QString::fromLatin1(previous.toHex()));
}

void TstChain::bodyDigestMatchesTheFormula()
{
    const QUuid id(u"{ABCDEF01-2345-6789-ABCD-EF0123456789}"_s);
    EventMetadata meta;
    meta.actor = u"ann"_s;
    const NewEvent e =
        NewEvent::make(u"PaymentVoided"_s, {{u"reason"_s, u"Storno"_s}}, meta, 4, id);
    AuditorRow r;
    r.eventIdText = "abcdef01-2345-6789-abcd-ef0123456789";
    r.type = "PaymentVoided";
    r.schemaVersion = 4;
    r.payload = e.payload;
    r.metadata = e.metadata;
    // make() may supply the digest ahead of time; when it does, it must fit the formula.
    if (!e.bodyDigest.isEmpty())
        QCOMPARE(e.bodyDigest, auditorBody(r));
    QCOMPARE(Chain::body(id, e.type, 4, e.payload, e.metadata), auditorBody(r));
    QCOMPARE(Chain::genesis(), QByteArray(32, '\0'));
    r.position = 17;
    r.streamId = "payment-9";
    r.streamVersion = 3;
    r.recordedAt = 1'767'225'600'000;
    const QByteArray previous = sha256("previous");
    QCOMPARE(Chain::link(previous, 17, u"payment-9"_s, 3, 1'767'225'600'000, auditorBody(r)),
             auditorLink(previous, r));
}

void TstChain::staleBodyDigestIsNotTrusted()
{
    // A caller that changes an event after make() leaves a digest that no longer fits its
    // bytes. The store must still write a hash that covers what it stores.
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    NewEvent e = NewEvent::make(u"ItemAdded"_s, {{u"qty"_s, 1}}, {});
    e.payload = R"({"qty":2})";
    NewEvent f = NewEvent::make(u"ItemAdded"_s, {{u"qty"_s, 1}}, {});
    f.type = u"ItemRemoved"_s;
    NewEvent g = NewEvent::make(u"ItemAdded"_s, {{u"qty"_s, 1}}, {});
    g.bodyDigest = QByteArray(32, 'x');
    for (const NewEvent &ev : {e, f, g}) {
        const AppendResult r = store->append(request(u"order-1"_s, {ev})).result();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    }
    const auto report = store->verify();
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->reason));
    QCOMPARE(report->events, 3);
    store.reset();
    QByteArray previous(32, '\0');
    for (const AuditorRow &r : readRows(tmp.path())) {
        QCOMPARE(auditorLink(previous, r), r.storedHash);
        previous = r.storedHash;
    }
}

void TstChain::chainContinuesAcrossReopen()
{
    TempStore tmp;
    auto clock = std::make_shared<FakeClock>();
    auto store = createStore(tmp.path(), clock);
    QVERIFY(store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(store->append(request(u"order-1"_s, {sampleEvent(u"ItemAdded"_s, i)})).result());
    const QByteArray headBefore = store->verify()->headHash;
    store.reset();
    StoreOptions options;
    options.clock = clock;
    auto reopened = SqliteEventStore::open(tmp.path(), options);
    QVERIFY(reopened);
    QVERIFY((*reopened)->append(request(u"order-2"_s, {sampleEvent()})).result());
    const auto report = (*reopened)->verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, 4);
    reopened->reset();
    const QList<AuditorRow> rows = readRows(tmp.path());
    QCOMPARE(rows.at(2).storedHash, headBefore);
    QCOMPARE(auditorLink(headBefore, rows.at(3)), rows.at(3).storedHash);
}

void TstChain::schemaRefusesUpdateAndDelete_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update payload")
        << u"UPDATE events SET payload = '{}' WHERE global_position = 2"_s;
    QTest::newRow("update hash") << u"UPDATE events SET hash = zeroblob(32)"_s;
    QTest::newRow("update position")
        << u"UPDATE events SET global_position = 99 WHERE global_position = 3"_s;
    QTest::newRow("update stream") << u"UPDATE events SET stream_id = 'other-1'"_s;
    QTest::newRow("delete one") << u"DELETE FROM events WHERE global_position = 2"_s;
    QTest::newRow("delete all") << u"DELETE FROM events"_s;
    QTest::newRow("upsert") << u"INSERT INTO events SELECT * FROM events WHERE global_position = 1 "
                               "ON CONFLICT (global_position) DO UPDATE SET type = 'Changed'"_s;
}

void TstChain::schemaRefusesUpdateAndDelete()
{
    QFETCH(QString, sql);
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(store->append(request(u"order-1"_s, {sampleEvent(u"ItemAdded"_s, i)})).result());
    store.reset();
    const QList<AuditorRow> rowsBefore = readRows(tmp.path());

    {
        RawDb raw(tmp.path());
        QVERIFY(raw.isOpen());
        QString error;
        QVERIFY2(!raw.exec(sql, {}, &error), "the schema let an event be changed");
        QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM events"_s).toInt(), 3);
    }
    const QList<AuditorRow> rowsAfter = readRows(tmp.path());
    QCOMPARE(rowsAfter.size(), rowsBefore.size());
    for (int i = 0; i < rowsAfter.size(); ++i) {
        QCOMPARE(rowsAfter.at(i).payload, rowsBefore.at(i).payload);
        QCOMPARE(rowsAfter.at(i).streamId, rowsBefore.at(i).streamId);
        QCOMPARE(rowsAfter.at(i).storedHash, rowsBefore.at(i).storedHash);
    }
    auto reopened = SqliteEventStore::open(tmp.path());
    QVERIFY(reopened);
    QVERIFY((*reopened)->verify()->ok);
}

QTEST_GUILESS_MAIN(TstChain)
#include "tst_chain.moc"
