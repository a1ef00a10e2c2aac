// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RequestState.h"
#include "workflow/Definition.h"
#include "workflow/SagaState.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eventdesk::security {
class UserDirectory;
}

namespace eventdesk::workflow {

// A reminder or an escalation that has fallen due: the SagaEvents type, the step, the time
// the step was due, the time this one fires (dueAt for a reminder, dueAt + escalateAfter
// for an escalation).
struct DeadlineNotice
{
    QString type; // SagaEvents::DeadlineReminderSent or DeadlineEscalated
    QString step;
    qint64 dueAt = 0;
    qint64 firesAt = 0;
};

// The deadlines of a step that began at sinceMs, as DeadlineSpec says: the notices that
// fall due at or before nowMs and are not in the saga's stream yet, in time order.
QList<DeadlineNotice> dueNotices(const StepSpec &step, qint64 sinceMs, qint64 nowMs,
                                 const SagaState &saga);
// When the next notice of the step falls due after nowMs; nullopt when none is left.
std::optional<qint64> nextNoticeAt(const StepSpec &step, qint64 sinceMs, qint64 nowMs,
                                   const SagaState &saga);

// The people a notice goes to: role names (every enabled user with the role),
// "submitter", "assignees" (whoever may act at the step) and "covering-managers" (every
// enabled manager whose limit, their own or the definition's default, covers the amount
// in its currency). Nobody decides on their own request, so the requester is left out of
// the approvers of an approval step. Sorted, each name once.
QStringList noticeRecipients(const QStringList &words, const StepSpec &step,
                             const Definition &definition, const domain::RequestInfo &request,
                             const security::UserDirectory &users);

} // namespace eventdesk::workflow
