// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/SagasProjection.h"

#include "workflow/SagaEvents.h"

#include <QJsonObject>
#include <QVariant>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;
namespace E = workflow::SagaEvents;
namespace S = workflow::SagaStatus;

void SagaInstance::apply(const RecordedEvent &event)
{
    const QJsonObject p = event.payloadObject();
    const QString type = event.type;
    const qint64 at = eventTime(event, p);
    const QString eventStep = p.value("step"_L1).toString();
    updatedAt = at;
    // A saga that ended may go on again (a retried dead letter, an effect that turned up
    // late); it ends again with another SagaCompleted.
    auto callStarted = [&] {
        step = eventStep;
        callInFlight = true;
        messageId = p.value("messageId"_L1).toString();
        cause.clear();
        endedAt.reset();
    };
    if (type == E::SagaStarted) {
        request = p.value("request"_L1).toString(request);
        workflow = p.value("workflow"_L1).toString();
        definitionVersion = p.value("definitionVersion"_L1).toInt();
        coordination = p.value("coordination"_L1).toString();
        status = S::Running;
        startedAt = at;
    } else if (type == E::SagaStepStarted) {
        callStarted();
        status = compensating ? QString(S::Compensating) : QString(S::Running);
    } else if (type == E::SagaStepCompleted || type == E::SagaCompensationCompleted) {
        step = eventStep;
        callInFlight = false;
    } else if (type == E::SagaStepFailed || type == E::SagaCompensationFailed) {
        step = eventStep;
        callInFlight = false;
        cause = p.value("cause"_L1).toString();
        status = S::Failed;
    } else if (type == E::SagaStepResumed) {
        compensating = compensating || p.value("compensation"_L1).toBool(false);
        callStarted();
        status = compensating ? QString(S::Compensating) : QString(S::Running);
    } else if (type == E::SagaCompensating) {
        compensating = true;
        endedAt.reset();
        status = S::Compensating;
        cause = p.value("reason"_L1).toString();
    } else if (type == E::SagaCompensationStarted) {
        compensating = true;
        callStarted();
        status = S::Compensating;
    } else if (type == E::SagaCompleted) {
        callInFlight = false;
        endStatus = p.value("status"_L1).toString();
        // A saga whose request ended Failed (a step failed for good, its compensations
        // done) ended failed, as `eventdesk-cli sagas` says too.
        status = endStatus == "Failed"_L1 ? QString(S::Failed) : QString(S::Completed);
        endedAt = at;
    } else if (type == E::SagaFailed) {
        callInFlight = false;
        status = S::Failed;
        cause = p.value("cause"_L1).toString();
        endedAt = at;
    }
    // Deadline reminders and escalations change nothing here (the KPIs count them).
}

SagasProjection::SagasProjection()
    : m_folds(
          [](const QString &streamId) -> std::optional<SagaInstance> {
              if (!streamId.startsWith(workflow::SagaStreamPrefix))
                  return std::nullopt;
              SagaInstance saga;
              saga.sagaId = streamId;
              saga.request = workflow::requestStreamOfSaga(streamId);
              saga.workflow = domain::RequestAggregate::workflowOfStream(saga.request);
              saga.status = S::Running;
              return saga;
          },
          [](SagaInstance &saga, const RecordedEvent &event) { saga.apply(event); })
{}

Status SagasProjection::apply(const RecordedEvent &event, ProjectionContext &context)
{
    if (!event.streamId.startsWith(workflow::SagaStreamPrefix))
        return success();
    auto change = m_folds.change(event, context.rows);
    if (!change)
        return change.error();
    if (!*change)
        return success();
    const SagaInstance &s = (*change)->after;
    if (auto done = context.rows.exec(u"UPDATE proj_sagas SET valid_to = ? "
                                      "WHERE saga_id = ? AND valid_to IS NULL"_s,
                                      {event.globalPosition, event.streamId});
        !done)
        return done;
    return context.rows.exec(
        u"INSERT INTO proj_sagas (saga_id, valid_from, valid_to, stream_version, request, "
        "workflow, definition_version, coordination, step, status, call_in_flight, message_id, "
        "end_status, cause, started_at, updated_at, ended_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {s.sagaId, event.globalPosition, event.streamVersion, s.request, s.workflow,
         s.definitionVersion, s.coordination, s.step, s.status, s.callInFlight ? 1 : 0, s.messageId,
         s.endStatus, s.cause, s.startedAt, s.updatedAt,
         s.endedAt ? QVariant(*s.endedAt) : QVariant(QMetaType::fromType<qint64>())});
}

} // namespace eventdesk::projections
