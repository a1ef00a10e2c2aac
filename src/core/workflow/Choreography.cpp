// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Choreography.h"

#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"
#include "workflow/SagaEvents.h"
#include "workflow/SagaRecorder.h"

#include <QCoreApplication>

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;
namespace E = SagaEvents;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::workflow)
};
} // namespace

Result<qint64> readCheckpoint(SqliteEventStore &store, const QString &name)
{
    auto q = sqlite::exec(store.readDatabase(),
                          u"SELECT position FROM checkpoints WHERE name = ?"_s, {name});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status writeCheckpoint(SqliteEventStore &store, const QString &name, qint64 position)
{
    return store
        .runWrite([name, position](QSqlDatabase &db) {
            return sqlite::execStatus(db,
                                      u"INSERT INTO checkpoints (name, position) VALUES (?, ?) "
                                      "ON CONFLICT (name) DO UPDATE SET position = "
                                      "excluded.position"_s,
                                      {name, position});
        })
        .result();
}

ChoreographyHandler::ChoreographyHandler(SagaRecorder &recorder, DefinitionSource definitions,
                                         QString workflow, QString trigger, QString step,
                                         QString checkpointName)
    : m_recorder(recorder)
    , m_definitions(std::move(definitions))
    , m_workflow(std::move(workflow))
    , m_trigger(std::move(trigger))
    , m_step(std::move(step))
    , m_checkpoint(std::move(checkpointName))
{}

Result<int> ChoreographyHandler::runOnce(int *waiting)
{
    SqliteEventStore &store = m_recorder.store();
    auto checkpoint = readCheckpoint(store, m_checkpoint);
    if (!checkpoint)
        return checkpoint.error();
    auto head = store.reader().headPosition();
    if (!head)
        return head.error();
    int appended = 0;
    int unfinished = 0;
    qint64 firstUnfinished = 0;
    qint64 from = checkpoint.value() + 1;
    while (from <= head.value()) {
        ReadAllQuery query;
        query.fromPosition = from;
        query.toPosition = head.value();
        query.category = m_workflow;
        query.type = m_trigger;
        query.maxCount = 500;
        auto events = store.reader().readAll(query);
        if (!events)
            return events.error();
        for (const RecordedEvent &e : std::as_const(events.value())) {
            auto done = act(e.streamId, &appended);
            if (!done && done.error().code == ErrorCode::NotFound) {
                // No definition for the request's version: nothing this handler can do.
                qWarning("%s: %s", qPrintable(m_checkpoint), qPrintable(done.error().message));
                continue;
            }
            if (!done && done.error().code != ErrorCode::Conflict)
                return done.error();
            if (!done || !done.value()) {
                ++unfinished;
                if (firstUnfinished == 0)
                    firstUnfinished = e.globalPosition;
            }
        }
        if (events->size() < query.maxCount)
            break;
        from = events->constLast().globalPosition + 1;
    }
    if (waiting)
        *waiting = unfinished;
    const qint64 next = firstUnfinished > 0 ? firstUnfinished - 1 : head.value();
    if (next != checkpoint.value())
        if (Status s = writeCheckpoint(store, m_checkpoint, next); !s)
            return s.error();
    return appended;
}

Result<bool> ChoreographyHandler::act(const QString &requestStream, int *appended)
{
    auto request = m_recorder.loadRequest(requestStream);
    if (!request)
        return request.error();
    if (!request->exists())
        return true;
    const int version = request->aggregate->request().workflowVersion;
    const std::optional<Definition> definition = m_definitions(m_workflow, version);
    if (!definition)
        return Error::notFound(Text::tr("The %1 workflow has no definition version %2 here; its "
                                        "handlers cannot act on %3.")
                                   .arg(m_workflow)
                                   .arg(version)
                                   .arg(requestStream));
    const StepSpec *step = definition->step(m_step);
    if (!step) // this version has no such handler: nothing to do
        return true;
    const QString sagaStream = sagaStreamOf(requestStream);
    auto saga = m_recorder.loadSaga(sagaStream);
    if (!saga)
        return saga.error();
    if (!saga->started) {
        // Whoever comes first starts the saga; the id makes it once.
        auto started = m_recorder.appendSaga(
            sagaStream, ExpectedVersion::any(),
            {m_recorder.sagaEvent(sagaStream, QString(E::SagaStarted),
                                  QJsonObject{{"request"_L1, requestStream},
                                              {"workflow"_L1, m_workflow},
                                              {"definitionVersion"_L1, version},
                                              {"coordination"_L1, u"choreographed"_s}},
                                  u"started"_s)});
        if (!started)
            return started.error();
        *appended += started.value() ? 1 : 0;
    }
    const SagaCallRecord record = saga->steps.value(m_step);
    using Phase = SagaCallRecord::Phase;
    if (record.phase == Phase::Completed || record.phase == Phase::Failed)
        return true;
    const domain::RequestInfo &info = request->aggregate->request();
    if (record.phase == Phase::None) {
        if (!step->call) {
            // A handler without a service (the audit entry): its outcome is its effect.
            const QString source = u"handler/"_s + requestStream + u'/' + m_step;
            QString refusal;
            auto recorded = m_recorder.recordOutcome(
                request.value(), *definition, m_step, domain::StepOutcome::Succeeded, {},
                QJsonObject{{"entry"_L1, requestStream},
                            {"title"_L1, info.title},
                            {"amount"_L1, info.amount.toJson()},
                            {"requester"_L1, info.requester}},
                {}, source, &refusal);
            if (!recorded)
                return recorded.error();
            auto done = m_recorder.appendSaga(
                sagaStream, ExpectedVersion::any(),
                {m_recorder.sagaEvent(sagaStream, QString(E::SagaStepCompleted),
                                      QJsonObject{{"step"_L1, m_step}}, u"done/"_s + source,
                                      source)});
            if (!done)
                return done.error();
            *appended += (recorded.value() ? 1 : 0) + (done.value() ? 1 : 0);
            return true;
        }
        const SagaRecorder::Call call =
            m_recorder.callFor(sagaStream, requestStream, *step, *step->call, false, info,
                               requestStream + u'/' + m_step);
        const QString message = uuidText(call.message.messageId);
        auto sent = m_recorder.appendSaga(
            sagaStream, ExpectedVersion::any(),
            {m_recorder.sagaEvent(sagaStream, QString(E::SagaStepStarted),
                                  QJsonObject{{"step"_L1, m_step},
                                              {"service"_L1, call.call.service},
                                              {"operation"_L1, call.call.operation},
                                              {"messageId"_L1, message},
                                              {"idempotencyKey"_L1, call.call.idempotencyKey}},
                                  u"started/"_s + message)},
            {call.message});
        if (!sent)
            return sent.error();
        *appended += sent.value() ? 1 : 0;
        return false;
    }
    QString problem;
    auto settled = m_recorder.settleCall(request.value(), saga.value(), *definition, m_step, record,
                                         false, ExpectedVersion::any(), &problem);
    if (!settled)
        return settled.error();
    if (!problem.isEmpty())
        qWarning("saga handler %s: %s", qPrintable(m_checkpoint), qPrintable(problem));
    *appended += settled.value() ? 1 : 0;
    return settled.value();
}

} // namespace eventdesk::workflow
