// SPDX-License-Identifier: GPL-3.0-or-later
// Sagas in flight, and the process running them killed with SIGKILL again and again; then
// one runs until every saga has ended. Every saga must reach its correct end from its
// stream, and every external effect must have happened exactly once: the simulated
// services count effects per idempotency key in the store, durably, before they answer.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "domain/RequestAggregate.h"
#include "domain/WorkflowEvents.h"
#include "security/AccessControl.h"
#include "security/Users.h"
#include "services/ServiceSettings.h"
#include "services/SimulatedService.h"
#include "workflow/SagaEvents.h"
#include "workflow/SagaList.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;
namespace W = eventdesk::domain::WorkflowEvents;

class tst_SagaCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileRunningSagas();

private:
    Status append(SqliteEventStore &store, const QString &stream, const domain::RequestAggregate &r,
                  const domain::RequestCommand &command, const QString &actor);
    domain::RequestAggregate load(SqliteEventStore &store, const QString &stream);
    workflow::Definition definition(const QString &workflow);
};

namespace {
constexpr int PerWorkflow = 15;
const QStringList Workflows{u"purchase"_s, u"expense"_s, u"order"_s, u"transfer"_s};

domain::Actor person(const QString &name, security::Role role)
{
    domain::Actor a{name, security::RoleSet{role}, {}};
    if (role == security::Role::Manager)
        a.approvalLimit = Money(1'000'000, u"EUR"_s);
    return a;
}
} // namespace

workflow::Definition tst_SagaCrash::definition(const QString &workflow)
{
    auto d = workflow::shippedDefinition(workflow);
    return d ? d.value() : workflow::Definition{};
}

domain::RequestAggregate tst_SagaCrash::load(SqliteEventStore &store, const QString &stream)
{
    auto r =
        domain::RequestAggregate::forWorkflow(domain::RequestAggregate::workflowOfStream(stream));
    auto slice = store.reader().readStream(stream, 0, Direction::Forwards, 10'000);
    if (slice)
        for (const RecordedEvent &e : std::as_const(slice->events))
            r->apply(e);
    return *r;
}

Status tst_SagaCrash::append(SqliteEventStore &store, const QString &stream,
                             const domain::RequestAggregate &r,
                             const domain::RequestCommand &command, const QString &actor)
{
    auto decided = r.decide(command, definition(r.workflow()));
    if (!decided)
        return decided.error();
    AppendRequest request;
    request.streamId = stream;
    request.expected = r.exists() ? ExpectedVersion::any() : ExpectedVersion::noStream();
    EventMetadata meta;
    meta.actor = actor;
    for (const domain::DomainEvent &e : decided.value())
        request.events.append(NewEvent::make(e.type, e.payload, meta));
    auto appended = store.append(std::move(request)).result();
    if (!appended)
        return appended.error();
    return success();
}

void tst_SagaCrash::killedWhileRunningSagas()
{
    TempStore tmp;
    QHash<QString, QStringList> streams; // by workflow
    const domain::Actor ann = person(u"ann"_s, security::Role::Requester);
    const domain::Actor mike = person(u"mike"_s, security::Role::Manager);
    const domain::Actor fin = person(u"fin"_s, security::Role::Finance);
    {
        auto store = createStore(tmp.path(), nullptr, {});
        QVERIFY(store);
        AppendRequest users;
        users.streamId = QString(security::UsersStream);
        EventMetadata meta;
        meta.actor = u"setup"_s;
        users.events.append(NewEvent::make(
            QString(security::UserEvents::UserCreated),
            QJsonObject{{"name"_L1, u"admin"_s},
                        {"roles"_L1, security::RoleSet{security::Role::Admin}.toJson()}},
            meta));
        QVERIFY(store->append(std::move(users)).result());
        // Slow payments: a kill often falls between an effect and its answer. Flaky
        // notifications and reservations: retries with the same key.
        const security::SignedInUser admin{
            u"admin"_s, security::RoleSet{security::Role::Admin}, {}};
        services::ServiceSettingsStore settings(*store);
        QVERIFY(settings.setMode(admin, u"payment"_s, services::FaultMode::slow(40)));
        QVERIFY(settings.setMode(admin, u"inventory"_s, services::FaultMode::flaky(0.3)));
        QVERIFY(settings.setMode(admin, u"notification"_s, services::FaultMode::flaky(0.4)));
        QVERIFY(settings.setMode(admin, u"ledger"_s, services::FaultMode::slow(15)));

        // Requests that set sagas off at once: approved purchases and expenses, orders,
        // transfers.
        for (int i = 0; i < PerWorkflow; ++i) {
            for (const QString &workflow : Workflows) {
                const QString stream =
                    workflow + u'-' +
                    uuidText(seededUuid(quint64(Workflows.indexOf(workflow) * 1000 + i + 1)));
                auto r = domain::RequestAggregate::forWorkflow(workflow);
                QVERIFY(append(*store, stream, *r,
                               domain::SubmitRequest{
                                   ann, u"Crash %1"_s.arg(i), Money(10'000 + i, u"EUR"_s), {}, 0},
                               ann.name));
                if (workflow == u"purchase"_s || workflow == u"expense"_s) {
                    QVERIFY(append(*store, stream, load(*store, stream),
                                   domain::ActOnRequest{mike, u"approve"_s, {}, {}, {}, 0},
                                   mike.name));
                    QVERIFY(append(*store, stream, load(*store, stream),
                                   domain::ActOnRequest{fin, u"approve"_s, {}, {}, {}, 0},
                                   fin.name));
                }
                // Some orders are cancelled before their saga even begins.
                if (workflow == u"order"_s && i % 5 == 0)
                    QVERIFY(append(*store, stream, load(*store, stream),
                                   domain::ActOnRequest{ann, u"cancel"_s, {}, u"early"_s, {}, 0},
                                   ann.name));
                streams[workflow] << stream;
            }
        }
    }

    const QString helper = QString::fromUtf8(EVENTDESK_HELPER_saga_runner);
    QRandomGenerator rng(20261128);
    int roundsWithProgress = 0;
    qint64 previousEffects = 0;
    constexpr int Rounds = 6;
    for (int round = 0; round < Rounds; ++round) {
        QProcess p;
        p.start(helper, {tmp.path(), u"work"_s});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QElapsedTimer ready;
        ready.start();
        while (!p.canReadLine() && p.state() == QProcess::Running && ready.elapsed() < 30000)
            p.waitForReadyRead(100);
        QCOMPARE(p.readLine(), QByteArray("ready\n"));
        const int delay = 150 + int(rng.bounded(400));
        QVERIFY2(!p.waitForFinished(delay),
                 qPrintable(u"the runner ended by itself: "_s +
                            QString::fromLocal8Bit(p.readAllStandardError())));
        p.kill(); // SIGKILL on POSIX
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        RawDb raw(tmp.path(), true);
        const qint64 effects =
            raw.scalar(u"SELECT coalesce(sum(effects), 0) FROM service_effects"_s).toLongLong();
        const qint64 sagaEvents =
            raw.scalar(u"SELECT count(*) FROM events WHERE stream_id LIKE '$saga-%'"_s)
                .toLongLong();
        qDebug("round %d: killed after %d ms; %lld effects, %lld saga events", round, delay,
               effects, sagaEvents);
        if (effects > previousEffects)
            ++roundsWithProgress;
        previousEffects = effects;

        // People act between the kills: orders are cancelled while their sagas run, so
        // some are cancelled with the reservation under way, some after it.
        auto store = SqliteEventStore::open(tmp.path());
        QVERIFY(store);
        const QStringList orders = streams.value(u"order"_s);
        for (qsizetype i = 0; i < orders.size(); ++i) {
            if (i % Rounds != round && round != Rounds - 1)
                continue;
            const domain::RequestAggregate order = load(**store, orders.at(i));
            if (order.status() == domain::RequestStatus::Pending)
                QVERIFY(append(**store, orders.at(i), order,
                               domain::ActOnRequest{ann, u"cancel"_s, {}, u"late"_s, {}, 0},
                               ann.name));
        }
    }
    QVERIFY2(roundsWithProgress >= 2, "the kills should hit a working runner");

    QProcess last;
    last.start(helper, {tmp.path(), u"drain"_s});
    QVERIFY(last.waitForStarted(10000));
    QVERIFY(last.waitForFinished(200'000));
    QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(last.readAllStandardError())));

    auto opened = SqliteEventStore::open(tmp.path());
    QVERIFY(opened);
    SqliteEventStore &store = **opened;
    services::EffectLedger ledger(store);
    auto effectsOf = [&](const QString &service, const QString &operation, const QString &r) {
        auto n = ledger.effectsForRequest(service, operation, r);
        return n ? n.value() : qint64(-1);
    };
    auto count = [&](const QString &stream, QLatin1String type) {
        auto slice = store.reader().readStream(stream, 0, Direction::Forwards, 10'000);
        qsizetype n = 0;
        for (const RecordedEvent &e : std::as_const(slice->events))
            n += e.type == type ? 1 : 0;
        return n;
    };

    // Every saga ended, once.
    auto sagas = workflow::listSagas(store);
    QVERIFY(sagas);
    QCOMPARE(sagas->size(), PerWorkflow * Workflows.size());
    for (const workflow::SagaSummary &s : sagas.value()) {
        QVERIFY2(s.status == workflow::SagaStatus::Completed,
                 qPrintable(s.sagaId + u": "_s + s.status));
        QCOMPARE(count(s.sagaId, workflow::SagaEvents::SagaCompleted), 1);
        QCOMPARE(count(s.sagaId, workflow::SagaEvents::SagaStarted), 1);
    }
    // Every request at its correct end, each effect once.
    for (const QString &p : streams.value(u"purchase"_s)) {
        QCOMPARE(load(store, p).status(), domain::RequestStatus::Completed);
        QCOMPARE(count(p, W::PaymentAuthorized), 1);
        QCOMPARE(effectsOf(u"payment"_s, u"authorize"_s, p), 1);
    }
    for (const QString &e : streams.value(u"expense"_s)) {
        QCOMPARE(load(store, e).status(), domain::RequestStatus::Completed);
        QCOMPARE(count(e, W::Reimbursed), 1);
        QCOMPARE(effectsOf(u"payment"_s, u"payout"_s, e), 1);
    }
    int released = 0;
    for (const QString &o : streams.value(u"order"_s)) {
        QCOMPARE(load(store, o).status(), domain::RequestStatus::Cancelled);
        const qsizetype reserved = count(o, W::StockReserved);
        QVERIFY(reserved <= 1);
        QCOMPARE(effectsOf(u"inventory"_s, u"reserve"_s, o), qint64(reserved));
        // What was reserved was released, once; nothing was released that was not.
        QCOMPARE(count(o, W::StockReleased), reserved);
        QCOMPARE(effectsOf(u"inventory"_s, u"release"_s, o), qint64(reserved));
        released += int(reserved);
    }
    for (const QString &t : streams.value(u"transfer"_s)) {
        QCOMPARE(load(store, t).status(), domain::RequestStatus::Completed);
        QCOMPARE(count(t, W::BalancesUpdated), 1);
        QCOMPARE(count(t, W::CustomerNotified), 1);
        QCOMPARE(count(t, W::TransferAudited), 1);
        QCOMPARE(effectsOf(u"ledger"_s, u"post"_s, t), 1);
        QCOMPARE(effectsOf(u"notification"_s, u"send"_s, t), 1);
    }
    auto totals = ledger.totals();
    QVERIFY(totals);
    QCOMPARE(totals->effects, totals->keys); // no key took effect twice
    RawDb raw(tmp.path(), true);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM dead_letters"_s).toLongLong(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox WHERE status = 'pending'"_s).toLongLong(), 0);
    qDebug("%d sagas ended; %lld effects over %lld calls; %d reservations released; %d kills",
           int(sagas->size()), totals->effects, totals->calls, released, Rounds);
}

QTEST_GUILESS_MAIN(tst_SagaCrash)
#include "tst_saga_crash.moc"
