// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApprovalFlow.h"

namespace eventdesk::domain {

// An expense claim: ExpenseSubmitted -> ManagerApproved -> FinanceFinalized -> Reimbursed
// -> Completed. A rejection ends it Rejected and revokes the approvals given
// (ManagerApprovalRevoked, FinanceFinalizationRevoked, the latest first); a reimbursement
// that fails for good revokes them too and ends it Failed. `reimbursement` in its JSON is
// null, "reimbursed" or "failed".
struct ExpenseState : ApprovalFlowState
{
    QJsonObject toJson() const;
};

inline constexpr QLatin1String ExpenseWorkflow{"expense"};

Decision decide(const RequestCommand &command, const ExpenseState &state,
                const workflow::Definition &definition);
ExpenseState evolve(ExpenseState state, const DomainEvent &event);

} // namespace eventdesk::domain
