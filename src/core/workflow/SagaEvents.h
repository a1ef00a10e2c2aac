// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace eventdesk::workflow {

// The saga engine's own record. Each saga instance is its own stream, `$saga-` followed
// by the request's stream id (`$saga-purchase-7f3a…`). It records the saga's progress,
// never a copy of a business fact: PaymentAuthorized is in the request's stream, the
// saga stream says that its `payment` step started and completed.
//
// Payload keys are camelCase; every payload has `at` (UTC ms, from the engine's clock).
// The projections (src/core/projections) and the console's saga page read these events,
// so their names and keys are a contract: change them only with an upcaster.
namespace SagaEvents {
// {request, workflow, definitionVersion, coordination ("orchestrated"|"choreographed")}
inline constexpr QLatin1String SagaStarted{"SagaStarted"};
// A service step's call went into the outbox:
// {step, service, operation, messageId, idempotencyKey}
inline constexpr QLatin1String SagaStepStarted{"SagaStepStarted"};
// {step, messageId}: the request's stream holds the business fact (PaymentAuthorized…).
// A handler that calls no service (a transfer's audit entry) records it without messageId
inline constexpr QLatin1String SagaStepCompleted{"SagaStepCompleted"};
// The step failed for good (a permanent error, or retries exhausted):
// {step, messageId, cause, deadLetterId (when parked)}
inline constexpr QLatin1String SagaStepFailed{"SagaStepFailed"};
// A dead letter of the saga was retried and the saga goes on: {step, messageId (the
// re-queued message), deadLetterId}; `compensation: true` when the dead letter was a
// compensating call
inline constexpr QLatin1String SagaStepResumed{"SagaStepResumed"};
// Compensation begins: {reason, steps: [step ids to undo, latest first]}. Once more, with
// only the new steps, when an effect turns up later (a payment that succeeded after the
// request had failed, e.g. from a retried dead letter)
inline constexpr QLatin1String SagaCompensating{"SagaCompensating"};
// A compensating call went into the outbox: {step, service, operation, messageId, idempotencyKey}
inline constexpr QLatin1String SagaCompensationStarted{"SagaCompensationStarted"};
// {step, messageId}; for an approval step, which the request's decider undid by its own
// revocation event: {step, undoneBy: that event's type} and no messageId
inline constexpr QLatin1String SagaCompensationCompleted{"SagaCompensationCompleted"};
// {step, messageId, cause}
inline constexpr QLatin1String SagaCompensationFailed{"SagaCompensationFailed"};
// A step's deadline passed: {step, dueAt, to: [user names]}
inline constexpr QLatin1String DeadlineReminderSent{"DeadlineReminderSent"};
// {step, dueAt, to: [user names]}
inline constexpr QLatin1String DeadlineEscalated{"DeadlineEscalated"};
// The saga ended: {status: the request's final status word ("Completed", "Rejected",
// "Failed", "Cancelled", "Delivered")}. A saga resumed by a retried dead letter after it
// ended ends again, with another SagaCompleted
inline constexpr QLatin1String SagaCompleted{"SagaCompleted"};
// The saga itself could not go on (a compensation failed for good): {cause, step}
inline constexpr QLatin1String SagaFailed{"SagaFailed"};
} // namespace SagaEvents

// The saga stream of a request stream, and back.
inline constexpr QLatin1String SagaStreamPrefix{"$saga-"};
inline QString sagaStreamOf(QStringView requestStream)
{
    return QString(SagaStreamPrefix) + requestStream;
}
inline QString requestStreamOfSaga(QStringView sagaStream)
{
    return sagaStream.startsWith(SagaStreamPrefix)
               ? sagaStream.mid(SagaStreamPrefix.size()).toString()
               : QString();
}

// What `sagas` and the console show as a saga's status (fixed English words).
namespace SagaStatus {
inline constexpr QLatin1String Running{"running"};                       // a step is under way
inline constexpr QLatin1String WaitingForPerson{"waiting_for_person"};   // an approval or task
inline constexpr QLatin1String WaitingForService{"waiting_for_service"}; // retrying, breaker open
inline constexpr QLatin1String Compensating{"compensating"};
inline constexpr QLatin1String Completed{"completed"}; // ended, whatever the request's outcome
inline constexpr QLatin1String Failed{"failed"};       // a step or a compensation failed for good
} // namespace SagaStatus

} // namespace eventdesk::workflow
