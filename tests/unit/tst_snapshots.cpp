// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots, upcasters and StateLoader: a stream's state at a version comes from the
// newest snapshot at or below it plus the events after it; snapshots are taken every N
// events; a snapshot of another state shape is ignored; old payloads are lifted when
// read while the stored rows stay exactly as written.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/SqliteEventStore.h"
#include "store/StateLoader.h"
#include "store/Upcasters.h"

#include <QJsonDocument>
#include <QTest>

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

NewEvent numbered(int n, const QString &type = u"ItemAdded"_s)
{
    return NewEvent::make(type, QJsonObject{{u"n"_s, n}}, {});
}

// Counts events and sums their "n"; keys it does not know (a snapshot's marker) stay.
StateFold countingFold(int stateSchemaVersion = 1)
{
    StateFold fold;
    fold.stateSchemaVersion = stateSchemaVersion;
    fold.initial = QJsonObject{{u"count"_s, 0}, {u"sum"_s, 0}};
    fold.evolve = [](const QJsonObject &state, const RecordedEvent &e) {
        QJsonObject s = state;
        s[u"count"_s] = s.value(u"count"_s).toInt() + 1;
        s[u"sum"_s] = s.value(u"sum"_s).toInt() + e.payloadObject().value(u"n"_s).toInt();
        s[u"lastVersion"_s] = e.streamVersion;
        return s;
    };
    return fold;
}

// The state after stream versions 0..v of a stream whose event k has n = k.
QJsonObject foldedUpTo(qint64 v)
{
    QJsonObject s{{u"count"_s, 0}, {u"sum"_s, 0}};
    for (qint64 k = 0; k <= v; ++k) {
        s[u"count"_s] = int(k + 1);
        s[u"sum"_s] = int(s.value(u"sum"_s).toInt() + k);
        s[u"lastVersion"_s] = k;
    }
    return s;
}

QJsonObject withoutMarker(QJsonObject o)
{
    o.remove(u"snapshotOf"_s);
    return o;
}

} // namespace

class TstSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndLoad();
    void stateAtVersionUsesNewestSnapshot_data();
    void stateAtVersionUsesNewestSnapshot();
    void snapshotTakenEveryNEvents();
    void otherStateSchemaIsIgnored();
    void stateAtGlobalPosition();
    void missingVersionsAndStreams();
    void upcastersLiftOldPayloadsWhenRead();
    void upcastedEventsFoldIntoState();

private:
    // order-1 gets events n = 0..count-1, with another stream's events in between.
    std::unique_ptr<SqliteEventStore> storeWithStream(TempStore &tmp, int count,
                                                      StoreOptions options = {});
};

std::unique_ptr<SqliteEventStore> TstSnapshots::storeWithStream(TempStore &tmp, int count,
                                                                StoreOptions options)
{
    auto store = createStore(tmp.path(), nullptr, options);
    if (!store)
        return nullptr;
    for (int i = 0; i < count; ++i) {
        if (!store->append(request(u"order-1"_s, {numbered(i)})).result())
            return nullptr;
        if (i % 3 == 0 && !store->append(request(u"order-2"_s, {numbered(1000)})).result())
            return nullptr;
    }
    return store;
}

void TstSnapshots::saveAndLoad()
{
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    const QJsonObject s9{{u"count"_s, 10}, {u"name"_s, u"Grüße"_s}};
    const QJsonObject s19{{u"count"_s, 20}, {u"nested"_s, QJsonObject{{u"a"_s, 1}}}};
    QVERIFY(store->saveSnapshot({u"order-1"_s, 9, 1, s9}).result());
    QVERIFY(store->saveSnapshot({u"order-1"_s, 19, 1, s19}).result());
    QVERIFY(store->saveSnapshot({u"order-1"_s, 14, 2, {{u"shape"_s, 2}}}).result());
    QVERIFY(store->saveSnapshot({u"order-2"_s, 3, 1, {{u"other"_s, true}}}).result());

    auto load = [&store](qint64 maxVersion, int schema) {
        return store->loadSnapshot(u"order-1"_s, maxVersion, schema);
    };
    QCOMPARE(load(-1, 1)->value().streamVersion, 19);
    QCOMPARE(load(-1, 1)->value().state, s19);
    QCOMPARE(load(-1, 1)->value().streamId, u"order-1"_s);
    QCOMPARE(load(-1, 1)->value().stateSchemaVersion, 1);
    QCOMPARE(load(19, 1)->value().streamVersion, 19);
    QCOMPARE(load(18, 1)->value().streamVersion, 9);
    QCOMPARE(load(18, 1)->value().state, s9);
    QCOMPARE(load(9, 1)->value().streamVersion, 9);
    QVERIFY(!load(8, 1)->has_value());
    QCOMPARE(load(-1, 2)->value().streamVersion, 14);
    QVERIFY(!load(13, 2)->has_value());
    QVERIFY(!load(-1, 3)->has_value());
    QVERIFY(!store->loadSnapshot(u"order-3"_s, -1, 1)->has_value());

    // Saving at the same version again replaces it.
    QVERIFY(store->saveSnapshot({u"order-1"_s, 19, 1, {{u"count"_s, 21}}}).result());
    QCOMPARE(load(-1, 1)->value().state, (QJsonObject{{u"count"_s, 21}}));
}

void TstSnapshots::stateAtVersionUsesNewestSnapshot_data()
{
    QTest::addColumn<qint64>("version");
    QTest::addColumn<qint64>("snapshotVersion");
    QTest::addColumn<int>("eventsFolded");
    QTest::newRow("before any snapshot") << qint64(5) << qint64(-1) << 6;
    QTest::newRow("at the first snapshot") << qint64(9) << qint64(9) << 0;
    QTest::newRow("just after the first") << qint64(10) << qint64(9) << 1;
    QTest::newRow("between") << qint64(15) << qint64(9) << 6;
    QTest::newRow("at the second") << qint64(19) << qint64(19) << 0;
    QTest::newRow("after the second") << qint64(25) << qint64(19) << 6;
    QTest::newRow("the last version") << qint64(29) << qint64(19) << 10;
    QTest::newRow("now") << qint64(-1) << qint64(19) << 10;
}

void TstSnapshots::stateAtVersionUsesNewestSnapshot()
{
    QFETCH(qint64, version);
    QFETCH(qint64, snapshotVersion);
    QFETCH(int, eventsFolded);

    TempStore tmp;
    StoreOptions options;
    options.snapshotEvery = 0; // only the snapshots this test saves
    auto store = storeWithStream(tmp, 30, options);
    QVERIFY(store);
    // Snapshots that are right, with a marker that shows the loader started from them.
    for (qint64 v : {9, 19}) {
        QJsonObject state = foldedUpTo(v);
        state[u"snapshotOf"_s] = v;
        QVERIFY(store->saveSnapshot({u"order-1"_s, v, 1, state}).result());
    }

    const auto loaded = loadStreamState(*store, u"order-1"_s, countingFold(), version);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const qint64 at = version < 0 ? 29 : version;
    QCOMPARE(loaded->version, at);
    QCOMPARE(loaded->snapshotVersion, snapshotVersion);
    QCOMPARE(loaded->eventsFolded, eventsFolded);
    QCOMPARE(withoutMarker(loaded->state), foldedUpTo(at));
    QCOMPARE(loaded->state.value(u"snapshotOf"_s).toInteger(-1), snapshotVersion);
    const auto slice = store->reader().readStream(u"order-1"_s, at, Direction::Forwards, 1);
    QCOMPARE(loaded->position, slice->events.at(0).globalPosition);
}

void TstSnapshots::snapshotTakenEveryNEvents()
{
    TempStore tmp;
    StoreOptions options;
    options.snapshotEvery = 10;
    auto store = storeWithStream(tmp, 25, options);
    QVERIFY(store);
    QCOMPARE(store->snapshotEvery(), 10);
    const StateFold fold = countingFold();
    auto newestSnapshot = [&store] {
        const auto s = store->loadSnapshot(u"order-1"_s, -1, 1);
        return s && s->has_value() ? (*s)->streamVersion : qint64(-1);
    };
    // Waits for the writer: it runs jobs in order, so after this one every save is done.
    auto drainWriter = [&store] {
        return store->saveSnapshot({u"unrelated-1"_s, 0, 1, {}}).result().ok();
    };

    auto first = loadStreamState(*store, u"order-1"_s, fold);
    QVERIFY(first);
    QCOMPARE(first->eventsFolded, 25);
    QCOMPARE(first->snapshotVersion, -1);
    QVERIFY(drainWriter());
    QCOMPARE(newestSnapshot(), 24);
    QCOMPARE(store->loadSnapshot(u"order-1"_s, -1, 1)->value().state, foldedUpTo(24));

    auto second = loadStreamState(*store, u"order-1"_s, fold);
    QVERIFY(second);
    QCOMPARE(second->snapshotVersion, 24);
    QCOMPARE(second->eventsFolded, 0);
    QCOMPARE(second->state, foldedUpTo(24));
    QCOMPARE(second->position, first->position);

    // Fewer than N events since the snapshot: no new one.
    for (int i = 25; i < 30; ++i)
        QVERIFY(store->append(request(u"order-1"_s, {numbered(i)})).result());
    auto third = loadStreamState(*store, u"order-1"_s, fold);
    QCOMPARE(third->snapshotVersion, 24);
    QCOMPARE(third->eventsFolded, 5);
    QCOMPARE(third->state, foldedUpTo(29));
    QVERIFY(drainWriter());
    QCOMPARE(newestSnapshot(), 24);

    // N events since: the next load takes one.
    for (int i = 30; i < 34; ++i)
        QVERIFY(store->append(request(u"order-1"_s, {numbered(i)})).result());
    QVERIFY(store->append(request(u"order-1"_s, {numbered(34)})).result());
    auto fourth = loadStreamState(*store, u"order-1"_s, fold);
    QCOMPARE(fourth->eventsFolded, 10);
    QVERIFY(drainWriter());
    QCOMPARE(newestSnapshot(), 34);
    QCOMPARE(loadStreamState(*store, u"order-1"_s, fold)->eventsFolded, 0);
}

void TstSnapshots::otherStateSchemaIsIgnored()
{
    TempStore tmp;
    StoreOptions options;
    options.snapshotEvery = 0;
    auto store = storeWithStream(tmp, 20, options);
    QVERIFY(store);
    // A snapshot of the old state shape, deliberately wrong: using it would show.
    QVERIFY(store->saveSnapshot({u"order-1"_s, 15, 1, {{u"count"_s, 999}}}).result());
    auto loaded = loadStreamState(*store, u"order-1"_s, countingFold(2));
    QVERIFY(loaded);
    QCOMPARE(loaded->snapshotVersion, -1);
    QCOMPARE(loaded->eventsFolded, 20);
    QCOMPARE(loaded->state, foldedUpTo(19));

    // A snapshot of the current shape is used.
    QJsonObject state = foldedUpTo(12);
    state[u"snapshotOf"_s] = 12;
    QVERIFY(store->saveSnapshot({u"order-1"_s, 12, 2, state}).result());
    loaded = loadStreamState(*store, u"order-1"_s, countingFold(2));
    QCOMPARE(loaded->snapshotVersion, 12);
    QCOMPARE(loaded->eventsFolded, 7);
    QCOMPARE(withoutMarker(loaded->state), foldedUpTo(19));
}

void TstSnapshots::stateAtGlobalPosition()
{
    TempStore tmp;
    StoreOptions options;
    options.snapshotEvery = 0;
    auto store = storeWithStream(tmp, 12, options);
    QVERIFY(store);
    QJsonObject state = foldedUpTo(4);
    state[u"snapshotOf"_s] = 4;
    QVERIFY(store->saveSnapshot({u"order-1"_s, 4, 1, state}).result());

    ReadAllQuery q;
    q.maxCount = 1000;
    const auto all = store->reader().readAll(q);
    QVERIFY(all);
    qint64 version = -1;
    qint64 lastPosition = 0;
    for (const RecordedEvent &e : *all) {
        if (e.streamId == u"order-1"_s) {
            version = e.streamVersion;
            lastPosition = e.globalPosition;
        }
        const auto s =
            loadStreamStateAtPosition(*store, u"order-1"_s, countingFold(), e.globalPosition);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->version, version);
        QCOMPARE(s->position, lastPosition);
        QCOMPARE(withoutMarker(s->state), foldedUpTo(version));
        QCOMPARE(s->snapshotVersion, version >= 4 ? 4 : -1);
    }
    // Position 1 is order-1's first event; order-2 had none yet.
    const auto before = loadStreamStateAtPosition(*store, u"order-2"_s, countingFold(), 1);
    QVERIFY(!before.ok());
    QCOMPARE(before.error().code, ErrorCode::NotFound);
}

void TstSnapshots::missingVersionsAndStreams()
{
    TempStore tmp;
    auto store = storeWithStream(tmp, 5);
    QVERIFY(store);
    const auto beyond = loadStreamState(*store, u"order-1"_s, countingFold(), 5);
    QVERIFY(!beyond.ok());
    QCOMPARE(beyond.error().code, ErrorCode::NotFound);
    const auto none = loadStreamState(*store, u"order-9"_s, countingFold());
    QVERIFY(none);
    QCOMPARE(none->version, -1);
    QCOMPARE(none->eventsFolded, 0);
    QCOMPARE(none->state, countingFold().initial);
}

void TstSnapshots::upcastersLiftOldPayloadsWhenRead()
{
    TempStore tmp;
    auto store = createStore(tmp.path());
    QVERIFY(store);
    // v1 {"qty": n} -> v2 {"quantity": n, "unit": "pcs"} -> v3 adds "checked".
    store->upcasters().add(u"ItemAdded"_s, 1, [](const QJsonObject &p) {
        return QJsonObject{{u"quantity"_s, p.value(u"qty"_s)}, {u"unit"_s, u"pcs"_s}};
    });
    store->upcasters().add(u"ItemAdded"_s, 2, [](const QJsonObject &p) {
        QJsonObject o = p;
        o[u"checked"_s] = true;
        return o;
    });
    QVERIFY(store->upcasters().hasAny(u"ItemAdded"_s));
    QVERIFY(!store->upcasters().hasAny(u"ItemRemoved"_s));

    const QList<NewEvent> appended{
        NewEvent::make(u"ItemAdded"_s, {{u"qty"_s, 3}}, {}, 1),
        NewEvent::make(u"ItemAdded"_s, {{u"quantity"_s, 4}, {u"unit"_s, u"kg"_s}}, {}, 2),
        NewEvent::make(u"ItemAdded"_s,
                       {{u"quantity"_s, 5}, {u"unit"_s, u"m"_s}, {u"checked"_s, false}}, {}, 3),
        NewEvent::make(u"ItemRemoved"_s, {{u"qty"_s, 1}}, {}, 1),
    };
    QVERIFY(store->append(request(u"order-1"_s, appended)).result());
    RawDb before(tmp.path(), true);
    const auto rawBefore = before.rows(u"SELECT schema_version, payload, hash FROM events "
                                       "ORDER BY global_position"_s);

    const auto slice = store->reader().readStream(u"order-1"_s, 0, Direction::Forwards, 10);
    QVERIFY(slice);
    const QList<RecordedEvent> &read = slice->events;
    QCOMPARE(read.size(), 4);
    QCOMPARE(read.at(0).schemaVersion, 3);
    QCOMPARE(read.at(0).payloadObject(),
             (QJsonObject{{u"quantity"_s, 3}, {u"unit"_s, u"pcs"_s}, {u"checked"_s, true}}));
    QCOMPARE(read.at(1).schemaVersion, 3);
    QCOMPARE(read.at(1).payloadObject(),
             (QJsonObject{{u"quantity"_s, 4}, {u"unit"_s, u"kg"_s}, {u"checked"_s, true}}));
    QCOMPARE(read.at(2).schemaVersion, 3);
    QCOMPARE(read.at(2).payload, appended.at(2).payload); // already current: untouched
    QCOMPARE(read.at(3).schemaVersion, 1);                // no upcaster for this type
    QCOMPARE(read.at(3).payload, appended.at(3).payload);

    ReadAllQuery lifted;
    const auto all = store->reader().readAll(lifted);
    QCOMPARE(all->at(0).schemaVersion, 3);
    QCOMPARE(all->at(0).payload, read.at(0).payload);

    // As stored: exactly the appended bytes and versions.
    ReadAllQuery raw;
    raw.applyUpcasters = false;
    const auto stored = store->reader().readAll(raw);
    QVERIFY(stored);
    for (int i = 0; i < appended.size(); ++i) {
        QCOMPARE(stored->at(i).schemaVersion, appended.at(i).schemaVersion);
        QCOMPARE(stored->at(i).payload, appended.at(i).payload);
        QCOMPARE(stored->at(i).hash, read.at(i).hash);
    }
    const auto rawAfter = before.rows(u"SELECT schema_version, payload, hash FROM events "
                                      "ORDER BY global_position"_s);
    QCOMPARE(rawAfter, rawBefore);
    QCOMPARE(rawAfter.at(0).at(0).toInt(), 1);
    QCOMPARE(rawAfter.at(0).at(1).toByteArray(), appended.at(0).payload);
    const auto report = store->verify();
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->reason));
}

void TstSnapshots::upcastedEventsFoldIntoState()
{
    TempStore tmp;
    StoreOptions options;
    options.snapshotEvery = 0;
    auto store = createStore(tmp.path(), nullptr, options);
    QVERIFY(store);
    store->upcasters().add(u"ItemAdded"_s, 1, [](const QJsonObject &p) {
        return QJsonObject{{u"quantity"_s, p.value(u"qty"_s).toInt() * 10}};
    });
    QVERIFY(store
                ->append(request(u"order-1"_s,
                                 {NewEvent::make(u"ItemAdded"_s, {{u"qty"_s, 1}}, {}, 1),
                                  NewEvent::make(u"ItemAdded"_s, {{u"quantity"_s, 7}}, {}, 2)}))
                .result());
    StateFold fold;
    fold.initial = {{u"total"_s, 0}};
    fold.evolve = [](const QJsonObject &s, const RecordedEvent &e) {
        // The fold knows only the current shape.
        return QJsonObject{{u"total"_s, s.value(u"total"_s).toInt() +
                                            e.payloadObject().value(u"quantity"_s).toInt()}};
    };
    const auto state = loadStreamState(*store, u"order-1"_s, fold);
    QVERIFY(state);
    QCOMPARE(state->state.value(u"total"_s).toInt(), 17);
}

QTEST_GUILESS_MAIN(TstSnapshots)
#include "tst_snapshots.moc"
