// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/RetryPolicy.h"
#include "resilience/BreakerGate.h"
#include "services/ServicePort.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::messaging {

// How one outbox message fared in one go, reported after it is recorded in the store.
struct DeliveryReport
{
    enum class Kind
    {
        Delivered,      // the service answered 2xx; the message is done
        RetryScheduled, // a retryable failure; tried again at nextAttemptAt
        ShortCircuited, // the breaker was open: no call, no attempt used; again at nextAttemptAt
        DeadLettered,   // a permanent failure or retries exhausted: parked as deadLetterId
    };

    Kind kind = Kind::Delivered;
    QUuid messageId;
    qint64 outboxId = 0;
    QString service;
    QString orderingKey;
    ServiceCall call;         // empty when the payload was not a service call
    CallResult result;        // the service's answer (none for ShortCircuited)
    int attempts = 0;         // calls that reached the service, this one included
    qint64 nextAttemptAt = 0; // RetryScheduled, ShortCircuited
    qint64 deadLetterId = 0;  // DeadLettered
    QString error;            // RetryScheduled, ShortCircuited, DeadLettered: why
    qint64 at = 0;            // when (the store's clock, UTC ms)
};
// "delivered", "retry_scheduled", "short_circuited", "dead_lettered"
QString deliveryKindName(DeliveryReport::Kind kind);

// Called on the dispatcher's thread once the report's outcome is committed; keep it short
// (append an event, post to another thread). The saga engine records its step's outcome
// from here. A crash can fall between the commit and the call: after a restart, read how a
// message ended with findOutboxMessage() (Outbox.h).
using DeliveryObserver = std::function<void(const DeliveryReport &)>;

struct DispatcherOptions
{
    RetryPolicies retry = RetryPolicies::defaults();
    int batchSize = 1024;    // messages claimed in one transaction at most
    int maxInFlight = 4096;  // claimed and not yet recorded as done
    int maxChain = 64;       // messages of one ordering key claimed together, sent in turn
    qint64 leaseMs = 60'000; // a claim's life; renewed while the dispatcher works on it
    // How often to look for messages other processes wrote (this process's own appends
    // wake the dispatcher at once). 0: only then and on wake().
    qint64 pollIntervalMs = 1'000;
    qint64 callTimeoutMs = 120'000; // a call with no answer by then counts as a retryable failure
    qint64 stopTimeoutMs = 5'000;   // stop() waits this long for calls under way
    int maxResponseBytes = 4'096;   // of a response body kept with the message
    QString ownerId;                // the claim's owner; empty: host, process id and a random part
    // Draws the jitter, in [0, 1). Empty: a generator seeded with `seed` (random when unset).
    std::function<double()> random;
    std::optional<quint32> seed;
};

struct DispatcherStats
{
    qint64 delivered = 0;
    qint64 retriesScheduled = 0;
    qint64 shortCircuited = 0;
    qint64 deadLettered = 0;
    qint64 claimed = 0;
    qint64 transactions = 0; // write transactions of the dispatcher
    qint64 failedWrites = 0; // transactions that failed (retried after a second)
    qint64 lostClaims = 0;   // outcomes not recorded because another process took the claim over
};

// Delivers outbox messages to the services, at least once, in order per ordering key, on a
// thread of its own with an event loop (adapters answer asynchronously). Each message goes
// through the breaker gate, then its service's adapter; failures are retried by the
// service's RetryPolicy; what cannot be delivered is parked in dead letters. Rows are
// claimed with a lease so that several processes can share one store. Claims and outcomes
// are written together, many messages a transaction. docs/MESSAGING.md has the details.
class Dispatcher final : public QObject
{
    Q_OBJECT
public:
    // Called on the dispatcher's thread when it starts; what they make lives and dies there
    // (the HTTP adapter's network objects must). The gate factory may be empty: no breaker.
    using DirectoryFactory = std::function<std::unique_ptr<ServiceDirectory>()>;
    using GateFactory = std::function<std::unique_ptr<BreakerGate>()>;

    Dispatcher(SqliteEventStore &store, DirectoryFactory directory, GateFactory gate = {},
               DispatcherOptions options = {});
    // Not owning: directory and gate (may be null) must outlive the dispatcher and are used
    // on its thread only.
    Dispatcher(SqliteEventStore &store, ServiceDirectory &directory, BreakerGate *gate,
               DispatcherOptions options = {});
    ~Dispatcher() override; // stops
    Q_DISABLE_COPY_MOVE(Dispatcher)

    // Observers are added before start().
    void addObserver(DeliveryObserver observer);

    void start();
    // Stops claiming, waits up to stopTimeoutMs for calls under way, records their outcomes,
    // gives back the claims of messages not yet sent, and ends the thread. A call that is
    // still unanswered keeps its claim until the lease runs out.
    void stop();
    bool isRunning() const;

    // Look for due messages now (after the clock moved, a breaker closed, a dead letter was
    // retried by another process…).
    void wake();
    // Looks now, then waits until nothing is left that could go out now: every due message
    // delivered, dead-lettered or waiting for a backoff, an open breaker or another
    // process's claim. False when timeoutMs passed first (calls still under way).
    bool runUntilIdle(int timeoutMs);

    DispatcherStats stats() const;
    QString ownerId() const;
    const DispatcherOptions &options() const;

Q_SIGNALS:
    // The observer's report as a signal, queued to receivers on other threads.
    void settled(const eventdesk::messaging::DeliveryReport &report);

public:
    struct Shared;
    class Worker;

private:
    bool reportsWanted() const;
    void emitSettled(const DeliveryReport &report);

    SqliteEventStore &m_store;
    DirectoryFactory m_directoryFactory;
    GateFactory m_gateFactory;
    std::shared_ptr<Shared> m_shared;
};

} // namespace eventdesk::messaging

Q_DECLARE_METATYPE(eventdesk::messaging::DeliveryReport)
