// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Transfer.h"

#include "domain/DeciderSupport.h"
#include "domain/WorkflowEvents.h"
#include "workflow/DefinitionShapes.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace eventdesk::domain {

using namespace Qt::Literals::StringLiterals;
namespace Steps = workflow::Steps;
namespace E = WorkflowEvents;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::domain)
};

struct HandlerEvents
{
    QLatin1String step;
    QLatin1String succeeded;
    QLatin1String failed;
};

constexpr std::array<HandlerEvents, 3> Handlers{{
    {Steps::Balances, E::BalancesUpdated, E::BalanceUpdateFailed},
    {Steps::Notify, E::CustomerNotified, E::CustomerNotificationFailed},
    {Steps::Audit, E::TransferAudited, E::TransferAuditFailed},
}};

const HandlerEvents *eventsOf(QStringView step)
{
    for (const HandlerEvents &h : Handlers)
        if (step == h.step)
            return &h;
    return nullptr;
}

QString progressWord(TransferState::Progress p)
{
    switch (p) {
    case TransferState::Progress::Pending:
        return u"pending"_s;
    case TransferState::Progress::Done:
        return u"done"_s;
    case TransferState::Progress::Failed:
        return u"failed"_s;
    }
    return {};
}

Decision outcome(const RecordStepOutcome &command, const TransferState &state,
                 const workflow::Definition &definition)
{
    auto step = support::checkOutcome(command, state.status, definition);
    if (!step)
        return step.error();
    const HandlerEvents *names = eventsOf(step->id);
    const TransferState::Handler *handler = state.handler(step->id);
    if (!names || !handler)
        return Error::validation(
            Text::tr("This transfer has no handler \"%1\"; it started with the handlers of its "
                     "definition version %2.")
                .arg(step->id)
                .arg(state.request.workflowVersion));
    const QJsonObject payload = support::outcomePayload(command);
    switch (command.outcome) {
    case StepOutcome::Succeeded:
        // A success after a failure for good (a dead letter retried) is recorded too.
        if (handler->progress == TransferState::Progress::Done)
            return QList<DomainEvent>{};
        return QList<DomainEvent>{{QString(names->succeeded), payload}};
    case StepOutcome::Failed:
        if (handler->progress == TransferState::Progress::Failed)
            return QList<DomainEvent>{};
        if (handler->progress == TransferState::Progress::Done)
            return Error::conflict(
                Text::tr("The handler %1 already succeeded for this transfer.").arg(step->id));
        return QList<DomainEvent>{{QString(names->failed), payload}};
    case StepOutcome::Compensated:
    case StepOutcome::CompensationFailed:
        break;
    }
    return Error::validation(Text::tr("The handlers of a transfer have no compensation."));
}
} // namespace

const TransferState::Handler *TransferState::handler(const QString &step) const
{
    for (const Handler &h : handlers)
        if (h.step == step)
            return &h;
    return nullptr;
}

QJsonObject TransferState::toJson() const
{
    QJsonObject o{{"status"_L1, statusName(status)}, {"step"_L1, QJsonValue()}};
    request.addTo(o);
    QJsonObject list;
    for (const Handler &h : handlers) {
        QJsonObject ho{{"status"_L1, progressWord(h.progress)}, {"required"_L1, h.required}};
        if (h.progress != Progress::Pending)
            ho.insert("at"_L1, h.atMs);
        if (!h.cause.isEmpty())
            ho.insert("cause"_L1, h.cause);
        list.insert(h.step, ho);
    }
    o.insert("handlers"_L1, list);
    if (failure)
        o.insert("failure"_L1, failure->toJson());
    return o;
}

Decision decide(const RequestCommand &command, const TransferState &state,
                const workflow::Definition &definition)
{
    if (Status s = support::checkDefinition(definition, QString(TransferWorkflow)); !s)
        return s.error();
    if (const auto *submit = std::get_if<SubmitRequest>(&command)) {
        auto info =
            support::checkSubmission(*submit, state.status, definition, QString(TransferWorkflow));
        if (!info)
            return info.error();
        QJsonObject payload = info->toPayload();
        QJsonArray handlers;
        for (const workflow::StepSpec &s : definition.steps)
            handlers.append(QJsonObject{{"step"_L1, s.id}, {"required"_L1, s.required}});
        payload.insert("handlers"_L1, handlers);
        return QList<DomainEvent>{{QString(E::TransferRequested), payload}};
    }
    if (std::holds_alternative<ActOnRequest>(command)) {
        if (state.status == RequestStatus::None)
            return Error::notFound(Text::tr("There is no such request."));
        if (isFinal(state.status))
            return Error::conflict(
                Text::tr("This request is already %1; nothing more can be done with it.")
                    .arg(statusName(state.status)));
        return Error::validation(
            Text::tr("A transfer is carried out by its handlers; no one acts on "
                     "it."));
    }
    return outcome(std::get<RecordStepOutcome>(command), state, definition);
}

TransferState evolve(TransferState state, const DomainEvent &event)
{
    const QJsonObject &p = event.payload;
    const qint64 at = support::atOf(p);
    // A transfer begins when it is requested (see approvalflow::evolve).
    if (!state.exists() && event.type != E::TransferRequested)
        return state;
    if (event.type == E::TransferRequested) {
        state.request = RequestInfo::fromPayload(p);
        state.status = RequestStatus::Requested;
        state.handlers.clear();
        const QJsonArray handlers = p.value("handlers"_L1).toArray();
        for (const QJsonValue &v : handlers) {
            const QJsonObject h = v.toObject();
            TransferState::Handler handler;
            handler.step = h.value("step"_L1).toString();
            handler.required = h.value("required"_L1).toBool(true);
            state.handlers.append(handler);
        }
        return state;
    }
    for (const HandlerEvents &names : Handlers) {
        const bool ok = event.type == names.succeeded;
        if (!ok && event.type != names.failed)
            continue;
        for (TransferState::Handler &h : state.handlers) {
            if (h.step != names.step)
                continue;
            h.progress = ok ? TransferState::Progress::Done : TransferState::Progress::Failed;
            h.cause = ok ? QString() : p.value("cause"_L1).toString();
            h.atMs = at;
            if (!ok && h.required && state.status == RequestStatus::Requested) {
                state.failure = Failure{h.step, h.cause, at};
                state.status = RequestStatus::Failed;
            }
        }
        break;
    }
    if (state.status == RequestStatus::Requested) {
        bool complete = !state.handlers.isEmpty();
        for (const TransferState::Handler &h : state.handlers)
            complete = complete && (!h.required || h.progress == TransferState::Progress::Done);
        if (complete)
            state.status = RequestStatus::Completed;
    }
    return state;
}

} // namespace eventdesk::domain
