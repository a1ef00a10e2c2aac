// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainEvent.h"
#include "domain/RequestCommands.h"
#include "domain/RequestState.h"
#include "workflow/Definition.h"

#include <QLatin1String>
#include <QString>

#include <optional>

namespace eventdesk::domain {

// An order: OrderPlaced (Pending; the saga reserves the stock: StockReserved) -> OrderPacked
// (Packed) -> OrderShipped (Shipped) -> OrderDelivered (Delivered), each by a warehouse
// user. Until it ships, its submitter or a manager may cancel it: OrderCancelled
// (Cancelled), after which the saga releases the reserved stock (StockReleased). A
// reservation that fails for good ends it Failed.
struct OrderState
{
    enum class Stock : quint8
    {
        Reserving,         // the reservation is under way
        Reserved,          // StockReserved
        ReservationFailed, // StockReservationFailed
        Released,          // StockReleased
        ReleaseFailed,     // StockReleaseFailed
    };

    // Who did a warehouse step, when, with which comment.
    struct Handling
    {
        QString by;
        QString comment;
        qint64 atMs = 0;
    };

    RequestStatus status = RequestStatus::None;
    QString step; // pack, ship, deliver; empty once the order has ended
    qint64 stepSinceMs = 0;
    RequestInfo request;
    Stock stock = Stock::Reserving;
    QString stockCause; // why the reservation or release failed
    std::optional<Handling> packed;
    std::optional<Handling> shipped;
    std::optional<Handling> delivered;
    std::optional<Rejection> cancellation;
    std::optional<Failure> failure;

    bool exists() const { return status != RequestStatus::None; }
    // Whether the saga still has to release reserved stock (the order ended without
    // being delivered).
    bool needsStockRelease() const;
    // The "state" object of `state --json`; `stock` is "reserving", "reserved",
    // "reservation_failed", "released" or "release_failed".
    QJsonObject toJson() const;
};

inline constexpr QLatin1String OrderWorkflow{"order"};

Decision decide(const RequestCommand &command, const OrderState &state,
                const workflow::Definition &definition);
OrderState evolve(OrderState state, const DomainEvent &event);

} // namespace eventdesk::domain
