// SPDX-License-Identifier: GPL-3.0-or-later
// The read models: a realistic history made with the deciders and saga events, then
// rebuild == incremental, as-of N == built from events 1..N, the inbox rule, the KPIs on
// known data, checkpoints across a reopen, a cancelled rebuild, unknown names, migration.
#include "TestSupport.h"

#include "domain/RequestAggregate.h"
#include "projections/ProjectionRunner.h"
#include "projections/ReadModels.h"
#include "security/Users.h"
#include "store/SqliteSupport.h"
#include "store/StoreFile.h"
#include "workflow/Definition.h"
#include "workflow/SagaEvents.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace eventdesk;
using namespace eventdesk::domain;
using namespace eventdesk::projections;
using namespace Qt::Literals::StringLiterals;
using security::Role;
using security::RoleSet;

namespace {

constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day1 = 1'767'225'600'000; // 2026-01-01 00:00 UTC

Money eur(qint64 units)
{
    return Money::fromMajorUnits(units, u"EUR"_s).value();
}

// The people of the history, as $users records them and as the deciders see them.
struct Person
{
    QString name;
    RoleSet roles;
    std::optional<Money> limit;
};

const QList<Person> &people()
{
    static const QList<Person> list{
        {u"ann"_s, RoleSet{Role::Requester}, std::nullopt},
        {u"bob"_s, RoleSet{Role::Requester}, std::nullopt},
        {u"max"_s, RoleSet{Role::Manager}, eur(10'000)},
        {u"lou"_s, RoleSet{Role::Manager}, eur(1'000)},
        {u"rex"_s, RoleSet{Role::Requester, Role::Manager}, eur(10'000)},
        {u"fin"_s, RoleSet{Role::Finance}, std::nullopt},
        {u"wes"_s, RoleSet{Role::Warehouse}, std::nullopt},
    };
    return list;
}

Actor actor(const QString &name)
{
    for (const Person &p : people())
        if (p.name == name)
            return Actor{p.name, p.roles, p.limit};
    return Actor{name, RoleSet{}, std::nullopt};
}

// Appends events the way the command layer and the saga engine do: decided by the
// request's own aggregate, with the actor in the metadata.
class History
{
public:
    // firstId: where the seeded event ids start (another History on the same store).
    explicit History(SqliteEventStore &store, quint64 firstId = 0)
        : m_store(store)
        , m_ids(firstId)
    {}

    void append(const QString &stream, const QString &type, const QJsonObject &payload,
                const QString &who)
    {
        EventMetadata meta;
        meta.actor = who;
        meta.correlationId = stream;
        AppendRequest request;
        request.streamId = stream;
        request.events.append(NewEvent::make(type, payload, meta, 1, test::seededUuid(++m_ids)));
        const AppendResult r = m_store.append(std::move(request)).result();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

    void users()
    {
        for (const Person &p : people()) {
            QJsonObject payload{
                {"name"_L1, p.name}, {"roles"_L1, p.roles.toJson()}, {"at"_L1, Day1}};
            if (p.limit)
                payload.insert("approvalLimit"_L1, p.limit->toJson());
            append(QString(security::UsersStream), QString(security::UserEvents::UserCreated),
                   payload, u"admin"_s);
        }
    }

    QString decide(const QString &stream, const RequestCommand &command, const QString &who)
    {
        const QString workflow = RequestAggregate::workflowOfStream(stream);
        auto it = m_requests.find(stream);
        if (it == m_requests.end())
            it = m_requests.insert(stream, *RequestAggregate::forWorkflow(workflow));
        const auto definition = workflow::shippedDefinition(workflow);
        const Decision d = it->decide(command, definition.value());
        if (!d) {
            qWarning("refused: %s", qPrintable(d.error().message));
            return {};
        }
        for (const DomainEvent &e : d.value()) {
            it->apply(e);
            append(stream, e.type, e.payload, who);
        }
        return stream;
    }

    QString submit(const QString &workflow, const QString &who, qint64 units, qint64 at)
    {
        const QString stream =
            workflow + u'-' + uuidText(test::seededUuid(1000 + ++m_requestCount));
        return decide(stream,
                      SubmitRequest{actor(who), u"Request %1"_s.arg(m_requestCount), eur(units),
                                    QJsonObject{}, at},
                      who);
    }

    void act(const QString &stream, const QString &who, const QString &action, qint64 at,
             const QString &text = {})
    {
        const bool reject = action == u"reject"_s;
        decide(
            stream,
            ActOnRequest{
                actor(who), action, reject ? QString() : text, reject ? text : QString(), {}, at},
            who);
    }

    void outcome(const QString &stream, const QString &step, qint64 at)
    {
        decide(stream, RecordStepOutcome{step, StepOutcome::Succeeded, {}, QJsonObject{}, at},
               u"$saga"_s);
    }

    void saga(const QString &request, const QLatin1String &type, QJsonObject payload, qint64 at)
    {
        payload.insert("at"_L1, at);
        append(workflow::sagaStreamOf(request), QString(type), payload, u"$saga"_s);
    }

    void sagaStarted(const QString &request, qint64 at)
    {
        saga(request, workflow::SagaEvents::SagaStarted,
             {{"request"_L1, request},
              {"workflow"_L1, RequestAggregate::workflowOfStream(request)},
              {"definitionVersion"_L1, 1},
              {"coordination"_L1, u"orchestrated"_s}},
             at);
    }

private:
    SqliteEventStore &m_store;
    QHash<QString, RequestAggregate> m_requests;
    quint64 m_ids = 0;
    int m_requestCount = 0;
};

// The streams of the history, for the assertions.
struct Streams
{
    QString p1, p2, p3, p4, p5, e1, o1;
};

// A history in steps; `step` is called between them (the incremental model catches up
// there). Its KPIs are worked out by hand in kpisOnKnownData.
Streams writeHistory(
    History &h, const std::function<void()> &step = [] {})
{
    namespace E = workflow::SagaEvents;
    Streams s;
    h.users();
    step();
    // P1: 1,200 EUR; lou's limit (1,000) does not cover it: recorded, still waiting.
    s.p1 = h.submit(u"purchase"_s, u"ann"_s, 1200, Day1 + 9 * Hour);
    h.sagaStarted(s.p1, Day1 + 9 * Hour);
    h.act(s.p1, u"lou"_s, u"approve"_s, Day1 + 10 * Hour, u"fine by me"_s);
    step();
    // P2: approved by max and finance, paid.
    s.p2 = h.submit(u"purchase"_s, u"ann"_s, 300, Day1 + 11 * Hour);
    h.sagaStarted(s.p2, Day1 + 11 * Hour);
    h.act(s.p2, u"max"_s, u"approve"_s, Day1 + 12 * Hour, u"ok"_s);
    h.act(s.p2, u"fin"_s, u"approve"_s, Day1 + 15 * Hour);
    h.saga(s.p2, E::SagaStepStarted,
           {{"step"_L1, u"payment"_s},
            {"service"_L1, u"payment"_s},
            {"operation"_L1, u"authorize"_s},
            {"messageId"_L1, u"m-1"_s},
            {"idempotencyKey"_L1, u"k-1"_s}},
           Day1 + 15 * Hour);
    step();
    h.outcome(s.p2, u"payment"_s, Day1 + 16 * Hour);
    h.saga(s.p2, E::SagaStepCompleted, {{"step"_L1, u"payment"_s}, {"messageId"_L1, u"m-1"_s}},
           Day1 + 16 * Hour);
    h.saga(s.p2, E::SagaCompleted, {{"status"_L1, u"Completed"_s}}, Day1 + 16 * Hour);
    // P3: rejected by max; the saga ends.
    s.p3 = h.submit(u"purchase"_s, u"bob"_s, 700, Day1 + 13 * Hour);
    h.sagaStarted(s.p3, Day1 + 13 * Hour);
    h.act(s.p3, u"max"_s, u"reject"_s, Day1 + 14 * Hour, u"not this quarter"_s);
    h.saga(s.p3, E::SagaCompleted, {{"status"_L1, u"Rejected"_s}}, Day1 + 14 * Hour);
    step();
    // Day 2. E1: rex's own expense (he is a manager too). P4 waits for finance. P5: 3,000.
    s.e1 = h.submit(u"expense"_s, u"rex"_s, 200, Day1 + 33 * Hour);
    s.p4 = h.submit(u"purchase"_s, u"bob"_s, 400, Day1 + 34 * Hour);
    h.act(s.p4, u"max"_s, u"approve"_s, Day1 + 35 * Hour);
    s.p5 = h.submit(u"purchase"_s, u"bob"_s, 3000, Day1 + 30 * Hour);
    step();
    // O1: stock reserved, waits for the warehouse to pack.
    s.o1 = h.submit(u"order"_s, u"bob"_s, 50, Day1 + 36 * Hour);
    h.sagaStarted(s.o1, Day1 + 36 * Hour);
    h.saga(s.o1, E::SagaStepStarted,
           {{"step"_L1, u"reserve-stock"_s},
            {"service"_L1, u"inventory"_s},
            {"operation"_L1, u"reserve"_s},
            {"messageId"_L1, u"m-2"_s},
            {"idempotencyKey"_L1, u"k-2"_s}},
           Day1 + 36 * Hour);
    h.outcome(s.o1, u"reserve-stock"_s, Day1 + 37 * Hour);
    h.saga(s.o1, E::SagaStepCompleted,
           {{"step"_L1, u"reserve-stock"_s}, {"messageId"_L1, u"m-2"_s}}, Day1 + 37 * Hour);
    // P1's manager step passed its deadline (48 h after 09:00 on day 1).
    h.saga(s.p1, E::DeadlineReminderSent,
           {{"step"_L1, u"manager-approval"_s},
            {"dueAt"_L1, Day1 + 57 * Hour},
            {"to"_L1, QJsonArray{u"max"_s, u"lou"_s, u"rex"_s}}},
           Day1 + 57 * Hour);
    step();
    return s;
}

// Every row of a table in primary-key order, as text: what "equal models" compares.
QStringList dump(SqliteEventStore &store, const QString &table)
{
    QStringList rows;
    // Table names are this test's fixed words.
    QSqlQuery q(store.readDatabase());
    if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s))
        qWarning("dump %s: failed", qPrintable(table));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

// Catches the models up; says why when it cannot.
bool caughtUp(SqliteEventStore &store)
{
    auto r = catchUpProjections(store);
    if (!r)
        qWarning("catch-up failed: %s", qPrintable(r.error().message));
    return r.ok();
}

const QStringList Tables{u"proj_requests"_s, u"proj_sagas"_s, u"proj_audit"_s, u"proj_kpi_facts"_s};

QStringList requestIds(const QList<InboxItem> &items)
{
    QStringList ids;
    for (const InboxItem &i : items)
        ids.append(i.request.streamId);
    return ids;
}

} // namespace

class TstProjections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebuildEqualsIncremental();
    void asOfEqualsPrefix();
    void inboxRules();
    void requestsAndSagas();
    void kpisOnKnownData();
    void auditLog();
    void checkpointResumesAfterReopen();
    void cancelledRebuildLeavesModelIntact();
    void rebuildOneModel();
    void unknownProjectionName();
    void aSagaWhoseRequestFailedEndsFailed();
    void migratesFromSchema5();
    void measureRebuild();
};

void TstProjections::rebuildEqualsIncremental()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    int catchUps = 0;
    writeHistory(h, [&] {
        QVERIFY(caughtUp(*store));
        ++catchUps;
    });
    QCOMPARE(catchUps, 6);
    const qint64 head = store->reader().headPosition().value();
    QMap<QString, QStringList> incremental;
    for (const QString &table : Tables) {
        incremental.insert(table, dump(*store, table));
        QVERIFY2(!incremental.value(table).isEmpty(), qPrintable(table));
    }
    for (const QString &name : projectionNames())
        QCOMPARE(projectionCheckpoint(*store, name).value(), head);

    qint64 lastDone = -1;
    auto rebuilt = rebuildProjections(*store, {}, [&](qint64 done, qint64 total) {
        QCOMPARE(total, head);
        lastDone = done;
    });
    QVERIFY2(rebuilt.ok(), rebuilt.ok() ? "" : qPrintable(rebuilt.error().message));
    QCOMPARE(rebuilt->eventsRead, head);
    QCOMPARE(rebuilt->position, head);
    QCOMPARE(lastDone, head);
    for (const QString &table : Tables)
        QCOMPARE(dump(*store, table), incremental.value(table));
}

void TstProjections::asOfEqualsPrefix()
{
    test::TempStore full;
    auto store = test::createStore(full.path());
    QVERIFY(store);
    History h(*store);
    const Streams s = writeHistory(h);
    QVERIFY(caughtUp(*store));
    const auto events = store->reader().readAll(ReadAllQuery{1, 0, {}, {}, 100000}).value();

    // A second store receives the same events one at a time (same ids, bytes, times), and
    // its current model must equal the full store's model as of that position.
    test::TempStore prefixDir;
    auto clock = std::make_shared<FakeClock>();
    auto prefix = test::createStore(prefixDir.path(), clock);
    QVERIFY(prefix);
    const QStringList users{u"ann"_s, u"bob"_s, u"max"_s, u"lou"_s, u"rex"_s, u"fin"_s, u"wes"_s};
    for (const RecordedEvent &e : events) {
        clock->set(e.recordedAt);
        AppendRequest request;
        request.streamId = e.streamId;
        request.events.append(
            NewEvent::fromBytes(e.eventId, e.type, e.schemaVersion, e.payload, e.metadata).value());
        QCOMPARE(prefix->append(std::move(request)).result()->lastPosition, e.globalPosition);
        QVERIFY(caughtUp(*prefix));
        const qint64 n = e.globalPosition;

        RequestFilter asOf;
        asOf.asOf = n;
        QCOMPARE(queryRequests(*store, asOf).value(), queryRequests(*prefix).value());
        SagaFilter sagasAsOf;
        sagasAsOf.asOf = n;
        QCOMPARE(querySagas(*store, sagasAsOf).value(), querySagas(*prefix).value());
        for (const QString &user : users)
            QCOMPARE(requestIds(queryInbox(*store, user, n).value()),
                     requestIds(queryInbox(*prefix, user).value()));
        AuditFilter auditAsOf;
        auditAsOf.asOf = n;
        QCOMPARE(queryAudit(*store, auditAsOf).value(), queryAudit(*prefix).value());
        KpiFilter kpiAsOf;
        kpiAsOf.asOf = n;
        const KpiReport a = queryKpis(*store, kpiAsOf).value();
        const KpiReport b = queryKpis(*prefix).value();
        QCOMPARE(a.requestsPerDay, b.requestsPerDay);
        QCOMPARE(a.decided, b.decided);
        QCOMPARE(a.deadlineReminders, b.deadlineReminders);
        QCOMPARE(a.leadTimeMedianHours, b.leadTimeMedianHours);
    }
    // The as-of answer is not simply "now": at P1's first event only P1 was there.
    const qint64 p1Submitted =
        queryRequest(*store, s.p1).value()->position - 2; // ManagerApproved came after SagaStarted
    RequestFilter early;
    early.asOf = p1Submitted;
    const auto then = queryRequests(*store, early).value();
    QCOMPARE(then.size(), 1);
    QCOMPARE(then.constFirst().status, u"AwaitingApproval"_s);
    QVERIFY(then.constFirst().approvers.isEmpty());
}

void TstProjections::inboxRules()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    const Streams s = writeHistory(h);
    QVERIFY(caughtUp(*store));

    auto inbox = [&](const QString &user) { return requestIds(queryInbox(*store, user).value()); };
    // Requesters see nothing: approvals need a manager, and their own requests never wait
    // for them at an approval step; cancelling an order does not make it wait for bob.
    QCOMPARE(inbox(u"ann"_s), QStringList());
    QCOMPARE(inbox(u"bob"_s), QStringList());
    // max: P1 (lou's approval does not cover it), E1, P5; not P4 (he approved it; it waits
    // for finance), not P2/P3 (ended). Nearest deadline first (48 h after each began): P1
    // due at 57 h, P5 at 78 h, E1 at 81 h.
    QCOMPARE(inbox(u"max"_s), (QStringList{s.p1, s.p5, s.e1}));
    // lou already approved P1 in this chain; her limit (1,000) is below P5's 3,000 but she
    // still sees it (her approval is recorded, a covering manager is still needed).
    QCOMPARE(inbox(u"lou"_s), (QStringList{s.p5, s.e1}));
    const auto louItems = queryInbox(*store, u"lou"_s).value();
    QVERIFY(louItems.at(0).limitApplies);
    QCOMPARE(louItems.at(0).limitCovers, std::optional<bool>(false));
    QCOMPARE(louItems.at(1).limitCovers, std::optional<bool>(true));
    // rex is a manager and a requester: E1 is his own, so not his to approve.
    QCOMPARE(inbox(u"rex"_s), (QStringList{s.p1, s.p5}));
    // Role filter: finance sees the finance step, the warehouse the order to pack.
    QCOMPARE(inbox(u"fin"_s), QStringList{s.p4});
    QCOMPARE(inbox(u"wes"_s), QStringList{s.o1});
    QCOMPARE(inbox(u"nobody"_s), QStringList());
    // Before max approved P4 (as of P4's submission) it waited for him.
    const qint64 p4Submitted = queryRequest(*store, s.p4).value()->position - 1;
    QVERIFY(requestIds(queryInbox(*store, u"max"_s, p4Submitted).value()).contains(s.p4));
    QVERIFY(!requestIds(queryInbox(*store, u"fin"_s, p4Submitted).value()).contains(s.p4));
}

// As `eventdesk-cli sagas` says: a saga that ended with its request Failed (a step failed
// for good, its compensations done) is failed, not completed.
void TstProjections::aSagaWhoseRequestFailedEndsFailed()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    namespace E = workflow::SagaEvents;
    const QString failed = h.submit(u"purchase"_s, u"bob"_s, 100, Day1);
    h.sagaStarted(failed, Day1);
    h.saga(failed, E::SagaStepFailed, {{"step"_L1, u"payment"_s}, {"cause"_L1, u"declined"_s}},
           Day1 + Hour);
    h.saga(failed, E::SagaCompleted, {{"status"_L1, u"Failed"_s}}, Day1 + 2 * Hour);
    const QString rejected = h.submit(u"purchase"_s, u"bob"_s, 100, Day1 + 3 * Hour);
    h.sagaStarted(rejected, Day1 + 3 * Hour);
    h.saga(rejected, E::SagaCompleted, {{"status"_L1, u"Rejected"_s}}, Day1 + 4 * Hour);
    QVERIFY(caughtUp(*store));
    const auto sagas = querySagas(*store);
    QVERIFY(sagas);
    QMap<QString, QString> status;
    for (const SagaRow &r : sagas.value())
        status.insert(r.request, r.status);
    QCOMPARE(status.value(failed), u"failed"_s);
    QCOMPARE(status.value(rejected), u"completed"_s);
}

void TstProjections::requestsAndSagas()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    const Streams s = writeHistory(h);
    QVERIFY(caughtUp(*store));

    const auto p2 = queryRequest(*store, s.p2).value();
    QVERIFY(p2);
    QCOMPARE(p2->status, u"Completed"_s);
    QCOMPARE(p2->step, QString());
    QCOMPARE(p2->amount, eur(300));
    QCOMPARE(p2->requester, u"ann"_s);
    QCOMPARE(p2->submittedAt, Day1 + 11 * Hour);
    const auto p1 = queryRequest(*store, s.p1).value();
    QCOMPARE(p1->status, u"AwaitingApproval"_s);
    QCOMPARE(p1->step, u"manager-approval"_s);
    QCOMPARE(p1->approvers, QStringList{u"lou"_s});
    QCOMPARE(p1->dueAt, std::optional<qint64>(Day1 + 57 * Hour));

    RequestFilter filter;
    filter.requester = u"bob"_s;
    QCOMPARE(queryRequests(*store, filter)->size(), 4);
    filter.statuses = QStringList{u"Rejected"_s};
    QCOMPARE(queryRequests(*store, filter)->constFirst().streamId, s.p3);
    RequestFilter open;
    open.openOnly = true;
    QCOMPARE(queryRequests(*store, open)->size(), 5); // P1, P4, P5, E1, O1
    RequestFilter text;
    text.text = u"REQUEST 2"_s;
    QCOMPARE(queryRequests(*store, text)->constFirst().streamId, s.p2);

    const auto sagas = querySagas(*store).value();
    QCOMPARE(sagas.size(), 4);
    QMap<QString, SagaRow> byRequest;
    for (const SagaRow &r : sagas)
        byRequest.insert(r.request, r);
    QCOMPARE(byRequest.value(s.p2).status, u"completed"_s);
    QCOMPARE(byRequest.value(s.p2).endStatus, u"Completed"_s);
    QCOMPARE(byRequest.value(s.p3).endStatus, u"Rejected"_s);
    QCOMPARE(byRequest.value(s.p1).status, u"waiting_for_person"_s);
    QCOMPARE(byRequest.value(s.p1).step, u"manager-approval"_s);
    QCOMPARE(byRequest.value(s.o1).status, u"waiting_for_person"_s);
    QCOMPARE(byRequest.value(s.o1).step, u"pack"_s);
    QCOMPARE(byRequest.value(s.o1).workflow, u"order"_s);
    SagaFilter active;
    active.activeOnly = true;
    QCOMPARE(querySagas(*store, active)->size(), 2);
    SagaFilter waiting;
    waiting.statuses = QStringList{u"waiting_for_person"_s};
    waiting.workflow = u"order"_s;
    QCOMPARE(querySagas(*store, waiting)->size(), 1);
    // While P2's payment call was under way its saga was running at the payment step.
    SagaFilter atPayment;
    atPayment.asOf = queryRequest(*store, s.p2).value()->position - 1;
    const auto then = querySagas(*store, atPayment).value();
    QCOMPARE(then.size(), 2); // P1, P2: P3 came later
    for (const SagaRow &r : then)
        if (r.request == s.p2) {
            QCOMPARE(r.status, u"running"_s);
            QCOMPARE(r.step, u"payment"_s);
        }
}

void TstProjections::kpisOnKnownData()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    writeHistory(h);
    QVERIFY(caughtUp(*store));

    const KpiReport all = queryKpis(*store).value();
    // Day 1: P1, P2, P3; day 2: E1, P4, P5, O1.
    QCOMPARE(all.requestsPerDay, (QList<DayCount>{{QDate(2026, 1, 1), 3}, {QDate(2026, 1, 2), 4}}));
    // Final approval decisions: P2 approved by finance 4 h after submission, P3 rejected
    // by max after 1 h. P4's manager approval leads to finance: not final.
    QCOMPARE(all.decided, 2);
    QCOMPARE(all.approved, 1);
    QCOMPARE(all.rejected, 1);
    QCOMPARE(all.rejectionRate, 0.5);
    QCOMPARE(*all.leadTimeMedianHours, 2.5);
    QVERIFY(std::abs(*all.leadTimeP90Hours - 3.7) < 1e-9);
    QCOMPARE(all.deadlineReminders, 1);
    QCOMPARE(all.deadlineEscalations, 0);

    KpiFilter day2;
    day2.from = QDate(2026, 1, 2);
    const KpiReport second = queryKpis(*store, day2).value();
    QCOMPARE(second.requestsPerDay, (QList<DayCount>{{QDate(2026, 1, 2), 4}}));
    QCOMPARE(second.decided, 0);
    QVERIFY(!second.leadTimeMedianHours);
    KpiFilter orders;
    orders.workflow = u"order"_s;
    QCOMPARE(queryKpis(*store, orders)->requestsPerDay, (QList<DayCount>{{QDate(2026, 1, 2), 1}}));
}

void TstProjections::auditLog()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    const Streams s = writeHistory(h);
    QVERIFY(caughtUp(*store));

    AuditFilter byMax;
    byMax.actor = u"max"_s;
    const auto maxDid = queryAudit(*store, byMax).value();
    QCOMPARE(maxDid.size(), 3); // P2 approve, P3 reject, P4 approve; newest first
    QCOMPARE(maxDid.at(1).type, u"ManagerRejected"_s);
    QCOMPARE(maxDid.at(1).reason, u"not this quarter"_s);
    QCOMPARE(maxDid.at(1).at, Day1 + 14 * Hour);
    QCOMPARE(maxDid.at(1).streamId, s.p3);
    QVERIFY(maxDid.at(0).position > maxDid.at(1).position);
    AuditFilter comment;
    comment.text = u"FINE"_s;
    const auto lou = queryAudit(*store, comment).value();
    QCOMPARE(lou.size(), 1);
    QCOMPARE(lou.constFirst().actor, u"lou"_s);
    QCOMPARE(lou.constFirst().comment, u"fine by me"_s);
    // Keyset paging: two pages of the whole log join up without gaps.
    AuditFilter page;
    page.limit = 5;
    const auto first = queryAudit(*store, page).value();
    page.before = first.constLast().position;
    const auto second = queryAudit(*store, page).value();
    QCOMPARE(second.constFirst().position, first.constLast().position - 1);
}

void TstProjections::checkpointResumesAfterReopen()
{
    test::TempStore t;
    qint64 firstHead = 0;
    Streams s;
    {
        auto store = test::createStore(t.path());
        QVERIFY(store);
        History h(*store);
        h.users();
        QVERIFY(caughtUp(*store));
        firstHead = store->reader().headPosition().value();
        QCOMPARE(projectionCheckpoint(*store, u"requests"_s).value(), firstHead);
    }
    auto reopened = SqliteEventStore::open(t.path());
    QVERIFY(reopened.ok());
    SqliteEventStore &store = *reopened.value();
    QCOMPARE(projectionCheckpoint(store, u"audit"_s).value(), firstHead);
    History more(store, 500);
    const QString stream = more.submit(u"purchase"_s, u"ann"_s, 100, Day1);
    more.act(stream, u"max"_s, u"approve"_s, Day1 + Hour);
    const qint64 head = store.reader().headPosition().value();
    auto caught = catchUpProjections(store);
    QVERIFY(caught.ok());
    // Only the events after the checkpoint were read; nothing applied twice.
    QCOMPARE(caught->eventsRead, head - firstHead);
    QCOMPARE(caught->position, head);
    QCOMPARE(catchUpProjections(store)->eventsRead, 0);
    const QStringList requests = dump(store, u"proj_requests"_s);
    const QStringList audit = dump(store, u"proj_audit"_s);
    QCOMPARE(audit.size(), int(head)); // every event here names an actor
    QVERIFY(rebuildProjections(store).ok());
    QCOMPARE(dump(store, u"proj_requests"_s), requests);
    QCOMPARE(dump(store, u"proj_audit"_s), audit);
}

void TstProjections::cancelledRebuildLeavesModelIntact()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    writeHistory(h);
    QVERIFY(caughtUp(*store));
    QMap<QString, QStringList> before;
    for (const QString &table : Tables)
        before.insert(table, dump(*store, table));
    const qint64 head = store->reader().headPosition().value();

    // Cancelled after the rebuild has emptied the tables inside its transaction.
    std::atomic_bool cancel{false};
    int calls = 0;
    auto result = rebuildProjections(
        *store, {},
        [&](qint64, qint64) {
            ++calls;
            cancel.store(true);
        },
        &cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);
    for (const QString &table : Tables)
        QCOMPARE(dump(*store, table), before.value(table));
    for (const QString &name : projectionNames())
        QCOMPARE(projectionCheckpoint(*store, name).value(), head);

    // A cancelled catch-up stops before its next batch.
    std::atomic_bool stop{true};
    auto stopped = catchUpProjections(*store, {}, &stop);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
}

void TstProjections::rebuildOneModel()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    History h(*store);
    writeHistory(h);
    QVERIFY(caughtUp(*store));
    const QStringList audit = dump(*store, u"proj_audit"_s);
    // Damage two models behind the projections' back; rebuilding one repairs that one only.
    QVERIFY(store
                ->runWrite([](QSqlDatabase &db) {
                    if (auto s = sqlite::execStatus(db, u"DELETE FROM proj_audit"_s); !s)
                        return s;
                    return sqlite::execStatus(db, u"DELETE FROM proj_kpi_facts"_s);
                })
                .result()
                .ok());
    auto rebuilt = rebuildProjections(*store, u"audit"_s);
    QVERIFY(rebuilt.ok());
    QCOMPARE(dump(*store, u"proj_audit"_s), audit);
    QVERIFY(dump(*store, u"proj_kpi_facts"_s).isEmpty());
    // "inbox" is served by the requests model.
    QVERIFY(rebuildProjections(*store, u"inbox"_s).ok());
}

void TstProjections::unknownProjectionName()
{
    test::TempStore t;
    auto store = test::createStore(t.path());
    QVERIFY(store);
    auto result = rebuildProjections(*store, u"nope"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Validation);
    QVERIFY(result.error().message.contains(u"nope"_s));
    QVERIFY(result.error().message.contains(u"requests"_s));
    QCOMPARE(resolveProjectionName(u"inbox"_s), std::optional<QString>(u"requests"_s));
    QCOMPARE(resolveProjectionName(u"kpis"_s), std::optional<QString>(u"kpis"_s));
    QVERIFY(!resolveProjectionName(u"Requests"_s));
    QCOMPARE(projectionNames(), (QStringList{u"requests"_s, u"sagas"_s, u"audit"_s, u"kpis"_s}));
}

void TstProjections::migratesFromSchema5()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    QVERIFY(SqliteEventStore::createAtSchemaForTesting(path, 5));
    QCOMPARE(StoreFile::probe(path)->userVersion, 5);
    QVERIFY(StoreFile::latestSchema() >= 6);
    auto opened = SqliteEventStore::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(StoreFile::probe(path)->userVersion, StoreFile::latestSchema());
    SqliteEventStore &store = *opened.value();
    History h(store);
    h.users();
    QVERIFY(caughtUp(store));
    QCOMPARE(dump(store, u"proj_audit"_s).size(), people().size());
}

// Not a timed test: prints the figures of docs/PROJECTIONS.md when asked to, e.g.
//   EVENTDESK_MEASURE_EVENTS=100000 build/proj/tests/tst_projections measureRebuild
// Purchases decided by the real decider, each with its saga: 8 events for an approved
// and paid one, 4 for every fifth, rejected by the manager.
void TstProjections::measureRebuild()
{
    const qint64 wanted = qEnvironmentVariableIntValue("EVENTDESK_MEASURE_EVENTS");
    if (wanted <= 0)
        QSKIP("set EVENTDESK_MEASURE_EVENTS=N to measure (docs/PROJECTIONS.md)");
    namespace E = workflow::SagaEvents;
    test::TempStore t;
    StoreOptions options;
    options.synchronous = StoreOptions::Synchronous::Normal; // writing the history, not measured
    auto store = test::createStore(t.path(), nullptr, options);
    QVERIFY(store);
    History(*store).users();
    const auto definition = workflow::shippedDefinition(u"purchase"_s).value();
    QList<QFuture<AppendResult>> pending;
    auto append = [&](const QString &stream, const QList<std::pair<QString, QJsonObject>> &events,
                      const QString &who) {
        AppendRequest request;
        request.streamId = stream;
        for (const auto &[type, payload] : events) {
            EventMetadata meta;
            meta.actor = who;
            meta.correlationId = stream;
            request.events.append(NewEvent::make(type, payload, meta));
        }
        pending.append(store->append(std::move(request)));
    };
    qint64 written = store->reader().headPosition().value();
    for (qint64 i = 0; written < wanted; ++i) {
        const QString stream = u"purchase-"_s + uuidText(test::seededUuid(quint64(i) + 1'000'000));
        const qint64 at = Day1 + i * 60'000;
        auto request = *RequestAggregate::forWorkflow(u"purchase"_s);
        QList<std::pair<QString, QJsonObject>> events;
        QList<std::pair<QString, QString>> actors;
        auto decide = [&](const RequestCommand &command) {
            const Decision d = request.decide(command, definition);
            QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
            for (const DomainEvent &e : d.value()) {
                request.apply(e);
                events.append({e.type, e.payload});
            }
        };
        const bool rejected = i % 5 == 4;
        decide(SubmitRequest{actor(u"ann"_s), u"Laptop %1"_s.arg(i), eur(100 + i % 900), {}, at});
        if (rejected) {
            decide(ActOnRequest{actor(u"max"_s), u"reject"_s, {}, u"no budget"_s, {}, at + Hour});
        } else {
            decide(ActOnRequest{actor(u"max"_s), u"approve"_s, u"ok"_s, {}, {}, at + Hour});
            decide(ActOnRequest{actor(u"fin"_s), u"approve"_s, {}, {}, {}, at + 2 * Hour});
            decide(RecordStepOutcome{
                u"payment"_s, StepOutcome::Succeeded, {}, QJsonObject{}, at + 3 * Hour});
        }
        append(stream, events, u"max"_s);
        const QString saga = workflow::sagaStreamOf(stream);
        QList<std::pair<QString, QJsonObject>> sagaEvents{{QString(E::SagaStarted),
                                                           {{"request"_L1, stream},
                                                            {"workflow"_L1, u"purchase"_s},
                                                            {"definitionVersion"_L1, 2},
                                                            {"coordination"_L1, u"orchestrated"_s},
                                                            {"at"_L1, at}}}};
        if (!rejected) {
            sagaEvents.append(
                {QString(E::SagaStepStarted),
                 {{"step"_L1, u"payment"_s}, {"messageId"_L1, stream}, {"at"_L1, at}}});
            sagaEvents.append(
                {QString(E::SagaStepCompleted),
                 {{"step"_L1, u"payment"_s}, {"messageId"_L1, stream}, {"at"_L1, at}}});
        }
        sagaEvents.append(
            {QString(E::SagaCompleted),
             {{"status"_L1, rejected ? u"Rejected"_s : u"Completed"_s}, {"at"_L1, at}}});
        append(saga, sagaEvents, u"$saga"_s);
        written += events.size() + sagaEvents.size();
        if (pending.size() >= 2000) {
            for (auto &f : pending)
                QVERIFY(f.result().ok());
            pending.clear();
        }
    }
    for (auto &f : pending)
        QVERIFY(f.result().ok());
    const qint64 head = store->reader().headPosition().value();

    QElapsedTimer timer;
    timer.start();
    auto caught = catchUpProjections(*store);
    const qint64 catchUpMs = timer.elapsed();
    QVERIFY(caught.ok());
    timer.restart();
    auto rebuilt = rebuildProjections(*store);
    const qint64 rebuildMs = timer.elapsed();
    QVERIFY(rebuilt.ok());
    timer.restart();
    RequestFilter asOf;
    asOf.asOf = head / 2;
    asOf.limit = 100000;
    const auto half = queryRequests(*store, asOf);
    const qint64 asOfMs = timer.elapsed();
    QVERIFY(half.ok());
    timer.restart();
    const auto inbox = queryInbox(*store, u"max"_s, head / 2);
    const qint64 inboxMs = timer.elapsed();
    QVERIFY(inbox.ok());
    qInfo("events %lld: catch-up from zero %lld ms (%.0f events/s), rebuild all %lld ms "
          "(%.0f events/s); requests as of %lld: %lld rows in %lld ms; inbox as of it: %lld "
          "items in %lld ms",
          head, catchUpMs, double(head) * 1000.0 / double(qMax<qint64>(catchUpMs, 1)), rebuildMs,
          double(head) * 1000.0 / double(qMax<qint64>(rebuildMs, 1)), head / 2,
          qint64(half->size()), asOfMs, qint64(inbox->size()), inboxMs);
}

QTEST_GUILESS_MAIN(TstProjections)
#include "tst_projections.moc"
