// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Order.h"

#include "domain/DeciderSupport.h"
#include "domain/WorkflowEvents.h"
#include "workflow/DefinitionShapes.h"

#include <QCoreApplication>

namespace eventdesk::domain {

using namespace Qt::Literals::StringLiterals;
namespace Steps = workflow::Steps;
namespace Actions = workflow::Actions;
namespace E = WorkflowEvents;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::domain)
};

QString stockWord(OrderState::Stock stock)
{
    switch (stock) {
    case OrderState::Stock::Reserving:
        return u"reserving"_s;
    case OrderState::Stock::Reserved:
        return u"reserved"_s;
    case OrderState::Stock::ReservationFailed:
        return u"reservation_failed"_s;
    case OrderState::Stock::Released:
        return u"released"_s;
    case OrderState::Stock::ReleaseFailed:
        return u"release_failed"_s;
    }
    return {};
}

QJsonValue handlingJson(const std::optional<OrderState::Handling> &h)
{
    if (!h)
        return QJsonValue();
    QJsonObject o{{"by"_L1, h->by}, {"at"_L1, h->atMs}};
    if (!h->comment.isEmpty())
        o.insert("comment"_L1, h->comment);
    return o;
}

Decision act(const ActOnRequest &command, const OrderState &state,
             const workflow::Definition &definition)
{
    if (command.action == Actions::Cancel &&
        (state.status == RequestStatus::Shipped || state.status == RequestStatus::Delivered))
        return Error::validation(Text::tr("The order has already shipped; it can no longer be "
                                          "cancelled."));
    const support::Position position{definition, state.status, state.step, state.request.requester,
                                     [&](const QString &stepId) {
                                         if (stepId == Steps::Pack && state.packed)
                                             return state.packed->by;
                                         if (stepId == Steps::Ship && state.shipped)
                                             return state.shipped->by;
                                         return QString();
                                     }};
    auto action = support::checkAction(position, command);
    if (!action)
        return action.error();
    const QString &name = action->name;
    if (name == Actions::Cancel) {
        return QList<DomainEvent>{
            {QString(E::OrderCancelled), QJsonObject{{"step"_L1, state.step},
                                                     {"cancelledBy"_L1, command.actor.name},
                                                     {"reason"_L1, support::reasonOf(command)},
                                                     {"at"_L1, command.atMs}}}};
    }
    QLatin1String type;
    QLatin1String byKey;
    if (name == Actions::Pack) {
        if (state.stock != OrderState::Stock::Reserved)
            return Error::conflict(Text::tr("The stock for this order is not reserved yet; pack it "
                                            "once the inventory service has reserved it."));
        type = E::OrderPacked;
        byKey = "packedBy"_L1;
    } else if (name == Actions::Ship) {
        type = E::OrderShipped;
        byKey = "shippedBy"_L1;
    } else if (name == Actions::Deliver) {
        type = E::OrderDelivered;
        byKey = "deliveredBy"_L1;
    } else {
        return Error::internal(Text::tr("The order workflow cannot %1.").arg(name));
    }
    QJsonObject payload{{QString(byKey), command.actor.name}};
    support::addComment(payload, command.comment);
    if (!command.fields.isEmpty())
        payload.insert("fields"_L1, command.fields);
    payload.insert("at"_L1, command.atMs);
    return QList<DomainEvent>{{QString(type), payload}};
}

Decision outcome(const RecordStepOutcome &command, const OrderState &state,
                 const workflow::Definition &definition)
{
    auto step = support::checkOutcome(command, state.status, definition);
    if (!step)
        return step.error();
    using Stock = OrderState::Stock;
    const QJsonObject payload = support::outcomePayload(command);
    const bool ended =
        state.status == RequestStatus::Cancelled || state.status == RequestStatus::Failed;
    switch (command.outcome) {
    case StepOutcome::Succeeded:
        // A reservation that succeeds after the order ended is recorded all the same, so
        // that the saga releases it.
        if (state.stock != Stock::Reserving && state.stock != Stock::ReservationFailed)
            return QList<DomainEvent>{};
        return QList<DomainEvent>{{QString(E::StockReserved), payload}};
    case StepOutcome::Failed:
        if (state.stock == Stock::ReservationFailed)
            return QList<DomainEvent>{};
        if (state.stock != Stock::Reserving)
            return Error::conflict(Text::tr("The stock for this order is already reserved."));
        return QList<DomainEvent>{{QString(E::StockReservationFailed), payload}};
    case StepOutcome::Compensated:
        if (state.stock == Stock::Released)
            return QList<DomainEvent>{};
        if (state.stock != Stock::Reserved && state.stock != Stock::ReleaseFailed)
            return Error::conflict(
                Text::tr("No stock is reserved for this order; there is nothing to "
                         "release."));
        if (!ended)
            return Error::conflict(Text::tr("The order is still %1; its stock stays reserved.")
                                       .arg(statusName(state.status)));
        return QList<DomainEvent>{{QString(E::StockReleased), payload}};
    case StepOutcome::CompensationFailed:
        if (state.stock == Stock::ReleaseFailed)
            return QList<DomainEvent>{};
        if (state.stock != Stock::Reserved || !ended)
            return Error::conflict(Text::tr("No release of stock is under way for this order."));
        return QList<DomainEvent>{{QString(E::StockReleaseFailed), payload}};
    }
    return Error::internal(Text::tr("Unknown step outcome."));
}
} // namespace

bool OrderState::needsStockRelease() const
{
    return (stock == Stock::Reserved || stock == Stock::ReleaseFailed) &&
           (status == RequestStatus::Cancelled || status == RequestStatus::Failed);
}

QJsonObject OrderState::toJson() const
{
    QJsonObject o{{"status"_L1, statusName(status)},
                  {"step"_L1, step.isEmpty() ? QJsonValue() : QJsonValue(step)},
                  {"step_since"_L1, stepSinceMs}};
    request.addTo(o);
    o.insert("stock"_L1, stockWord(stock));
    if (!stockCause.isEmpty())
        o.insert("stock_failure"_L1, stockCause);
    o.insert("packed"_L1, handlingJson(packed));
    o.insert("shipped"_L1, handlingJson(shipped));
    o.insert("delivered"_L1, handlingJson(delivered));
    if (cancellation)
        o.insert("cancellation"_L1, cancellation->toJson());
    if (failure)
        o.insert("failure"_L1, failure->toJson());
    return o;
}

Decision decide(const RequestCommand &command, const OrderState &state,
                const workflow::Definition &definition)
{
    if (Status s = support::checkDefinition(definition, QString(OrderWorkflow)); !s)
        return s.error();
    if (const auto *submit = std::get_if<SubmitRequest>(&command)) {
        auto info =
            support::checkSubmission(*submit, state.status, definition, QString(OrderWorkflow));
        if (!info)
            return info.error();
        return QList<DomainEvent>{{QString(E::OrderPlaced), info->toPayload()}};
    }
    if (const auto *a = std::get_if<ActOnRequest>(&command))
        return act(*a, state, definition);
    return outcome(std::get<RecordStepOutcome>(command), state, definition);
}

OrderState evolve(OrderState state, const DomainEvent &event)
{
    using Stock = OrderState::Stock;
    const QJsonObject &p = event.payload;
    const qint64 at = support::atOf(p);
    const QString &type = event.type;
    // An order begins when it is placed (see approvalflow::evolve).
    if (!state.exists() && type != E::OrderPlaced)
        return state;
    auto moveTo = [&](RequestStatus status, const QString &step) {
        state.status = status;
        state.step = step;
        state.stepSinceMs = at;
    };
    auto handling = [&](QLatin1String byKey) {
        return OrderState::Handling{p.value(byKey).toString(), p.value("comment"_L1).toString(),
                                    at};
    };

    if (type == E::OrderPlaced) {
        state.request = RequestInfo::fromPayload(p);
        state.stock = Stock::Reserving;
        moveTo(RequestStatus::Pending, QString(Steps::Pack));
    } else if (type == E::StockReserved) {
        state.stock = Stock::Reserved;
        state.stockCause.clear();
    } else if (type == E::StockReservationFailed) {
        state.stock = Stock::ReservationFailed;
        state.stockCause = p.value("cause"_L1).toString();
        if (state.status == RequestStatus::Pending) {
            state.failure = Failure{QString(Steps::ReserveStock), state.stockCause, at};
            moveTo(RequestStatus::Failed, QString());
        }
    } else if (type == E::OrderPacked) {
        state.packed = handling("packedBy"_L1);
        moveTo(RequestStatus::Packed, QString(Steps::Ship));
    } else if (type == E::OrderShipped) {
        state.shipped = handling("shippedBy"_L1);
        moveTo(RequestStatus::Shipped, QString(Steps::Deliver));
    } else if (type == E::OrderDelivered) {
        state.delivered = handling("deliveredBy"_L1);
        moveTo(RequestStatus::Delivered, QString());
    } else if (type == E::OrderCancelled) {
        state.cancellation =
            Rejection{p.value("step"_L1).toString(), p.value("cancelledBy"_L1).toString(),
                      p.value("reason"_L1).toString(), at};
        moveTo(RequestStatus::Cancelled, QString());
    } else if (type == E::StockReleased) {
        state.stock = Stock::Released;
        state.stockCause.clear();
    } else if (type == E::StockReleaseFailed) {
        state.stock = Stock::ReleaseFailed;
        state.stockCause = p.value("cause"_L1).toString();
    }
    return state;
}

} // namespace eventdesk::domain
