// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RequestAggregate.h"

#include "store/Event.h"

namespace eventdesk::domain {

std::optional<RequestAggregate> RequestAggregate::forWorkflow(QStringView workflow)
{
    if (workflow == PurchaseWorkflow)
        return RequestAggregate(workflow.toString(), PurchaseState{});
    if (workflow == ExpenseWorkflow)
        return RequestAggregate(workflow.toString(), ExpenseState{});
    if (workflow == OrderWorkflow)
        return RequestAggregate(workflow.toString(), OrderState{});
    if (workflow == TransferWorkflow)
        return RequestAggregate(workflow.toString(), TransferState{});
    return std::nullopt;
}

QString RequestAggregate::workflowOfStream(QStringView streamId)
{
    const qsizetype dash = streamId.indexOf(u'-');
    return dash <= 0 ? QString() : streamId.left(dash).toString();
}

void RequestAggregate::apply(const DomainEvent &event)
{
    std::visit([&](auto &s) { s = evolve(std::move(s), event); }, m_state);
}

void RequestAggregate::apply(const RecordedEvent &event)
{
    apply(DomainEvent::from(event));
}

Decision RequestAggregate::decide(const RequestCommand &command,
                                  const workflow::Definition &definition) const
{
    return std::visit([&](const auto &s) { return domain::decide(command, s, definition); },
                      m_state);
}

RequestStatus RequestAggregate::status() const
{
    return std::visit([](const auto &s) { return s.status; }, m_state);
}

QString RequestAggregate::step() const
{
    return std::visit(
        [](const auto &s) -> QString {
            if constexpr (std::is_same_v<std::decay_t<decltype(s)>, TransferState>)
                return {};
            else
                return s.step;
        },
        m_state);
}

qint64 RequestAggregate::stepSinceMs() const
{
    return std::visit(
        [](const auto &s) -> qint64 {
            if constexpr (std::is_same_v<std::decay_t<decltype(s)>, TransferState>)
                return s.request.submittedAtMs;
            else
                return s.stepSinceMs;
        },
        m_state);
}

const RequestInfo &RequestAggregate::request() const
{
    return std::visit([](const auto &s) -> const RequestInfo & { return s.request; }, m_state);
}

QStringList RequestAggregate::offeredActions(const workflow::Definition &definition,
                                             const Actor &actor) const
{
    QStringList actions;
    if (!exists() || isFinal(status()))
        return actions;
    const workflow::StepSpec *current = definition.step(step());
    if (!current)
        return actions;
    for (const workflow::ActionSpec &a : current->actions)
        if (a.performers.admits(actor.name, actor.roles, request().requester))
            actions.append(a.name);
    return actions;
}

QJsonObject RequestAggregate::toJson() const
{
    return std::visit([](const auto &s) { return s.toJson(); }, m_state);
}

} // namespace eventdesk::domain
