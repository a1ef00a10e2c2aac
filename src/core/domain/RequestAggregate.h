// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expense.h"
#include "domain/Order.h"
#include "domain/Purchase.h"
#include "domain/Transfer.h"

#include <QStringList>
#include <QStringView>

#include <optional>
#include <variant>

namespace eventdesk {
struct RecordedEvent;
}

namespace eventdesk::domain {

// Any workflow's request, for code that handles all four alike (the command layer, the
// saga engine, `state`): it holds the state of the request's workflow and forwards to
// that workflow's decide() and evolve().
class RequestAggregate final
{
public:
    using AnyState = std::variant<PurchaseState, ExpenseState, OrderState, TransferState>;

    // An empty request of the workflow; nullopt for a name no decider carries out.
    static std::optional<RequestAggregate> forWorkflow(QStringView workflow);
    // The workflow of a request stream: its category ("purchase" of "purchase-7f3a...").
    static QString workflowOfStream(QStringView streamId);

    const QString &workflow() const { return m_workflow; }
    const AnyState &state() const { return m_state; }

    void apply(const DomainEvent &event);
    void apply(const RecordedEvent &event);
    Decision decide(const RequestCommand &command, const workflow::Definition &definition) const;

    bool exists() const { return status() != RequestStatus::None; }
    RequestStatus status() const;
    QString step() const; // empty when no step is current
    qint64 stepSinceMs() const;
    const RequestInfo &request() const;
    // The actions the definition offers the actor at the current step, as they could be
    // given to decide() (an offered action may still be refused, e.g. a second approval
    // by the same person).
    QStringList offeredActions(const workflow::Definition &definition, const Actor &actor) const;
    QJsonObject toJson() const; // the "state" object of `state --json`

private:
    RequestAggregate(QString workflow, AnyState state)
        : m_workflow(std::move(workflow))
        , m_state(std::move(state))
    {}

    QString m_workflow;
    AnyState m_state;
};

} // namespace eventdesk::domain
