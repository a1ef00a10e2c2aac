// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApprovalFlow.h"

namespace eventdesk::domain {

// A purchase request: ApprovalRequested -> ManagerApproved (by managers until one whose
// limit covers the amount) -> FinanceApproved -> PaymentAuthorized -> Completed. A
// rejection at either approval ends it Rejected and revokes the approvals given
// (ManagerApprovalRevoked, FinanceApprovalRevoked, the latest first); a payment that
// fails for good revokes them too and ends it Failed. `payment` in its JSON is null,
// "authorized", "failed", "voided" or "voided_failed".
struct PurchaseState : ApprovalFlowState
{
    QJsonObject toJson() const; // the "state" object of `state --json`
};

inline constexpr QLatin1String PurchaseWorkflow{"purchase"};

Decision decide(const RequestCommand &command, const PurchaseState &state,
                const workflow::Definition &definition);
PurchaseState evolve(PurchaseState state, const DomainEvent &event);

} // namespace eventdesk::domain
