// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/Definition.h"

#include <QLatin1String>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace eventdesk::workflow {

// What the decider of each workflow relies on: its steps in order, their kinds, the
// actions it understands at each, and which service each automated step must call. A
// definition is checked against its workflow's shape, so a decider never meets a
// definition it cannot carry out.

struct StepShape
{
    QLatin1String id;
    StepKind kind;
    QList<QLatin1String> knownActions;    // the actions the decider understands here
    QList<QLatin1String> requiredActions; // actions without which the step could never end
    QLatin1String service;                // the service its call must use; empty: no call
    bool callRequired = false;
    bool compensationAllowed = false;
    bool compensationRequired = false;
};

struct WorkflowShape
{
    QLatin1String name;
    Coordination coordination;
    QList<StepShape> steps;

    QStringList stepIds() const;
};

// The step ids the deciders use.
namespace Steps {
inline constexpr QLatin1String ManagerApproval{"manager-approval"};
inline constexpr QLatin1String FinanceApproval{"finance-approval"};
inline constexpr QLatin1String Payment{"payment"};
inline constexpr QLatin1String Reimbursement{"reimbursement"};
inline constexpr QLatin1String ReserveStock{"reserve-stock"};
inline constexpr QLatin1String Pack{"pack"};
inline constexpr QLatin1String Ship{"ship"};
inline constexpr QLatin1String Deliver{"deliver"};
inline constexpr QLatin1String Balances{"balances"};
inline constexpr QLatin1String Notify{"notify"};
inline constexpr QLatin1String Audit{"audit"};
} // namespace Steps

// The action names the deciders understand.
namespace Actions {
inline constexpr QLatin1String Approve{"approve"};
inline constexpr QLatin1String Reject{"reject"};
inline constexpr QLatin1String Pack{"pack"};
inline constexpr QLatin1String Ship{"ship"};
inline constexpr QLatin1String Deliver{"deliver"};
inline constexpr QLatin1String Cancel{"cancel"};
} // namespace Actions

// purchase, expense, order, transfer.
const QList<WorkflowShape> &workflowShapes();
const WorkflowShape *workflowShape(QStringView name);
QStringList workflowNames();

} // namespace eventdesk::workflow
