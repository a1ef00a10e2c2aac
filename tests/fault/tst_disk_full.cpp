// SPDX-License-Identifier: GPL-3.0-or-later
// Writes that cannot happen: a store opened read-only, and a full disk (simulated with
// StoreOptions::maxPageCount). The append fails with StorageFailure and a message a person
// can act on; nothing of it is written; the store stays consistent and usable.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/SqliteEventStore.h"

#include <QSet>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

AppendRequest request(const QString &streamId, QList<NewEvent> events,
                      QList<OutboxMessage> outbox = {})
{
    AppendRequest r;
    r.streamId = streamId;
    r.events = std::move(events);
    r.outbox = std::move(outbox);
    return r;
}

NewEvent bigEvent(int kib)
{
    // Random text, so SQLite cannot store it in less room than it takes.
    QByteArray blob;
    for (int i = 0; i < kib * 1024 / 16; ++i)
        blob += QUuid::createUuid().toRfc4122().toHex().left(16);
    return NewEvent::make(u"AttachmentAdded"_s, {{u"blob"_s, QString::fromLatin1(blob)}}, {});
}

OutboxMessage outboxMessage()
{
    OutboxMessage m;
    m.messageId = QUuid::createUuid();
    m.destination = u"notification"_s;
    m.orderingKey = u"k"_s;
    m.payload = "{}";
    return m;
}

QSet<QUuid> storedIds(EventStore &store)
{
    ReadAllQuery q;
    q.maxCount = 1'000'000;
    QSet<QUuid> ids;
    const auto all = store.reader().readAll(q);
    if (all)
        for (const RecordedEvent &e : *all)
            ids.insert(e.eventId);
    return ids;
}

} // namespace

class TstDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyStoreRefusesWrites();
    void fullDiskFailsCleanly();
    void fullDiskFailsEveryAppendOfTheGroup();
};

void TstDiskFull::readOnlyStoreRefusesWrites()
{
    TempStore tmp;
    {
        auto store = createStore(tmp.path());
        QVERIFY(store);
        QVERIFY(store->append(request(u"order-1"_s, {sampleEvent(), sampleEvent()})).result());
    }
    const QByteArray hashBefore = fileSha256(tmp.path());
    StoreOptions options;
    options.readOnly = true;
    auto opened = SqliteEventStore::open(tmp.path(), options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    SqliteEventStore &store = **opened;

    const AppendResult r =
        store.append(request(u"order-1"_s, {sampleEvent()}, {outboxMessage()})).result();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::StorageFailure);
    QVERIFY2(r.error().message.contains(u"read-only"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"nothing was written"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QDir::toNativeSeparators(tmp.path())),
             qPrintable(r.error().message));

    const Status snap = store.saveSnapshot({u"order-1"_s, 1, 1, {}}).result();
    QVERIFY(!snap.ok());
    QCOMPARE(snap.error().code, ErrorCode::StorageFailure);
    const Status write = store.runWrite([](QSqlDatabase &) { return success(); }).result();
    QCOMPARE(write.error().code, ErrorCode::StorageFailure);

    // Reading works as usual.
    QCOMPARE(*store.reader().headPosition(), 2);
    QCOMPARE(store.reader().readAll({})->size(), 2);
    const auto report = store.verify();
    QVERIFY(report && report->ok);
    opened->reset();
    QCOMPARE(fileSha256(tmp.path()), hashBefore);
}

void TstDiskFull::fullDiskFailsCleanly()
{
    TempStore tmp;
    QVERIFY(createStore(tmp.path()));
    qint64 pagesAtStart = 0;
    {
        RawDb raw(tmp.path(), true);
        pagesAtStart = raw.scalar(u"PRAGMA page_count"_s).toLongLong();
    }
    QVERIFY(pagesAtStart > 0);

    // Room for a few hundred KiB more; appends of two 24 KiB events soon fill it.
    StoreOptions options;
    options.maxPageCount = pagesAtStart + 100;
    QSet<QUuid> acknowledged;
    QList<NewEvent> failedEvents;
    OutboxMessage failedMessage;
    {
        auto opened = SqliteEventStore::open(tmp.path(), options);
        QVERIFY(opened);
        SqliteEventStore &store = **opened;
        AppendResult last;
        int appends = 0;
        for (; appends < 200; ++appends) {
            const QList<NewEvent> events{bigEvent(24), bigEvent(24)};
            const OutboxMessage m = outboxMessage();
            last = store.append(request(u"files-%1"_s.arg(appends % 3), events, {m})).result();
            if (!last.ok()) {
                failedEvents = events;
                failedMessage = m;
                break;
            }
            for (const NewEvent &e : events)
                acknowledged.insert(e.eventId);
        }
        QVERIFY2(!last.ok(), "the simulated disk never filled up");
        QVERIFY(appends >= 2);
        QCOMPARE(last.error().code, ErrorCode::StorageFailure);
        // The folder's name holds "full" too: look at the message without the path.
        QString message = last.error().message;
        QVERIFY2(message.contains(QDir::toNativeSeparators(tmp.path())), qPrintable(message));
        message.remove(QDir::toNativeSeparators(tmp.path()));
        QVERIFY2(message.contains(u"disk"_s) && message.contains(u"full"_s), qPrintable(message));
        QVERIFY2(last.error().message.contains(u"nothing was written"_s),
                 qPrintable(last.error().message));

        // Nothing of the failed append; everything acknowledged; the chain intact.
        const QSet<QUuid> stored = storedIds(store);
        QCOMPARE(stored, acknowledged);
        QCOMPARE(*store.reader().headPosition(), qint64(acknowledged.size()));
        const auto report = store.verify();
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->reason));

        // Still usable: a small append fits in the room that is left.
        const NewEvent small = sampleEvent();
        const AppendResult smallResult = store.append(request(u"order-1"_s, {small})).result();
        QVERIFY2(smallResult.ok(),
                 qPrintable(smallResult.ok() ? QString() : smallResult.error().message));
        QCOMPARE(smallResult->firstPosition, qint64(acknowledged.size() + 1));
        acknowledged.insert(small.eventId);
        QVERIFY(store.verify()->ok);
    }
    {
        RawDb raw(tmp.path(), true);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox WHERE message_id = ?"_s,
                            {failedMessage.messageId.toRfc4122()})
                     .toInt(),
                 0);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox"_s).toLongLong(),
                 qint64(acknowledged.size() - 1) / 2);
    }

    // Reopened without the limit: the append that failed now goes through.
    auto opened = SqliteEventStore::open(tmp.path());
    QVERIFY(opened);
    SqliteEventStore &store = **opened;
    const AppendResult retry =
        store.append(request(u"files-0"_s, failedEvents, {failedMessage})).result();
    QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().message));
    QVERIFY(!retry->alreadyStored);
    QCOMPARE(retry->firstPosition, qint64(acknowledged.size() + 1));
    for (const NewEvent &e : std::as_const(failedEvents))
        acknowledged.insert(e.eventId);
    QCOMPARE(storedIds(store), acknowledged);
    const auto report = store.verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, qint64(acknowledged.size()));
}

void TstDiskFull::fullDiskFailsEveryAppendOfTheGroup()
{
    // Appends committed together share the transaction the full disk dooms: each of them
    // must get the failure (none may be told it succeeded), and none may be half-written.
    TempStore tmp;
    QVERIFY(createStore(tmp.path()));
    qint64 pagesAtStart = 0;
    {
        RawDb raw(tmp.path(), true);
        pagesAtStart = raw.scalar(u"PRAGMA page_count"_s).toLongLong();
    }
    StoreOptions options;
    options.maxPageCount = pagesAtStart + 30;
    auto opened = SqliteEventStore::open(tmp.path(), options);
    QVERIFY(opened);
    SqliteEventStore &store = **opened;

    QList<QFuture<AppendResult>> futures;
    QList<QList<NewEvent>> requests;
    for (int i = 0; i < 12; ++i) {
        requests << QList<NewEvent>{bigEvent(16)};
        futures << store.append(request(u"files-%1"_s.arg(i), requests.last()));
    }
    QSet<QUuid> acknowledged;
    int failed = 0;
    for (int i = 0; i < futures.size(); ++i) {
        const AppendResult r = futures[i].result();
        if (r.ok()) {
            acknowledged.insert(requests.at(i).at(0).eventId);
        } else {
            ++failed;
            QCOMPARE(r.error().code, ErrorCode::StorageFailure);
        }
    }
    QVERIFY2(failed > 0, "the simulated disk never filled up");
    QCOMPARE(storedIds(store), acknowledged);
    const auto report = store.verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, qint64(acknowledged.size()));
}

QTEST_GUILESS_MAIN(TstDiskFull)
#include "tst_disk_full.moc"
