// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/Dispatcher.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "workflow/SagaDefinitions.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::workflow {

struct SagaEngineOptions
{
    // "Now" for deadlines and the events' `at`; null: the store's clock.
    std::shared_ptr<const Clock> clock;
    // The definitions requests run on; empty: storeDefinitions(store).
    DefinitionSource definitions;
    // The engine's checkpoint in the checkpoints table; each choreographed handler has
    // its own (`<name>/<workflow>/<step>`).
    QString checkpointName = QStringLiteral("saga-engine");
};

// What one pass did.
struct SagaPassReport
{
    int appended = 0;                     // appends that wrote something (saga events, outcomes)
    int reconciled = 0;                   // sagas looked at
    int waitingForService = 0;            // sagas with a call in the outbox that has not ended
    std::optional<qint64> nextDeadlineAt; // the earliest reminder or escalation to come
    QStringList problems;                 // sagas that could not go on in this pass, and why
};

// The saga engine: a reconciler. Each pass follows the request categories (purchase,
// expense, order, transfer) and $deadletters from its checkpoint, and looks again at
// every saga that is not over yet; for each it loads the request and the saga stream and
// does what comes next: start the saga, put a step's call in the outbox together with
// SagaStepStarted, record how a call ended (in the request's stream through its decider,
// then in the saga's), compensate completed steps in reverse order, send reminders and
// escalations when deadlines pass, end the saga. Choreographed workflows (transfer) are
// carried out by independent handlers with checkpoints of their own, run in the same pass.
//
// Every decision is derived from the stored events and outbox rows, and every event id
// from what it records, so a pass repeated after a crash (or by a second process) writes
// nothing twice. Not thread-safe: one thread runs passes; noteDelivery() may be called
// from any thread (the dispatcher's observer). docs/SAGAS.md describes it.
class SagaEngine final
{
public:
    explicit SagaEngine(SqliteEventStore &store, SagaEngineOptions options = {});
    ~SagaEngine();
    Q_DISABLE_COPY_MOVE(SagaEngine)

    // One pass on the calling thread.
    Result<SagaPassReport> runOnce();
    // Brings one saga up to date at once (what a pass does for it).
    Result<int> reconcile(const QString &requestStream);

    // A message of a saga was delivered or parked: look at that saga in the next pass.
    // Thread-safe.
    void noteDelivery(const messaging::DeliveryReport &report);
    // noteDelivery as a dispatcher observer: dispatcher.addObserver(engine.observer()).
    messaging::DeliveryObserver observer();
    // Deliveries noted since the last pass began. Thread-safe.
    int pendingNotes() const;

    const Clock &clock() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace eventdesk::workflow
