// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

namespace eventdesk::domain {

// The event types of the workflows' own streams (`purchase-<uuid>`, ...). Facts are in
// the past tense; a compensation is named for what it undoes.
namespace WorkflowEvents {
// purchase
inline constexpr QLatin1String ApprovalRequested{"ApprovalRequested"};
inline constexpr QLatin1String FinanceApproved{"FinanceApproved"};
inline constexpr QLatin1String FinanceApprovalRevoked{"FinanceApprovalRevoked"};
inline constexpr QLatin1String PaymentAuthorized{"PaymentAuthorized"};
inline constexpr QLatin1String PaymentFailed{"PaymentFailed"};
inline constexpr QLatin1String PaymentVoided{"PaymentVoided"};
inline constexpr QLatin1String PaymentVoidFailed{"PaymentVoidFailed"};
// purchase and expense
inline constexpr QLatin1String ManagerApproved{"ManagerApproved"};
inline constexpr QLatin1String ManagerRejected{"ManagerRejected"};
inline constexpr QLatin1String ManagerApprovalRevoked{"ManagerApprovalRevoked"};
inline constexpr QLatin1String FinanceRejected{"FinanceRejected"};
// expense
inline constexpr QLatin1String ExpenseSubmitted{"ExpenseSubmitted"};
inline constexpr QLatin1String FinanceFinalized{"FinanceFinalized"};
inline constexpr QLatin1String FinanceFinalizationRevoked{"FinanceFinalizationRevoked"};
inline constexpr QLatin1String Reimbursed{"Reimbursed"};
inline constexpr QLatin1String ReimbursementFailed{"ReimbursementFailed"};
// order
inline constexpr QLatin1String OrderPlaced{"OrderPlaced"};
inline constexpr QLatin1String StockReserved{"StockReserved"};
inline constexpr QLatin1String StockReservationFailed{"StockReservationFailed"};
inline constexpr QLatin1String OrderPacked{"OrderPacked"};
inline constexpr QLatin1String OrderShipped{"OrderShipped"};
inline constexpr QLatin1String OrderDelivered{"OrderDelivered"};
inline constexpr QLatin1String OrderCancelled{"OrderCancelled"};
inline constexpr QLatin1String StockReleased{"StockReleased"};
inline constexpr QLatin1String StockReleaseFailed{"StockReleaseFailed"};
// transfer
inline constexpr QLatin1String TransferRequested{"TransferRequested"};
inline constexpr QLatin1String BalancesUpdated{"BalancesUpdated"};
inline constexpr QLatin1String BalanceUpdateFailed{"BalanceUpdateFailed"};
inline constexpr QLatin1String CustomerNotified{"CustomerNotified"};
inline constexpr QLatin1String CustomerNotificationFailed{"CustomerNotificationFailed"};
inline constexpr QLatin1String TransferAudited{"TransferAudited"};
inline constexpr QLatin1String TransferAuditFailed{"TransferAuditFailed"};
} // namespace WorkflowEvents

} // namespace eventdesk::domain
