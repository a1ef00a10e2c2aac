// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ApprovalFlow.h"

#include "domain/DeciderSupport.h"
#include "workflow/DefinitionShapes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eventdesk::domain {

using namespace Qt::Literals::StringLiterals;
namespace Steps = workflow::Steps;
namespace Actions = workflow::Actions;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::domain)
};

// A limit covers an amount in its own currency only: there are no exchange rates here.
bool covers(const std::optional<Money> &limit, const Money &amount)
{
    return limit && limit->currency() == amount.currency() &&
           limit->minorUnits() >= amount.minorUnits();
}

QString settlementWord(const approvalflow::Names &names, ApprovalFlowState::Settlement s)
{
    using S = ApprovalFlowState::Settlement;
    switch (s) {
    case S::None:
        return {};
    case S::Done:
        return QString(names.settledWord);
    case S::Failed:
        return u"failed"_s;
    case S::Undone:
        return QString(names.undoneWord);
    case S::UndoFailed:
        return QString(names.undoneWord) + u"_failed"_s;
    }
    return {};
}
} // namespace

const Approval *ApprovalFlowState::decisiveApproval(const QString &stepId) const
{
    for (const Approval &a : approvals)
        if (a.step == stepId && a.coversAmount)
            return &a;
    return nullptr;
}

bool ApprovalFlowState::hasApproved(const QString &person) const
{
    for (const Approval &a : approvals)
        if (a.approver == person && !a.revoked)
            return true;
    return false;
}

namespace approvalflow {

namespace {
// The revocations of every approval still standing, the latest first.
QList<DomainEvent> revocations(const Names &names, const ApprovalFlowState &state,
                               const QString &because, qint64 atMs)
{
    QList<DomainEvent> events;
    for (auto it = state.approvals.crbegin(); it != state.approvals.crend(); ++it) {
        if (it->revoked)
            continue;
        const QLatin1String type =
            it->step == Steps::ManagerApproval ? names.managerRevoked : names.financeRevoked;
        events.append({QString(type), QJsonObject{{"step"_L1, it->step},
                                                  {"approver"_L1, it->approver},
                                                  {"approvedAt"_L1, it->atMs},
                                                  {"reason"_L1, because},
                                                  {"at"_L1, atMs}}});
    }
    return events;
}

Decision act(const Names &names, const ActOnRequest &command, const ApprovalFlowState &state,
             const workflow::Definition &definition)
{
    const support::Position position{definition, state.status, state.step, state.request.requester,
                                     [&](const QString &stepId) {
                                         const Approval *a = state.decisiveApproval(stepId);
                                         return a ? a->approver : QString();
                                     }};
    auto action = support::checkAction(position, command);
    if (!action)
        return action.error();
    const Actor &actor = command.actor;
    const bool managerStep = state.step == Steps::ManagerApproval;
    const workflow::StepSpec *step = definition.step(state.step);

    if (action->name == Actions::Approve) {
        if (actor.name == state.request.requester)
            return Error::accessDenied(
                Text::tr("Nobody approves their own request: %1 submitted this one.")
                    .arg(actor.name));
        for (const Approval &a : state.approvals)
            if (a.approver == actor.name && !a.revoked)
                return Error::accessDenied(
                    Text::tr("%1 already approved this request (at the step %2); "
                             "an approval chain needs a different person at "
                             "each approval.")
                        .arg(actor.name, a.step));
        QJsonObject payload{{"step"_L1, state.step}, {"approver"_L1, actor.name}};
        bool coversAmount = true;
        if (step->limitApplies) {
            const std::optional<Money> limit = definition.approvalLimitFor(actor.approvalLimit);
            coversAmount = covers(limit, state.request.amount);
            if (limit)
                payload.insert("limit"_L1, limit->toJson());
        }
        payload.insert("coversAmount"_L1, coversAmount);
        support::addComment(payload, command.comment);
        payload.insert("at"_L1, command.atMs);
        return QList<DomainEvent>{
            {QString(managerStep ? names.managerApproved : names.financeApproved), payload}};
    }

    if (action->name == Actions::Reject) {
        if (actor.name == state.request.requester)
            return Error::accessDenied(
                Text::tr("Nobody decides on their own request: %1 submitted this "
                         "one; someone else must approve or reject it.")
                    .arg(actor.name));
        const QString reason = support::reasonOf(command);
        QList<DomainEvent> events{
            {QString(managerStep ? names.managerRejected : names.financeRejected),
             QJsonObject{{"step"_L1, state.step},
                         {"rejectedBy"_L1, actor.name},
                         {"reason"_L1, reason},
                         {"at"_L1, command.atMs}}}};
        events += revocations(names, state, reason, command.atMs);
        return events;
    }
    return Error::internal(
        Text::tr("The %1 workflow cannot %2.").arg(QString(names.workflow), action->name));
}

Decision outcome(const Names &names, const RecordStepOutcome &command,
                 const ApprovalFlowState &state, const workflow::Definition &definition)
{
    auto step = support::checkOutcome(command, state.status, definition);
    if (!step)
        return step.error();
    using S = ApprovalFlowState::Settlement;
    const QString service = step->call ? step->call->service : QString();
    const QJsonObject payload = support::outcomePayload(command);
    switch (command.outcome) {
    case StepOutcome::Succeeded: {
        if (state.settlement == S::Done || state.settlement == S::Undone ||
            state.settlement == S::UndoFailed)
            return QList<DomainEvent>{};
        // A late success after the request failed is still a fact: it is recorded, and the
        // request stays Failed until the compensation undoes it.
        if (state.status != RequestStatus::AwaitingPayment && state.status != RequestStatus::Failed)
            return Error::conflict(Text::tr("The step %1 has not started: this request is %2.")
                                       .arg(step->id, statusName(state.status)));
        QJsonObject p = payload;
        p.insert("amount"_L1, state.request.amount.toJson());
        return QList<DomainEvent>{{QString(names.succeeded), p}};
    }
    case StepOutcome::Failed: {
        if (state.settlement == S::Failed)
            return QList<DomainEvent>{};
        if (state.status != RequestStatus::AwaitingPayment)
            return Error::conflict(Text::tr("The step %1 is not under way: this request is %2.")
                                       .arg(step->id, statusName(state.status)));
        QList<DomainEvent> events{{QString(names.failed), payload}};
        events += revocations(names, state, command.cause.trimmed(), command.atMs);
        return events;
    }
    case StepOutcome::Compensated:
    case StepOutcome::CompensationFailed: {
        const bool ok = command.outcome == StepOutcome::Compensated;
        if (names.compensated.isEmpty())
            return Error::validation(Text::tr("The %1 workflow cannot undo its step %2.")
                                         .arg(definition.name, step->id));
        if ((ok && state.settlement == S::Undone) || (!ok && state.settlement == S::UndoFailed))
            return QList<DomainEvent>{};
        if (state.settlement != S::Done && state.settlement != S::UndoFailed)
            return Error::conflict(Text::tr("The %1 service did nothing for this request yet, so "
                                            "there is nothing to undo.")
                                       .arg(service));
        if (state.status == RequestStatus::Completed)
            return Error::conflict(
                Text::tr("This request is Completed; the effect of its step %1 stands.")
                    .arg(step->id));
        return QList<DomainEvent>{
            {QString(ok ? names.compensated : names.compensationFailed), payload}};
    }
    }
    return Error::internal(Text::tr("Unknown step outcome."));
}
} // namespace

Decision decide(const Names &names, const RequestCommand &command, const ApprovalFlowState &state,
                const workflow::Definition &definition)
{
    if (Status s = support::checkDefinition(definition, QString(names.workflow)); !s)
        return s.error();
    if (const auto *submit = std::get_if<SubmitRequest>(&command)) {
        auto info =
            support::checkSubmission(*submit, state.status, definition, QString(names.workflow));
        if (!info)
            return info.error();
        return QList<DomainEvent>{{QString(names.submitted), info->toPayload()}};
    }
    if (const auto *a = std::get_if<ActOnRequest>(&command))
        return act(names, *a, state, definition);
    return outcome(names, std::get<RecordStepOutcome>(command), state, definition);
}

void evolve(const Names &names, ApprovalFlowState &state, const DomainEvent &event)
{
    using S = ApprovalFlowState::Settlement;
    const QJsonObject &p = event.payload;
    const qint64 at = support::atOf(p);
    const QString &type = event.type;
    // A request begins with its submission: whatever a stream holds before it (events of
    // the same names written by another program) is no request's history.
    if (!state.exists() && type != names.submitted)
        return;
    auto moveTo = [&](RequestStatus status, const QString &step) {
        state.status = status;
        state.step = step;
        state.stepSinceMs = at;
    };

    if (type == names.submitted) {
        state.request = RequestInfo::fromPayload(p);
        moveTo(RequestStatus::AwaitingApproval, QString(Steps::ManagerApproval));
    } else if (type == names.managerApproved || type == names.financeApproved) {
        Approval a;
        a.step = p.value("step"_L1).toString();
        a.approver = p.value("approver"_L1).toString();
        if (p.contains("limit"_L1))
            if (auto limit = Money::fromJson(p.value("limit"_L1)))
                a.limit = limit.value();
        a.coversAmount = p.value("coversAmount"_L1).toBool(true);
        a.comment = p.value("comment"_L1).toString();
        a.atMs = at;
        state.approvals.append(a);
        if (a.coversAmount) {
            if (type == names.managerApproved)
                moveTo(RequestStatus::AwaitingFinance, QString(Steps::FinanceApproval));
            else
                moveTo(RequestStatus::AwaitingPayment, QString(names.serviceStep));
        }
    } else if (type == names.managerRejected || type == names.financeRejected) {
        state.rejection =
            Rejection{p.value("step"_L1).toString(), p.value("rejectedBy"_L1).toString(),
                      p.value("reason"_L1).toString(), at};
        moveTo(RequestStatus::Rejected, QString());
    } else if (type == names.managerRevoked || type == names.financeRevoked) {
        const QString step = p.value("step"_L1).toString();
        const QString approver = p.value("approver"_L1).toString();
        for (auto it = state.approvals.rbegin(); it != state.approvals.rend(); ++it)
            if (!it->revoked && it->step == step && it->approver == approver) {
                it->revoked = true;
                it->revokedBecause = p.value("reason"_L1).toString();
                it->revokedAtMs = at;
                break;
            }
    } else if (type == names.succeeded) {
        state.settlement = S::Done;
        if (state.status == RequestStatus::AwaitingPayment)
            moveTo(RequestStatus::Completed, QString());
    } else if (type == names.failed) {
        state.settlement = S::Failed;
        state.failure = Failure{QString(names.serviceStep), p.value("cause"_L1).toString(), at};
        moveTo(RequestStatus::Failed, QString());
    } else if (!names.compensated.isEmpty() && type == names.compensated) {
        state.settlement = S::Undone;
    } else if (!names.compensationFailed.isEmpty() && type == names.compensationFailed) {
        state.settlement = S::UndoFailed;
        state.settlementCause = p.value("cause"_L1).toString();
    }
}

QJsonObject toJson(const Names &names, const ApprovalFlowState &state)
{
    QJsonObject o{{"status"_L1, statusName(state.status)},
                  {"step"_L1, state.step.isEmpty() ? QJsonValue() : QJsonValue(state.step)},
                  {"step_since"_L1, state.stepSinceMs}};
    state.request.addTo(o);
    QJsonArray approvals;
    for (const Approval &a : state.approvals)
        approvals.append(a.toJson());
    o.insert("approvals"_L1, approvals);
    if (state.rejection)
        o.insert("rejection"_L1, state.rejection->toJson());
    if (state.failure)
        o.insert("failure"_L1, state.failure->toJson());
    const QString settlement = settlementWord(names, state.settlement);
    o.insert(QString(names.settlementKey),
             settlement.isEmpty() ? QJsonValue() : QJsonValue(settlement));
    if (!state.settlementCause.isEmpty())
        o.insert(QString(names.settlementKey) + u"_failure"_s, state.settlementCause);
    return o;
}

} // namespace approvalflow

} // namespace eventdesk::domain
