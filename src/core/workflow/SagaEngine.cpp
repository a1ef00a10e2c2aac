// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/SagaEngine.h"

#include "domain/WorkflowEvents.h"
#include "messaging/Messages.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "workflow/Choreography.h"
#include "workflow/Deadlines.h"
#include "workflow/DefinitionShapes.h"
#include "workflow/SagaEvents.h"
#include "workflow/SagaRecorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSet>

#include <vector>

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;
namespace E = SagaEvents;
using domain::RequestStatus;
using Phase = SagaCallRecord::Phase;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::workflow)
};

// The workflows the engine follows, and the system stream whose events resume sagas.
const QStringList &followedCategories()
{
    static const QStringList categories{u"purchase"_s, u"expense"_s, u"order"_s, u"transfer"_s,
                                        u"$deadletters"_s};
    return categories;
}

// How many things one saga may do in one go: far more than any workflow needs, so a bug
// can never spin.
constexpr int MaxActionsPerSaga = 40;

bool endedWell(RequestStatus s)
{
    return s == RequestStatus::Completed || s == RequestStatus::Delivered;
}

// What the saga reads off the request's state: the business rules stay in the deciders,
// this only says which step is due and which effect is in place.
namespace rules {
const domain::ApprovalFlowState *approvalFlow(const domain::RequestAggregate &r)
{
    if (const auto *p = std::get_if<domain::PurchaseState>(&r.state()))
        return p;
    if (const auto *e = std::get_if<domain::ExpenseState>(&r.state()))
        return e;
    return nullptr;
}

// The step's call should go out now.
bool stepDue(const domain::RequestAggregate &r, const StepSpec &step)
{
    if (approvalFlow(r))
        return r.status() == RequestStatus::AwaitingPayment && r.step() == step.id;
    if (const auto *o = std::get_if<domain::OrderState>(&r.state()))
        return step.id == Steps::ReserveStock && o->stock == domain::OrderState::Stock::Reserving &&
               !domain::isFinal(o->status);
    return false;
}

// The step's call took effect and has not been undone.
bool effectInPlace(const domain::RequestAggregate &r, const StepSpec &step)
{
    using S = domain::ApprovalFlowState::Settlement;
    if (const auto *a = approvalFlow(r))
        return r.step() != step.id && (a->settlement == S::Done || a->settlement == S::UndoFailed);
    if (const auto *o = std::get_if<domain::OrderState>(&r.state()))
        return step.id == Steps::ReserveStock &&
               (o->stock == domain::OrderState::Stock::Reserved ||
                o->stock == domain::OrderState::Stock::ReleaseFailed);
    return false;
}

// The approval steps whose approvals the decider revoked, latest first, with the type
// of the revoking event.
QList<QPair<QString, QString>> revokedApprovals(const domain::RequestAggregate &r)
{
    QList<QPair<QString, QString>> steps;
    const auto *a = approvalFlow(r);
    if (!a)
        return steps;
    namespace W = domain::WorkflowEvents;
    const bool purchase = std::holds_alternative<domain::PurchaseState>(r.state());
    for (auto it = a->approvals.crbegin(); it != a->approvals.crend(); ++it) {
        if (!it->revoked)
            continue;
        bool seen = false;
        for (const auto &s : std::as_const(steps))
            seen = seen || s.first == it->step;
        if (seen)
            continue;
        const QLatin1String type =
            it->step == Steps::ManagerApproval
                ? W::ManagerApprovalRevoked
                : (purchase ? W::FinanceApprovalRevoked : W::FinanceFinalizationRevoked);
        steps.append({it->step, QString(type)});
    }
    return steps;
}

// Why the request ended without success: the failure's cause, the rejection's or the
// cancellation's reason.
QString endReason(const domain::RequestAggregate &r)
{
    const QJsonObject state = r.toJson();
    for (const QLatin1String key : {"failure"_L1, "rejection"_L1, "cancellation"_L1}) {
        const QJsonObject o = state.value(key).toObject();
        if (o.contains("cause"_L1))
            return o.value("cause"_L1).toString();
        if (o.contains("reason"_L1))
            return o.value("reason"_L1).toString();
    }
    return domain::statusName(r.status());
}

// Every handler of a choreographed request has an outcome.
bool handlersSettled(const domain::RequestAggregate &r)
{
    if (const auto *t = std::get_if<domain::TransferState>(&r.state())) {
        for (const domain::TransferState::Handler &h : t->handlers)
            if (h.progress == domain::TransferState::Progress::Pending)
                return false;
        return true;
    }
    return true;
}
} // namespace rules

// A saga the engine keeps looking at, and when.
struct Watch
{
    bool callInFlight = false;
    std::optional<qint64> wakeAt; // a deadline
};
} // namespace

struct SagaEngine::Impl
{
    SqliteEventStore &store;
    SagaEngineOptions options;
    std::shared_ptr<const Clock> clock;
    SagaRecorder recorder;
    std::vector<std::unique_ptr<ChoreographyHandler>> handlers;
    QHash<QString, Watch> active;                 // request stream -> what it waits for
    bool recovered = false;                       // the unfinished sagas were read after start
    std::optional<security::UserDirectory> users; // per pass
    QStringList problems;                         // of the current pass

    mutable QMutex mutex;
    QSet<QString> notes;

    Impl(SqliteEventStore &s, SagaEngineOptions o)
        : store(s)
        , options(std::move(o))
        , clock(options.clock ? options.clock
                              : std::shared_ptr<const Clock>(&s.options().effectiveClock(),
                                                             [](const Clock *) {}))
        , recorder(s, clock)
    {
        if (!options.definitions)
            options.definitions = storeDefinitions(s);
        // The choreographed workflow's handlers, one checkpoint each.
        if (auto shipped = shippedDefinition(u"transfer"_s))
            for (const StepSpec &step : shipped->steps)
                handlers.push_back(std::make_unique<ChoreographyHandler>(
                    recorder, options.definitions, u"transfer"_s,
                    QString(domain::WorkflowEvents::TransferRequested), step.id,
                    options.checkpointName + u"/transfer/"_s + step.id));
    }

    const security::UserDirectory &userDirectory()
    {
        if (!users) {
            auto loaded = security::loadUserDirectory(store);
            users = loaded ? loaded.value() : security::UserDirectory();
        }
        return *users;
    }

    Result<QSet<QString>> unfinishedSagas();
    Result<QSet<QString>> touchedSince(qint64 checkpoint, qint64 head);
    Result<int> reconcile(const QString &request, Watch *watch);
    Result<bool> advance(const SagaRecorder::Request &request, const SagaState &saga,
                         const Definition &definition, Watch *watch);
    Result<bool> deadlines(const SagaRecorder::Request &request, const SagaState &saga,
                           const Definition &definition, ExpectedVersion expected, Watch *watch);
};

SagaEngine::SagaEngine(SqliteEventStore &store, SagaEngineOptions options)
    : d(std::make_unique<Impl>(store, std::move(options)))
{}

SagaEngine::~SagaEngine() = default;

const Clock &SagaEngine::clock() const
{
    return *d->clock;
}

void SagaEngine::noteDelivery(const messaging::DeliveryReport &report)
{
    if (report.kind != messaging::DeliveryReport::Kind::Delivered &&
        report.kind != messaging::DeliveryReport::Kind::DeadLettered)
        return;
    const QString request = report.call.correlationId;
    if (request.isEmpty() ||
        !domain::RequestAggregate::forWorkflow(domain::RequestAggregate::workflowOfStream(request)))
        return;
    QMutexLocker lock(&d->mutex);
    d->notes.insert(request);
}

messaging::DeliveryObserver SagaEngine::observer()
{
    return [this](const messaging::DeliveryReport &report) { noteDelivery(report); };
}

int SagaEngine::pendingNotes() const
{
    QMutexLocker lock(&d->mutex);
    return int(d->notes.size());
}

Result<int> SagaEngine::reconcile(const QString &requestStream)
{
    Watch watch;
    d->users.reset();
    return d->reconcile(requestStream, &watch);
}

Result<QSet<QString>> SagaEngine::Impl::unfinishedSagas()
{
    // Every saga that started; those whose last event ends them are done. A saga ended and
    // later resumed (a retried dead letter) is found through $deadletters instead.
    QSet<QString> unfinished;
    ReadAllQuery query;
    query.category = u"$saga"_s;
    query.type = QString(E::SagaStarted);
    query.maxCount = 1000;
    for (;;) {
        auto events = store.reader().readAll(query);
        if (!events)
            return events.error();
        for (const RecordedEvent &e : std::as_const(events.value())) {
            auto last = store.reader().readStream(e.streamId, -1, Direction::Backwards, 1);
            if (!last)
                return last.error();
            const QString type =
                last->events.isEmpty() ? QString() : last->events.constFirst().type;
            if (type != E::SagaCompleted && type != E::SagaFailed)
                unfinished.insert(requestStreamOfSaga(e.streamId));
        }
        if (events->size() < query.maxCount)
            break;
        query.fromPosition = events->constLast().globalPosition + 1;
    }
    return unfinished;
}

Result<QSet<QString>> SagaEngine::Impl::touchedSince(qint64 checkpoint, qint64 head)
{
    QSet<QString> touched;
    for (const QString &category : followedCategories()) {
        ReadAllQuery query;
        query.fromPosition = checkpoint + 1;
        query.toPosition = head;
        query.category = category;
        query.maxCount = 1000;
        while (query.fromPosition <= head) {
            auto events = store.reader().readAll(query);
            if (!events)
                return events.error();
            for (const RecordedEvent &e : std::as_const(events.value())) {
                if (category.startsWith(u'$')) {
                    // A dead letter retried: the saga that sent it resumes.
                    const QString request = e.metadataObject().value("correlationId"_L1).toString();
                    if (domain::RequestAggregate::forWorkflow(
                            domain::RequestAggregate::workflowOfStream(request)))
                        touched.insert(request);
                } else {
                    touched.insert(e.streamId);
                }
            }
            if (events->size() < query.maxCount)
                break;
            query.fromPosition = events->constLast().globalPosition + 1;
        }
    }
    return touched;
}

Result<SagaPassReport> SagaEngine::runOnce()
{
    SagaPassReport report;
    d->users.reset();
    d->problems.clear();
    QSet<QString> work;
    {
        QMutexLocker lock(&d->mutex);
        work = std::exchange(d->notes, {});
    }
    auto head = d->store.reader().headPosition();
    if (!head)
        return head.error();
    auto checkpoint = readCheckpoint(d->store, d->options.checkpointName);
    if (!checkpoint)
        return checkpoint.error();
    if (!d->recovered) {
        auto unfinished = d->unfinishedSagas();
        if (!unfinished)
            return unfinished.error();
        work.unite(unfinished.value());
        d->recovered = true;
    }
    auto touched = d->touchedSince(checkpoint.value(), head.value());
    if (!touched)
        return touched.error();
    work.unite(touched.value());

    // The choreographed handlers act first, each on its own.
    for (const auto &handler : d->handlers) {
        int waiting = 0;
        auto acted = handler->runOnce(&waiting);
        if (!acted) {
            report.problems.append(handler->checkpointName() + u": "_s + acted.error().message);
            continue;
        }
        report.appended += acted.value();
    }

    const qint64 now = d->clock->nowMs();
    for (auto it = d->active.cbegin(); it != d->active.cend(); ++it)
        if (it->callInFlight || (it->wakeAt && *it->wakeAt <= now))
            work.insert(it.key());

    bool allWell = true;
    for (const QString &request : std::as_const(work)) {
        Watch watch;
        auto done = d->reconcile(request, &watch);
        ++report.reconciled;
        if (!done) {
            // A store that failed or someone who kept appending first: look again from the
            // same checkpoint after a restart. A saga that cannot go on for want of its
            // definition stays a problem until there is one; it does not hold up the rest.
            const ErrorCode code = done.error().code;
            if (code == ErrorCode::StorageFailure || code == ErrorCode::StoreUnavailable ||
                code == ErrorCode::Conflict)
                allWell = false;
            report.problems.append(request + u": "_s + done.error().message);
            d->active.insert(request, Watch{true, {}}); // look again next time
            continue;
        }
        report.appended += done.value();
    }
    report.problems += d->problems;
    for (auto it = d->active.cbegin(); it != d->active.cend(); ++it) {
        if (it->callInFlight)
            ++report.waitingForService;
        if (it->wakeAt && (!report.nextDeadlineAt || *it->wakeAt < *report.nextDeadlineAt))
            report.nextDeadlineAt = it->wakeAt;
    }
    // A saga that could not go on is looked at again from the same checkpoint after a
    // restart; otherwise the checkpoint moves to what this pass has seen.
    if (allWell && head.value() != checkpoint.value())
        if (Status s = writeCheckpoint(d->store, d->options.checkpointName, head.value()); !s)
            return s.error();
    return report;
}

Result<int> SagaEngine::Impl::reconcile(const QString &requestStream, Watch *watch)
{
    int appended = 0;
    int conflicts = 0;
    for (int i = 0; i < MaxActionsPerSaga; ++i) {
        *watch = Watch{};
        auto request = recorder.loadRequest(requestStream);
        if (!request)
            return request.error();
        if (!request->exists()) {
            active.remove(requestStream);
            return appended;
        }
        auto saga = recorder.loadSaga(sagaStreamOf(requestStream));
        if (!saga)
            return saga.error();
        const QString workflow = request->aggregate->workflow();
        const int version =
            saga->started ? saga->definitionVersion : request->aggregate->request().workflowVersion;
        const std::optional<Definition> definition = options.definitions(workflow, version);
        if (!definition)
            return Error::notFound(Text::tr("The %1 workflow has no definition version %2 here, so "
                                            "its saga cannot go on; load that version.")
                                       .arg(workflow)
                                       .arg(version));
        auto acted = advance(request.value(), saga.value(), *definition, watch);
        if (!acted) {
            // Someone else appended first (a command, another engine): look again.
            if (acted.error().code == ErrorCode::Conflict && ++conflicts < 5)
                continue;
            return acted.error();
        }
        if (!acted.value()) {
            if (saga->ended && !saga->hasCallInFlight())
                active.remove(requestStream);
            else
                active.insert(requestStream, *watch);
            return appended;
        }
        ++appended;
    }
    return Error::internal(Text::tr("The saga of %1 did not settle after %2 steps.")
                               .arg(requestStream)
                               .arg(MaxActionsPerSaga));
}

Result<bool> SagaEngine::Impl::advance(const SagaRecorder::Request &request, const SagaState &saga,
                                       const Definition &definition, Watch *watch)
{
    const domain::RequestAggregate &r = *request.aggregate;
    const QString sagaStream = sagaStreamOf(request.stream);
    const bool choreographed = definition.coordination == Coordination::Choreographed;
    // A saga's own decisions are made on the stream as read: two engines deciding at once
    // conflict, and the loser looks again. Choreographed handlers append independently.
    const ExpectedVersion expected =
        choreographed ? ExpectedVersion::any() : ExpectedVersion::exact(saga.version);

    if (!saga.started)
        return recorder.appendSaga(
            sagaStream, choreographed ? ExpectedVersion::any() : ExpectedVersion::noStream(),
            {recorder.sagaEvent(
                sagaStream, QString(E::SagaStarted),
                QJsonObject{{"request"_L1, request.stream},
                            {"workflow"_L1, definition.name},
                            {"definitionVersion"_L1, definition.version},
                            {"coordination"_L1, coordinationName(definition.coordination)}},
                u"started"_s)});

    // Calls that have ended get their outcome recorded.
    for (const bool compensation : {false, true}) {
        const auto &records = compensation ? saga.compensations : saga.steps;
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (it->phase != Phase::Started)
                continue;
            QString problem;
            auto settled = recorder.settleCall(request, saga, definition, it.key(), it.value(),
                                               compensation, expected, &problem);
            if (!problem.isEmpty())
                problems.append(request.stream + u": "_s + problem);
            if (!settled || settled.value())
                return settled;
            watch->callInFlight = true;
        }
    }

    // A dead letter of the saga that an administrator retried: the saga resumes, waiting
    // for the re-queued message.
    for (const bool compensation : {false, true}) {
        const auto &records = compensation ? saga.compensations : saga.steps;
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (it->phase != Phase::Failed || it->deadLetterId <= 0)
                continue;
            auto retried = recorder.retriedAs(it->deadLetterId);
            if (!retried)
                return retried.error();
            if (!retried->has_value())
                continue;
            const QString message = uuidText(**retried);
            QJsonObject payload{{"step"_L1, it.key()},
                                {"messageId"_L1, message},
                                {"deadLetterId"_L1, it->deadLetterId}};
            if (compensation)
                payload.insert("compensation"_L1, true);
            return recorder.appendSaga(
                sagaStream, expected,
                {recorder.sagaEvent(sagaStream, QString(E::SagaStepResumed), payload,
                                    u"resumed/"_s + message, message)});
        }
    }

    const RequestStatus status = r.status();
    const bool final = domain::isFinal(status);

    if (!choreographed) {
        // The next service step, when the request has come to it.
        for (const StepSpec &step : definition.steps) {
            if (step.kind != StepKind::Service || !step.call ||
                saga.steps.value(step.id).phase != Phase::None || !rules::stepDue(r, step))
                continue;
            const SagaRecorder::Call call = recorder.callFor(
                sagaStream, request.stream, step, *step.call, false, r.request(), request.stream);
            const QString message = uuidText(call.message.messageId);
            return recorder.appendSaga(
                sagaStream, expected,
                {recorder.sagaEvent(sagaStream, QString(E::SagaStepStarted),
                                    QJsonObject{{"step"_L1, step.id},
                                                {"service"_L1, call.call.service},
                                                {"operation"_L1, call.call.operation},
                                                {"messageId"_L1, message},
                                                {"idempotencyKey"_L1, call.call.idempotencyKey}},
                                    u"started/"_s + message)},
                {call.message});
        }

        // Compensation: the request ended without success; undo what was done, the latest
        // step first. Approvals are undone by the decider's own revocations; service
        // effects by their compensating calls, one at a time.
        if (final && !endedWell(status)) {
            QStringList toUndo;
            QList<NewEvent> undoneByRevocation;
            const auto revoked = rules::revokedApprovals(r);
            QList<const StepSpec *> services;
            for (auto it = definition.steps.crbegin(); it != definition.steps.crend(); ++it) {
                if (it->kind == StepKind::Service && it->compensation &&
                    (rules::effectInPlace(r, *it) ||
                     saga.compensations.value(it->id).phase != Phase::None)) {
                    toUndo.append(it->id);
                    services.append(&*it);
                }
                for (const auto &rv : revoked)
                    if (rv.first == it->id)
                        toUndo.append(it->id);
            }
            QStringList notListed;
            for (const QString &s : std::as_const(toUndo))
                if (!saga.compensationSteps.contains(s))
                    notListed.append(s);
            if (!notListed.isEmpty()) {
                QList<NewEvent> events{
                    recorder.sagaEvent(
                        sagaStream, QString(E::SagaCompensating),
                        QJsonObject{{"reason"_L1, rules::endReason(r)},
                                    {"steps"_L1, QJsonArray::fromStringList(notListed)}},
                        u"compensating/"_s + notListed.join(u',')),
                };
                for (const auto &rv : revoked)
                    if (notListed.contains(rv.first))
                        events.append(recorder.sagaEvent(
                            sagaStream, QString(E::SagaCompensationCompleted),
                            QJsonObject{{"step"_L1, rv.first}, {"undoneBy"_L1, rv.second}},
                            u"revoked/"_s + rv.first));
                return recorder.appendSaga(sagaStream, expected, events);
            }
            for (const StepSpec *step : std::as_const(services)) {
                const SagaCallRecord record = saga.compensations.value(step->id);
                if (record.phase == Phase::Started)
                    break; // one at a time, in reverse order
                if (record.phase != Phase::None || !rules::effectInPlace(r, *step))
                    continue;
                const SagaRecorder::Call call =
                    recorder.callFor(sagaStream, request.stream, *step, *step->compensation, true,
                                     r.request(), request.stream);
                const QString message = uuidText(call.message.messageId);
                return recorder.appendSaga(
                    sagaStream, expected,
                    {recorder.sagaEvent(
                        sagaStream, QString(E::SagaCompensationStarted),
                        QJsonObject{{"step"_L1, step->id},
                                    {"service"_L1, call.call.service},
                                    {"operation"_L1, call.call.operation},
                                    {"messageId"_L1, message},
                                    {"idempotencyKey"_L1, call.call.idempotencyKey}},
                        u"started/"_s + message)},
                    {call.message});
            }
        }
    }

    if (auto acted = deadlines(request, saga, definition, expected, watch); !acted || *acted)
        return acted;

    // The end: the request is over, no call is under way, nothing is left to undo.
    if (saga.ended || !final || saga.hasCallInFlight())
        return false;
    if (choreographed && !rules::handlersSettled(r))
        return false;
    if (!choreographed && !endedWell(status))
        for (const StepSpec &step : definition.steps)
            if (step.kind == StepKind::Service && step.compensation &&
                rules::effectInPlace(r, step) &&
                saga.compensations.value(step.id).phase == Phase::None)
                return false; // its compensation is about to start
    for (const SagaCallRecord &c : saga.compensations)
        if (c.phase == Phase::Failed)
            return false; // SagaFailed ended it; a retried dead letter resumes it
    int starts = 0;
    for (const SagaCallRecord &c : saga.steps)
        starts += c.starts;
    for (const SagaCallRecord &c : saga.compensations)
        starts += c.starts;
    return recorder.appendSaga(
        sagaStream, expected,
        {recorder.sagaEvent(sagaStream, QString(E::SagaCompleted),
                            QJsonObject{{"status"_L1, domain::statusName(status)}},
                            u"end/"_s + QString::number(starts))});
}

Result<bool> SagaEngine::Impl::deadlines(const SagaRecorder::Request &request,
                                         const SagaState &saga, const Definition &definition,
                                         ExpectedVersion expected, Watch *watch)
{
    const domain::RequestAggregate &r = *request.aggregate;
    if (domain::isFinal(r.status()))
        return false;
    // The steps that wait now, and since when: the current step of an orchestrated
    // request; every handler without an outcome of a choreographed one.
    QList<QPair<const StepSpec *, qint64>> waiting;
    if (const auto *t = std::get_if<domain::TransferState>(&r.state())) {
        for (const domain::TransferState::Handler &h : t->handlers)
            if (h.progress == domain::TransferState::Progress::Pending)
                if (const StepSpec *s = definition.step(h.step))
                    waiting.append({s, t->request.submittedAtMs});
    } else if (const StepSpec *s = definition.step(r.step())) {
        waiting.append({s, r.stepSinceMs()});
    }
    const qint64 now = clock->nowMs();
    const QString sagaStream = sagaStreamOf(request.stream);
    for (const auto &[step, since] : std::as_const(waiting)) {
        const QList<DeadlineNotice> due = dueNotices(*step, since, now, saga);
        if (!due.isEmpty()) {
            const DeadlineNotice &n = due.constFirst();
            const bool reminder = n.type == E::DeadlineReminderSent;
            const QStringList to =
                noticeRecipients(reminder ? step->deadline->remindTo : step->deadline->escalateTo,
                                 *step, definition, r.request(), userDirectory());
            return recorder.appendSaga(
                sagaStream, expected,
                {recorder.sagaEvent(sagaStream, n.type,
                                    QJsonObject{{"step"_L1, step->id},
                                                {"dueAt"_L1, n.dueAt},
                                                {"to"_L1, QJsonArray::fromStringList(to)}},
                                    u"deadline/"_s + step->id + u'/' + QString::number(n.dueAt))});
        }
        if (const auto next = nextNoticeAt(*step, since, now, saga))
            if (!watch->wakeAt || *next < *watch->wakeAt)
                watch->wakeAt = next;
    }
    return false;
}

} // namespace eventdesk::workflow
