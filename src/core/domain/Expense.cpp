// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Expense.h"

#include "domain/WorkflowEvents.h"
#include "workflow/DefinitionShapes.h"

namespace eventdesk::domain {

using namespace Qt::Literals::StringLiterals;

namespace {
const approvalflow::Names &names()
{
    namespace E = WorkflowEvents;
    static const approvalflow::Names n{
        ExpenseWorkflow,
        E::ExpenseSubmitted,
        E::ManagerApproved,
        E::FinanceFinalized,
        E::ManagerRejected,
        E::FinanceRejected,
        E::ManagerApprovalRevoked,
        E::FinanceFinalizationRevoked,
        workflow::Steps::Reimbursement,
        E::Reimbursed,
        E::ReimbursementFailed,
        {},
        {},
        "reimbursement"_L1,
        "reimbursed"_L1,
        {},
    };
    return n;
}
} // namespace

QJsonObject ExpenseState::toJson() const
{
    return approvalflow::toJson(names(), *this);
}

Decision decide(const RequestCommand &command, const ExpenseState &state,
                const workflow::Definition &definition)
{
    return approvalflow::decide(names(), command, state, definition);
}

ExpenseState evolve(ExpenseState state, const DomainEvent &event)
{
    approvalflow::evolve(names(), state, event);
    return state;
}

} // namespace eventdesk::domain
