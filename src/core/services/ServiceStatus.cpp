// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceStatus.h"

#include "resilience/HealthMetrics.h"
#include "services/ServicePort.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>

namespace eventdesk::services {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("eventdesk::services", text);
}
} // namespace

QJsonObject ServiceStatus::toJson() const
{
    return QJsonObject{
        {"name"_L1, settings.name},
        {"adapter"_L1, settings.adapter},
        {"url"_L1, settings.isHttp() ? QJsonValue(settings.url) : QJsonValue()},
        {"mode"_L1, settings.mode.toText()},
        {"timeout_ms"_L1, settings.timeoutMs},
        {"breaker"_L1, breaker},
        {"calls"_L1, calls},
        {"failures"_L1, failures},
        {"short_circuited"_L1, shortCircuited},
        {"failure_rate"_L1, failureRate},
        {"p50_ms"_L1, p50Ms},
        {"p95_ms"_L1, p95Ms},
        {"p99_ms"_L1, p99Ms},
        {"queued"_L1, queued},
        {"window_ms"_L1, StatusWindowMs},
    };
}

Result<QHash<QString, qint64>> queuedMessages(SqliteEventStore &store)
{
    QSqlDatabase &db = store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(tr("The store %1 cannot be read.").arg(store.location()));
    // status 'pending' (003_messaging.sql): waiting, backing off or being delivered; not
    // delivered and not dead-lettered. The partial index outbox_pending
    // (id, ordering_key, destination) holds exactly these rows.
    auto q = sqlite::exec(db, u"SELECT destination, count(*) FROM outbox "
                              "WHERE status = 'pending' GROUP BY destination"_s);
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    for (const QString &name : knownServices())
        counts.insert(name, 0);
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

Result<QList<ServiceStatus>> serviceStatuses(SqliteEventStore &store)
{
    auto settings = ServiceSettingsStore(store).load();
    if (!settings)
        return settings.error();
    auto health = resilience::loadServiceHealth(store, StatusWindowMs, knownServices());
    if (!health)
        return health.error();
    auto queued = queuedMessages(store);
    if (!queued)
        return queued.error();
    QList<ServiceStatus> list;
    for (const ServiceSettings &s : settings.value()) {
        ServiceStatus status;
        status.settings = s;
        for (const resilience::ServiceHealth &h : health.value()) {
            if (h.service != s.name)
                continue;
            status.breaker = QString(resilience::breakerModeName(h.breaker));
            status.calls = h.calls;
            status.failures = h.failures;
            status.shortCircuited = h.shortCircuited;
            status.failureRate = h.failureRate;
            status.p50Ms = h.p50Ms;
            status.p95Ms = h.p95Ms;
            status.p99Ms = h.p99Ms;
        }
        status.queued = queued->value(s.name, 0);
        list.append(status);
    }
    return list;
}

} // namespace eventdesk::services
