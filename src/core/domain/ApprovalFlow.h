// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainEvent.h"
#include "domain/RequestCommands.h"
#include "domain/RequestState.h"
#include "workflow/Definition.h"

#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace eventdesk::domain {

// The state of a request that goes through a manager approval, a finance approval and a
// settling service step (a payment or a reimbursement): purchases and expense claims.
struct ApprovalFlowState
{
    // How far the settling service step got.
    enum class Settlement : quint8
    {
        None,      // not yet
        Done,      // the service call took effect
        Failed,    // it failed for good
        Undone,    // its compensation took effect
        UndoFailed // its compensation failed for good
    };

    RequestStatus status = RequestStatus::None;
    QString step; // the current step; empty once the request has ended
    qint64 stepSinceMs = 0;
    RequestInfo request;
    QList<Approval> approvals; // in the order given, revoked ones included
    std::optional<Rejection> rejection;
    std::optional<Failure> failure;
    Settlement settlement = Settlement::None;
    QString settlementCause; // why the compensation failed

    bool exists() const { return status != RequestStatus::None; }
    // The approval that let the step go on (the covering one), if any.
    const Approval *decisiveApproval(const QString &step) const;
    // Whether the person has an approval in this chain that is not revoked.
    bool hasApproved(const QString &person) const;
};

namespace approvalflow {

// The event types and words that make a purchase or an expense claim.
struct Names
{
    QLatin1String workflow;
    QLatin1String submitted;
    QLatin1String managerApproved;
    QLatin1String financeApproved;
    QLatin1String managerRejected;
    QLatin1String financeRejected;
    QLatin1String managerRevoked;
    QLatin1String financeRevoked;
    QLatin1String serviceStep;
    QLatin1String succeeded;
    QLatin1String failed;
    QLatin1String compensated;        // empty: the step has no compensation
    QLatin1String compensationFailed; // empty: the step has no compensation
    QLatin1String settlementKey;      // the state's key for the settlement ("payment")
    QLatin1String settledWord;        // the word for Done ("authorized")
    QLatin1String undoneWord;         // the word for Undone ("voided")
};

Decision decide(const Names &names, const RequestCommand &command, const ApprovalFlowState &state,
                const workflow::Definition &definition);
void evolve(const Names &names, ApprovalFlowState &state, const DomainEvent &event);
QJsonObject toJson(const Names &names, const ApprovalFlowState &state);

} // namespace approvalflow

} // namespace eventdesk::domain
