// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Deadlines.h"

#include "security/Users.h"
#include "workflow/SagaEvents.h"

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Planned
{
    QLatin1String type;
    qint64 firesAt;
    qint64 dueAt;
};

QList<Planned> planned(const StepSpec &step, qint64 sinceMs)
{
    QList<Planned> list;
    if (!step.deadline || step.deadline->dueAfterMs <= 0)
        return list;
    const DeadlineSpec &d = *step.deadline;
    const qint64 dueAt = sinceMs + d.dueAfterMs;
    if (!d.remindTo.isEmpty())
        list.append({SagaEvents::DeadlineReminderSent, dueAt, dueAt});
    if (d.escalateAfterMs >= 0 && !d.escalateTo.isEmpty())
        list.append({SagaEvents::DeadlineEscalated, dueAt + d.escalateAfterMs, dueAt});
    return list;
}

bool covers(const std::optional<Money> &limit, const Money &amount)
{
    return limit && limit->currency() == amount.currency() &&
           limit->minorUnits() >= amount.minorUnits();
}
} // namespace

QList<DeadlineNotice> dueNotices(const StepSpec &step, qint64 sinceMs, qint64 nowMs,
                                 const SagaState &saga)
{
    QList<DeadlineNotice> due;
    for (const Planned &p : planned(step, sinceMs)) {
        if (p.firesAt > nowMs)
            continue;
        if (saga.deadlineMarks.contains(SagaState::deadlineMark(p.type, step.id, p.dueAt)))
            continue;
        due.append({QString(p.type), step.id, p.dueAt, p.firesAt});
    }
    return due;
}

std::optional<qint64> nextNoticeAt(const StepSpec &step, qint64 sinceMs, qint64 nowMs,
                                   const SagaState &saga)
{
    std::optional<qint64> next;
    for (const Planned &p : planned(step, sinceMs)) {
        if (p.firesAt <= nowMs ||
            saga.deadlineMarks.contains(SagaState::deadlineMark(p.type, step.id, p.dueAt)))
            continue;
        if (!next || p.firesAt < *next)
            next = p.firesAt;
    }
    return next;
}

QStringList noticeRecipients(const QStringList &words, const StepSpec &step,
                             const Definition &definition, const domain::RequestInfo &request,
                             const security::UserDirectory &users)
{
    const QList<security::User> all = users.users();
    QStringList names;
    auto add = [&](const QString &name) {
        if (!names.contains(name))
            names.append(name);
    };
    const bool approval = step.kind == StepKind::Approval;
    for (const QString &word : words) {
        if (word == SubmitterWord) {
            add(request.requester);
            continue;
        }
        if (word == AssigneesWord) {
            for (const ActionSpec &a : step.actions) {
                if (a.performers.submitter && !approval)
                    add(request.requester);
                for (const security::User &u : all)
                    if (!u.disabled && !(approval && u.name == request.requester))
                        for (security::Role r : a.performers.roles.toList())
                            if (u.roles.has(r))
                                add(u.name);
            }
            continue;
        }
        if (word == CoveringManagersWord) {
            for (const security::User &u : all)
                if (!u.disabled && u.name != request.requester &&
                    u.roles.has(security::Role::Manager) &&
                    covers(definition.approvalLimitFor(u.approvalLimit), request.amount))
                    add(u.name);
            continue;
        }
        if (const auto role = security::roleFromName(word))
            for (const security::User &u : all)
                if (!u.disabled && u.roles.has(*role))
                    add(u.name);
    }
    names.sort();
    return names;
}

} // namespace eventdesk::workflow
