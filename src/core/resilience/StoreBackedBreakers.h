// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resilience/BreakerGate.h"
#include "resilience/BreakerSettings.h"
#include "resilience/CircuitBreaker.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace eventdesk {
class Clock;
class SqliteEventStore;
namespace security {
struct SignedInUser;
} // namespace security
} // namespace eventdesk

namespace eventdesk::resilience {

// A breaker as one process sees it.
struct BreakerView
{
    QString service;
    BreakerMode mode = BreakerMode::Closed;
    qint64 changedAt = 0;
    qint64 openUntil = 0;      // Open: when probes may go
    WindowCounts counts;       // the closed window, or the probes while half-open
    qint64 streamVersion = -1; // of $health-<service> at the last flush or refresh
};

// What an administrator asks of a breaker (`services breaker NAME force-open|force-closed|auto`).
enum class BreakerOverride : quint8
{
    ForceOpen,
    ForceClosed,
    Auto
};
QLatin1String breakerOverrideName(BreakerOverride what); // "force-open", "force-closed", "auto"
std::optional<BreakerOverride> breakerOverrideFromName(QStringView name);

// Forces a breaker open or closed, or gives it back to the automatic rules, for every
// process using the store. Only an enabled administrator may (checked against the current
// $users, refused and recorded as AccessDenied otherwise); the transition is recorded in
// $health-<service> with the actor and the reason. Unknown service names are a validation
// error; asking for the mode the breaker is already in records nothing.
Status overrideBreaker(SqliteEventStore &store, const security::SignedInUser &actor,
                       const QString &service, BreakerOverride what, const QString &reason = {},
                       const BreakerSettings &settings = {});

// The circuit breakers the dispatcher asks before each call, shared by every process on a
// store. Calls are judged in memory (no I/O in beforeCall/afterCall); flush() writes what
// happened since the last flush — metric samples, windows, state — in one transaction,
// replaying this process's calls onto the breaker as the store holds it, and appends each
// transition that decided as an event. Then this process adopts the shared breaker, so one
// opened by another process is seen here at the next flush (or refresh()).
// Thread-safe; flush() and refresh() wait for the store, so not on the GUI thread.
class StoreBackedBreakers final : public BreakerGate
{
public:
    // Reads the shared breakers once (refresh()); an error there is reported again by the
    // first flush().
    explicit StoreBackedBreakers(SqliteEventStore &store, BreakerSettings settings = {});
    ~StoreBackedBreakers() override;
    Q_DISABLE_COPY_MOVE(StoreBackedBreakers)

    Decision beforeCall(const QString &service) override;
    void afterCall(const QString &service, bool failed, qint64 latencyMs) override;
    void shortCircuited(const QString &service) override;
    qint64 nextPermitAt(const QString &service) override;
    Status flush() override;

    // Adopts the breakers as the store holds them, without writing (calls not yet flushed
    // are applied on top).
    Status refresh();
    // overrideBreaker() for this store, then refresh().
    Status setOverride(const security::SignedInUser &actor, const QString &service,
                       BreakerOverride what, const QString &reason = {});

    BreakerView view(const QString &service) const;
    const BreakerSettings &settings() const { return m_settings; }

private:
    enum class Kind : quint8
    {
        Permit,
        ShortCircuit,
        Success,
        Failure
    };
    struct LogEntry
    {
        qint64 at;
        qint32 latencyMs;
        Kind kind;
    };
    struct Local
    {
        CircuitBreaker breaker;
        std::vector<LogEntry> log;       // calls since the last flush, in order
        int unreportedShortCircuits = 0; // beforeCall refusals shortCircuited() may confirm
        qint64 streamVersion = -1;
    };
    Local &local(const QString &service); // m_mutex held
    static void replay(CircuitBreaker &breaker, const std::vector<LogEntry> &entries,
                       QList<BreakerTransition> *transitions);
    void adopt(const QString &service, const BreakerState &state, qint64 streamVersion);

    SqliteEventStore &m_store;
    const BreakerSettings m_settings;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Local> m_locals;
    // The service asked last: a dispatcher's batch mostly goes to one service, so most
    // calls skip the hash lookup. Reset whenever m_locals grows (inserting moves values).
    QString m_lastService;
    Local *m_lastLocal = nullptr;
};

} // namespace eventdesk::resilience
