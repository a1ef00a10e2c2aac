// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/KpiProjection.h"

#include "workflow/SagaEvents.h"

#include <QJsonObject>
#include <QVariant>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;

namespace {
Status insertFact(ProjectionContext &context, const RecordedEvent &event, const QString &kind,
                  const QString &workflow, const QString &stream, qint64 at, const QVariant &leadMs)
{
    return context.rows.exec(
        u"INSERT INTO proj_kpi_facts (position, kind, workflow, stream_id, "
        "day, at, lead_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {event.globalPosition, kind, workflow, stream, utcDay(at), at, leadMs});
}

bool isApprovalStep(const domain::RequestAggregate &request, const workflow::Definition *definition)
{
    if (!definition || domain::isFinal(request.status()))
        return false;
    const workflow::StepSpec *spec = definition->step(request.step());
    return spec && spec->kind == workflow::StepKind::Approval;
}
} // namespace

Status KpiProjection::apply(const RecordedEvent &event, ProjectionContext &context)
{
    if (event.streamId.startsWith(workflow::SagaStreamPrefix)) {
        const bool reminder = event.type == workflow::SagaEvents::DeadlineReminderSent;
        if (!reminder && event.type != workflow::SagaEvents::DeadlineEscalated)
            return success();
        const QString request = workflow::requestStreamOfSaga(event.streamId);
        return insertFact(context, event, reminder ? u"reminder"_s : u"escalation"_s,
                          domain::RequestAggregate::workflowOfStream(request), request,
                          eventTime(event, event.payloadObject()), QVariant());
    }
    auto change = context.requests.change(event, context.rows);
    if (!change)
        return change.error();
    if (!*change)
        return success();
    const domain::RequestAggregate &before = (*change)->before;
    const domain::RequestAggregate &after = (*change)->after;
    const domain::RequestInfo &info = after.request();
    if (!before.exists() && after.exists())
        return insertFact(context, event, u"submitted"_s, after.workflow(), event.streamId,
                          info.submittedAtMs, QVariant());
    // The final approval decision: the request leaves its last approval step, onwards or
    // rejected. A covering manager's approval that leads to finance is not the last one.
    const workflow::Definition *definition =
        context.definitions.find(after.workflow(), info.workflowVersion, context.rows);
    const bool moved = after.step() != before.step() || after.status() != before.status();
    if (!isApprovalStep(before, definition) || !moved)
        return success();
    const bool rejected = after.status() == domain::RequestStatus::Rejected;
    if (!rejected && isApprovalStep(after, definition))
        return success();
    const qint64 at = eventTime(event, event.payloadObject());
    return insertFact(context, event, rejected ? u"rejected"_s : u"approved"_s, after.workflow(),
                      event.streamId, at, at - info.submittedAtMs);
}

} // namespace eventdesk::projections
