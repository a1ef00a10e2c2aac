// SPDX-License-Identifier: GPL-3.0-or-later
// Dead letters: parked with their error and times, never dropped or changed; list, show,
// retry, retry-all with confirmation, edit-and-retry keeping the original, discard with a
// reason; every change audited in $deadletters, admins only.
#include "MessagingFakes.h"
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "messaging/DeadLetters.h"
#include "messaging/Dispatcher.h"
#include "messaging/Messages.h"
#include "security/AccessControl.h"
#include "security/Users.h"

#include <QTest>

using namespace eventdesk;
using namespace eventdesk::messaging;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdleTimeoutMs = 20000;

const security::SignedInUser Admin{u"admin"_s, security::RoleSet{security::Role::Admin}, {}};
const security::SignedInUser Clerk{u"clerk"_s, security::RoleSet{security::Role::Requester}, {}};

DispatcherOptions testOptions()
{
    DispatcherOptions o;
    o.pollIntervalMs = 0;
    o.random = [] { return 0.0; };
    return o;
}

// Three payments that were refused for good, parked as dead letters 1, 2, 3.
struct Fixture
{
    TempStore tmp;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    std::unique_ptr<SqliteEventStore> store;
    FakeDirectory directory;
    FakeService *payment = nullptr;
    qint64 parkedAt = 0;

    bool setUp()
    {
        StoreOptions o;
        o.synchronous = StoreOptions::Synchronous::Normal;
        store = createStore(tmp.path(), clock, o);
        if (!store)
            return false;
        payment = &directory.add(u"payment"_s, FakeService::Mode::Permanent);
        if (!queueCalls(*store, {{testCall(u"payment"_s, u"pay-1"_s), u"purchase-1"_s},
                                 {testCall(u"payment"_s, u"pay-2"_s), u"purchase-2"_s},
                                 {testCall(u"payment"_s, u"pay-3"_s), u"purchase-3"_s}}))
            return false;
        clock->advance(5000);
        parkedAt = clock->nowMs();
        if (!dispatch())
            return false;
        payment->setMode(FakeService::Mode::Up);
        return true;
    }

    bool dispatch()
    {
        Dispatcher d(*store, directory, nullptr, testOptions());
        d.start();
        return d.runUntilIdle(IdleTimeoutMs);
    }

    qint64 count(const QString &sql)
    {
        RawDb raw(tmp.path(), true);
        return raw.scalar(sql).toLongLong();
    }
    qint64 events() { return count(u"SELECT count(*) FROM events"_s); }
    qint64 outbox() { return count(u"SELECT count(*) FROM outbox"_s); }
    QList<RecordedEvent> stream(const QString &id)
    {
        auto slice = store->reader().readStream(id, 0, Direction::Forwards, 1000);
        return slice ? slice->events : QList<RecordedEvent>();
    }
    QByteArray deadPayload(qint64 id)
    {
        RawDb raw(tmp.path(), true);
        return raw.scalar(u"SELECT payload FROM dead_letters WHERE id = ?"_s, {id}).toByteArray();
    }
    // The outbox row of a message: payload, destination, ordering_key, status
    QVariantList outboxRow(const QUuid &messageId)
    {
        RawDb raw(tmp.path(), true);
        const auto rows = raw.rows(u"SELECT payload, destination, ordering_key, status FROM outbox "
                                   "WHERE message_id = ?"_s,
                                   {messageId.toRfc4122()});
        return rows.isEmpty() ? QVariantList() : rows.constFirst();
    }
};
} // namespace

class tst_DeadLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parkedWithErrorAttemptsAndTimes();
    void retryRequeuesTheSamePayloadOnce();
    void editAndRetryKeepsTheOriginal();
    void editRefusesWhatCannotBeSent();
    void discardNeedsAReason();
    void retryAllNeedsConfirmation();
    void onlyAdministratorsChangeThem();
    void unknownIdsAreNotFound();
    void theTableRefusesChangesAndDeletes();
};

void tst_DeadLetters::parkedWithErrorAttemptsAndTimes()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    auto list = letters.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(letters.countParked().value(), 3);
    const DeadLetter &d = list->constFirst();
    QCOMPARE(d.id, 1);
    QCOMPARE(d.service, u"payment"_s);
    QCOMPARE(d.orderingKey, u"purchase-1"_s);
    QCOMPARE(d.attempts, 1);
    QCOMPARE(d.firstFailedAt, f.parkedAt);
    QCOMPARE(d.lastFailedAt, f.parkedAt);
    QCOMPARE(d.httpStatus, 422);
    QVERIFY(d.permanent);
    QVERIFY(d.error.contains(u"422"_s));
    QCOMPARE(d.state, DeadLetter::State::Parked);
    QCOMPARE(d.operation(), u"authorize"_s);
    QCOMPARE(decodeServiceCall(d.payload)->idempotencyKey, u"pay-1"_s);

    const QJsonObject json = d.toListJson();
    for (const char *k :
         {"id", "service", "error", "attempts", "first_failed_at", "last_failed_at"})
        QVERIFY2(json.contains(QLatin1String(k)), k);
    QCOMPARE(json.value("id"_L1).toInteger(), 1);
    QCOMPARE(json.value("first_failed_at"_L1).toInteger(), f.parkedAt);
    const QJsonObject full = d.toJson();
    QCOMPARE(full.value("payload"_L1).toObject().value("idempotencyKey"_L1).toString(), u"pay-1"_s);
    QVERIFY(full.value("resolution"_L1).isNull());
    QCOMPARE(full.value("state"_L1).toString(), u"parked"_s);

    auto one = letters.find(2);
    QVERIFY(one);
    QCOMPARE(one->orderingKey, u"purchase-2"_s);
}

void tst_DeadLetters::retryRequeuesTheSamePayloadOnce()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    const QByteArray original = f.deadPayload(1);
    const qint64 outboxBefore = f.outbox();
    auto retried = letters.retry(Admin, 1);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    QCOMPARE(f.outbox(), outboxBefore + 1);
    const QVariantList row = f.outboxRow(retried.value());
    QCOMPARE(row.at(0).toByteArray(), original); // the same call, the same idempotency key
    QCOMPARE(row.at(1).toString(), u"payment"_s);
    QCOMPARE(row.at(2).toString(), u"purchase-1"_s);
    QCOMPARE(row.at(3).toString(), u"pending"_s);

    const QList<RecordedEvent> audit = f.stream(QString(DeadLettersStream));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).type, QString(MessagingEvents::DeadLetterRetried));
    QCOMPARE(audit.at(0).actor(), u"admin"_s);
    QCOMPARE(audit.at(0).payloadObject().value("deadLetter"_L1).toInteger(), 1);
    QCOMPARE(audit.at(0).payloadObject().value("retryMessageId"_L1).toString(),
             uuidText(retried.value()));
    QCOMPARE(audit.at(0).payloadObject().value("idempotencyKey"_L1).toString(), u"pay-1"_s);

    auto shown = letters.find(1);
    QVERIFY(shown);
    QCOMPARE(shown->state, DeadLetter::State::Retried);
    QCOMPARE(shown->resolvedBy, u"admin"_s);
    QCOMPARE(shown->retryMessageId, retried.value());
    QCOMPARE(shown->payload, original);
    QCOMPARE(letters.list()->size(), 2);
    QCOMPARE(letters.list(true)->size(), 3);

    // Once only.
    const qint64 eventsBefore = f.events();
    auto again = letters.retry(Admin, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(u"already retried"_s));
    QCOMPARE(f.events(), eventsBefore);
    QCOMPARE(f.outbox(), outboxBefore + 1);

    // The service is back: the retried message goes, with its original key.
    QVERIFY(f.dispatch());
    QCOMPARE(f.payment->effectsFor(u"pay-1"_s), 1);
    QCOMPARE(f.outboxRow(retried.value()).at(3).toString(), u"delivered"_s);
}

void tst_DeadLetters::editAndRetryKeepsTheOriginal()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    const QByteArray original = f.deadPayload(2);
    QJsonObject edited = QJsonDocument::fromJson(original).object();
    QJsonObject body = edited.value("body"_L1).toObject();
    body.insert("amount"_L1, QJsonObject{{"value"_L1, u"99.00"_s}, {"currency"_L1, u"EUR"_s}});
    edited.insert("body"_L1, body);
    auto retried = letters.editAndRetry(Admin, 2, edited, u"amount corrected"_s);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));

    // The original is kept, in the dead letter and in the event.
    QCOMPARE(f.deadPayload(2), original);
    const QList<RecordedEvent> audit = f.stream(QString(DeadLettersStream));
    QCOMPARE(audit.size(), 1);
    const RecordedEvent &e = audit.constFirst();
    QCOMPARE(e.type, QString(MessagingEvents::DeadLetterEdited));
    QCOMPARE(e.actor(), u"admin"_s);
    QCOMPARE(e.metadataObject().value("reason"_L1).toString(), u"amount corrected"_s);
    const QJsonObject p = e.payloadObject();
    QCOMPARE(p.value("originalPayload"_L1).toObject(), QJsonDocument::fromJson(original).object());
    QCOMPARE(p.value("previousIdempotencyKey"_L1).toString(), u"pay-2"_s);
    const QString newKey = p.value("idempotencyKey"_L1).toString();
    QVERIFY(!newKey.isEmpty());
    QVERIFY(newKey != u"pay-2"_s);
    QCOMPARE(p.value("payload"_L1).toObject().value("idempotencyKey"_L1).toString(), newKey);
    QCOMPARE(p.value("payload"_L1)
                 .toObject()
                 .value("body"_L1)
                 .toObject()
                 .value("amount"_L1)
                 .toObject()
                 .value("value"_L1)
                 .toString(),
             u"99.00"_s);

    // The queued message carries the edit and the new key.
    const auto sent = decodeServiceCall(f.outboxRow(retried.value()).at(0).toByteArray());
    QVERIFY(sent);
    QCOMPARE(sent->idempotencyKey, newKey);
    QCOMPARE(sent->body.value("amount"_L1).toObject().value("value"_L1).toString(), u"99.00"_s);
    QCOMPARE(sent->correlationId, u"corr-pay-2"_s);

    auto shown = letters.find(2);
    QCOMPARE(shown->state, DeadLetter::State::Edited);
    QCOMPARE(shown->reason, u"amount corrected"_s);
    QCOMPARE(shown->toJson().value("resolution"_L1).toObject().value("by"_L1).toString(),
             u"admin"_s);

    QVERIFY(f.dispatch());
    QCOMPARE(f.payment->effectsFor(newKey), 1);
    QCOMPARE(f.payment->effectsFor(u"pay-2"_s), 0);
}

void tst_DeadLetters::editRefusesWhatCannotBeSent()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    const QJsonObject original = QJsonDocument::fromJson(f.deadPayload(1)).object();
    const qint64 events = f.events();
    const qint64 outbox = f.outbox();

    QJsonObject otherService = original;
    otherService.insert("service"_L1, u"ledger"_s);
    QJsonObject noOperation = original;
    noOperation.remove("operation"_L1);
    QJsonObject badBody = original;
    badBody.insert("body"_L1, u"not an object"_s);
    for (const QJsonObject &bad : {otherService, noOperation, badBody, QJsonObject()}) {
        auto r = letters.editAndRetry(Admin, 1, bad);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QVERIFY(!r.error().message.isEmpty());
    }
    QCOMPARE(f.events(), events);
    QCOMPARE(f.outbox(), outbox);
    QCOMPARE(letters.find(1)->state, DeadLetter::State::Parked);
}

void tst_DeadLetters::discardNeedsAReason()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    const qint64 events = f.events();
    Status s = letters.discard(Admin, 3, u"   "_s);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::Validation);
    QCOMPARE(f.events(), events);

    s = letters.discard(Admin, 3, u"order cancelled by phone"_s);
    QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    const QList<RecordedEvent> audit = f.stream(QString(DeadLettersStream));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).type, QString(MessagingEvents::DeadLetterDiscarded));
    QCOMPARE(audit.at(0).payloadObject().value("reason"_L1).toString(),
             u"order cancelled by phone"_s);
    QCOMPARE(audit.at(0).actor(), u"admin"_s);
    auto shown = letters.find(3);
    QCOMPARE(shown->state, DeadLetter::State::Discarded);
    QCOMPARE(shown->reason, u"order cancelled by phone"_s);
    // Discarded is not dropped: the row is there, it is only no longer parked.
    QCOMPARE(f.count(u"SELECT count(*) FROM dead_letters"_s), 3);
    QCOMPARE(letters.list()->size(), 2);
    auto retry = letters.retry(Admin, 3);
    QVERIFY(!retry);
    QVERIFY(retry.error().message.contains(u"discarded"_s));
}

void tst_DeadLetters::retryAllNeedsConfirmation()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    const qint64 events = f.events();
    const qint64 outbox = f.outbox();
    auto refused = letters.retryAll(Admin, false);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"3"_s));
    QCOMPARE(f.events(), events);
    QCOMPARE(f.outbox(), outbox);
    QCOMPARE(letters.countParked().value(), 3);

    auto all = letters.retryAll(Admin, true);
    QVERIFY2(all, all ? "" : qPrintable(all.error().message));
    QCOMPARE(all->retried.size(), 3);
    QCOMPARE(all->skipped, 0);
    QCOMPARE(f.outbox(), outbox + 3);
    QCOMPARE(letters.countParked().value(), 0);
    QCOMPARE(f.stream(QString(DeadLettersStream)).size(), 3);
    // Nothing left: a second one retries nothing.
    auto none = letters.retryAll(Admin, true);
    QVERIFY(none);
    QCOMPARE(none->retried.size(), 0);
    QVERIFY(f.dispatch());
    for (const QString &k : {u"pay-1"_s, u"pay-2"_s, u"pay-3"_s})
        QCOMPARE(f.payment->effectsFor(k), 1);
}

void tst_DeadLetters::onlyAdministratorsChangeThem()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    const qint64 outbox = f.outbox();
    const QJsonObject payload = QJsonDocument::fromJson(f.deadPayload(1)).object();
    QCOMPARE(letters.retry(Clerk, 1).error().code, ErrorCode::AccessDenied);
    QCOMPARE(letters.retryAll(Clerk, true).error().code, ErrorCode::AccessDenied);
    QCOMPARE(letters.editAndRetry(Clerk, 1, payload).error().code, ErrorCode::AccessDenied);
    QCOMPARE(letters.discard(Clerk, 1, u"no"_s).error().code, ErrorCode::AccessDenied);
    QCOMPARE(f.outbox(), outbox);
    QVERIFY(f.stream(QString(DeadLettersStream)).isEmpty());
    const QList<RecordedEvent> refusals = f.stream(QString(security::SecurityStream));
    QCOMPARE(refusals.size(), 4);
    for (const RecordedEvent &e : refusals) {
        QCOMPARE(e.type, QString(security::UserEvents::AccessDenied));
        QCOMPARE(e.actor(), u"clerk"_s);
    }
    QCOMPARE(refusals.at(0).payloadObject().value("target"_L1).toString(), u"dead letter 1"_s);
    QCOMPARE(letters.countParked().value(), 3);
}

void tst_DeadLetters::unknownIdsAreNotFound()
{
    Fixture f;
    QVERIFY(f.setUp());
    DeadLetters letters(*f.store);
    const qint64 events = f.events();
    QCOMPARE(letters.find(99).error().code, ErrorCode::NotFound);
    QCOMPARE(letters.retry(Admin, 99).error().code, ErrorCode::NotFound);
    QCOMPARE(letters.editAndRetry(Admin, 99, QJsonObject{{"operation"_L1, u"x"_s}}).error().code,
             ErrorCode::NotFound);
    QCOMPARE(letters.discard(Admin, 99, u"why"_s).error().code, ErrorCode::NotFound);
    QVERIFY(letters.find(99).error().message.contains(u"99"_s));
    QCOMPARE(f.events(), events);
}

void tst_DeadLetters::theTableRefusesChangesAndDeletes()
{
    Fixture f;
    QVERIFY(f.setUp());
    RawDb raw(f.tmp.path());
    QString error;
    QVERIFY(!raw.exec(u"DELETE FROM dead_letters WHERE id = 1"_s, {}, &error));
    QVERIFY(error.contains(u"never deleted"_s));
    QVERIFY(!raw.exec(u"UPDATE dead_letters SET payload = '{}' WHERE id = 1"_s, {}, &error));
    QCOMPARE(f.count(u"SELECT count(*) FROM dead_letters"_s), 3);
}

QTEST_GUILESS_MAIN(tst_DeadLetters)
#include "tst_deadletters.moc"
