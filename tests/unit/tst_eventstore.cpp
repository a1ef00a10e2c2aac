// SPDX-License-Identifier: GPL-3.0-or-later
// The event store's conformance suite. It is written against EventStore, IEventReader and
// IEventWriter only; the backend comes from a factory, so every backend (SQLite now,
// PostgreSQL later) runs exactly these tests. Tests of the SQLite file itself live in
// tst_storefile, tst_chain and the fault tests.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/EventStore.h"
#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// What the suite needs from a backend beyond the EventStore interface: a fresh store, a
// look at the outbox (which has no reader interface of its own yet), and a way to keep the
// writer busy so that appends queued meanwhile are committed as one group.
class StoreBackend
{
public:
    virtual ~StoreBackend() = default;
    virtual QString name() const = 0;
    // A new, empty store; null (with a warning) when it cannot be made.
    virtual std::unique_ptr<EventStore> createStore(const StoreOptions &options) = 0;
    // The store made by createStore, opened again.
    virtual std::unique_ptr<EventStore> reopen(const StoreOptions &options) = 0;
    // The ids of the outbox messages, in the order they were written.
    virtual QList<QUuid> outboxMessageIds() = 0;
    // The outbox message's event position (the last event of its append); 0 when absent.
    virtual qint64 outboxEventPosition(const QUuid &messageId) = 0;
    // Blocks the store's writer until the returned function is called. Appends made before
    // that call are queued behind the block, so they are committed together.
    virtual std::function<void()> holdWriter(EventStore &store) = 0;
};

using BackendFactory = std::function<std::unique_ptr<StoreBackend>()>;

class SqliteBackend final : public StoreBackend
{
public:
    QString name() const override { return u"sqlite"_s; }

    std::unique_ptr<EventStore> createStore(const StoreOptions &options) override
    {
        if (const Status s = SqliteEventStore::create(path(), options); !s) {
            qWarning("create failed: %s", qPrintable(s.error().message));
            return nullptr;
        }
        return reopen(options);
    }

    std::unique_ptr<EventStore> reopen(const StoreOptions &options) override
    {
        auto opened = SqliteEventStore::open(path(), options);
        if (!opened) {
            qWarning("open failed: %s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(opened).value();
    }

    QList<QUuid> outboxMessageIds() override
    {
        RawDb raw(path(), true);
        QList<QUuid> ids;
        for (const QVariantList &row : raw.rows(u"SELECT message_id FROM outbox ORDER BY id"_s))
            ids << QUuid::fromRfc4122(row.at(0).toByteArray());
        return ids;
    }

    qint64 outboxEventPosition(const QUuid &messageId) override
    {
        RawDb raw(path(), true);
        return raw
            .scalar(u"SELECT event_position FROM outbox WHERE message_id = ?"_s,
                    {messageId.toRfc4122()})
            .toLongLong();
    }

    std::function<void()> holdWriter(EventStore &store) override
    {
        auto gate = std::make_shared<QSemaphore>();
        auto started = std::make_shared<QSemaphore>();
        (void)static_cast<SqliteEventStore &>(store).runWrite([gate, started](QSqlDatabase &) {
            started->release();
            gate->acquire();
            return success();
        });
        started->acquire();
        return [gate] { gate->release(); };
    }

private:
    QString path() const { return m_dir.filePath(u"conformance.db"_s); }
    QTemporaryDir m_dir;
};

std::unique_ptr<StoreBackend> makeSqliteBackend()
{
    return std::make_unique<SqliteBackend>();
}

// One event the suite expects to find, in the order it was appended.
struct Expected
{
    QString streamId;
    qint64 version = 0;
    QUuid eventId;
    QString type;
    QByteArray payload;
    QByteArray metadata;
    qint64 recordedAt = 0;
};

AppendRequest request(const QString &streamId, ExpectedVersion expected, QList<NewEvent> events,
                      QList<OutboxMessage> outbox = {})
{
    AppendRequest r;
    r.streamId = streamId;
    r.expected = expected;
    r.events = std::move(events);
    r.outbox = std::move(outbox);
    return r;
}

QString describeError(const AppendResult &r)
{
    return r.ok() ? u"ok"_s : u"error %1: %2"_s.arg(int(r.error().code)).arg(r.error().message);
}

} // namespace

class TstEventStore : public QObject
{
    Q_OBJECT
public:
    explicit TstEventStore(BackendFactory factory)
        : m_factory(std::move(factory))
    {}

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyStore();
    void appendAndReadBack();
    void expectedVersion_data();
    void expectedVersion();
    void conflictMessageNamesActualVersion();
    void outboxWrittenWithEvents();
    void idempotentReappend();
    void idempotentReappendIgnoresStaleExpectedVersion();
    void partlyStoredReappendWritesNothing();
    void reappendToAnotherStreamWritesNothing();
    void multiEventAppendIsAtomic_data();
    void multiEventAppendIsAtomic();
    void fromBytesRefusesNonObjects_data();
    void fromBytesRefusesNonObjects();
    void validation_data();
    void validation();
    void acceptedNames_data();
    void acceptedNames();
    void eventSizeLimit_data();
    void eventSizeLimit();
    void readStream();
    void readAllFiltersAndDirections();
    void readAllPagedByPosition();
    void countsAndVersions();
    void positionsGapFreeAfterRefusals();
    void groupCommitKeepsEachResult();
    void concurrentAppends();
    void closingFinishesEveryAppend();
    void verifyReportsProgressAndCancels();

private:
    EventStore &store() { return *m_store; }
    IEventReader &reader() { return m_store->reader(); }
    void remake(StoreOptions options);
    NewEvent event(const QString &type = u"ItemAdded"_s, int n = 0, int schemaVersion = 1);
    OutboxMessage message(const QString &destination = u"payment"_s);
    AppendResult append(AppendRequest r);
    // Appends and remembers what must now be in the store.
    AppendSuccess appendExpecting(const QString &streamId, QList<NewEvent> events);
    qint64 head();
    void checkMatchesModel();

    BackendFactory m_factory;
    std::unique_ptr<StoreBackend> m_backend;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<EventStore> m_store;
    quint64 m_nextId = 1;
    QList<Expected> m_model; // index + 1 = global position
};

void TstEventStore::init()
{
    m_model.clear();
    m_nextId = 1;
    remake({});
}

void TstEventStore::cleanup()
{
    m_store.reset();
    m_backend.reset();
}

void TstEventStore::remake(StoreOptions options)
{
    m_store.reset();
    m_backend = m_factory();
    m_clock = std::make_shared<FakeClock>();
    options.clock = m_clock;
    m_store = m_backend->createStore(options);
    QVERIFY2(m_store, "the backend could not create a store");
}

NewEvent TstEventStore::event(const QString &type, int n, int schemaVersion)
{
    EventMetadata meta;
    meta.actor = u"alice"_s;
    meta.correlationId = u"corr-%1"_s.arg(n);
    return NewEvent::make(type,
                          QJsonObject{{u"n"_s, n}, {u"title"_s, u"Büroklammern für Zürich"_s}},
                          meta, schemaVersion, seededUuid(m_nextId++));
}

OutboxMessage message(const QString &destination, quint64 id)
{
    OutboxMessage m;
    m.messageId = seededUuid(id);
    m.destination = destination;
    m.orderingKey = u"key-1"_s;
    m.payload = R"({"amount":{"currency":"EUR","value":"12.50"}})";
    return m;
}

OutboxMessage TstEventStore::message(const QString &destination)
{
    return ::message(destination, 1'000'000 + m_nextId++);
}

AppendResult TstEventStore::append(AppendRequest r)
{
    return store().append(std::move(r)).result();
}

AppendSuccess TstEventStore::appendExpecting(const QString &streamId, QList<NewEvent> events)
{
    const AppendResult r = append(request(streamId, ExpectedVersion::any(), events));
    if (!r) {
        qWarning("append failed: %s", qPrintable(r.error().message));
        return {};
    }
    qint64 version = r->streamVersion - events.size();
    for (const NewEvent &e : std::as_const(events))
        m_model.append(
            {streamId, ++version, e.eventId, e.type, e.payload, e.metadata, m_clock->nowMs()});
    m_clock->advance(1000);
    return *r;
}

qint64 TstEventStore::head()
{
    const auto h = reader().headPosition();
    return h ? *h : -1;
}

void TstEventStore::checkMatchesModel()
{
    ReadAllQuery q;
    q.maxCount = 1'000'000;
    const auto all = reader().readAll(q);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
    QCOMPARE(all->size(), m_model.size());
    for (int i = 0; i < m_model.size(); ++i) {
        const RecordedEvent &e = all->at(i);
        const Expected &x = m_model.at(i);
        QCOMPARE(e.globalPosition, qint64(i + 1));
        QCOMPARE(e.streamId, x.streamId);
        QCOMPARE(e.streamVersion, x.version);
        QCOMPARE(e.eventId, x.eventId);
        QCOMPARE(e.type, x.type);
        QCOMPARE(e.payload, x.payload);
        QCOMPARE(e.metadata, x.metadata);
        QCOMPARE(e.recordedAt, x.recordedAt);
        QCOMPARE(e.hash.size(), 32);
    }
}

// ---------------------------------------------------------------------------------------

void TstEventStore::emptyStore()
{
    QCOMPARE(head(), 0);
    QCOMPARE(*reader().countEvents(), 0);
    QCOMPARE(*reader().streamVersion(u"order-1"_s), -1);
    QCOMPARE(*reader().streamVersionAt(u"order-1"_s, 10), -1);
    QVERIFY(reader().readAll({})->isEmpty());
    const auto slice = reader().readStream(u"order-1"_s, 0, Direction::Forwards, 10);
    QVERIFY(slice);
    QVERIFY(slice->events.isEmpty());
    QCOMPARE(slice->lastStreamVersion, -1);
    const auto report = store().verify();
    QVERIFY(report);
    QVERIFY(report->ok);
    QCOMPARE(report->events, 0);
    QCOMPARE(report->headHash, QByteArray(32, '\0'));
    QVERIFY(m_backend->outboxMessageIds().isEmpty());
}

void TstEventStore::appendAndReadBack()
{
    const NewEvent a = event(u"RequestSubmitted"_s, 1);
    const NewEvent b = event(u"ManagerApproved"_s, 2, 2);
    const AppendResult r = append(request(u"purchase-1"_s, ExpectedVersion::noStream(), {a, b}));
    QVERIFY2(r.ok(), qPrintable(describeError(r)));
    QCOMPARE(r->firstPosition, 1);
    QCOMPARE(r->lastPosition, 2);
    QCOMPARE(r->streamVersion, 1);
    QVERIFY(!r->alreadyStored);
    m_model.append(
        {u"purchase-1"_s, 0, a.eventId, a.type, a.payload, a.metadata, m_clock->nowMs()});
    m_model.append(
        {u"purchase-1"_s, 1, b.eventId, b.type, b.payload, b.metadata, m_clock->nowMs()});
    m_clock->advance(5000);
    const NewEvent c = event(u"PaymentAuthorized"_s, 3);
    const AppendResult r2 = append(request(u"purchase-1"_s, ExpectedVersion::exact(1), {c}));
    QVERIFY2(r2.ok(), qPrintable(describeError(r2)));
    QCOMPARE(r2->firstPosition, 3);
    QCOMPARE(r2->lastPosition, 3);
    QCOMPARE(r2->streamVersion, 2);
    m_model.append(
        {u"purchase-1"_s, 2, c.eventId, c.type, c.payload, c.metadata, m_clock->nowMs()});
    checkMatchesModel();

    const auto all = reader().readAll({});
    QCOMPARE(all->at(1).schemaVersion, 2);
    QCOMPARE(all->at(0).actor(), u"alice"_s);
    QCOMPARE(all->at(0).category(), u"purchase"_s);
    QCOMPARE(all->at(2).payloadObject().value(u"title"_s).toString(), u"Büroklammern für Zürich"_s);
    // Every hash distinct: each link covers its predecessor.
    QSet<QByteArray> hashes;
    for (const RecordedEvent &e : *all)
        hashes.insert(e.hash);
    QCOMPARE(hashes.size(), 3);
    const auto report = store().verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, 3);
    QCOMPARE(report->headHash, all->last().hash);
}

void TstEventStore::expectedVersion_data()
{
    QTest::addColumn<int>("eventsBefore"); // the stream's events before the append
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<bool>("accepted");

    using K = ExpectedVersion::Kind;
    QTest::newRow("any, no stream") << 0 << int(K::Any) << qint64(-1) << true;
    QTest::newRow("any, existing") << 3 << int(K::Any) << qint64(-1) << true;
    QTest::newRow("noStream, no stream") << 0 << int(K::NoStream) << qint64(-1) << true;
    QTest::newRow("noStream, existing") << 3 << int(K::NoStream) << qint64(-1) << false;
    QTest::newRow("streamExists, no stream") << 0 << int(K::StreamExists) << qint64(-1) << false;
    QTest::newRow("streamExists, existing") << 3 << int(K::StreamExists) << qint64(-1) << true;
    QTest::newRow("exact 2, at 2") << 3 << int(K::Exact) << qint64(2) << true;
    QTest::newRow("exact 1, at 2") << 3 << int(K::Exact) << qint64(1) << false;
    QTest::newRow("exact 3, at 2") << 3 << int(K::Exact) << qint64(3) << false;
    QTest::newRow("exact 0, no stream") << 0 << int(K::Exact) << qint64(0) << false;
    QTest::newRow("exact -1, no stream") << 0 << int(K::Exact) << qint64(-1) << true;
    QTest::newRow("exact 0, at 0") << 1 << int(K::Exact) << qint64(0) << true;
}

void TstEventStore::expectedVersion()
{
    QFETCH(int, eventsBefore);
    QFETCH(int, kind);
    QFETCH(qint64, version);
    QFETCH(bool, accepted);

    // Another stream first, so positions and stream versions differ.
    appendExpecting(u"other-1"_s, {event()});
    for (int i = 0; i < eventsBefore; ++i)
        appendExpecting(u"order-1"_s, {event()});
    const QList<QUuid> outboxBefore = m_backend->outboxMessageIds();
    const qint64 headBefore = head();

    ExpectedVersion expected = ExpectedVersion::any();
    switch (ExpectedVersion::Kind(kind)) {
    case ExpectedVersion::Kind::Any:
        break;
    case ExpectedVersion::Kind::NoStream:
        expected = ExpectedVersion::noStream();
        break;
    case ExpectedVersion::Kind::StreamExists:
        expected = ExpectedVersion::streamExists();
        break;
    case ExpectedVersion::Kind::Exact:
        expected = ExpectedVersion::exact(version);
        break;
    }
    const NewEvent a = event();
    const NewEvent b = event();
    const OutboxMessage m = message();
    const AppendResult r = append(request(u"order-1"_s, expected, {a, b}, {m}));
    if (accepted) {
        QVERIFY2(r.ok(), qPrintable(describeError(r)));
        QCOMPARE(r->firstPosition, headBefore + 1);
        QCOMPARE(r->lastPosition, headBefore + 2);
        QCOMPARE(r->streamVersion, qint64(eventsBefore + 1));
        QCOMPARE(head(), headBefore + 2);
        QCOMPARE(m_backend->outboxMessageIds(), outboxBefore + QList<QUuid>{m.messageId});
        QCOMPARE(m_backend->outboxEventPosition(m.messageId), headBefore + 2);
        QCOMPARE(*reader().streamVersion(u"order-1"_s), qint64(eventsBefore + 1));
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY(r.error().message.contains(u"order-1"_s));
        QCOMPARE(head(), headBefore);
        QCOMPARE(m_backend->outboxMessageIds(), outboxBefore);
        QCOMPARE(*reader().streamVersion(u"order-1"_s), qint64(eventsBefore - 1));
        checkMatchesModel();
    }
    const auto report = store().verify();
    QVERIFY(report && report->ok);
}

void TstEventStore::conflictMessageNamesActualVersion()
{
    for (int i = 0; i < 8; ++i)
        appendExpecting(u"order-1"_s, {event()});
    // The stream is at version 7; the append expects 41 or "no stream".
    AppendResult r = append(request(u"order-1"_s, ExpectedVersion::exact(41), {event()}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(u"version 7"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"41"_s), qPrintable(r.error().message));

    r = append(request(u"order-1"_s, ExpectedVersion::noStream(), {event()}));
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(u"version 7"_s), qPrintable(r.error().message));

    // A stream without events: the message says it does not exist.
    r = append(request(u"order-2"_s, ExpectedVersion::exact(3), {event()}));
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(u"not exist"_s, Qt::CaseInsensitive),
             qPrintable(r.error().message));
    QCOMPARE(head(), 8);
}

void TstEventStore::outboxWrittenWithEvents()
{
    appendExpecting(u"order-1"_s, {event()});
    const OutboxMessage m1 = message(u"payment"_s);
    const OutboxMessage m2 = message(u"notification"_s);
    const AppendResult r =
        append(request(u"order-1"_s, ExpectedVersion::exact(0), {event(), event()}, {m1, m2}));
    QVERIFY2(r.ok(), qPrintable(describeError(r)));
    QCOMPARE(m_backend->outboxMessageIds(), (QList<QUuid>{m1.messageId, m2.messageId}));
    QCOMPARE(m_backend->outboxEventPosition(m1.messageId), r->lastPosition);

    // A message id already in the outbox refuses the whole append: no event either.
    const qint64 headBefore = head();
    const NewEvent e = event();
    const AppendResult dup =
        append(request(u"order-1"_s, ExpectedVersion::any(), {e}, {message(), m1}));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, ErrorCode::Validation);
    QCOMPARE(head(), headBefore);
    QCOMPARE(m_backend->outboxMessageIds(), (QList<QUuid>{m1.messageId, m2.messageId}));

    // An outbox message that is not valid refuses the append before anything is queued.
    OutboxMessage bad = message();
    bad.payload = "[1]";
    AppendResult refused = append(request(u"order-1"_s, ExpectedVersion::any(), {event()}, {bad}));
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    bad = message();
    bad.destination.clear();
    refused = append(request(u"order-1"_s, ExpectedVersion::any(), {event()}, {bad}));
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    bad = message();
    bad.messageId = QUuid();
    refused = append(request(u"order-1"_s, ExpectedVersion::any(), {event()}, {bad}));
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QCOMPARE(head(), headBefore);
    QCOMPARE(m_backend->outboxMessageIds().size(), 2);
}

void TstEventStore::idempotentReappend()
{
    appendExpecting(u"other-1"_s, {event()});
    const NewEvent a = event();
    const NewEvent b = event();
    const OutboxMessage m = message();
    const AppendResult first =
        append(request(u"order-1"_s, ExpectedVersion::noStream(), {a, b}, {m}));
    QVERIFY2(first.ok(), qPrintable(describeError(first)));
    appendExpecting(u"other-1"_s, {event()});
    const qint64 headBefore = head();
    const QList<QUuid> outboxBefore = m_backend->outboxMessageIds();

    // The same request again, e.g. a retry after a lost answer; its outbox message has a
    // new id, and still nothing is written.
    const AppendResult again =
        append(request(u"order-1"_s, ExpectedVersion::noStream(), {a, b}, {message()}));
    QVERIFY2(again.ok(), qPrintable(describeError(again)));
    QVERIFY(again->alreadyStored);
    QCOMPARE(again->firstPosition, first->firstPosition);
    QCOMPARE(again->lastPosition, first->lastPosition);
    QCOMPARE(again->streamVersion, 1);
    QCOMPARE(head(), headBefore);
    QCOMPARE(m_backend->outboxMessageIds(), outboxBefore);
    QCOMPARE(*reader().countEvents(), headBefore);
}

void TstEventStore::idempotentReappendIgnoresStaleExpectedVersion()
{
    const NewEvent a = event();
    const AppendResult first = append(request(u"order-1"_s, ExpectedVersion::exact(-1), {a}));
    QVERIFY(first.ok());
    appendExpecting(u"order-1"_s, {event(), event()});
    // The retry's expected version is stale by now; it is a retry all the same.
    const AppendResult again = append(request(u"order-1"_s, ExpectedVersion::exact(-1), {a}));
    QVERIFY2(again.ok(), qPrintable(describeError(again)));
    QVERIFY(again->alreadyStored);
    QCOMPARE(again->firstPosition, 1);
    QCOMPARE(again->lastPosition, 1);
    QCOMPARE(again->streamVersion, 2);
    QCOMPARE(head(), 3);
}

void TstEventStore::partlyStoredReappendWritesNothing()
{
    const NewEvent a = event();
    QVERIFY(append(request(u"order-1"_s, ExpectedVersion::any(), {a})).ok());
    const QList<QUuid> outboxBefore = m_backend->outboxMessageIds();
    const NewEvent fresh = event();
    const AppendResult r =
        append(request(u"order-1"_s, ExpectedVersion::any(), {a, fresh}, {message()}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QCOMPARE(head(), 1);
    QCOMPARE(m_backend->outboxMessageIds(), outboxBefore);
    QCOMPARE(*reader().streamVersion(u"order-1"_s), 0);
}

void TstEventStore::reappendToAnotherStreamWritesNothing()
{
    const NewEvent a = event();
    QVERIFY(append(request(u"order-1"_s, ExpectedVersion::any(), {a})).ok());
    const AppendResult r = append(request(u"order-2"_s, ExpectedVersion::any(), {a}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QCOMPARE(head(), 1);
    QCOMPARE(*reader().streamVersion(u"order-2"_s), -1);
}

void TstEventStore::multiEventAppendIsAtomic_data()
{
    QTest::addColumn<int>("duplicateAt");    // index in the append of the event id reused
    QTest::addColumn<bool>("ofStoredEvent"); // reuses a stored id, else one of this append
    QTest::addColumn<bool>("sameStream");
    QTest::newRow("3rd reuses a stored id, other stream") << 2 << true << false;
    QTest::newRow("3rd reuses a stored id, same stream") << 2 << true << true;
    QTest::newRow("2nd reuses a stored id") << 1 << true << false;
    QTest::newRow("last of 5 reuses a stored id") << 4 << true << false;
    QTest::newRow("3rd repeats the 1st of the append") << 2 << false << false;
}

void TstEventStore::multiEventAppendIsAtomic()
{
    QFETCH(int, duplicateAt);
    QFETCH(bool, ofStoredEvent);
    QFETCH(bool, sameStream);

    const NewEvent stored = event();
    appendExpecting(sameStream ? u"order-9"_s : u"order-1"_s, {stored});
    appendExpecting(u"order-9"_s, {event()});
    const qint64 headBefore = head();
    const QList<QUuid> outboxBefore = m_backend->outboxMessageIds();
    const qint64 versionBefore = *reader().streamVersion(u"order-9"_s);

    QList<NewEvent> events;
    for (int i = 0; i < qMax(3, duplicateAt + 1); ++i)
        events << event();
    NewEvent &dup = events[duplicateAt];
    const NewEvent &source = ofStoredEvent ? stored : events.at(0);
    dup = NewEvent::make(dup.type, QJsonObject{{u"dup"_s, true}}, {}, 1, source.eventId);
    const AppendResult r =
        append(request(u"order-9"_s, ExpectedVersion::any(), events, {message()}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QVERIFY2(r.error().message.contains(uuidText(source.eventId)), qPrintable(r.error().message));

    QCOMPARE(head(), headBefore);
    QCOMPARE(*reader().streamVersion(u"order-9"_s), versionBefore);
    QCOMPARE(m_backend->outboxMessageIds(), outboxBefore);
    checkMatchesModel();

    // The same append without the duplicate succeeds right after the head: no gap.
    events.removeAt(duplicateAt);
    const AppendSuccess ok = appendExpecting(u"order-9"_s, events);
    QCOMPARE(ok.firstPosition, headBefore + 1);
    QCOMPARE(ok.lastPosition, headBefore + events.size());
    checkMatchesModel();
    const auto report = store().verify();
    QVERIFY(report && report->ok);
}

void TstEventStore::fromBytesRefusesNonObjects_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("objects") << QByteArray(R"({"a":1})") << QByteArray("{}") << true;
    QTest::newRow("array payload") << QByteArray("[1,2]") << QByteArray("{}") << false;
    QTest::newRow("number payload") << QByteArray("42") << QByteArray("{}") << false;
    QTest::newRow("string payload") << QByteArray(R"("text")") << QByteArray("{}") << false;
    QTest::newRow("truncated payload") << QByteArray(R"({"a":1)") << QByteArray("{}") << false;
    QTest::newRow("not json") << QByteArray("hello") << QByteArray("{}") << false;
    QTest::newRow("empty payload") << QByteArray() << QByteArray("{}") << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1}x)") << QByteArray("{}") << false;
    QTest::newRow("array metadata") << QByteArray("{}") << QByteArray("[]") << false;
    QTest::newRow("empty metadata") << QByteArray("{}") << QByteArray() << false;
}

void TstEventStore::fromBytesRefusesNonObjects()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, metadata);
    QFETCH(bool, accepted);
    const auto made = NewEvent::fromBytes(seededUuid(77), u"ItemAdded"_s, 1, payload, metadata);
    QCOMPARE(made.ok(), accepted);
    if (!accepted) {
        QCOMPARE(made.error().code, ErrorCode::Validation);
        QVERIFY(!made.error().message.isEmpty());
    }

    // The same bytes in a hand-built event: the store refuses them itself.
    NewEvent e;
    e.eventId = seededUuid(78);
    e.type = u"ItemAdded"_s;
    e.payload = payload;
    e.metadata = metadata;
    const AppendResult r = append(request(u"order-1"_s, ExpectedVersion::any(), {e}, {message()}));
    QCOMPARE(r.ok(), accepted);
    if (!accepted) {
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QVERIFY(r.error().message.contains(u"JSON object"_s));
        QCOMPARE(head(), 0);
        QVERIFY(m_backend->outboxMessageIds().isEmpty());
    }
}

void TstEventStore::validation_data()
{
    QTest::addColumn<QString>("streamId");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("schemaVersion");
    QTest::addColumn<bool>("nullId");
    QTest::addColumn<bool>("noEvents");

    const QString type = u"ItemAdded"_s;
    QTest::newRow("space in stream id") << u"order 1"_s << type << 1 << false << false;
    QTest::newRow("slash in stream id") << u"order/1"_s << type << 1 << false << false;
    QTest::newRow("double quote in stream id") << u"order\"1"_s << type << 1 << false << false;
    QTest::newRow("single quote in stream id") << u"order'1"_s << type << 1 << false << false;
    QTest::newRow("newline in stream id") << u"order\n1"_s << type << 1 << false << false;
    QTest::newRow("$ not first") << u"order-$1"_s << type << 1 << false << false;
    QTest::newRow("$ second") << u"o$rder-1"_s << type << 1 << false << false;
    QTest::newRow("semicolon in stream id") << u"order-1;drop"_s << type << 1 << false << false;
    QTest::newRow("non-ASCII stream id") << u"bestellung-ü"_s << type << 1 << false << false;
    QTest::newRow("empty stream id") << QString() << type << 1 << false << false;
    QTest::newRow("only $") << u"$"_s << type << 1 << false << false;
    QTest::newRow("no category") << u"-1"_s << type << 1 << false << false;
    QTest::newRow("stream id too long") << QString(201, u'a') << type << 1 << false << false;
    QTest::newRow("empty type") << u"order-1"_s << QString() << 1 << false << false;
    QTest::newRow("type with space") << u"order-1"_s << u"Item Added"_s << 1 << false << false;
    QTest::newRow("type with digit first") << u"order-1"_s << u"1Added"_s << 1 << false << false;
    QTest::newRow("type with dash") << u"order-1"_s << u"Item-Added"_s << 1 << false << false;
    QTest::newRow("schema version 0") << u"order-1"_s << type << 0 << false << false;
    QTest::newRow("null event id") << u"order-1"_s << type << 1 << true << false;
    QTest::newRow("no events") << u"order-1"_s << type << 1 << false << true;
}

void TstEventStore::validation()
{
    QFETCH(QString, streamId);
    QFETCH(QString, type);
    QFETCH(int, schemaVersion);
    QFETCH(bool, nullId);
    QFETCH(bool, noEvents);

    appendExpecting(u"order-1"_s, {event()});
    const QList<QUuid> outboxBefore = m_backend->outboxMessageIds();
    NewEvent e;
    e.eventId = nullId ? QUuid() : seededUuid(999);
    e.type = type;
    e.schemaVersion = schemaVersion;
    e.payload = R"({"n":1})";
    e.metadata = R"({"actor":"alice"})";
    QList<NewEvent> events;
    if (!noEvents)
        events << event() << e; // the bad one second: nothing of the append is written
    const AppendResult r = append(request(streamId, ExpectedVersion::any(), events, {message()}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(head(), 1);
    QCOMPARE(*reader().countEvents(), 1);
    QCOMPARE(m_backend->outboxMessageIds(), outboxBefore);
    checkMatchesModel();
}

void TstEventStore::acceptedNames_data()
{
    QTest::addColumn<QString>("streamId");
    QTest::addColumn<QString>("type");
    QTest::newRow("system stream") << u"$users"_s << u"UserCreated"_s;
    QTest::newRow("saga stream") << u"$saga-purchase-7f3a2c1e-0b1d-4c7e-9d2a-1b2c3d4e5f60"_s
                                 << u"SagaStepStarted"_s;
    QTest::newRow("uuid stream") << u"purchase-7f3a2c1e-0b1d-4c7e-9d2a-1b2c3d4e5f60"_s
                                 << u"ManagerApproved"_s;
    QTest::newRow("all allowed characters") << u"a_b.c:d@e-F9"_s << u"Type_2.x"_s;
    QTest::newRow("category only") << u"inventory"_s << u"StockReleased"_s;
    QTest::newRow("200 characters") << QString(200, u'z') << u"A"_s;
}

void TstEventStore::acceptedNames()
{
    QFETCH(QString, streamId);
    QFETCH(QString, type);
    const NewEvent e = event(type);
    const AppendResult r = append(request(streamId, ExpectedVersion::noStream(), {e}));
    QVERIFY2(r.ok(), qPrintable(describeError(r)));
    const auto slice = reader().readStream(streamId, 0, Direction::Forwards, 10);
    QVERIFY(slice);
    QCOMPARE(slice->events.size(), 1);
    QCOMPARE(slice->events.at(0).streamId, streamId);
    QCOMPARE(slice->events.at(0).type, type);
}

void TstEventStore::eventSizeLimit_data()
{
    QTest::addColumn<qint64>("limit");      // 0: the default
    QTest::addColumn<qint64>("eventBytes"); // payload + metadata
    QTest::addColumn<bool>("accepted");
    const qint64 mib = 1024 * 1024;
    QTest::newRow("default, exactly 1 MiB") << qint64(0) << mib << true;
    QTest::newRow("default, 1 MiB + 1") << qint64(0) << mib + 1 << false;
    QTest::newRow("default, 3 MiB") << qint64(0) << 3 * mib << false;
    QTest::newRow("4 KiB limit, at it") << qint64(4096) << qint64(4096) << true;
    QTest::newRow("4 KiB limit, over it") << qint64(4096) << qint64(4097) << false;
}

void TstEventStore::eventSizeLimit()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, eventBytes);
    QFETCH(bool, accepted);
    StoreOptions options;
    if (limit > 0)
        options.maxEventBytes = limit;
    remake(options);
    appendExpecting(u"order-1"_s, {event()});

    const QByteArray metadata = R"({"actor":"alice"})";
    const QByteArray prefix = R"({"blob":")";
    const QByteArray suffix = R"("})";
    const qint64 fill = eventBytes - metadata.size() - prefix.size() - suffix.size();
    const QByteArray payload = prefix + QByteArray(fill, 'x') + suffix;
    QCOMPARE(payload.size() + metadata.size(), eventBytes);
    auto big = NewEvent::fromBytes(seededUuid(5000), u"BlobAttached"_s, 1, payload, metadata);
    QVERIFY(big);
    const AppendResult r =
        append(request(u"order-1"_s, ExpectedVersion::any(), {event(), *big}, {message()}));
    QCOMPARE(r.ok(), accepted);
    if (accepted) {
        const auto slice = reader().readStream(u"order-1"_s, 2, Direction::Forwards, 1);
        QCOMPARE(slice->events.at(0).payload, payload);
        QCOMPARE(m_backend->outboxMessageIds().size(), 1);
    } else {
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QVERIFY2(r.error().message.contains(QString::number(eventBytes)),
                 qPrintable(r.error().message));
        QCOMPARE(head(), 1);
        QVERIFY(m_backend->outboxMessageIds().isEmpty());
    }
}

void TstEventStore::readStream()
{
    for (int i = 0; i < 5; ++i) {
        appendExpecting(u"order-1"_s, {event(i % 2 ? u"ItemRemoved"_s : u"ItemAdded"_s, i)});
        appendExpecting(u"order-2"_s, {event(u"ItemAdded"_s, 100 + i)});
    }
    // The versions read, or -1 for an event of another stream.
    auto versions = [](const StreamSlice &s) {
        QList<qint64> v;
        for (const RecordedEvent &e : s.events)
            v << (e.streamId == u"order-1"_s ? e.streamVersion : -1);
        return v;
    };
    auto fwd = reader().readStream(u"order-1"_s, 0, Direction::Forwards, 100);
    QVERIFY(fwd);
    QCOMPARE(versions(*fwd), (QList<qint64>{0, 1, 2, 3, 4}));
    QCOMPARE(fwd->lastStreamVersion, 4);
    QCOMPARE(fwd->events.at(3).type, u"ItemRemoved"_s);
    QCOMPARE(fwd->events.at(3).payloadObject().value(u"n"_s).toInt(), 3);
    QCOMPARE(fwd->events.at(2).globalPosition, 5);

    QCOMPARE(versions(*reader().readStream(u"order-1"_s, 2, Direction::Forwards, 100)),
             (QList<qint64>{2, 3, 4}));
    const auto limited = reader().readStream(u"order-1"_s, 1, Direction::Forwards, 2);
    QCOMPARE(versions(*limited), (QList<qint64>{1, 2}));
    QCOMPARE(limited->lastStreamVersion, 4);
    QVERIFY(reader().readStream(u"order-1"_s, 5, Direction::Forwards, 100)->events.isEmpty());

    QCOMPARE(versions(*reader().readStream(u"order-1"_s, -1, Direction::Backwards, 100)),
             (QList<qint64>{4, 3, 2, 1, 0}));
    QCOMPARE(versions(*reader().readStream(u"order-1"_s, 2, Direction::Backwards, 100)),
             (QList<qint64>{2, 1, 0}));
    QCOMPARE(versions(*reader().readStream(u"order-1"_s, -1, Direction::Backwards, 2)),
             (QList<qint64>{4, 3}));
    QCOMPARE(versions(*reader().readStream(u"order-1"_s, 3, Direction::Backwards, 2)),
             (QList<qint64>{3, 2}));
    QCOMPARE(versions(*reader().readStream(u"order-1"_s, 0, Direction::Backwards, 100)),
             (QList<qint64>{0}));

    const auto none = reader().readStream(u"order-3"_s, 0, Direction::Forwards, 100);
    QVERIFY(none);
    QVERIFY(none->events.isEmpty());
    QCOMPARE(none->lastStreamVersion, -1);
    QVERIFY(reader().readStream(u"order-3"_s, -1, Direction::Backwards, 100)->events.isEmpty());
    // A stream whose name is a prefix of another is its own stream.
    QVERIFY(reader().readStream(u"order-"_s, 0, Direction::Forwards, 100)->events.isEmpty());
}

void TstEventStore::readAllFiltersAndDirections()
{
    // Categories that share a prefix, a stream named just like a category, a system stream.
    appendExpecting(u"order-1"_s, {event(u"ItemAdded"_s), event(u"ItemRemoved"_s)});
    appendExpecting(u"orderx-1"_s, {event(u"ItemAdded"_s)});
    appendExpecting(u"invoice-1"_s, {event(u"InvoiceIssued"_s)});
    appendExpecting(u"order-2"_s, {event(u"ItemAdded"_s)});
    appendExpecting(u"order"_s, {event(u"OrderBookOpened"_s)});
    appendExpecting(u"$users"_s, {event(u"UserCreated"_s)});
    appendExpecting(u"order-1"_s, {event(u"ItemAdded"_s)});
    appendExpecting(u"invoice-1"_s, {event(u"InvoicePaid"_s)});
    appendExpecting(u"order-3-a"_s, {event(u"ItemAdded"_s)});
    const qint64 total = m_model.size();
    QCOMPARE(total, 10);

    auto positions = [](const Result<QList<RecordedEvent>> &r) {
        QList<qint64> p;
        if (r)
            for (const RecordedEvent &e : *r)
                p << e.globalPosition;
        return p;
    };
    auto expectedPositions = [this](auto pred) {
        QList<qint64> p;
        for (int i = 0; i < m_model.size(); ++i)
            if (pred(m_model.at(i)))
                p << i + 1;
        return p;
    };

    ReadAllQuery q;
    q.maxCount = 100;
    QCOMPARE(positions(reader().readAll(q)),
             expectedPositions([](const Expected &) { return true; }));
    checkMatchesModel();

    q.fromPosition = 4;
    QCOMPARE(positions(reader().readAll(q)), (QList<qint64>{4, 5, 6, 7, 8, 9, 10}));
    q.toPosition = 6;
    QCOMPARE(positions(reader().readAll(q)), (QList<qint64>{4, 5, 6}));
    q.fromPosition = 11;
    q.toPosition = 0;
    QVERIFY(positions(reader().readAll(q)).isEmpty());
    q.fromPosition = 0; // below 1 reads from the start
    QCOMPARE(positions(reader().readAll(q)).size(), total);

    ReadAllQuery cat;
    cat.category = u"order"_s;
    QCOMPARE(positions(reader().readAll(cat)), (QList<qint64>{1, 2, 5, 6, 8, 10}));
    cat.category = u"orderx"_s;
    QCOMPARE(positions(reader().readAll(cat)), (QList<qint64>{3}));
    cat.category = u"$users"_s;
    QCOMPARE(positions(reader().readAll(cat)), (QList<qint64>{7}));
    cat.category = u"nothing"_s;
    QVERIFY(positions(reader().readAll(cat)).isEmpty());

    ReadAllQuery type;
    type.type = u"ItemAdded"_s;
    QCOMPARE(positions(reader().readAll(type)), (QList<qint64>{1, 3, 5, 8, 10}));
    type.category = u"order"_s;
    QCOMPARE(positions(reader().readAll(type)), (QList<qint64>{1, 5, 8, 10}));
    type.fromPosition = 6;
    QCOMPARE(positions(reader().readAll(type)), (QList<qint64>{8, 10}));

    ReadAllQuery back;
    back.direction = Direction::Backwards;
    back.fromPosition = 0; // from the end
    QCOMPARE(positions(reader().readAll(back)), (QList<qint64>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
    back.fromPosition = 7;
    QCOMPARE(positions(reader().readAll(back)), (QList<qint64>{7, 6, 5, 4, 3, 2, 1}));
    back.toPosition = 5;
    QCOMPARE(positions(reader().readAll(back)), (QList<qint64>{7, 6, 5}));
    back.toPosition = 0;
    back.maxCount = 2;
    QCOMPARE(positions(reader().readAll(back)), (QList<qint64>{7, 6}));
    back.maxCount = 100;
    back.category = u"invoice"_s;
    back.fromPosition = 0;
    QCOMPARE(positions(reader().readAll(back)), (QList<qint64>{9, 4}));
    back.category.clear();
    back.type = u"ItemAdded"_s;
    back.fromPosition = 9;
    QCOMPARE(positions(reader().readAll(back)), (QList<qint64>{8, 5, 3, 1}));
}

void TstEventStore::readAllPagedByPosition()
{
    for (int i = 0; i < 47; ++i)
        appendExpecting(i % 3 ? u"order-%1"_s.arg(i % 4) : u"invoice-%1"_s.arg(i),
                        {event(i % 2 ? u"ItemAdded"_s : u"ItemRemoved"_s, i)});
    // Forwards, pages of 5: each page starts after the last position seen.
    QList<qint64> seen;
    ReadAllQuery q;
    q.maxCount = 5;
    int pages = 0;
    for (;;) {
        const auto page = reader().readAll(q);
        QVERIFY(page);
        QVERIFY(page->size() <= 5);
        if (page->isEmpty())
            break;
        ++pages;
        for (const RecordedEvent &e : *page)
            seen << e.globalPosition;
        q.fromPosition = page->last().globalPosition + 1;
    }
    QCOMPARE(pages, 10);
    QList<qint64> all;
    for (qint64 p = 1; p <= 47; ++p)
        all << p;
    QCOMPARE(seen, all);

    // Backwards, by category.
    QList<qint64> backSeen;
    ReadAllQuery b;
    b.direction = Direction::Backwards;
    b.fromPosition = 0;
    b.category = u"order"_s;
    b.maxCount = 4;
    for (;;) {
        const auto page = reader().readAll(b);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const RecordedEvent &e : *page) {
            QCOMPARE(e.category(), u"order"_s);
            backSeen << e.globalPosition;
        }
        b.fromPosition = page->last().globalPosition - 1;
        if (b.fromPosition < 1)
            break;
    }
    QList<qint64> orderPositions;
    for (int i = m_model.size() - 1; i >= 0; --i)
        if (m_model.at(i).streamId.startsWith(u"order-"_s))
            orderPositions << i + 1;
    QCOMPARE(backSeen, orderPositions);

    // A page taken while appends go on does not move: keyset paging, not offsets.
    ReadAllQuery first;
    first.maxCount = 10;
    const auto before = reader().readAll(first);
    appendExpecting(u"order-0"_s, {event()});
    const auto after = reader().readAll(first);
    QVERIFY(before && after);
    QCOMPARE(before->size(), 10);
    QCOMPARE(after->size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(after->at(i).eventId, before->at(i).eventId);
}

void TstEventStore::countsAndVersions()
{
    appendExpecting(u"order-1"_s, {event(u"ItemAdded"_s), event(u"ItemRemoved"_s)});
    appendExpecting(u"invoice-1"_s, {event(u"InvoiceIssued"_s)});
    appendExpecting(u"order-2"_s, {event(u"ItemAdded"_s)});
    appendExpecting(u"order-1"_s, {event(u"ItemAdded"_s)});
    appendExpecting(u"orderx-1"_s, {event(u"ItemAdded"_s)});

    QCOMPARE(*reader().headPosition(), 6);
    QCOMPARE(*reader().countEvents(), 6);
    QCOMPARE(*reader().countEvents(u"order"_s), 4);
    QCOMPARE(*reader().countEvents(u"invoice"_s), 1);
    QCOMPARE(*reader().countEvents(u"orderx"_s), 1);
    QCOMPARE(*reader().countEvents({}, u"ItemAdded"_s), 4);
    QCOMPARE(*reader().countEvents(u"order"_s, u"ItemAdded"_s), 3);
    QCOMPARE(*reader().countEvents(u"nothing"_s), 0);

    QCOMPARE(*reader().streamVersion(u"order-1"_s), 2);
    QCOMPARE(*reader().streamVersion(u"order-2"_s), 0);
    QCOMPARE(*reader().streamVersion(u"order-3"_s), -1);

    // The stream's version as it stood at each global position.
    const QList<qint64> order1 = {0, 1, 1, 1, 2, 2}; // after positions 1..6
    for (int p = 1; p <= 6; ++p)
        QCOMPARE(*reader().streamVersionAt(u"order-1"_s, p), order1.at(p - 1));
    QCOMPARE(*reader().streamVersionAt(u"order-1"_s, 0), -1);
    QCOMPARE(*reader().streamVersionAt(u"order-2"_s, 3), -1);
    QCOMPARE(*reader().streamVersionAt(u"order-2"_s, 4), 0);
    QCOMPARE(*reader().streamVersionAt(u"order-2"_s, 1000), 0);
    QCOMPARE(*reader().streamVersionAt(u"invoice-1"_s, 2), -1);
}

void TstEventStore::positionsGapFreeAfterRefusals()
{
    // Conflicts, duplicates and retries between appends leave no hole in the positions.
    for (int i = 0; i < 30; ++i) {
        const QString stream = u"order-%1"_s.arg(i % 4);
        const NewEvent e = event();
        QVERIFY(append(request(stream, ExpectedVersion::any(), {e})).ok());
        m_model.append({stream, *reader().streamVersion(stream), e.eventId, e.type, e.payload,
                        e.metadata, m_clock->nowMs()});
        QCOMPARE(append(request(stream, ExpectedVersion::noStream(), {event()})).error().code,
                 ErrorCode::Conflict);
        QVERIFY(append(request(stream, ExpectedVersion::any(), {e})).value().alreadyStored);
        NewEvent dup = event();
        dup.eventId = e.eventId;
        dup.bodyDigest.clear();
        QVERIFY(!append(request(stream, ExpectedVersion::any(), {event(), dup})).ok());
    }
    checkMatchesModel();
    QCOMPARE(*reader().headPosition(), 30);
    const auto report = store().verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, 30);
}

void TstEventStore::groupCommitKeepsEachResult()
{
    const NewEvent stored = event();
    QVERIFY(append(request(u"group-0"_s, ExpectedVersion::any(), {stored})).ok());
    appendExpecting(u"group-a"_s, {event()}); // group-a is at version 0

    // Once the writer is held, every earlier commit has been announced.
    const std::function<void()> release = m_backend->holdWriter(store());
    std::atomic_int commits{0};
    std::atomic<qint64> committedHead{0};
    QObject context;
    connect(
        &store(), &EventStore::eventsCommitted, &context,
        [&](qint64 head) {
            ++commits;
            committedHead = head;
        },
        Qt::DirectConnection);

    const NewEvent a = event();
    const NewEvent c1 = event();
    const NewEvent c2 = event();
    const NewEvent f = event();
    const OutboxMessage ma = message();
    const OutboxMessage mb = message();
    const OutboxMessage me = message();
    QList<QFuture<AppendResult>> futures;
    futures << store().append(request(u"group-a"_s, ExpectedVersion::exact(0), {a}, {ma}))
            << store().append(request(u"group-a"_s, ExpectedVersion::exact(7), {event()}, {mb}))
            << store().append(request(u"group-b"_s, ExpectedVersion::noStream(), {c1, c2}))
            << store().append(request(u"group-0"_s, ExpectedVersion::noStream(), {stored}))
            << store().append(
                   request(u"group-c"_s, ExpectedVersion::any(),
                           {event(), NewEvent::make(u"ItemAdded"_s, {}, {}, 1, a.eventId)}, {me}))
            << store().append(request(u"group-a"_s, ExpectedVersion::exact(1), {f}));
    for (const auto &future : std::as_const(futures))
        QVERIFY(!future.isFinished());
    release();

    QList<AppendResult> results;
    for (auto &future : futures)
        results << future.result();
    QVERIFY2(results.at(0).ok(), qPrintable(describeError(results.at(0))));
    QCOMPARE(results.at(0)->firstPosition, 3);
    QCOMPARE(results.at(0)->streamVersion, 1);
    QCOMPARE(results.at(1).error().code, ErrorCode::Conflict);
    QVERIFY2(results.at(1).error().message.contains(u"version 1"_s),
             qPrintable(results.at(1).error().message));
    QVERIFY2(results.at(2).ok(), qPrintable(describeError(results.at(2))));
    QCOMPARE(results.at(2)->firstPosition, 4);
    QCOMPARE(results.at(2)->lastPosition, 5);
    QVERIFY2(results.at(3).ok(), qPrintable(describeError(results.at(3))));
    QVERIFY(results.at(3)->alreadyStored);
    QCOMPARE(results.at(3)->firstPosition, 1);
    QCOMPARE(results.at(4).error().code, ErrorCode::Validation);
    QVERIFY2(results.at(5).ok(), qPrintable(describeError(results.at(5))));
    QCOMPARE(results.at(5)->firstPosition, 6);
    QCOMPARE(results.at(5)->streamVersion, 2);

    // One commit for the whole group, and only the accepted appends' outbox messages.
    m_backend->holdWriter(store())(); // the group's announcement has been made
    QCOMPARE(commits.load(), 1);
    QCOMPARE(committedHead.load(), 6);
    QCOMPARE(*reader().headPosition(), 6);
    QCOMPARE(*reader().streamVersion(u"group-c"_s), -1);
    QCOMPARE(m_backend->outboxMessageIds(), QList<QUuid>{ma.messageId});
    QCOMPARE(m_backend->outboxEventPosition(ma.messageId), 3);
    const auto report = store().verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, 6);
}

void TstEventStore::concurrentAppends()
{
    constexpr int Threads = 32;
    constexpr int PerThread = 50;
    std::atomic_int commits{0};
    QObject context;
    connect(
        &store(), &EventStore::eventsCommitted, &context, [&](qint64) { ++commits; },
        Qt::DirectConnection);

    struct Acked
    {
        QUuid eventId;
        QString streamId;
        qint64 version;
        qint64 position;
    };
    QMutex mutex;
    QStringList problems;
    QList<Acked> acked;
    std::atomic_int conflicts{0};
    EventStore *s = m_store.get();

    auto worker = [&, s](int t) {
        const QString stream = u"conc-%1"_s.arg(t);
        for (int i = 0; i < PerThread; ++i) {
            const NewEvent e = NewEvent::make(u"ItemAdded"_s, QJsonObject{{u"t"_s, t}, {u"i"_s, i}},
                                              {}, 1, seededUuid(quint64(t + 1) << 20 | quint64(i)));
            const ExpectedVersion expected =
                i == 0 ? ExpectedVersion::noStream() : ExpectedVersion::exact(i - 1);
            QFuture<AppendResult> good = s->append(request(stream, expected, {e}));
            // Every fifth round also an append that must conflict, racing the good one.
            std::optional<QFuture<AppendResult>> bad;
            if (i % 5 == 2)
                bad = s->append(request(stream, ExpectedVersion::exact(i + 100),
                                        {NewEvent::make(u"ItemAdded"_s, {}, {})}));
            const AppendResult r = good.result();
            QMutexLocker locker(&mutex);
            if (!r.ok() || r->alreadyStored || r->streamVersion != i ||
                r->firstPosition != r->lastPosition)
                problems << u"thread %1 append %2: %3"_s.arg(t).arg(i).arg(describeError(r));
            else
                acked.append({e.eventId, stream, i, r->firstPosition});
            if (bad) {
                const AppendResult br = bad->result();
                if (br.ok() || br.error().code != ErrorCode::Conflict)
                    problems << u"thread %1 conflict %2: %3"_s.arg(t).arg(i).arg(describeError(br));
                else
                    ++conflicts;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t)
        threads.emplace_back(worker, t);
    for (std::thread &t : threads)
        t.join();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    QCOMPARE(acked.size(), Threads * PerThread);
    QCOMPARE(conflicts.load(), Threads * (PerThread / 5));

    // Every append got its own position; together they are 1..N without a gap.
    QSet<qint64> positions;
    for (const Acked &a : std::as_const(acked))
        positions.insert(a.position);
    QCOMPARE(positions.size(), Threads * PerThread);
    QCOMPARE(*reader().headPosition(), qint64(Threads * PerThread));

    ReadAllQuery q;
    q.maxCount = Threads * PerThread + 10;
    const auto all = reader().readAll(q);
    QVERIFY(all);
    QCOMPARE(all->size(), Threads * PerThread);
    QHash<QUuid, const RecordedEvent *> byId;
    for (int i = 0; i < all->size(); ++i) {
        QCOMPARE(all->at(i).globalPosition, qint64(i + 1));
        byId.insert(all->at(i).eventId, &all->at(i));
    }
    for (const Acked &a : std::as_const(acked)) {
        const RecordedEvent *e = byId.value(a.eventId);
        QVERIFY(e);
        QCOMPARE(e->globalPosition, a.position);
        QCOMPARE(e->streamId, a.streamId);
        QCOMPARE(e->streamVersion, a.version);
    }
    for (int t = 0; t < Threads; ++t)
        QCOMPARE(*reader().streamVersion(u"conc-%1"_s.arg(t)), qint64(PerThread - 1));

    // Appends were committed together: fewer commits than appends.
    QVERIFY2(
        commits.load() < Threads * PerThread,
        qPrintable(u"%1 commits for %2 appends"_s.arg(commits.load()).arg(Threads * PerThread)));
    const auto report = store().verify();
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->reason));
    QCOMPARE(report->events, qint64(Threads * PerThread));
}

void TstEventStore::closingFinishesEveryAppend()
{
    // Appends still queued when the store is closed: each one's future finishes, and what
    // it reported is what the store holds when it is opened again.
    QList<QFuture<AppendResult>> futures;
    QList<QUuid> ids;
    for (int i = 0; i < 200; ++i) {
        const NewEvent e = event();
        ids << e.eventId;
        futures << store().append(request(u"order-%1"_s.arg(i % 5), ExpectedVersion::any(), {e}));
    }
    m_store.reset();
    QSet<QUuid> reported;
    for (int i = 0; i < futures.size(); ++i) {
        QVERIFY(futures.at(i).isFinished());
        QVERIFY(!futures.at(i).isCanceled());
        const AppendResult r = futures[i].result();
        if (r.ok())
            reported.insert(ids.at(i));
        else
            QCOMPARE(r.error().code, ErrorCode::StoreUnavailable);
    }
    StoreOptions options;
    options.clock = m_clock;
    m_store = m_backend->reopen(options);
    QVERIFY(m_store);
    ReadAllQuery q;
    q.maxCount = 1000;
    QSet<QUuid> stored;
    const auto all = reader().readAll(q);
    QVERIFY(all);
    for (const RecordedEvent &e : *all)
        stored.insert(e.eventId);
    QCOMPARE(stored, reported);
    QVERIFY(store().verify()->ok);
}

void TstEventStore::verifyReportsProgressAndCancels()
{
    for (int i = 0; i < 5; ++i)
        appendExpecting(u"order-1"_s, {event(), event(), event(), event(), event()});
    QList<std::pair<qint64, qint64>> calls;
    const auto report = store().verify([&calls](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QVERIFY(report && report->ok);
    QCOMPARE(report->events, 25);
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), (std::pair<qint64, qint64>(25, 25)));
    for (int i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);

    const std::atomic_bool cancel{true};
    const auto cancelled = store().verify({}, &cancel);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Each backend runs the same suite; a PostgreSQL backend adds its factory here.
    const QList<BackendFactory> backends{makeSqliteBackend};
    int failures = 0;
    for (const BackendFactory &factory : backends) {
        TstEventStore suite(factory);
        failures += QTest::qExec(&suite, argc, argv);
    }
    return failures;
}

#include "tst_eventstore.moc"
