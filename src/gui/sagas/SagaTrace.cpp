// SPDX-License-Identifier: GPL-3.0-or-later
#include "sagas/SagaTrace.h"

#include "workflow/SagaEvents.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

namespace SE = workflow::SagaEvents;

QString sagaStepStateWord(SagaStepState state)
{
    switch (state) {
    case SagaStepState::NotReached:
        return u"pending"_s;
    case SagaStepState::Current:
        return u"current"_s;
    case SagaStepState::Done:
        return u"done"_s;
    case SagaStepState::Failed:
        return u"failed"_s;
    case SagaStepState::Compensating:
        return u"compensating"_s;
    case SagaStepState::Compensated:
        return u"compensated"_s;
    }
    return {};
}

static QString stateText(SagaStepState state)
{
    switch (state) {
    case SagaStepState::NotReached:
        return QCoreApplication::translate("SagaTrace", "not reached");
    case SagaStepState::Current:
        return QCoreApplication::translate("SagaTrace", "current");
    case SagaStepState::Done:
        return QCoreApplication::translate("SagaTrace", "done");
    case SagaStepState::Failed:
        return QCoreApplication::translate("SagaTrace", "failed");
    case SagaStepState::Compensating:
        return QCoreApplication::translate("SagaTrace", "compensating");
    case SagaStepState::Compensated:
        return QCoreApplication::translate("SagaTrace", "compensated");
    }
    return {};
}

bool SagaTrace::compensationPath() const
{
    for (const SagaTraceStep &step : steps)
        if (step.state == SagaStepState::Compensated || step.state == SagaStepState::Compensating)
            return true;
    return false;
}

QString SagaTrace::summary() const
{
    QStringList parts;
    for (const SagaTraceStep &step : steps)
        parts.append(QCoreApplication::translate("SagaTrace", "%1: %2")
                         .arg(step.title, stateText(step.state)));
    return parts.join(u"; "_s);
}

static SagaTraceStep makeStep(const QString &id, const QString &title)
{
    SagaTraceStep step;
    step.id = id;
    step.title = title;
    return step;
}

static int indexOfStep(const QList<SagaTraceStep> &steps, const QString &id)
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).id == id)
            return i;
    return -1;
}

SagaTrace buildSagaTrace(const QString &sagaId, const QString &workflow,
                         const QList<std::pair<QString, QString>> &definitionSteps,
                         const QList<RecordedEvent> &events, const QString &currentStep, bool ended)
{
    SagaTrace trace;
    trace.sagaId = sagaId;
    trace.workflow = workflow;
    for (const auto &[id, title] : definitionSteps)
        trace.steps.append(makeStep(id, title.isEmpty() ? id : title));

    int furthest = -1;
    for (const RecordedEvent &event : events) {
        const QJsonObject payload = event.payloadObject();
        SagaTraceEvent entry;
        entry.position = event.globalPosition;
        entry.type = event.type;
        entry.step = payload.value("step"_L1).toString();
        entry.at = payload.contains("at"_L1) ? qint64(payload.value("at"_L1).toDouble())
                                             : event.recordedAt;
        const QString service = payload.value("service"_L1).toString();
        if (!service.isEmpty())
            entry.detail = service + u" · "_s + payload.value("operation"_L1).toString();
        for (const char *key : {"cause", "reason", "status", "undoneBy"}) {
            const QString value = payload.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                entry.detail = entry.detail.isEmpty() ? value : entry.detail + u" · "_s + value;
        }
        const int eventIndex = int(trace.events.size());
        trace.events.append(entry);
        if (entry.step.isEmpty())
            continue;
        int at = indexOfStep(trace.steps, entry.step);
        if (at < 0) { // a step the definition no longer has: still show it
            trace.steps.append(makeStep(entry.step, entry.step));
            at = int(trace.steps.size()) - 1;
        }
        SagaTraceStep &step = trace.steps[at];
        step.events.append(eventIndex);
        const QString &type = event.type;
        if (type == SE::SagaStepStarted || type == SE::SagaStepResumed) {
            if (!step.startedAt)
                step.startedAt = entry.at;
            step.state = SagaStepState::Current;
            furthest = std::max(furthest, at);
        } else if (type == SE::SagaStepCompleted) {
            if (!step.startedAt)
                step.startedAt = entry.at;
            step.endedAt = entry.at;
            step.state = SagaStepState::Done;
            furthest = std::max(furthest, at);
        } else if (type == SE::SagaStepFailed) {
            step.endedAt = entry.at;
            step.cause = payload.value("cause"_L1).toString();
            step.state = SagaStepState::Failed;
            furthest = std::max(furthest, at);
        } else if (type == SE::SagaCompensationStarted) {
            step.state = SagaStepState::Compensating;
        } else if (type == SE::SagaCompensationCompleted) {
            step.compensatedAt = entry.at;
            step.state = SagaStepState::Compensated;
        } else if (type == SE::SagaCompensationFailed) {
            step.cause = payload.value("cause"_L1).toString();
            step.state = SagaStepState::Failed;
        }
    }

    // Steps the saga stream does not record (an approval is the request's own fact) are
    // done when the saga went past them; the row's current step is where it stands.
    const int current = indexOfStep(trace.steps, currentStep);
    furthest = std::max(furthest, current);
    for (int i = 0; i < furthest; ++i)
        if (trace.steps.at(i).state == SagaStepState::NotReached)
            trace.steps[i].state = SagaStepState::Done;
    if (current >= 0 && trace.steps.at(current).state == SagaStepState::NotReached)
        trace.steps[current].state = ended ? SagaStepState::Done : SagaStepState::Current;
    if (ended) // an ended saga has nothing under way any more
        for (SagaTraceStep &step : trace.steps)
            if (step.state == SagaStepState::Current)
                step.state = SagaStepState::Done;
    return trace;
}

} // namespace eventdesk::gui
