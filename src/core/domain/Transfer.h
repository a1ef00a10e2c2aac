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

// A funds transfer, choreographed: TransferRequested (Requested); independent handlers
// record their outcomes: BalancesUpdated, CustomerNotified, TransferAudited (or
// BalanceUpdateFailed, CustomerNotificationFailed, TransferAuditFailed). It is Completed
// once every required handler (balances and audit in the shipped definition) succeeded;
// an optional one (the notification) holds nothing up. A required handler that fails for
// good ends it Failed. The handlers and which are required are fixed at submission, from
// the definition version the transfer started on.
struct TransferState
{
    enum class Progress : quint8
    {
        Pending,
        Done,
        Failed
    };

    struct Handler
    {
        QString step;
        bool required = true;
        Progress progress = Progress::Pending;
        QString cause;
        qint64 atMs = 0;
    };

    RequestStatus status = RequestStatus::None;
    RequestInfo request;
    QList<Handler> handlers; // in the definition's order
    std::optional<Failure> failure;

    bool exists() const { return status != RequestStatus::None; }
    const Handler *handler(const QString &step) const;
    // The "state" object of `state --json`; `handlers` maps each step to
    // {"status": "pending"|"done"|"failed", "required": bool, ...}.
    QJsonObject toJson() const;
};

inline constexpr QLatin1String TransferWorkflow{"transfer"};

Decision decide(const RequestCommand &command, const TransferState &state,
                const workflow::Definition &definition);
TransferState evolve(TransferState state, const DomainEvent &event);

} // namespace eventdesk::domain
