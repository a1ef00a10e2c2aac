// SPDX-License-Identifier: GPL-3.0-or-later
// The saga engine with the simulated services: requests are made by deciding and appending
// their domain events directly; the engine and a dispatcher then run on a fake clock. The
// services count their effects per idempotency key (EffectLedger), so "once" is checked
// against what the services did, not against what the engine believes.
#include "TestSupport.h"

#include "domain/RequestAggregate.h"
#include "domain/WorkflowEvents.h"
#include "messaging/DeadLetters.h"
#include "messaging/Dispatcher.h"
#include "messaging/Messages.h"
#include "messaging/Outbox.h"
#include "security/AccessControl.h"
#include "security/Users.h"
#include "services/ServiceSettings.h"
#include "services/SimulatedService.h"
#include "services/StoreServiceDirectory.h"
#include "workflow/Choreography.h"
#include "workflow/SagaEngine.h"
#include "workflow/SagaEvents.h"
#include "workflow/SagaList.h"
#include "workflow/SagaRunner.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;
namespace W = eventdesk::domain::WorkflowEvents;
namespace S = eventdesk::workflow::SagaEvents;

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Hour = 3600 * Second;
constexpr int SettleMs = 30'000;

struct Person
{
    QString name;
    security::RoleSet roles;
    std::optional<Money> limit;
};

Money eur(qint64 units)
{
    return Money(units * 100, u"EUR"_s);
}

const Person Ann{u"ann"_s, {security::Role::Requester}, {}};
const Person Mike{u"mike"_s, {security::Role::Manager}, eur(10'000)};
const Person Mona{u"mona"_s, {security::Role::Manager}, eur(1'000)};
const Person Max{u"max"_s, {security::Role::Manager}, {}};
const Person Fin{u"fin"_s, {security::Role::Finance}, {}};
const Person Admin{u"admin"_s, {security::Role::Admin}, {}};
} // namespace

class tst_SagaEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void purchaseHappyPath();
    void paymentFailsForGood();
    void deadLetterRetryResumesSaga();
    void paymentDownQueuesThenDrainsOnce();
    void expenseReimbursed();
    void orderReservedThenCancelledReleasesStock();
    void transferHandlersAreIndependent();
    void definitionVersionIsPinned();
    void deadlinesRemindThenEscalate();
    void rerunChangesNothing();
    void hostRunsOnItsOwnThread();

private:
    // Store, users, services.
    void addUsers();
    void setMode(const QString &service, const services::FaultMode &mode);
    std::unique_ptr<messaging::Dispatcher> makeDispatcher(workflow::SagaEngine &engine,
                                                          int paymentAttempts = 0);
    std::unique_ptr<workflow::SagaEngine> makeEngine();
    bool settle(workflow::SagaEngine &engine, messaging::Dispatcher &dispatcher);
    // Requests, made the way the command layer would, without it.
    QString submit(const QString &workflow, const Money &amount, int version = 0);
    void act(const QString &stream, const Person &who, const QString &action,
             const QString &reason = {});
    domain::RequestAggregate load(const QString &stream);
    QStringList types(const QString &stream);
    QList<RecordedEvent> events(const QString &stream);
    workflow::Definition definition(const QString &workflow, int version);
    qint64 effects(const QString &service, const QString &operation, const QString &request);
    qint64 head();
    QString sagaStatus(const QString &request);

    std::unique_ptr<TempStore> m_tmp;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<SqliteEventStore> m_store;
    QList<workflow::Definition> m_definitions;
    int m_requests = 0;
};

void tst_SagaEngine::init()
{
    m_tmp = std::make_unique<TempStore>();
    m_clock = std::make_shared<FakeClock>();
    m_store = createStore(m_tmp->path(), m_clock);
    QVERIFY(m_store);
    auto shipped = workflow::shippedDefinitions();
    QVERIFY(shipped);
    m_definitions = shipped.value();
    m_requests = 0;
    addUsers();
}

void tst_SagaEngine::cleanup()
{
    m_store.reset();
    m_tmp.reset();
}

void tst_SagaEngine::addUsers()
{
    AppendRequest request;
    request.streamId = QString(security::UsersStream);
    for (const Person &p : {Ann, Mike, Mona, Max, Fin, Admin}) {
        QJsonObject payload{{"name"_L1, p.name}, {"roles"_L1, p.roles.toJson()}};
        if (p.limit)
            payload.insert("approvalLimit"_L1, p.limit->toJson());
        EventMetadata meta;
        meta.actor = u"setup"_s;
        request.events.append(
            NewEvent::make(QString(security::UserEvents::UserCreated), payload, meta));
    }
    QVERIFY(m_store->append(std::move(request)).result());
}

void tst_SagaEngine::setMode(const QString &service, const services::FaultMode &mode)
{
    const security::SignedInUser admin{Admin.name, Admin.roles, {}};
    auto changed = services::ServiceSettingsStore(*m_store).setMode(admin, service, mode);
    QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
}

std::unique_ptr<workflow::SagaEngine> tst_SagaEngine::makeEngine()
{
    workflow::SagaEngineOptions options;
    options.clock = m_clock;
    options.definitions = workflow::fixedDefinitions(m_definitions);
    return std::make_unique<workflow::SagaEngine>(*m_store, options);
}

std::unique_ptr<messaging::Dispatcher> tst_SagaEngine::makeDispatcher(workflow::SagaEngine &engine,
                                                                      int paymentAttempts)
{
    messaging::DispatcherOptions options;
    options.seed = 7;
    options.pollIntervalMs = 0;
    if (paymentAttempts > 0) {
        // Retries run out quickly: a payment that keeps failing is parked.
        messaging::RetryPolicy quick = messaging::RetryPolicy::payments();
        quick.maxAttempts = paymentAttempts;
        quick.retryWindowMs = 0;
        options.retry.set(u"payment"_s, quick);
    }
    SqliteEventStore *store = m_store.get();
    auto dispatcher = std::make_unique<messaging::Dispatcher>(
        *m_store,
        [store]() -> std::unique_ptr<ServiceDirectory> {
            return std::make_unique<services::StoreServiceDirectory>(*store);
        },
        messaging::Dispatcher::GateFactory{}, options);
    dispatcher->addObserver(engine.observer());
    dispatcher->start();
    return dispatcher;
}

bool tst_SagaEngine::settle(workflow::SagaEngine &engine, messaging::Dispatcher &dispatcher)
{
    auto settled = workflow::runUntilSettled(engine, dispatcher, SettleMs);
    if (!settled) {
        qWarning("settle: %s", qPrintable(settled.error().message));
        return false;
    }
    for (const QString &p : std::as_const(settled->problems))
        qWarning("saga problem: %s", qPrintable(p));
    return settled->settled;
}

workflow::Definition tst_SagaEngine::definition(const QString &workflow, int version)
{
    const workflow::Definition *latest = nullptr;
    for (const workflow::Definition &d : std::as_const(m_definitions))
        if (d.name == workflow &&
            (version == 0 ? (!latest || d.version > latest->version) : d.version == version))
            latest = &d;
    return latest ? *latest : workflow::Definition{};
}

QString tst_SagaEngine::submit(const QString &workflow, const Money &amount, int version)
{
    const QString stream = workflow + u'-' + uuidText(seededUuid(quint64(1000 + ++m_requests)));
    auto request = domain::RequestAggregate::forWorkflow(workflow);
    const domain::Actor actor{Ann.name, Ann.roles, {}};
    auto decided = request->decide(
        domain::SubmitRequest{actor, u"Request %1"_s.arg(m_requests), amount, {}, m_clock->nowMs()},
        definition(workflow, version));
    if (!decided) {
        qWarning("submit: %s", qPrintable(decided.error().message));
        return {};
    }
    AppendRequest append;
    append.streamId = stream;
    append.expected = ExpectedVersion::noStream();
    EventMetadata meta;
    meta.actor = Ann.name;
    for (const domain::DomainEvent &e : decided.value())
        append.events.append(NewEvent::make(e.type, e.payload, meta));
    if (!m_store->append(std::move(append)).result())
        return {};
    return stream;
}

domain::RequestAggregate tst_SagaEngine::load(const QString &stream)
{
    auto request =
        domain::RequestAggregate::forWorkflow(domain::RequestAggregate::workflowOfStream(stream));
    for (const RecordedEvent &e : events(stream))
        request->apply(e);
    return *request;
}

void tst_SagaEngine::act(const QString &stream, const Person &who, const QString &action,
                         const QString &reason)
{
    const domain::RequestAggregate request = load(stream);
    const domain::Actor actor{who.name, who.roles, who.limit};
    auto decided =
        request.decide(domain::ActOnRequest{actor, action, {}, reason, {}, m_clock->nowMs()},
                       definition(request.workflow(), request.request().workflowVersion));
    QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
    AppendRequest append;
    append.streamId = stream;
    EventMetadata meta;
    meta.actor = who.name;
    for (const domain::DomainEvent &e : decided.value())
        append.events.append(NewEvent::make(e.type, e.payload, meta));
    QVERIFY(m_store->append(std::move(append)).result());
}

QList<RecordedEvent> tst_SagaEngine::events(const QString &stream)
{
    auto slice = m_store->reader().readStream(stream, 0, Direction::Forwards, 10'000);
    return slice ? slice->events : QList<RecordedEvent>{};
}

QStringList tst_SagaEngine::types(const QString &stream)
{
    QStringList list;
    for (const RecordedEvent &e : events(stream))
        list << e.type;
    return list;
}

qint64 tst_SagaEngine::effects(const QString &service, const QString &operation,
                               const QString &request)
{
    auto n = services::EffectLedger(*m_store).effectsForRequest(service, operation, request);
    return n ? n.value() : -1;
}

qint64 tst_SagaEngine::head()
{
    auto h = m_store->reader().headPosition();
    return h ? h.value() : -1;
}

QString tst_SagaEngine::sagaStatus(const QString &request)
{
    auto sagas = workflow::listSagas(*m_store);
    if (!sagas)
        return sagas.error().message;
    for (const workflow::SagaSummary &s : sagas.value())
        if (s.request == request)
            return s.status + u'@' + s.step;
    return u"none"_s;
}

// ---------------------------------------------------------------------------------------

void tst_SagaEngine::purchaseHappyPath()
{
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine);
    const QString p = submit(u"purchase"_s, eur(1200));
    QVERIFY(!p.isEmpty());
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(sagaStatus(p), u"waiting_for_person@manager-approval"_s);
    act(p, Mike, u"approve"_s);
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(effects(u"payment"_s, u"authorize"_s, p), 0); // finance has not approved yet
    act(p, Fin, u"approve"_s);
    QVERIFY(settle(*engine, *dispatcher));

    QCOMPARE(load(p).status(), domain::RequestStatus::Completed);
    QCOMPARE(types(p).count(QString(W::PaymentAuthorized)), 1);
    QCOMPARE(effects(u"payment"_s, u"authorize"_s, p), 1);
    const QString saga = workflow::sagaStreamOf(p);
    QCOMPARE(types(saga), (QStringList{u"SagaStarted"_s, u"SagaStepStarted"_s,
                                       u"SagaStepCompleted"_s, u"SagaCompleted"_s}));
    const QList<RecordedEvent> sagaEvents = events(saga);
    QCOMPARE(sagaEvents.constLast().payloadObject().value("status"_L1).toString(), u"Completed"_s);
    const QJsonObject started = sagaEvents.at(1).payloadObject();
    QCOMPARE(started.value("service"_L1).toString(), u"payment"_s);
    QCOMPARE(started.value("operation"_L1).toString(), u"authorize"_s);
    // The key the service saw is the one the saga recorded, and it was called once.
    auto record = services::EffectLedger(*m_store).find(
        u"payment"_s, started.value("idempotencyKey"_L1).toString());
    QVERIFY(record && record->has_value());
    QCOMPARE((*record)->calls, 1);
    // The effect's event says which adapter made it.
    for (const RecordedEvent &e : events(p))
        if (e.type == W::PaymentAuthorized)
            QCOMPARE(e.metadataObject().value("adapter"_L1).toString(), u"simulated"_s);
    QCOMPARE(sagaStatus(p), u"completed@payment"_s);
}

void tst_SagaEngine::paymentFailsForGood()
{
    setMode(u"payment"_s, services::FaultMode::down());
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine, 3);
    const QString p = submit(u"purchase"_s, eur(1200));
    act(p, Mike, u"approve"_s);
    act(p, Fin, u"approve"_s);
    QVERIFY(settle(*engine, *dispatcher));
    for (int i = 0; i < 10 && load(p).status() != domain::RequestStatus::Failed; ++i) {
        m_clock->advance(30 * Second);
        QVERIFY(settle(*engine, *dispatcher));
    }
    const domain::RequestAggregate request = load(p);
    QCOMPARE(request.status(), domain::RequestStatus::Failed);
    QVERIFY(request.toJson().value("failure"_L1).toObject().value("cause"_L1).toString().size() >
            0);
    // The approvals are revoked by compensating events, the latest first.
    const QStringList requestTypes = types(p);
    const qsizetype failed = requestTypes.indexOf(QString(W::PaymentFailed));
    QVERIFY(failed > 0);
    QCOMPARE(requestTypes.mid(failed), (QStringList{u"PaymentFailed"_s, u"FinanceApprovalRevoked"_s,
                                                    u"ManagerApprovalRevoked"_s}));
    // The dead letter carries the saga's context.
    auto letters = messaging::DeadLetters(*m_store).list();
    QVERIFY(letters);
    QCOMPARE(letters->size(), 1);
    const QJsonObject body =
        QJsonDocument::fromJson(letters->constFirst().payload).object().value("body"_L1).toObject();
    QCOMPARE(body.value("sagaId"_L1).toString(), workflow::sagaStreamOf(p));
    QCOMPARE(body.value("requestId"_L1).toString(), p);
    QCOMPARE(body.value("step"_L1).toString(), u"payment"_s);
    // The saga recorded the failure with the dead letter and compensated.
    const QList<RecordedEvent> saga = events(workflow::sagaStreamOf(p));
    QStringList sagaTypes;
    for (const RecordedEvent &e : saga)
        sagaTypes << e.type;
    QCOMPARE(sagaTypes, (QStringList{u"SagaStarted"_s, u"SagaStepStarted"_s, u"SagaStepFailed"_s,
                                     u"SagaCompensating"_s, u"SagaCompensationCompleted"_s,
                                     u"SagaCompensationCompleted"_s, u"SagaCompleted"_s}));
    QCOMPARE(saga.at(2).payloadObject().value("deadLetterId"_L1).toInteger(),
             letters->constFirst().id);
    QCOMPARE(saga.at(3).payloadObject().value("steps"_L1).toArray(),
             (QJsonArray{u"finance-approval"_s, u"manager-approval"_s}));
    QCOMPARE(saga.constLast().payloadObject().value("status"_L1).toString(), u"Failed"_s);
    QCOMPARE(effects(u"payment"_s, u"authorize"_s, p), 0);
    QCOMPARE(sagaStatus(p), u"failed@payment"_s);
}

void tst_SagaEngine::deadLetterRetryResumesSaga()
{
    paymentFailsForGood();
    if (QTest::currentTestFailed())
        return;
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine, 3);
    const QString p = load(u"purchase-"_s + uuidText(seededUuid(1001))).exists()
                          ? u"purchase-"_s + uuidText(seededUuid(1001))
                          : QString();
    QVERIFY(!p.isEmpty());
    setMode(u"payment"_s, services::FaultMode::up());
    auto letters = messaging::DeadLetters(*m_store).list();
    QVERIFY(letters && letters->size() == 1);
    const security::SignedInUser admin{Admin.name, Admin.roles, {}};
    auto retried = messaging::DeadLetters(*m_store).retry(admin, letters->constFirst().id);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    QVERIFY(settle(*engine, *dispatcher));

    // The saga took up the re-queued message; the payment that went through late is
    // recorded and, the request having failed, voided by the step's compensation.
    const QStringList sagaTypes = types(workflow::sagaStreamOf(p));
    QVERIFY2(sagaTypes.contains(u"SagaStepResumed"_s), qPrintable(sagaTypes.join(u' ')));
    QCOMPARE(sagaTypes.mid(sagaTypes.indexOf(u"SagaStepResumed"_s)),
             (QStringList{u"SagaStepResumed"_s, u"SagaStepCompleted"_s, u"SagaCompensating"_s,
                          u"SagaCompensationStarted"_s, u"SagaCompensationCompleted"_s,
                          u"SagaCompleted"_s}));
    const QList<RecordedEvent> saga = events(workflow::sagaStreamOf(p));
    QCOMPARE(saga.at(sagaTypes.indexOf(u"SagaStepResumed"_s))
                 .payloadObject()
                 .value("messageId"_L1)
                 .toString(),
             uuidText(retried.value()));
    QCOMPARE(types(p).count(QString(W::PaymentAuthorized)), 1);
    QCOMPARE(types(p).count(QString(W::PaymentVoided)), 1);
    QCOMPARE(effects(u"payment"_s, u"authorize"_s, p), 1);
    QCOMPARE(effects(u"payment"_s, u"void"_s, p), 1);
    QCOMPARE(load(p).status(), domain::RequestStatus::Failed);
    QCOMPARE(sagaStatus(p), u"completed@payment"_s);
}

void tst_SagaEngine::paymentDownQueuesThenDrainsOnce()
{
    setMode(u"payment"_s, services::FaultMode::down());
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine); // the shipped payment policy: 72 h of retries
    QStringList purchases;
    for (int i = 0; i < 3; ++i) {
        const QString p = submit(u"purchase"_s, eur(100 + i));
        act(p, Mike, u"approve"_s);
        act(p, Fin, u"approve"_s);
        purchases << p;
    }
    QVERIFY(settle(*engine, *dispatcher));
    for (int i = 0; i < 6; ++i) {
        m_clock->advance(20 * Second);
        QVERIFY(settle(*engine, *dispatcher));
    }
    // Queued, not failed: the payments wait for the service.
    auto queued = messaging::queuedByService(*m_store);
    QVERIFY(queued);
    QCOMPARE(queued->value(u"payment"_s), 3);
    for (const QString &p : std::as_const(purchases)) {
        QCOMPARE(load(p).status(), domain::RequestStatus::AwaitingPayment);
        QCOMPARE(sagaStatus(p), u"waiting_for_service@payment"_s);
    }
    QCOMPARE(services::EffectLedger(*m_store).totals(u"payment"_s)->effects, 0);

    setMode(u"payment"_s, services::FaultMode::up());
    m_clock->advance(20 * Second); // the longest backoff step
    QVERIFY(settle(*engine, *dispatcher));
    for (const QString &p : std::as_const(purchases)) {
        QCOMPARE(load(p).status(), domain::RequestStatus::Completed);
        QCOMPARE(effects(u"payment"_s, u"authorize"_s, p), 1);
        QCOMPARE(types(p).count(QString(W::PaymentAuthorized)), 1);
        QCOMPARE(sagaStatus(p), u"completed@payment"_s);
    }
    auto records = services::EffectLedger(*m_store).records(u"payment"_s);
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    for (const services::EffectRecord &r : records.value()) {
        QCOMPARE(r.effects, 1);
        QVERIFY(r.calls > 1); // it was tried while down
    }
}

void tst_SagaEngine::expenseReimbursed()
{
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine);
    const QString e = submit(u"expense"_s, eur(80));
    act(e, Max, u"approve"_s);
    act(e, Fin, u"approve"_s);
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(load(e).status(), domain::RequestStatus::Completed);
    QCOMPARE(types(e).count(QString(W::Reimbursed)), 1);
    QCOMPARE(effects(u"payment"_s, u"payout"_s, e), 1);
    QCOMPARE(types(workflow::sagaStreamOf(e)).constLast(), u"SagaCompleted"_s);
}

void tst_SagaEngine::orderReservedThenCancelledReleasesStock()
{
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine);
    const QString o = submit(u"order"_s, eur(300));
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(types(o).count(QString(W::StockReserved)), 1);
    QCOMPARE(effects(u"inventory"_s, u"reserve"_s, o), 1);
    QCOMPARE(sagaStatus(o), u"waiting_for_person@pack"_s);

    act(o, Ann, u"cancel"_s, u"changed my mind"_s);
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(load(o).status(), domain::RequestStatus::Cancelled);
    QCOMPARE(types(o).count(QString(W::StockReleased)), 1);
    QCOMPARE(effects(u"inventory"_s, u"release"_s, o), 1);
    QCOMPARE(effects(u"inventory"_s, u"reserve"_s, o), 1);
    const QStringList sagaTypes = types(workflow::sagaStreamOf(o));
    QCOMPARE(sagaTypes, (QStringList{u"SagaStarted"_s, u"SagaStepStarted"_s, u"SagaStepCompleted"_s,
                                     u"SagaCompensating"_s, u"SagaCompensationStarted"_s,
                                     u"SagaCompensationCompleted"_s, u"SagaCompleted"_s}));
    QCOMPARE(events(workflow::sagaStreamOf(o)).constLast().payloadObject().value("status"_L1),
             QJsonValue(u"Cancelled"_s));
}

void tst_SagaEngine::transferHandlersAreIndependent()
{
    setMode(u"notification"_s, services::FaultMode::down());
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine);
    const QString t = submit(u"transfer"_s, eur(50));
    QVERIFY(settle(*engine, *dispatcher));
    m_clock->advance(10 * Second);
    QVERIFY(settle(*engine, *dispatcher));
    // The balances and the audit entry did not wait for the notification.
    const QStringList before = types(t);
    QCOMPARE(before.count(QString(W::BalancesUpdated)), 1);
    QCOMPARE(before.count(QString(W::TransferAudited)), 1);
    QCOMPARE(before.count(QString(W::CustomerNotified)), 0);
    QCOMPARE(load(t).status(), domain::RequestStatus::Completed);
    QCOMPARE(effects(u"ledger"_s, u"post"_s, t), 1);
    QCOMPARE(sagaStatus(t), u"waiting_for_service@notify"_s);
    // Each handler keeps its own checkpoint: the notification's stays before the transfer.
    qint64 submitted = events(t).constFirst().globalPosition;
    QVERIFY(workflow::readCheckpoint(*m_store, u"saga-engine/transfer/balances"_s).value() >=
            submitted);
    QVERIFY(workflow::readCheckpoint(*m_store, u"saga-engine/transfer/audit"_s).value() >=
            submitted);
    QVERIFY(workflow::readCheckpoint(*m_store, u"saga-engine/transfer/notify"_s).value() <
            submitted);

    // The notification retries on its own once the service is back.
    setMode(u"notification"_s, services::FaultMode::up());
    m_clock->advance(20 * Second);
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(types(t).count(QString(W::CustomerNotified)), 1);
    QCOMPARE(effects(u"notification"_s, u"send"_s, t), 1);
    QCOMPARE(effects(u"ledger"_s, u"post"_s, t), 1);
    QCOMPARE(types(workflow::sagaStreamOf(t)).constLast(), u"SagaCompleted"_s);
    QVERIFY(workflow::readCheckpoint(*m_store, u"saga-engine/transfer/notify"_s).value() >=
            submitted);
}

void tst_SagaEngine::definitionVersionIsPinned()
{
    // Version 2 pays by capture; a request submitted on version 1 still authorizes.
    workflow::Definition v2 = definition(u"purchase"_s, 1);
    v2.version = 2;
    for (workflow::StepSpec &s : v2.steps)
        if (s.id == u"payment"_s)
            s.call->operation = u"capture"_s;
    const QString p1 = submit(u"purchase"_s, eur(100), 1);
    m_definitions.append(v2);
    const QString p2 = submit(u"purchase"_s, eur(100), 2);
    QCOMPARE(load(p1).request().workflowVersion, 1);
    QCOMPARE(load(p2).request().workflowVersion, 2);
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine);
    for (const QString &p : {p1, p2}) {
        act(p, Mike, u"approve"_s);
        act(p, Fin, u"approve"_s);
    }
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(effects(u"payment"_s, u"authorize"_s, p1), 1);
    QCOMPARE(effects(u"payment"_s, u"capture"_s, p1), 0);
    QCOMPARE(effects(u"payment"_s, u"capture"_s, p2), 1);
    QCOMPARE(effects(u"payment"_s, u"authorize"_s, p2), 0);
    QCOMPARE(events(workflow::sagaStreamOf(p1))
                 .constFirst()
                 .payloadObject()
                 .value("definitionVersion"_L1)
                 .toInt(),
             1);
    QCOMPARE(events(workflow::sagaStreamOf(p2))
                 .constFirst()
                 .payloadObject()
                 .value("definitionVersion"_L1)
                 .toInt(),
             2);
}

void tst_SagaEngine::deadlinesRemindThenEscalate()
{
    auto engine = makeEngine();
    const qint64 t0 = m_clock->nowMs();
    const QString p = submit(u"purchase"_s, eur(2000));
    // Mona's limit (1,000) does not cover 2,000: her approval is recorded, the step waits.
    act(p, Mona, u"approve"_s);
    auto pass = engine->runOnce();
    QVERIFY(pass);
    QCOMPARE(pass->nextDeadlineAt, std::optional<qint64>(t0 + 48 * Hour));
    auto deadlineEvents = [&] {
        QList<RecordedEvent> list;
        for (const RecordedEvent &e : events(workflow::sagaStreamOf(p)))
            if (e.type == S::DeadlineReminderSent || e.type == S::DeadlineEscalated)
                list.append(e);
        return list;
    };

    m_clock->set(t0 + 48 * Hour - 1);
    QVERIFY(engine->runOnce());
    QCOMPARE(deadlineEvents().size(), 0);
    m_clock->set(t0 + 48 * Hour);
    QVERIFY(engine->runOnce());
    QCOMPARE(deadlineEvents().size(), 1);
    const RecordedEvent reminder = deadlineEvents().at(0);
    QCOMPARE(reminder.type, QString(S::DeadlineReminderSent));
    QCOMPARE(reminder.payloadObject().value("step"_L1).toString(), u"manager-approval"_s);
    QCOMPARE(reminder.payloadObject().value("dueAt"_L1).toInteger(), t0 + 48 * Hour);
    QCOMPARE(reminder.payloadObject().value("at"_L1).toInteger(), t0 + 48 * Hour);
    // The assignees: every manager who may act, not the requester.
    QCOMPARE(reminder.payloadObject().value("to"_L1).toArray(),
             (QJsonArray{u"max"_s, u"mike"_s, u"mona"_s}));

    m_clock->set(t0 + 72 * Hour - 1);
    QVERIFY(engine->runOnce());
    QCOMPARE(deadlineEvents().size(), 1);
    m_clock->set(t0 + 72 * Hour);
    QVERIFY(engine->runOnce());
    QCOMPARE(deadlineEvents().size(), 2);
    const RecordedEvent escalation = deadlineEvents().at(1);
    QCOMPARE(escalation.type, QString(S::DeadlineEscalated));
    QCOMPARE(escalation.payloadObject().value("dueAt"_L1).toInteger(), t0 + 48 * Hour);
    QCOMPARE(escalation.payloadObject().value("at"_L1).toInteger(), t0 + 72 * Hour);
    // Covering managers (Max on the default 5,000, Mike on 10,000; not Mona) and the admins.
    QCOMPARE(escalation.payloadObject().value("to"_L1).toArray(),
             (QJsonArray{u"admin"_s, u"max"_s, u"mike"_s}));

    // Nothing more for that step, however long it waits.
    m_clock->set(t0 + 500 * Hour);
    QVERIFY(engine->runOnce());
    QCOMPARE(deadlineEvents().size(), 2);
}

void tst_SagaEngine::rerunChangesNothing()
{
    {
        auto engine = makeEngine();
        auto dispatcher = makeDispatcher(*engine);
        const QString p = submit(u"purchase"_s, eur(700));
        act(p, Mike, u"approve"_s);
        act(p, Fin, u"approve"_s);
        const QString o = submit(u"order"_s, eur(70));
        QVERIFY(settle(*engine, *dispatcher));
        act(o, Ann, u"cancel"_s, u"no"_s);
        QVERIFY(settle(*engine, *dispatcher));
        QCOMPARE(load(o).status(), domain::RequestStatus::Cancelled);
        QCOMPARE(load(p).status(), domain::RequestStatus::Completed);
        auto again = engine->runOnce();
        QVERIFY(again);
        QCOMPARE(again->appended, 0);
    }
    const qint64 before = head();
    const auto effectsBefore = services::EffectLedger(*m_store).totals();
    // A fresh engine that has forgotten its checkpoints looks at everything again.
    auto clear = m_store
                     ->runWrite([](QSqlDatabase &db) {
                         QSqlQuery q(db);
                         return q.exec(u"DELETE FROM checkpoints"_s)
                                    ? success()
                                    : Status(Error::internal(q.lastError().text()));
                     })
                     .result();
    QVERIFY(clear);
    auto engine = makeEngine();
    auto dispatcher = makeDispatcher(*engine);
    QVERIFY(settle(*engine, *dispatcher));
    QCOMPARE(head(), before);
    const auto effectsAfter = services::EffectLedger(*m_store).totals();
    QCOMPARE(effectsAfter->effects, effectsBefore->effects);
    QCOMPARE(effectsAfter->calls, effectsBefore->calls);
}

void tst_SagaEngine::hostRunsOnItsOwnThread()
{
    // What the console does: the engine on a thread of its own, woken by commits and
    // deliveries; nobody calls runOnce.
    workflow::SagaEngineOptions options;
    options.clock = m_clock;
    options.definitions = workflow::fixedDefinitions(m_definitions);
    workflow::SagaHost host(*m_store, options, 50);
    auto passes = std::make_shared<std::atomic_int>(0);
    connect(
        &host, &workflow::SagaHost::passFinished, this,
        [passes](int, int, const QStringList &) { ++*passes; }, Qt::DirectConnection);
    messaging::DispatcherOptions dispatcherOptions;
    dispatcherOptions.pollIntervalMs = 50;
    SqliteEventStore *store = m_store.get();
    messaging::Dispatcher dispatcher(
        *m_store,
        [store]() -> std::unique_ptr<ServiceDirectory> {
            return std::make_unique<services::StoreServiceDirectory>(*store);
        },
        messaging::Dispatcher::GateFactory{}, dispatcherOptions);
    dispatcher.addObserver(host.observer());
    dispatcher.start();
    host.start();
    QVERIFY(host.isRunning());
    // Nothing is committed yet: only the tick (other processes' commits, deadlines) can
    // make these passes.
    QTRY_VERIFY_WITH_TIMEOUT(passes->load() >= 3, 20'000);
    const QString p = submit(u"purchase"_s, eur(900));
    act(p, Mike, u"approve"_s);
    act(p, Fin, u"approve"_s);
    QTRY_COMPARE_WITH_TIMEOUT(load(p).status(), domain::RequestStatus::Completed, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(types(workflow::sagaStreamOf(p)).constLast(), u"SagaCompleted"_s,
                              20'000);
    host.stop();
    dispatcher.stop();
    QVERIFY(!host.isRunning());
    QVERIFY(passes->load() > 0);
    QCOMPARE(effects(u"payment"_s, u"authorize"_s, p), 1);
}

QTEST_GUILESS_MAIN(tst_SagaEngine)
#include "tst_sagaengine.moc"
