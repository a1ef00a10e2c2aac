// SPDX-License-Identifier: GPL-3.0-or-later
// EventSubscription: catches up from a position, then stays live; in order, without gaps
// or repeats, nothing missed between catch-up and live, on the subscriber's own thread,
// filtered by category and type, and it notices commits made by another writer.
#include "TestSupport.h"

#include "store/SqliteEventStore.h"
#include "store/Subscription.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

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

bool appendMany(EventStore &store, const QString &streamId, int count, const QString &type,
                int perAppend = 1)
{
    QList<QFuture<AppendResult>> futures;
    for (int i = 0; i < count; i += perAppend) {
        QList<NewEvent> events;
        for (int j = i; j < qMin(count, i + perAppend); ++j)
            events << sampleEvent(type, j);
        futures << store.append(request(streamId, events));
    }
    bool ok = true;
    for (auto &f : futures)
        ok = f.result().ok() && ok;
    return ok;
}

// What a subscriber received, written from the subscriber's thread, read by the test.
struct Received
{
    QMutex mutex;
    QList<RecordedEvent> events;
    int wrongThread = 0;
    int batches = 0;
    int caughtUp = 0;
    QStringList failures;

    qsizetype size()
    {
        QMutexLocker locker(&mutex);
        return events.size();
    }
    int caughtUpCount()
    {
        QMutexLocker locker(&mutex);
        return caughtUp;
    }
    QList<qint64> positions()
    {
        QMutexLocker locker(&mutex);
        QList<qint64> p;
        for (const RecordedEvent &e : std::as_const(events))
            p << e.globalPosition;
        return p;
    }
};

void connectReceiver(EventSubscription *sub, Received *received, QThread *expectedThread)
{
    QObject::connect(sub, &EventSubscription::eventsArrived, sub,
                     [received, expectedThread](const QList<RecordedEvent> &events) {
                         QMutexLocker locker(&received->mutex);
                         if (QThread::currentThread() != expectedThread)
                             ++received->wrongThread;
                         ++received->batches;
                         received->events += events;
                     });
    QObject::connect(sub, &EventSubscription::caughtUp, sub, [received] {
        QMutexLocker locker(&received->mutex);
        ++received->caughtUp;
    });
    QObject::connect(sub, &EventSubscription::failed, sub, [received](const QString &message) {
        QMutexLocker locker(&received->mutex);
        received->failures << message;
    });
}

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> r;
    for (qint64 p = from; p <= to; ++p)
        r << p;
    return r;
}

} // namespace

class TstSubscription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchUpThenLiveOnSubscribersThread();
    void startsAfterTheGivenPosition();
    void filteredByCategoryAndType();
    void seesCommitsOfAnotherWriterByPolling();
};

void TstSubscription::catchUpThenLiveOnSubscribersThread()
{
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    // More than one page of backlog (pages are 1000 events).
    constexpr int Backlog = 2500;
    QVERIFY(appendMany(*store, u"order-1"_s, Backlog, u"ItemAdded"_s, 50));

    // The subscriber lives on a thread of its own, with its own event loop.
    QThread subscriberThread;
    subscriberThread.start();
    QObject anchor;
    anchor.moveToThread(&subscriberThread);
    Received received;
    EventSubscription *sub = nullptr;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            sub = new EventSubscription(store.get(), 0);
            connectReceiver(sub, &received, &subscriberThread);
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(sub);

    // Appends keep arriving while the subscription catches up: single appends from two
    // threads, so commits land while backlog pages are being read.
    constexpr int During = 400;
    std::atomic_bool ok{true};
    std::thread a([&] { ok = appendMany(*store, u"order-2"_s, During, u"ItemAdded"_s) && ok; });
    std::thread b(
        [&] { ok = appendMany(*store, u"invoice-1"_s, During, u"InvoiceIssued"_s) && ok; });
    QMetaObject::invokeMethod(
        sub, [sub] { sub->start(); }, Qt::QueuedConnection);
    a.join();
    b.join();
    QVERIFY(ok);

    const qint64 total = Backlog + 2 * During;
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), total, 30000);
    QCOMPARE(received.positions(), range(1, total));
    {
        QMutexLocker locker(&received.mutex);
        QCOMPARE(received.wrongThread, 0);
        QVERIFY(received.failures.isEmpty());
        QVERIFY(received.batches >= 3); // the backlog alone needs three pages
    }
    QTRY_COMPARE(received.caughtUpCount(), 1);

    // Live: each later commit arrives, in order, on the subscriber's thread.
    for (int i = 0; i < 5; ++i)
        QVERIFY(appendMany(*store, u"order-3"_s, 3, u"ItemAdded"_s, 3));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), total + 15, 10000);
    QCOMPARE(received.positions(), range(1, total + 15));
    QCOMPARE(received.caughtUpCount(), 1); // once only
    qint64 lastDelivered = 0;
    QMetaObject::invokeMethod(
        sub, [sub, &lastDelivered] { lastDelivered = sub->lastDeliveredPosition(); },
        Qt::BlockingQueuedConnection);
    QCOMPARE(lastDelivered, total + 15);
    {
        QMutexLocker locker(&received.mutex);
        QCOMPARE(received.wrongThread, 0);
    }

    QMetaObject::invokeMethod(
        sub, [sub] { delete sub; }, Qt::BlockingQueuedConnection);
    subscriberThread.quit();
    subscriberThread.wait();
}

void TstSubscription::startsAfterTheGivenPosition()
{
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    QVERIFY(appendMany(*store, u"order-1"_s, 20, u"ItemAdded"_s));
    Received received;
    EventSubscription sub(store.get(), 12);
    connectReceiver(&sub, &received, QThread::currentThread());
    QSignalSpy caughtUp(&sub, &EventSubscription::caughtUp);
    QVERIFY(!sub.isCaughtUp());
    sub.start();
    QVERIFY(caughtUp.wait(10000));
    QVERIFY(sub.isCaughtUp());
    QCOMPARE(received.positions(), range(13, 20));
    QCOMPARE(sub.lastDeliveredPosition(), 20);

    // A subscription at the head delivers nothing, then goes live.
    Received atHead;
    EventSubscription live(store.get(), 20);
    connectReceiver(&live, &atHead, QThread::currentThread());
    QSignalSpy liveCaughtUp(&live, &EventSubscription::caughtUp);
    live.start();
    QVERIFY(liveCaughtUp.wait(10000));
    QCOMPARE(atHead.size(), 0);
    QVERIFY(appendMany(*store, u"order-1"_s, 2, u"ItemAdded"_s));
    QTRY_COMPARE(atHead.positions(), range(21, 22));
    QTRY_COMPARE(received.positions(), range(13, 22));
    QCOMPARE(received.wrongThread + atHead.wrongThread, 0);
}

void TstSubscription::filteredByCategoryAndType()
{
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    // Interleaved: order-*, orderx-* (a longer category with the same prefix), invoice-*.
    auto mixed = [&store](int rounds) {
        for (int i = 0; i < rounds; ++i) {
            if (!appendMany(*store, u"order-%1"_s.arg(i % 3), 1,
                            i % 2 ? u"ItemRemoved"_s : u"ItemAdded"_s) ||
                !appendMany(*store, u"orderx-1"_s, 1, u"ItemAdded"_s) ||
                !appendMany(*store, u"invoice-%1"_s.arg(i), 1, u"InvoiceIssued"_s))
                return false;
        }
        return true;
    };
    QVERIFY(mixed(40));

    Received byCategory, byType, byBoth;
    EventSubscription catSub(store.get(), 0, {u"order"_s, {}});
    EventSubscription typeSub(store.get(), 0, {{}, u"ItemAdded"_s});
    EventSubscription bothSub(store.get(), 0, {u"order"_s, u"ItemAdded"_s});
    connectReceiver(&catSub, &byCategory, QThread::currentThread());
    connectReceiver(&typeSub, &byType, QThread::currentThread());
    connectReceiver(&bothSub, &byBoth, QThread::currentThread());
    catSub.start();
    typeSub.start();
    bothSub.start();
    QTRY_VERIFY(catSub.isCaughtUp() && typeSub.isCaughtUp() && bothSub.isCaughtUp());
    QVERIFY(mixed(10)); // live, after the catch-up

    auto expected = [&store](auto pred) {
        ReadAllQuery q;
        q.maxCount = 100000;
        QList<qint64> p;
        const auto all = store->reader().readAll(q);
        for (const RecordedEvent &e : *all)
            if (pred(e))
                p << e.globalPosition;
        return p;
    };
    const QList<qint64> wantCategory =
        expected([](const RecordedEvent &e) { return e.streamId.startsWith(u"order-"_s); });
    const QList<qint64> wantType =
        expected([](const RecordedEvent &e) { return e.type == u"ItemAdded"_s; });
    const QList<qint64> wantBoth = expected([](const RecordedEvent &e) {
        return e.streamId.startsWith(u"order-"_s) && e.type == u"ItemAdded"_s;
    });
    QCOMPARE(wantCategory.size(), 50);
    QCOMPARE(wantType.size(), 75);
    QCOMPARE(wantBoth.size(), 25);
    QTRY_COMPARE(byCategory.positions(), wantCategory);
    QTRY_COMPARE(byType.positions(), wantType);
    QTRY_COMPARE(byBoth.positions(), wantBoth);
    for (const RecordedEvent &e : std::as_const(byBoth.events)) {
        QCOMPARE(e.category(), u"order"_s);
        QCOMPARE(e.type, u"ItemAdded"_s);
    }
    QCOMPARE(catSub.lastDeliveredPosition(), wantCategory.last());
    QCOMPARE(byCategory.wrongThread + byType.wrongThread + byBoth.wrongThread, 0);
}

void TstSubscription::seesCommitsOfAnotherWriterByPolling()
{
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    QVERIFY(appendMany(*store, u"order-1"_s, 5, u"ItemAdded"_s));

    Received received;
    EventSubscription sub(store.get(), 0);
    connectReceiver(&sub, &received, QThread::currentThread());
    sub.setPollInterval(50);
    sub.start();
    QTRY_COMPARE(received.size(), 5);

    // A second store object on the same file has its own writer: to the first store it is
    // another program, whose commits only the poll can notice.
    auto other = SqliteEventStore::open(tmp.path());
    QVERIFY(other);
    QVERIFY(appendMany(**other, u"order-2"_s, 30, u"ItemAdded"_s, 3));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 35, 10000);
    QCOMPARE(received.positions(), range(1, 35));
    QCOMPARE(received.wrongThread, 0);
}

QTEST_GUILESS_MAIN(TstSubscription)
#include "tst_subscription.moc"
