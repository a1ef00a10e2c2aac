// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServicePort.h"
#include "services/ServiceSettings.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QRandomGenerator>

#include <memory>
#include <optional>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::services {

// The seed of the simulated services' failure draws when none is given: a fixed number,
// so a flaky service fails on the same calls in every run.
inline constexpr quint64 DefaultSimulatedSeed = 0x45764473'5eed0001ULL;
// The seed one service's adapter draws with: the base seed mixed with the service's name,
// so the four services do not fail in step.
quint64 simulatedSeedFor(quint64 baseSeed, const QString &service);

// What the simulated services did for one idempotency key, as the store keeps it.
struct EffectRecord
{
    QString service;
    QString idempotencyKey;
    QString operation;
    QString requestId;      // the body's requestId, when it had one
    qint64 calls = 0;       // every call that reached the service with this key
    qint64 effects = 0;     // 1 once the effect happened; a repeated key never adds one
    qint64 firstCallAt = 0; // UTC ms, from the store's clock
    qint64 effectedAt = 0;  // 0 while there is no effect
    qint64 lastCallAt = 0;
};

struct EffectTotals
{
    qint64 keys = 0;
    qint64 calls = 0;
    qint64 effects = 0;
};

// Reads what the simulated services did: tests prove exactly-once with it, across
// processes and crashes (the counts are rows of the store, written before a call answers).
class EffectLedger final
{
public:
    explicit EffectLedger(SqliteEventStore &store);

    Result<std::optional<EffectRecord>> find(const QString &service, const QString &key);
    // Every key of the service (every service when empty), oldest first.
    Result<QList<EffectRecord>> records(const QString &service = {});
    Result<EffectTotals> totals(const QString &service = {});
    // Effects for one business request over all keys: more than 1 means an effect
    // happened twice (the same step sent with two different keys).
    Result<qint64> effectsForRequest(const QString &service, const QString &operation,
                                     const QString &requestId);

private:
    SqliteEventStore &m_store;
};

// A service simulated in process, with fault injection: up, down, flaky (a seeded share
// of the calls fail), slow (each answer comes N ms later, by a timer: no thread waits).
// Like a payment provider honouring Idempotency-Key, it performs each key's effect once:
// a call whose key already took effect succeeds without a second effect, and a key used
// again with a different body is refused for good. The counts are written to the store
// before the call answers, calls of one event-loop turn together in one transaction.
// A slow call takes effect when it arrives and answers later, so a crash in between
// leaves an effect whose answer was lost: the retry with the same key must not repeat it.
// Lives on the thread that calls it, which must run an event loop.
class SimulatedAdapter final : public QObject, public ServiceAdapter
{
    Q_OBJECT
public:
    SimulatedAdapter(SqliteEventStore &store, QString service, FaultMode mode,
                     quint64 seed = DefaultSimulatedSeed, QObject *parent = nullptr);
    ~SimulatedAdapter() override;
    Q_DISABLE_COPY_MOVE(SimulatedAdapter)

    QString kind() const override;
    QFuture<CallResult> call(const ServiceCall &call) override;

    QString service() const { return m_service; }
    FaultMode mode() const { return m_mode; }
    // Takes effect for calls made from now on; calls under way finish as they began.
    void setMode(const FaultMode &mode);
    // Calls that have not answered yet.
    int pendingCalls() const { return m_pending; }

private:
    struct Pending;
    void flush();
    void answer(const std::shared_ptr<Pending> &call, CallResult result);

    SqliteEventStore &m_store;
    QString m_service;
    FaultMode m_mode;
    QRandomGenerator m_random;
    QList<std::shared_ptr<Pending>> m_queue; // waiting for the next write
    bool m_flushScheduled = false;
    int m_pending = 0;
};

} // namespace eventdesk::services
