// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/SagaState.h"

#include "store/Event.h"
#include "workflow/SagaEvents.h"

#include <QJsonArray>

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;
namespace E = SagaEvents;

void SagaState::apply(const RecordedEvent &event)
{
    apply(event.type, event.payloadObject());
    version = event.streamVersion;
}

void SagaState::apply(const QString &type, const QJsonObject &p)
{
    const QString step = p.value("step"_L1).toString();
    auto started = [&](SagaCallRecord &r) {
        r.phase = SagaCallRecord::Phase::Started;
        r.messageId = QUuid::fromString(p.value("messageId"_L1).toString());
        if (p.contains("idempotencyKey"_L1))
            r.idempotencyKey = p.value("idempotencyKey"_L1).toString();
        r.deadLetterId = 0;
        r.cause.clear();
        ++r.starts;
    };
    auto failedCall = [&](SagaCallRecord &r) {
        r.phase = SagaCallRecord::Phase::Failed;
        r.deadLetterId = p.value("deadLetterId"_L1).toInteger();
        r.cause = p.value("cause"_L1).toString();
    };
    // The step of the latest call (an approval undone by its revocation is no call).
    if (!step.isEmpty() && p.contains("messageId"_L1))
        lastStep = step;

    if (type == E::SagaStarted) {
        this->started = true;
        request = p.value("request"_L1).toString();
        workflow = p.value("workflow"_L1).toString();
        definitionVersion = p.value("definitionVersion"_L1).toInt();
        coordination = p.value("coordination"_L1).toString() == u"choreographed"_s
                           ? Coordination::Choreographed
                           : Coordination::Orchestrated;
    } else if (type == E::SagaStepStarted) {
        started(steps[step]);
        ended = false;
    } else if (type == E::SagaStepCompleted) {
        steps[step].phase = SagaCallRecord::Phase::Completed;
    } else if (type == E::SagaStepFailed) {
        failedCall(steps[step]);
        failed = true;
    } else if (type == E::SagaStepResumed) {
        // A dead letter of the saga was retried: the saga waits for the re-queued message.
        const bool compensation = p.value("compensation"_L1).toBool(false);
        started(compensation ? compensations[step] : steps[step]);
        ended = false;
        failed = false;
        for (const SagaCallRecord &r : std::as_const(steps))
            failed = failed || r.phase == SagaCallRecord::Phase::Failed;
        for (const SagaCallRecord &r : std::as_const(compensations))
            failed = failed || r.phase == SagaCallRecord::Phase::Failed;
    } else if (type == E::SagaCompensating) {
        compensating = true;
        compensationReason = p.value("reason"_L1).toString();
        // A later SagaCompensating adds steps (an effect that turned up late).
        for (const QJsonValue &v : p.value("steps"_L1).toArray())
            if (!compensationSteps.contains(v.toString()))
                compensationSteps.append(v.toString());
    } else if (type == E::SagaCompensationStarted) {
        compensating = true;
        started(compensations[step]);
        ended = false;
    } else if (type == E::SagaCompensationCompleted) {
        compensations[step].phase = SagaCallRecord::Phase::Completed;
    } else if (type == E::SagaCompensationFailed) {
        failedCall(compensations[step]);
        failed = true;
    } else if (type == E::DeadlineReminderSent || type == E::DeadlineEscalated) {
        deadlineMarks.insert(deadlineMark(type, step, p.value("dueAt"_L1).toInteger()));
    } else if (type == E::SagaCompleted) {
        ended = true;
        endStatus = p.value("status"_L1).toString();
    } else if (type == E::SagaFailed) {
        ended = true;
        failed = true;
    }
}

bool SagaState::hasCallInFlight() const
{
    for (const SagaCallRecord &r : steps)
        if (r.phase == SagaCallRecord::Phase::Started)
            return true;
    for (const SagaCallRecord &r : compensations)
        if (r.phase == SagaCallRecord::Phase::Started)
            return true;
    return false;
}

QString SagaState::deadlineMark(const QString &kind, const QString &step, qint64 dueAt)
{
    return kind + u'|' + step + u'|' + QString::number(dueAt);
}

} // namespace eventdesk::workflow
