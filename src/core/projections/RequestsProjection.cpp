// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/RequestsProjection.h"

#include <QJsonObject>
#include <QVariant>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;

namespace {
// The standing approvals of a purchase or expense chain, as ",max,lou,".
QString standingApprovers(const domain::RequestAggregate &request)
{
    const domain::ApprovalFlowState *flow = std::visit(
        [](const auto &s) -> const domain::ApprovalFlowState * {
            if constexpr (std::is_base_of_v<domain::ApprovalFlowState, std::decay_t<decltype(s)>>)
                return &s;
            else
                return nullptr;
        },
        request.state());
    QString text = u","_s;
    if (flow)
        for (const domain::Approval &a : flow->approvals)
            if (!a.revoked)
                text += a.approver + u',';
    return text;
}
} // namespace

Status RequestsProjection::apply(const RecordedEvent &event, ProjectionContext &context)
{
    auto change = context.requests.change(event, context.rows);
    if (!change)
        return change.error();
    if (!*change || !(*change)->after.exists())
        return success();
    const domain::RequestAggregate &request = (*change)->after;
    const domain::RequestInfo &info = request.request();
    const bool open = !domain::isFinal(request.status());
    const QString step = open ? request.step() : QString();

    QString stepKind;
    QVariant dueAt(QMetaType::fromType<qint64>()); // NULL unless the step has a deadline
    bool limitApplies = false;
    qint64 waitingRoles = 0;
    bool waitingSubmitter = false;
    const workflow::Definition *definition =
        context.definitions.find(request.workflow(), info.workflowVersion, context.rows);
    if (const workflow::StepSpec *spec =
            definition && !step.isEmpty() ? definition->step(step) : nullptr) {
        stepKind = workflow::stepKindName(spec->kind);
        limitApplies = spec->limitApplies;
        if (spec->deadline)
            dueAt = request.stepSinceMs() + spec->deadline->dueAfterMs;
        // Rejecting and cancelling stop a request; whoever may move it on is who it waits for.
        for (const workflow::ActionSpec &action : spec->actions) {
            if (action.name == u"reject"_s || action.name == u"cancel"_s)
                continue;
            waitingRoles |= roleMask(action.performers.roles);
            waitingSubmitter = waitingSubmitter || action.performers.submitter;
        }
    }

    if (auto s = context.rows.exec(u"UPDATE proj_requests SET valid_to = ? "
                                   "WHERE stream_id = ? AND valid_to IS NULL"_s,
                                   {event.globalPosition, event.streamId});
        !s)
        return s;
    return context.rows.exec(
        u"INSERT INTO proj_requests (stream_id, valid_from, valid_to, stream_version, workflow, "
        "workflow_version, title, amount_minor, currency, requester, status, step, step_kind, "
        "step_since, due_at, limit_applies, waiting_roles, waiting_submitter, approvers, "
        "submitted_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)"_s,
        {event.streamId,
         event.globalPosition,
         event.streamVersion,
         request.workflow(),
         info.workflowVersion,
         info.title,
         info.amount.minorUnits(),
         info.amount.currency(),
         info.requester,
         domain::statusName(request.status()),
         step,
         stepKind,
         request.stepSinceMs(),
         dueAt,
         limitApplies ? 1 : 0,
         waitingRoles,
         waitingSubmitter ? 1 : 0,
         standingApprovers(request),
         info.submittedAtMs,
         eventTime(event, event.payloadObject())});
}

} // namespace eventdesk::projections
