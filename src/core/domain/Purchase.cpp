// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Purchase.h"

#include "domain/WorkflowEvents.h"
#include "workflow/DefinitionShapes.h"

namespace eventdesk::domain {

using namespace Qt::Literals::StringLiterals;

namespace {
const approvalflow::Names &names()
{
    namespace E = WorkflowEvents;
    static const approvalflow::Names n{
        PurchaseWorkflow,          E::ApprovalRequested,
        E::ManagerApproved,        E::FinanceApproved,
        E::ManagerRejected,        E::FinanceRejected,
        E::ManagerApprovalRevoked, E::FinanceApprovalRevoked,
        workflow::Steps::Payment,  E::PaymentAuthorized,
        E::PaymentFailed,          E::PaymentVoided,
        E::PaymentVoidFailed,      "payment"_L1,
        "authorized"_L1,           "voided"_L1,
    };
    return n;
}
} // namespace

QJsonObject PurchaseState::toJson() const
{
    return approvalflow::toJson(names(), *this);
}

Decision decide(const RequestCommand &command, const PurchaseState &state,
                const workflow::Definition &definition)
{
    return approvalflow::decide(names(), command, state, definition);
}

PurchaseState evolve(PurchaseState state, const DomainEvent &event)
{
    approvalflow::evolve(names(), state, event);
    return state;
}

} // namespace eventdesk::domain
