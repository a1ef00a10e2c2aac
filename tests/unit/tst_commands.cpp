// SPDX-License-Identifier: GPL-3.0-or-later
// The command layer: every authorization rule, the refusals it records, conflicts, and
// requests that keep the definition version they were submitted with.
#include "TestSupport.h"

#include "commands/RequestCommandService.h"
#include "commands/RequestLoader.h"
#include "security/Authenticator.h"
#include "security/UserAdministration.h"
#include "security/Users.h"
#include "workflow/DefinitionRegistry.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent>

using namespace eventdesk;
using namespace eventdesk::security;
using namespace Qt::Literals::StringLiterals;
using commands::ActInput;
using commands::CommandOutcome;
using commands::RequestCommandService;
using commands::SubmitInput;
using domain::RequestStatus;

namespace {
const QByteArray AdminPassword = "Admin-Password-1";
const QByteArray UserPassword = "User-Password-22";

Secret secret(const QByteArray &text)
{
    return Secret(QByteArrayView(text));
}

Money eur(qint64 units)
{
    return Money(units * 100, u"EUR"_s);
}

QList<RecordedEvent> eventsOf(SqliteEventStore &store, const QString &stream)
{
    auto slice = store.reader().readStream(stream, 0, Direction::Forwards, 10000);
    return slice ? slice->events : QList<RecordedEvent>();
}

qint64 eventCount(SqliteEventStore &store)
{
    auto n = store.reader().countEvents();
    return n ? n.value() : -1;
}

QString describe(const Error &e)
{
    return u"code %1: %2"_s.arg(int(e.code)).arg(e.message);
}

SubmitInput submitInput(const QString &workflow, const QString &title, const Money &amount,
                        const QJsonObject &fields = {})
{
    SubmitInput input;
    input.workflow = workflow;
    input.title = title;
    input.amount = amount;
    input.fields = fields;
    return input;
}

EventMetadata sagaMetadata()
{
    EventMetadata meta;
    meta.actor = u"$saga"_s;
    return meta;
}

QString sourceFile(const QString &relative)
{
    return test::sourceDir() + u'/' + relative;
}
} // namespace

class tst_Commands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void submitStartsAStreamWithItsDefinitionVersion();
    void submitByTheWrongRoleIsDeniedAndRecorded();
    void unknownWorkflowWritesNothing();
    void badAmountOrTitleWritesNothing();
    void wrongRoleToApproveIsDeniedAndRecorded();
    void nobodyApprovesTheirOwnRequest();
    void nobodyApprovesTwiceInOneChain();
    void belowLimitApprovalIsRecordedAndWaitsForACoveringManager();
    void managerWithoutOwnLimitWorksWithTheDefinitionDefault();
    void financeFinalizesAnyAmount();
    void rejectNeedsAReasonAndRevokesApprovals();
    void aLaterApproverLearnsWhoWasFirst();
    void concurrentApprovalsOneWins();
    void orderActionsAndCancel();
    void unknownRequestIsNotFound();
    void definitionVersionIsPinnedPerRequest();
    void loadingADefinitionNeedsAnAdminAndANewerVersion();
    void credentialsOverloadSignsIn();

private:
    SignedInUser user(const QString &name) const { return m_users.value(name); }
    Result<CommandOutcome> submit(const QString &as, const Money &amount,
                                  const QString &workflow = u"purchase"_s,
                                  const QString &title = u"Chair"_s);
    QString submitOk(const QString &as, const Money &amount,
                     const QString &workflow = u"purchase"_s);
    Result<CommandOutcome> act(const QString &as, const QString &stream, const QString &action,
                               const QString &reason = {});
    RequestStatus statusOf(const QString &stream);
    // What the saga engine records when a service step succeeds (run elsewhere).
    void recordStepSucceeded(const QString &stream, const QString &step);
    QList<RecordedEvent> accessDenials() { return eventsOf(*m_store, QString(SecurityStream)); }

    std::unique_ptr<test::TempStore> m_temp;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<SqliteEventStore> m_store;
    QMap<QString, SignedInUser> m_users;
    // Users are made once (password hashing is slow) and each test copies the store.
    test::TempStore m_template;
};

void tst_Commands::initTestCase()
{
    auto store = test::createStore(m_template.path(), std::make_shared<FakeClock>());
    QVERIFY(store);
    UserAdministration admin(*store);
    QVERIFY(admin.createFirstAdmin(u"admin"_s, secret(AdminPassword)).ok());
    auto root = Authenticator(*store).signIn(u"admin"_s, secret(AdminPassword));
    QVERIFY(root.ok());
    struct Spec
    {
        QString name;
        RoleSet roles;
        std::optional<Money> limit;
    };
    const QList<Spec> specs{
        {u"ann"_s, {Role::Requester}, std::nullopt},
        {u"bob"_s, {Role::Requester}, std::nullopt},
        {u"max"_s, {Role::Manager}, eur(10'000)},
        {u"mia"_s, {Role::Manager}, eur(2'000)},
        {u"mo"_s, {Role::Manager}, eur(10'000)},
        {u"lou"_s, {Role::Manager}, std::nullopt}, // the definition's default applies
        {u"big"_s, {Role::Manager}, eur(1'000'000'000)},
        {u"rex"_s, {Role::Requester, Role::Manager}, eur(10'000)},
        {u"fay"_s, {Role::Manager, Role::Finance}, eur(10'000)},
        {u"fin"_s, {Role::Finance}, std::nullopt},
        {u"wes"_s, {Role::Warehouse}, std::nullopt},
        {u"aud"_s, {Role::Auditor}, std::nullopt},
    };
    for (const Spec &s : specs) {
        const Status added = admin.addUser(*root, {s.name, s.roles, s.limit}, secret(UserPassword));
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    }
    auto directory = loadUserDirectory(*store);
    QVERIFY(directory.ok());
    for (const User &u : directory->users())
        m_users.insert(u.name, SignedInUser{u.name, u.roles, u.approvalLimit});
}

void tst_Commands::init()
{
    m_temp = std::make_unique<test::TempStore>();
    QVERIFY(QFile::copy(m_template.path(), m_temp->path()));
    m_clock = std::make_shared<FakeClock>();
    StoreOptions options;
    options.clock = m_clock;
    auto opened = SqliteEventStore::open(m_temp->path(), options);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
}

void tst_Commands::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

Result<CommandOutcome> tst_Commands::submit(const QString &as, const Money &amount,
                                            const QString &workflow, const QString &title)
{
    return RequestCommandService(*m_store).submit(
        user(as), submitInput(workflow, title, amount, QJsonObject{{"vendor"_L1, u"ACME"_s}}));
}

QString tst_Commands::submitOk(const QString &as, const Money &amount, const QString &workflow)
{
    auto s = submit(as, amount, workflow);
    if (!s) {
        qWarning("submit failed: %s", qPrintable(s.error().message));
        return {};
    }
    return s->streamId;
}

Result<CommandOutcome> tst_Commands::act(const QString &as, const QString &stream,
                                         const QString &action, const QString &reason)
{
    ActInput input;
    input.streamId = stream;
    input.action = action;
    input.reason = reason;
    return RequestCommandService(*m_store).act(user(as), input);
}

RequestStatus tst_Commands::statusOf(const QString &stream)
{
    auto loaded = commands::loadRequest(*m_store, stream);
    return loaded ? loaded->request.status() : RequestStatus::None;
}

void tst_Commands::recordStepSucceeded(const QString &stream, const QString &step)
{
    auto loaded = commands::loadRequest(*m_store, stream);
    QVERIFY(loaded.ok());
    auto registry = workflow::DefinitionRegistry::load(*m_store);
    QVERIFY(registry.ok());
    const workflow::Definition *definition =
        registry->find(loaded->request.workflow(), loaded->request.request().workflowVersion);
    QVERIFY(definition);
    domain::RecordStepOutcome outcome{step, domain::StepOutcome::Succeeded, {}, {}, 0};
    const domain::Decision d = loaded->request.decide(outcome, *definition);
    QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
    AppendRequest append{stream, ExpectedVersion::exact(loaded->version), {}, {}};
    for (const domain::DomainEvent &e : d.value())
        append.events.append(NewEvent::make(e.type, e.payload, sagaMetadata()));
    QVERIFY(m_store->append(std::move(append)).result().ok());
}

void tst_Commands::submitStartsAStreamWithItsDefinitionVersion()
{
    auto s = submit(u"ann"_s, Money(120'050, u"EUR"_s));
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
    static const QRegularExpression id(
        u"^purchase-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    QVERIFY2(id.match(s->streamId).hasMatch(), qPrintable(s->streamId));
    QCOMPARE(s->status, RequestStatus::AwaitingApproval);
    QCOMPARE(s->workflowVersion, 1);
    QCOMPARE(s->streamVersion, qint64(0));

    const QList<RecordedEvent> events = eventsOf(*m_store, s->streamId);
    QCOMPARE(events.size(), 1);
    const RecordedEvent &e = events.constFirst();
    QCOMPARE(e.type, u"ApprovalRequested"_s);
    QCOMPARE(e.payloadObject().value("workflowVersion"_L1).toInt(), 1);
    QCOMPARE(e.payloadObject().value("requester"_L1).toString(), u"ann"_s);
    QCOMPARE(e.payloadObject().value("amount"_L1).toObject().value("value"_L1).toString(),
             u"1200.50"_s);
    QCOMPARE(e.payloadObject().value("fields"_L1).toObject().value("vendor"_L1).toString(),
             u"ACME"_s);
    QCOMPARE(e.payloadObject().value("at"_L1).toInteger(), m_clock->nowMs());
    const QJsonObject meta = e.metadataObject();
    QCOMPARE(meta.value("actor"_L1).toString(), u"ann"_s);
    QCOMPARE(meta.value("correlationId"_L1).toString(), s->streamId);
    QVERIFY(!meta.value("host"_L1).toString().isEmpty());
    QCOMPARE(e.payload.contains(UserPassword) || e.metadata.contains(UserPassword), false);
}

void tst_Commands::submitByTheWrongRoleIsDeniedAndRecorded()
{
    const qint64 before = eventCount(*m_store);
    auto s = submit(u"wes"_s, eur(100));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::AccessDenied);
    QVERIFY2(s.error().message.contains(u"Only requester may submit"_s),
             qPrintable(s.error().message));
    // Only the refusal was written: no request stream.
    QCOMPARE(eventCount(*m_store), before + 1);
    QCOMPARE(m_store->reader().countEvents(u"purchase"_s).value(), qint64(0));
    const QList<RecordedEvent> denials = accessDenials();
    QCOMPARE(denials.size(), 1);
    const QJsonObject p = denials.constFirst().payloadObject();
    QCOMPARE(denials.constFirst().type, u"AccessDenied"_s);
    QCOMPARE(p.value("actor"_L1).toString(), u"wes"_s);
    QVERIFY(p.value("reason"_L1).toString().contains(u"Only requester may submit"_s));
    QCOMPARE(denials.constFirst().actor(), u"wes"_s);
}

void tst_Commands::unknownWorkflowWritesNothing()
{
    const qint64 before = eventCount(*m_store);
    auto s = submit(u"ann"_s, eur(100), u"travel"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Validation);
    QVERIFY(s.error().message.contains(u"travel"_s));
    QCOMPARE(eventCount(*m_store), before);
}

void tst_Commands::badAmountOrTitleWritesNothing()
{
    const qint64 before = eventCount(*m_store);
    for (const Money &amount :
         {Money(0, u"EUR"_s), Money(-500, u"EUR"_s), Money(100'000'000'001, u"EUR"_s), Money()}) {
        auto s = submit(u"ann"_s, amount);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Validation);
    }
    for (const QString &title : {QString(), u"   "_s, QString(201, u'x')}) {
        auto s = submit(u"ann"_s, eur(10), u"purchase"_s, title);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Validation);
    }
    QCOMPARE(eventCount(*m_store), before);
    // 200 characters are fine.
    QVERIFY(submit(u"ann"_s, eur(10), u"purchase"_s, QString(200, u'x')).ok());
}

void tst_Commands::wrongRoleToApproveIsDeniedAndRecorded()
{
    const QString stream = submitOk(u"ann"_s, eur(1'200));
    for (const QString &who : {u"bob"_s, u"fin"_s, u"wes"_s, u"aud"_s, u"admin"_s}) {
        auto a = act(who, stream, u"approve"_s);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::AccessDenied);
        QVERIFY2(a.error().message.contains(u"Only manager may approve"_s),
                 qPrintable(a.error().message));
    }
    const QList<RecordedEvent> denials = accessDenials();
    QCOMPARE(denials.size(), 5);
    QCOMPARE(denials.constFirst().payloadObject().value("actor"_L1).toString(), u"bob"_s);
    QCOMPARE(denials.constFirst().payloadObject().value("target"_L1).toString(), stream);
    QVERIFY(!denials.constFirst().payloadObject().value("reason"_L1).toString().isEmpty());
    QCOMPARE(eventsOf(*m_store, stream).size(), 1);
    QCOMPARE(statusOf(stream), RequestStatus::AwaitingApproval);
}

void tst_Commands::nobodyApprovesTheirOwnRequest()
{
    const QString stream = submitOk(u"rex"_s, eur(1'200));
    auto a = act(u"rex"_s, stream, u"approve"_s);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, ErrorCode::AccessDenied);
    QVERIFY2(a.error().message.contains(u"own request"_s), qPrintable(a.error().message));
    auto r = act(u"rex"_s, stream, u"reject"_s, u"changed my mind"_s);
    QCOMPARE(r.error().code, ErrorCode::AccessDenied);
    const QList<RecordedEvent> denials = accessDenials();
    QCOMPARE(denials.size(), 2);
    QCOMPARE(denials.at(0).payloadObject().value("actor"_L1).toString(), u"rex"_s);
    QVERIFY(denials.at(0).payloadObject().value("reason"_L1).toString().contains(u"own request"_s));
    QCOMPARE(eventsOf(*m_store, stream).size(), 1);
}

void tst_Commands::nobodyApprovesTwiceInOneChain()
{
    const QString stream = submitOk(u"ann"_s, eur(1'200));
    QVERIFY(act(u"fay"_s, stream, u"approve"_s).ok());
    QCOMPARE(statusOf(stream), RequestStatus::AwaitingFinance);
    auto again = act(u"fay"_s, stream, u"approve"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AccessDenied);
    QVERIFY2(again.error().message.contains(u"already approved"_s),
             qPrintable(again.error().message));
    QCOMPARE(accessDenials().size(), 1);
    QCOMPARE(accessDenials().constFirst().payloadObject().value("actor"_L1).toString(), u"fay"_s);
    QCOMPARE(statusOf(stream), RequestStatus::AwaitingFinance);
    // Someone else from finance may.
    auto fin = act(u"fin"_s, stream, u"approve"_s);
    QVERIFY2(fin.ok(), qPrintable(fin ? QString() : describe(fin.error())));
    QCOMPARE(fin->status, RequestStatus::AwaitingPayment);
}

void tst_Commands::belowLimitApprovalIsRecordedAndWaitsForACoveringManager()
{
    const QString stream = submitOk(u"ann"_s, eur(3'000));
    auto low = act(u"mia"_s, stream, u"approve"_s); // limit 2,000
    QVERIFY2(low.ok(), qPrintable(low ? QString() : describe(low.error())));
    QCOMPARE(low->eventTypes, QStringList{u"ManagerApproved"_s});
    QCOMPARE(low->status, RequestStatus::AwaitingApproval);
    const RecordedEvent recorded = eventsOf(*m_store, stream).constLast();
    QCOMPARE(recorded.payloadObject().value("coversAmount"_L1).toBool(true), false);
    QCOMPARE(recorded.payloadObject().value("approver"_L1).toString(), u"mia"_s);
    QCOMPARE(statusOf(stream), RequestStatus::AwaitingApproval);

    auto covering = act(u"max"_s, stream, u"approve"_s); // limit 10,000
    QVERIFY(covering.ok());
    QCOMPARE(covering->status, RequestStatus::AwaitingFinance);
    QCOMPARE(eventsOf(*m_store, stream).size(), 3);
}

void tst_Commands::managerWithoutOwnLimitWorksWithTheDefinitionDefault()
{
    // users add without --approval-limit: no limit of one's own (the old bug stored 5,000).
    QVERIFY(!user(u"lou"_s).approvalLimit.has_value());
    auto directory = loadUserDirectory(*m_store);
    QVERIFY(!directory->find(u"lou"_s)->approvalLimit.has_value());

    const QString within = submitOk(u"ann"_s, eur(5'000)); // the default, 5,000.00 EUR
    auto a = act(u"lou"_s, within, u"approve"_s);
    QVERIFY(a.ok());
    QCOMPARE(a->status, RequestStatus::AwaitingFinance);
    const QJsonObject p = eventsOf(*m_store, within).constLast().payloadObject();
    QCOMPARE(p.value("limit"_L1).toObject().value("value"_L1).toString(), u"5000.00"_s);

    const QString above = submitOk(u"ann"_s, Money(500'001, u"EUR"_s));
    auto b = act(u"lou"_s, above, u"approve"_s);
    QVERIFY(b.ok());
    QCOMPARE(b->status, RequestStatus::AwaitingApproval);
}

void tst_Commands::financeFinalizesAnyAmount()
{
    const QString purchase = submitOk(u"ann"_s, eur(999'999'999));
    QVERIFY(act(u"big"_s, purchase, u"approve"_s).ok());
    auto fin = act(u"fin"_s, purchase, u"approve"_s);
    QVERIFY2(fin.ok(), qPrintable(fin ? QString() : describe(fin.error())));
    QCOMPARE(fin->status, RequestStatus::AwaitingPayment);
    QCOMPARE(fin->eventTypes, QStringList{u"FinanceApproved"_s});

    const QString expense = submitOk(u"ann"_s, eur(999'999'999), u"expense"_s);
    QVERIFY(act(u"big"_s, expense, u"approve"_s).ok());
    auto finalized = act(u"fin"_s, expense, u"approve"_s);
    QVERIFY(finalized.ok());
    QCOMPARE(finalized->eventTypes, QStringList{u"FinanceFinalized"_s});
    QCOMPARE(finalized->status, RequestStatus::AwaitingPayment);
}

void tst_Commands::rejectNeedsAReasonAndRevokesApprovals()
{
    const QString stream = submitOk(u"ann"_s, eur(1'200), u"expense"_s);
    QVERIFY(act(u"max"_s, stream, u"approve"_s).ok());
    const qint64 before = eventCount(*m_store);
    auto noReason = act(u"fin"_s, stream, u"reject"_s, u"  "_s);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code, ErrorCode::Validation);
    QVERIFY(noReason.error().message.contains(u"reason"_s));
    QCOMPARE(eventCount(*m_store), before);

    auto rejected = act(u"fin"_s, stream, u"reject"_s, u"no receipt"_s);
    QVERIFY2(rejected.ok(), qPrintable(rejected ? QString() : describe(rejected.error())));
    QCOMPARE(rejected->status, RequestStatus::Rejected);
    QCOMPARE(rejected->eventTypes,
             (QStringList{u"FinanceRejected"_s, u"ManagerApprovalRevoked"_s}));
    const QList<RecordedEvent> events = eventsOf(*m_store, stream);
    const RecordedEvent &rejection = events.at(events.size() - 2);
    const RecordedEvent &revoked = events.constLast();
    QCOMPARE(rejection.metadataObject().value("reason"_L1).toString(), u"no receipt"_s);
    QCOMPARE(rejection.metadataObject().value("actor"_L1).toString(), u"fin"_s);
    // The revocation is caused by the rejection.
    QCOMPARE(revoked.metadataObject().value("causationId"_L1).toString(),
             uuidText(rejection.eventId));
    QCOMPARE(revoked.payloadObject().value("approver"_L1).toString(), u"max"_s);

    auto late = act(u"mo"_s, stream, u"approve"_s);
    QCOMPARE(late.error().code, ErrorCode::Conflict);
    QVERIFY(late.error().message.contains(u"already Rejected"_s));
}

void tst_Commands::aLaterApproverLearnsWhoWasFirst()
{
    const QString stream = submitOk(u"ann"_s, eur(1'200));
    QVERIFY(act(u"max"_s, stream, u"approve"_s).ok());
    auto second = act(u"mo"_s, stream, u"approve"_s);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY2(second.error().message.contains(u"already approved by max"_s),
             qPrintable(second.error().message));
    QVERIFY(accessDenials().isEmpty()); // a conflict is no refusal of access
}

void tst_Commands::concurrentApprovalsOneWins()
{
    // Two managers at the same moment, on threads of their own: the loser's append fails
    // on the version, the request is loaded again, and the decider says who was first.
    for (int round = 0; round < 10; ++round) {
        const QString stream = submitOk(u"ann"_s, eur(1'200));
        const SignedInUser max = user(u"max"_s), mo = user(u"mo"_s);
        auto approveAs = [this, stream](SignedInUser who) {
            ActInput input;
            input.streamId = stream;
            input.action = u"approve"_s;
            return RequestCommandService(*m_store).act(who, input);
        };
        QFuture<Result<CommandOutcome>> a = QtConcurrent::run(approveAs, max);
        QFuture<Result<CommandOutcome>> b = QtConcurrent::run(approveAs, mo);
        const Result<CommandOutcome> ra = a.result(), rb = b.result();
        QVERIFY2(ra.ok() != rb.ok(), qPrintable(u"round %1"_s.arg(round)));
        const Result<CommandOutcome> &loser = ra.ok() ? rb : ra;
        const QString winner = ra.ok() ? u"max"_s : u"mo"_s;
        QCOMPARE(loser.error().code, ErrorCode::Conflict);
        QVERIFY2(loser.error().message.contains(u"already approved by "_s + winner),
                 qPrintable(loser.error().message));
        int approvals = 0;
        for (const RecordedEvent &e : eventsOf(*m_store, stream))
            approvals += e.type == u"ManagerApproved"_s;
        QCOMPARE(approvals, 1);
    }
}

void tst_Commands::orderActionsAndCancel()
{
    const QString order = submitOk(u"ann"_s, eur(240), u"order"_s);
    QCOMPARE(statusOf(order), RequestStatus::Pending);
    // Nothing to pack before the stock is reserved (the saga's step).
    auto early = act(u"wes"_s, order, u"pack"_s);
    QVERIFY(!early.ok());
    QCOMPARE(eventsOf(*m_store, order).size(), 1);
    recordStepSucceeded(order, u"reserve-stock"_s);
    auto notWarehouse = act(u"ann"_s, order, u"pack"_s);
    QCOMPARE(notWarehouse.error().code, ErrorCode::AccessDenied);
    QCOMPARE(accessDenials().size(), 1);
    QCOMPARE(act(u"wes"_s, order, u"pack"_s)->status, RequestStatus::Packed);
    QCOMPARE(act(u"wes"_s, order, u"ship"_s)->status, RequestStatus::Shipped);
    auto cancelLate = act(u"ann"_s, order, u"cancel"_s, u"too slow"_s);
    QVERIFY(!cancelLate.ok());
    QCOMPARE(act(u"wes"_s, order, u"deliver"_s)->status, RequestStatus::Delivered);

    const QString cancelled = submitOk(u"ann"_s, eur(80), u"order"_s);
    recordStepSucceeded(cancelled, u"reserve-stock"_s);
    auto otherRequester = act(u"bob"_s, cancelled, u"cancel"_s, u"not mine"_s);
    QCOMPARE(otherRequester.error().code, ErrorCode::AccessDenied);
    auto c = act(u"ann"_s, cancelled, u"cancel"_s, u"ordered twice"_s);
    QVERIFY2(c.ok(), qPrintable(c ? QString() : describe(c.error())));
    QCOMPARE(c->status, RequestStatus::Cancelled);
    QCOMPARE(c->eventTypes.constFirst(), u"OrderCancelled"_s);
}

void tst_Commands::unknownRequestIsNotFound()
{
    auto missing = act(u"max"_s, u"purchase-00000000-0000-0000-0000-000000000000"_s, u"approve"_s);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    auto system = act(u"max"_s, u"$users"_s, u"approve"_s);
    QCOMPARE(system.error().code, ErrorCode::NotFound);
    auto foreign = act(u"max"_s, u"travel-1"_s, u"approve"_s);
    QCOMPARE(foreign.error().code, ErrorCode::NotFound);
}

void tst_Commands::definitionVersionIsPinnedPerRequest()
{
    // v1's default limit is 5,000.00 EUR; valid-purchase-v2.json lowers it to 2,500.00.
    const QString onV1 = submitOk(u"ann"_s, eur(4'000));
    auto v2 = workflow::Definition::loadFile(
        sourceFile(u"tests/data/workflows/valid-purchase-v2.json"_s));
    QVERIFY2(v2.ok(), qPrintable(v2 ? QString() : v2.error().message));
    QVERIFY(workflow::loadDefinition(*m_store, u"admin"_s, v2.value(), u"valid-purchase-v2.json"_s)
                .ok());

    auto newer = submit(u"ann"_s, eur(4'000));
    QVERIFY(newer.ok());
    QCOMPARE(newer->workflowVersion, 2);
    QCOMPARE(eventsOf(*m_store, newer->streamId)
                 .constFirst()
                 .payloadObject()
                 .value("workflowVersion"_L1)
                 .toInt(),
             2);

    // lou has no limit of his own: 5,000 covers 4,000 on v1, 2,500 does not on v2.
    auto onOld = act(u"lou"_s, onV1, u"approve"_s);
    QVERIFY(onOld.ok());
    QCOMPARE(onOld->workflowVersion, 1);
    QCOMPARE(onOld->status, RequestStatus::AwaitingFinance);
    auto onNew = act(u"lou"_s, newer->streamId, u"approve"_s);
    QVERIFY(onNew.ok());
    QCOMPARE(onNew->status, RequestStatus::AwaitingApproval);

    // v2 lets managers submit; v1 did not, and v1 is no longer the one submissions use.
    QVERIFY(submit(u"max"_s, eur(10)).ok());
}

void tst_Commands::loadingADefinitionNeedsAnAdminAndANewerVersion()
{
    auto v2 = workflow::Definition::loadFile(
        sourceFile(u"tests/data/workflows/valid-purchase-v2.json"_s));
    QVERIFY(v2.ok());
    const qint64 before = eventCount(*m_store);
    auto denied = workflow::loadDefinition(*m_store, u"max"_s, v2.value(), u"v2.json"_s);
    QCOMPARE(denied.error().code, ErrorCode::AccessDenied);
    QCOMPARE(eventCount(*m_store), before + 1);
    QCOMPARE(accessDenials().constFirst().payloadObject().value("actor"_L1).toString(), u"max"_s);

    auto loaded =
        workflow::loadDefinition(*m_store, u"admin"_s, v2.value(), u"/some/where/v2.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
    const RecordedEvent e = eventsOf(*m_store, QString(workflow::WorkflowsStream)).constLast();
    QCOMPARE(e.type, u"WorkflowDefinitionLoaded"_s);
    QCOMPARE(e.globalPosition, loaded.value());
    QCOMPARE(e.payloadObject().value("name"_L1).toString(), u"purchase"_s);
    QCOMPARE(e.payloadObject().value("version"_L1).toInt(), 2);
    QCOMPARE(e.payloadObject().value("source"_L1).toString(), u"v2.json"_s);
    QCOMPARE(e.payloadObject().value("definition"_L1).toObject(), v2->toJson());
    QCOMPARE(e.actor(), u"admin"_s);

    auto again = workflow::loadDefinition(*m_store, u"admin"_s, v2.value(), u"v2.json"_s);
    QCOMPARE(again.error().code, ErrorCode::Validation);
    QVERIFY2(again.error().message.contains(u"not newer"_s), qPrintable(again.error().message));
    workflow::Definition v1 = v2.value();
    v1.version = 1;
    QCOMPARE(workflow::loadDefinition(*m_store, u"admin"_s, v1, u"v1.json"_s).error().code,
             ErrorCode::Validation);

    auto registry = workflow::DefinitionRegistry::load(*m_store);
    QVERIFY(registry.ok());
    QCOMPARE(registry->latest(u"purchase")->version, 2);
    QCOMPARE(*registry->latest(u"purchase"), v2.value());
    QVERIFY(registry->find(u"purchase", 1));
    QCOMPARE(registry->find(u"purchase", 1)->defaultApprovalLimit->toString(), u"5000.00"_s);
    QVERIFY(!registry->find(u"purchase", 3));
    QVERIFY(!registry->latest(u"travel"));
    QCOMPARE(registry->latest(u"order")->version, 1);
    QCOMPARE(registry->all().size(), 5); // four shipped, one loaded
    QCOMPARE(registry->sourceOf(u"purchase", 2), u"v2.json"_s);
    QCOMPARE(registry->sourceOf(u"purchase", 1), u"shipped"_s);
}

void tst_Commands::credentialsOverloadSignsIn()
{
    RequestCommandService service(*m_store);
    auto wrong = service.submit(u"ann"_s, secret("Not-The-Password-9"),
                                submitInput(u"purchase"_s, u"Desk"_s, eur(300)));
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
    auto right = service.submit(u"ann"_s, secret(UserPassword),
                                submitInput(u"purchase"_s, u"Desk"_s, eur(300)));
    QVERIFY(right.ok());
    ActInput input;
    input.streamId = right->streamId;
    input.action = u"approve"_s;
    input.comment = u"fine"_s;
    auto approved = service.act(u"max"_s, secret(UserPassword), input);
    QVERIFY(approved.ok());
    QCOMPARE(eventsOf(*m_store, right->streamId)
                 .constLast()
                 .payloadObject()
                 .value("comment"_L1)
                 .toString(),
             u"fine"_s);
}

QTEST_GUILESS_MAIN(tst_Commands)
#include "tst_commands.moc"
