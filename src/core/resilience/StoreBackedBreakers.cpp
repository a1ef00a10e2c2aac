// SPDX-License-Identifier: GPL-3.0-or-later
#include "resilience/StoreBackedBreakers.h"

#include "resilience/BreakerEvents.h"
#include "resilience/BreakerTable.h"
#include "security/AccessControl.h"
#include "security/Users.h"
#include "services/ServicePort.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <tuple>

namespace eventdesk::resilience {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Breakers)
};

// The outcome column of breaker_samples.
enum SampleOutcome : int
{
    SampleSuccess = 0,
    SampleFailure = 1,
    SampleShortCircuited = 2
};

// Samples are kept per second: calls of one second with the same outcome and latency
// share a row (with a count), so busy services cost few rows and percentiles stay exact.
constexpr qint64 SampleBucketMs = 1000;

using SampleKey = std::tuple<QString, qint64, int, qint64>; // service, bucket, outcome, latency
} // namespace

QLatin1String breakerOverrideName(BreakerOverride what)
{
    switch (what) {
    case BreakerOverride::ForceOpen:
        return "force-open"_L1;
    case BreakerOverride::ForceClosed:
        return "force-closed"_L1;
    case BreakerOverride::Auto:
        return "auto"_L1;
    }
    return "auto"_L1;
}

std::optional<BreakerOverride> breakerOverrideFromName(QStringView name)
{
    for (BreakerOverride w :
         {BreakerOverride::ForceOpen, BreakerOverride::ForceClosed, BreakerOverride::Auto})
        if (name == breakerOverrideName(w))
            return w;
    return std::nullopt;
}

Status overrideBreaker(SqliteEventStore &store, const security::SignedInUser &actor,
                       const QString &service, BreakerOverride what, const QString &reason,
                       const BreakerSettings &settings)
{
    const QString operation =
        Text::tr("set the %1 breaker to %2").arg(service, breakerOverrideName(what));
    // Checked against the users as they are now, not as they were at sign-in.
    auto users = security::loadUserDirectory(store);
    if (!users)
        return users.error();
    const security::User *acting = users->find(actor.name);
    if (!acting || !acting->isEnabledAdmin())
        return security::recordAccessDenied(store, actor.name, operation,
                                            Text::tr("the admin role is required"),
                                            healthStream(service));
    if (!knownServices().contains(service))
        return Error::validation(Text::tr("There is no service named \"%1\"; the services are %2.")
                                     .arg(service, knownServices().join(u", "_s)));

    const qint64 now = store.options().effectiveClock().nowMs();
    EventMetadata meta;
    meta.actor = actor.name;
    meta.reason = reason;
    meta.host = detail::systemMetadata().host;
    auto saved = std::make_shared<std::optional<detail::BreakerRow>>();
    const Status s =
        store
            .runWrite([service, what, settings, now, meta, saved](QSqlDatabase &db) -> Status {
                auto row = detail::loadRow(db, service, settings);
                if (!row)
                    return row.error();
                if (auto r = detail::reconcile(db, row.value()); !r)
                    return r;
                CircuitBreaker breaker(settings.configFor(service), row->state);
                std::optional<BreakerTransition> t;
                switch (what) {
                case BreakerOverride::ForceOpen:
                    t = breaker.forceOpen(now);
                    break;
                case BreakerOverride::ForceClosed:
                    t = breaker.forceClosed(now);
                    break;
                case BreakerOverride::Auto:
                    t = breaker.release(now);
                    break;
                }
                if (!t && row->pending.isEmpty())
                    return success(); // already so: nothing to record
                row->state = breaker.state();
                if (t)
                    detail::addTransition(row.value(), *t, meta);
                if (auto w = detail::saveRow(db, row.value(), now); !w)
                    return w;
                *saved = std::move(row).value();
                return success();
            })
            .result();
    if (!s)
        return s;
    if (!saved->has_value())
        return success();
    auto recorded = detail::recordPending(store, {saved->value()}, settings);
    if (!recorded)
        return recorded.error();
    return success();
}

// ---- StoreBackedBreakers -----------------------------------------------------------------

StoreBackedBreakers::StoreBackedBreakers(SqliteEventStore &store, BreakerSettings settings)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_clock(store.options().effectiveClock())
{
    // A failure here (the store is busy) shows again at the first flush; until then the
    // breakers start closed, as they would on a new store.
    (void)refresh();
}

StoreBackedBreakers::~StoreBackedBreakers() = default;

StoreBackedBreakers::Local &StoreBackedBreakers::local(const QString &service)
{
    if (m_lastLocal && m_lastService == service)
        return *m_lastLocal;
    auto it = m_locals.find(service);
    if (it == m_locals.end())
        it = m_locals.insert(service,
                             Local{CircuitBreaker(m_settings.configFor(service)), {}, 0, -1});
    m_lastService = service;
    m_lastLocal = &it.value();
    return it.value();
}

BreakerGate::Decision StoreBackedBreakers::beforeCall(const QString &service)
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    Local &l = local(service);
    const CircuitBreaker::Acquisition a = l.breaker.tryAcquire(now);
    if (a.permitted()) {
        l.log.push_back({now, 0, Kind::Permit});
        return Decision::Permit;
    }
    l.log.push_back({now, 0, Kind::ShortCircuit});
    ++l.unreportedShortCircuits;
    return Decision::ShortCircuit;
}

void StoreBackedBreakers::afterCall(const QString &service, bool failed, qint64 latencyMs)
{
    const qint64 now = m_clock.nowMs();
    const auto latency =
        qint32(std::clamp<qint64>(latencyMs, 0, std::numeric_limits<qint32>::max()));
    QMutexLocker lock(&m_mutex);
    Local &l = local(service);
    l.breaker.onOutcome(failed, latency, now);
    l.log.push_back({now, latency, failed ? Kind::Failure : Kind::Success});
}

void StoreBackedBreakers::shortCircuited(const QString &service)
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    Local &l = local(service);
    if (l.unreportedShortCircuits > 0) {
        --l.unreportedShortCircuits; // beforeCall counted it already
        return;
    }
    l.log.push_back({now, 0, Kind::ShortCircuit});
}

qint64 StoreBackedBreakers::nextPermitAt(const QString &service)
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    return local(service).breaker.nextPermitAt(now);
}

BreakerView StoreBackedBreakers::view(const QString &service) const
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    BreakerView v;
    v.service = service;
    const auto it = m_locals.constFind(service);
    if (it == m_locals.constEnd())
        return v;
    CircuitBreaker copy = it->breaker; // counts() lets old time slices expire
    v.mode = copy.mode();
    v.changedAt = copy.state().changedAt;
    v.openUntil = copy.state().openUntil;
    v.counts = copy.counts(now);
    v.streamVersion = it->streamVersion;
    return v;
}

void StoreBackedBreakers::replay(CircuitBreaker &breaker, const std::vector<LogEntry> &entries,
                                 QList<BreakerTransition> *transitions)
{
    for (const LogEntry &e : entries) {
        // A call from before the breaker's last change (decided by another process in the
        // meantime) says nothing about its present mode.
        if (e.at < breaker.state().changedAt)
            continue;
        std::optional<BreakerTransition> t;
        switch (e.kind) {
        case Kind::Permit:
            t = breaker.tryAcquire(e.at).transition;
            break;
        case Kind::ShortCircuit:
            break; // a refusal changes nothing; it only counts in the metrics
        case Kind::Success:
        case Kind::Failure:
            t = breaker.onOutcome(e.kind == Kind::Failure, e.latencyMs, e.at);
            break;
        }
        if (t && transitions)
            transitions->append(*t);
    }
}

void StoreBackedBreakers::adopt(const QString &service, const BreakerState &state,
                                qint64 streamVersion)
{
    QMutexLocker lock(&m_mutex);
    Local &l = local(service);
    l.breaker = CircuitBreaker(m_settings.configFor(service), state);
    // Calls made while the store was being written go on top; they are flushed next time.
    replay(l.breaker, l.log, nullptr);
    l.streamVersion = streamVersion;
}

Status StoreBackedBreakers::refresh()
{
    auto rows = detail::loadRows(m_store.readDatabase(), m_settings);
    if (!rows)
        return rows.error();
    for (const detail::BreakerRow &row : std::as_const(rows.value()))
        adopt(row.service, row.state, row.streamVersion);
    return success();
}

Status StoreBackedBreakers::setOverride(const security::SignedInUser &actor, const QString &service,
                                        BreakerOverride what, const QString &reason)
{
    const Status s = overrideBreaker(m_store, actor, service, what, reason, m_settings);
    if (!s)
        return s;
    return refresh();
}

Status StoreBackedBreakers::flush()
{
    const qint64 now = m_clock.nowMs();
    using Logs = QHash<QString, std::vector<LogEntry>>;
    auto taken = std::make_shared<Logs>();
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_locals.begin(); it != m_locals.end(); ++it) {
            if (!it->log.empty())
                (*taken)[it.key()].swap(it->log);
            it->unreportedShortCircuits = 0;
        }
    }

    // The metric samples, one row per second, outcome and latency.
    std::map<SampleKey, qint64> samples;
    for (auto it = taken->cbegin(); it != taken->cend(); ++it) {
        for (const LogEntry &e : it.value()) {
            if (e.kind == Kind::Permit)
                continue;
            const qint64 bucket = e.at - e.at % SampleBucketMs;
            const int outcome = e.kind == Kind::Success   ? SampleSuccess
                                : e.kind == Kind::Failure ? SampleFailure
                                                          : SampleShortCircuited;
            ++samples[SampleKey{it.key(), bucket, outcome, e.latencyMs}];
        }
    }

    const BreakerSettings settings = m_settings;
    const qint64 pruneBefore = now - settings.sampleRetentionMs;
    auto rows = std::make_shared<QHash<QString, detail::BreakerRow>>();
    const Status written =
        m_store
            .runWrite([taken, samples = std::move(samples), settings, now, pruneBefore,
                       rows](QSqlDatabase &db) -> Status {
                if (!samples.empty()) {
                    QSqlQuery insert(db);
                    if (!insert.prepare(
                            u"INSERT INTO breaker_samples (bucket, service, outcome, latency_ms, "
                            "calls) VALUES (?, ?, ?, ?, ?) ON CONFLICT (bucket, service, outcome, "
                            "latency_ms) DO UPDATE SET calls = calls + excluded.calls"_s))
                        return sqlite::describe(insert.lastError(), db.databaseName(),
                                                Text::tr("record breaker samples"));
                    for (const auto &[key, count] : samples) {
                        insert.bindValue(0, std::get<1>(key));
                        insert.bindValue(1, std::get<0>(key));
                        insert.bindValue(2, std::get<2>(key));
                        insert.bindValue(3, std::get<3>(key));
                        insert.bindValue(4, count);
                        if (!insert.exec())
                            return sqlite::describe(insert.lastError(), db.databaseName(),
                                                    Text::tr("record breaker samples"));
                    }
                }
                if (auto p = sqlite::execStatus(
                        db, u"DELETE FROM breaker_samples WHERE bucket < ?"_s, {pruneBefore});
                    !p)
                    return p;

                auto all = detail::loadRows(db, settings);
                if (!all)
                    return all.error();
                QStringList services = taken->keys();
                for (auto it = all->cbegin(); it != all->cend(); ++it)
                    if (!it->pending.isEmpty() && !services.contains(it.key()))
                        services.append(it.key());
                for (const QString &service : std::as_const(services)) {
                    const CircuitBreakerConfig &config = settings.configFor(service);
                    detail::BreakerRow row = all->contains(service)
                                                 ? all->value(service)
                                                 : detail::freshRow(service, config);
                    if (auto r = detail::reconcile(db, row); !r)
                        return r;
                    if (const auto log = taken->constFind(service); log != taken->constEnd()) {
                        CircuitBreaker breaker(config, row.state);
                        QList<BreakerTransition> transitions;
                        replay(breaker, log.value(), &transitions);
                        row.state = breaker.state();
                        if (!transitions.isEmpty()) {
                            const EventMetadata meta = detail::systemMetadata();
                            for (const BreakerTransition &t : std::as_const(transitions))
                                detail::addTransition(row, t, meta);
                        }
                    }
                    if (auto w = detail::saveRow(db, row, now); !w)
                        return w;
                    all->insert(service, std::move(row));
                }
                *rows = std::move(all).value();
                return success();
            })
            .result();
    if (!written) {
        // Nothing was stored: the calls go back in front of those made meanwhile.
        QMutexLocker lock(&m_mutex);
        for (auto it = taken->begin(); it != taken->end(); ++it) {
            Local &l = local(it.key());
            it->insert(it->end(), l.log.begin(), l.log.end());
            l.log.swap(it.value());
        }
        return written;
    }

    QList<detail::BreakerRow> withPending;
    for (const detail::BreakerRow &row : std::as_const(*rows))
        if (!row.pending.isEmpty())
            withPending.append(row);
    Status status = success();
    if (!withPending.isEmpty()) {
        auto recorded = detail::recordPending(m_store, withPending, m_settings);
        if (recorded) {
            for (const detail::BreakerRow &row : std::as_const(recorded.value()))
                rows->insert(row.service, row);
        } else {
            // The state is stored; its events stay pending and go with the next flush.
            status = recorded.error();
        }
    }
    for (const detail::BreakerRow &row : std::as_const(*rows))
        adopt(row.service, row.state, row.streamVersion);
    return status;
}

} // namespace eventdesk::resilience
