// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/RequestDetail.h"

#include "common/Format.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "workflow/DefinitionRegistry.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestDetail)
};

QString noteOf(const QJsonObject &payload)
{
    for (const auto key : {"reason"_L1, "comment"_L1, "cause"_L1}) {
        const QString value = payload.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString capitalized(const QString &name)
{
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

bool covers(const std::optional<Money> &limit, const Money &amount)
{
    return limit && limit->currency() == amount.currency() &&
           limit->minorUnits() >= amount.minorUnits();
}

} // namespace

Result<RequestDetail> loadRequestDetail(SqliteEventStore &store, const QString &streamId)
{
    auto row = projections::queryRequest(store, streamId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound(Text::tr("This request is not in the store."));
    RequestDetail detail;
    detail.row = **row;

    auto slice = store.reader().readStream(streamId, 0, Direction::Forwards, 10000);
    if (!slice)
        return slice.error();
    for (const RecordedEvent &event : slice->events) {
        const QJsonObject payload = event.payloadObject();
        if (event.streamVersion == 0)
            detail.fields = payload.value("fields"_L1).toObject();
        detail.history.append({event.globalPosition,
                               payload.value("at"_L1).toInteger(event.recordedAt), event.type,
                               event.actor(), noteOf(payload)});
    }

    auto registry = workflow::DefinitionRegistry::load(store);
    if (!registry)
        return registry.error();
    if (const auto *definition = registry->find(detail.row.workflow, detail.row.workflowVersion))
        detail.definition = *definition;
    else if (const auto *latest = registry->latest(detail.row.workflow))
        detail.definition = *latest;
    return detail;
}

QList<PathStep> requestPath(const workflow::Definition &definition,
                            const projections::RequestRow &row)
{
    QList<PathStep> steps;
    const qsizetype current = row.step.isEmpty() ? -1 : definition.stepIndex(row.step);
    const bool completed =
        row.step.isEmpty() && (row.status == "Completed"_L1 || row.status == "Delivered"_L1);
    const bool ended = row.step.isEmpty() && !completed;
    for (qsizetype i = 0; i < definition.steps.size(); ++i) {
        PathStep step{definition.steps.at(i).title, PathStep::Pending};
        if (completed || (current >= 0 && i < current))
            step.state = PathStep::Done;
        else if (i == current)
            step.state = PathStep::Current;
        steps.append(step);
    }
    // An ended request that did not complete stopped somewhere: mark it where the
    // approvals it gathered end (a rejection or failure undoes what came after).
    if (ended && !steps.isEmpty()) {
        const qsizetype at = std::min<qsizetype>(row.approvers.size(), steps.size() - 1);
        for (qsizetype i = 0; i < at; ++i)
            steps[i].state = PathStep::Done;
        steps[at].state = PathStep::Failed;
    }
    return steps;
}

QString pathText(const QList<PathStep> &steps)
{
    QStringList parts;
    for (const PathStep &step : steps) {
        switch (step.state) {
        case PathStep::Done:
            parts.append(step.title + u" ✓"_s);
            break;
        case PathStep::Current:
            parts.append(Text::tr("%1 (now)").arg(step.title));
            break;
        case PathStep::Failed:
            parts.append(step.title + u" ✗"_s);
            break;
        case PathStep::Pending:
            parts.append(step.title);
            break;
        }
    }
    return parts.join(u" → "_s);
}

Result<QList<ManagerLimit>> loadManagerLimits(SqliteEventStore &store)
{
    auto directory = security::loadUserDirectory(store);
    if (!directory)
        return directory.error();
    QList<ManagerLimit> managers;
    for (const security::User &user : directory->users()) {
        if (user.disabled || !user.roles.has(security::Role::Manager))
            continue;
        managers.append({user.name, user.approvalLimit});
    }
    return managers;
}

QString previewPath(const workflow::Definition &definition, const std::optional<Money> &amount,
                    const QList<ManagerLimit> &managers, const QString &requester)
{
    QStringList parts;
    for (const workflow::StepSpec &step : definition.steps) {
        if (step.kind != workflow::StepKind::Approval || !step.limitApplies) {
            parts.append(step.title);
            continue;
        }
        if (!amount) {
            parts.append(step.title);
            continue;
        }
        // Whoever has the smallest covering limit takes it; equal limits: any of them.
        QStringList bestNames;
        std::optional<Money> bestLimit;
        for (const ManagerLimit &manager : managers) {
            const std::optional<Money> limit = definition.approvalLimitFor(manager.ownLimit);
            if (manager.name == requester || !covers(limit, *amount))
                continue;
            if (!bestLimit || limit->minorUnits() < bestLimit->minorUnits()) {
                bestNames = {capitalized(manager.name)};
                bestLimit = limit;
            } else if (limit->minorUnits() == bestLimit->minorUnits()) {
                bestNames.append(capitalized(manager.name));
            }
        }
        if (bestLimit)
            parts.append(Text::tr("Manager (%1, up to %2)")
                             .arg(bestNames.join(Text::tr(" or ")), formatMoney(*bestLimit)));
        else
            parts.append(Text::tr("Manager (no manager's limit covers %1: it will wait)")
                             .arg(formatMoney(*amount)));
    }
    return parts.join(u" → "_s);
}

} // namespace eventdesk::gui
