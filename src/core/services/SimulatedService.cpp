// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SimulatedService.h"

#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>

namespace eventdesk::services {

using namespace Qt::Literals::StringLiterals;

namespace {
QFuture<CallResult> readyResult(CallResult result)
{
    QPromise<CallResult> promise;
    QFuture<CallResult> future = promise.future();
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return future;
}

CallResult permanent(const QString &error)
{
    CallResult r;
    r.outcome = CallOutcome::PermanentFailure;
    r.error = error;
    r.adapter = QString(SimulatedAdapterKind);
    return r;
}

EffectRecord readRecord(const QSqlQuery &q)
{
    EffectRecord r;
    r.service = q.value(0).toString();
    r.idempotencyKey = q.value(1).toString();
    r.operation = q.value(2).toString();
    r.requestId = q.value(3).toString();
    r.calls = q.value(4).toLongLong();
    r.effects = q.value(5).toLongLong();
    r.firstCallAt = q.value(6).toLongLong();
    r.effectedAt = q.value(7).toLongLong();
    r.lastCallAt = q.value(8).toLongLong();
    return r;
}

const QString RecordColumns = u"service, idempotency_key, operation, request_id, calls, effects, "
                              "first_call_at, coalesce(effected_at, 0), last_call_at"_s;
} // namespace

quint64 simulatedSeedFor(quint64 baseSeed, const QString &service)
{
    // FNV-1a over the name: stable in every process (qHash is seeded per process).
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : service.toUtf8()) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return baseSeed ^ h;
}

// ---------------------------------------------------------------------------------------
EffectLedger::EffectLedger(SqliteEventStore &store)
    : m_store(store)
{}

Result<std::optional<EffectRecord>> EffectLedger::find(const QString &service, const QString &key)
{
    auto q = sqlite::exec(m_store.readDatabase(),
                          u"SELECT "_s + RecordColumns +
                              u" FROM service_effects WHERE service = ? AND idempotency_key = ?"_s,
                          {service, key});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<EffectRecord>();
    EffectRecord r = readRecord(q.value());
    q->finish();
    return std::optional<EffectRecord>(std::move(r));
}

Result<QList<EffectRecord>> EffectLedger::records(const QString &service)
{
    auto q = service.isEmpty()
                 ? sqlite::exec(m_store.readDatabase(),
                                u"SELECT "_s + RecordColumns +
                                    u" FROM service_effects ORDER BY first_call_at, service, "
                                    "idempotency_key"_s)
                 : sqlite::exec(m_store.readDatabase(),
                                u"SELECT "_s + RecordColumns +
                                    u" FROM service_effects WHERE service = ? ORDER BY "
                                    "first_call_at, idempotency_key"_s,
                                {service});
    if (!q)
        return q.error();
    QList<EffectRecord> list;
    while (q->next())
        list.append(readRecord(q.value()));
    return list;
}

Result<EffectTotals> EffectLedger::totals(const QString &service)
{
    auto q = sqlite::exec(m_store.readDatabase(),
                          u"SELECT count(*), coalesce(sum(calls), 0), coalesce(sum(effects), 0) "
                          "FROM service_effects WHERE coalesce(?, '') = '' OR service = ?"_s,
                          {service, service});
    if (!q)
        return q.error();
    EffectTotals t;
    if (q->next()) {
        t.keys = q->value(0).toLongLong();
        t.calls = q->value(1).toLongLong();
        t.effects = q->value(2).toLongLong();
    }
    q->finish();
    return t;
}

Result<qint64> EffectLedger::effectsForRequest(const QString &service, const QString &operation,
                                               const QString &requestId)
{
    auto q = sqlite::exec(m_store.readDatabase(),
                          u"SELECT coalesce(sum(effects), 0) FROM service_effects "
                          "WHERE service = ? AND operation = ? AND request_id = ?"_s,
                          {service, operation, requestId});
    if (!q)
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

// ---------------------------------------------------------------------------------------
struct SimulatedAdapter::Pending
{
    enum class Outcome
    {
        Effected,
        Duplicate,
        Failed,
        KeyReused
    };

    ServiceCall call;
    QString requestId;
    QString requestHash; // hex SHA-256 of the operation and the compact body
    QString fault;       // the injected failure; empty when the call goes through
    int delayMs = 0;
    QElapsedTimer elapsed;
    QPromise<CallResult> promise;
    Outcome outcome = Outcome::Failed; // set by the write, on the writer thread
};

SimulatedAdapter::SimulatedAdapter(SqliteEventStore &store, QString service, FaultMode mode,
                                   quint64 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_service(std::move(service))
    , m_mode(mode)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    m_random = QRandomGenerator(words);
}

SimulatedAdapter::~SimulatedAdapter() = default;

QString SimulatedAdapter::kind() const
{
    return QString(SimulatedAdapterKind);
}

void SimulatedAdapter::setMode(const FaultMode &mode)
{
    m_mode = mode;
}

QFuture<CallResult> SimulatedAdapter::call(const ServiceCall &call)
{
    if (call.service != m_service)
        return readyResult(permanent(
            tr("A call for the %1 service reached the %2 adapter.").arg(call.service, m_service)));
    if (call.idempotencyKey.isEmpty())
        return readyResult(permanent(tr("A call to %1 needs an idempotency key.").arg(m_service)));

    auto p = std::make_shared<Pending>();
    p->elapsed.start();
    p->call = call;
    p->requestId = call.body.value("requestId"_L1).toString();
    p->requestHash = QString::fromLatin1(
        Sha256::hash(QByteArray(call.operation.toUtf8() + '\n' +
                                QJsonDocument(call.body).toJson(QJsonDocument::Compact)))
            .toHex());
    switch (m_mode.kind) {
    case FaultMode::Kind::Up:
        break;
    case FaultMode::Kind::Down:
        p->fault = tr("The %1 service is down (simulated).").arg(m_service);
        break;
    case FaultMode::Kind::Flaky:
        if (m_random.generateDouble() < m_mode.failureRate)
            p->fault = tr("The %1 service failed this call (simulated, flaky).").arg(m_service);
        break;
    case FaultMode::Kind::Slow:
        p->delayMs = m_mode.delayMs;
        break;
    }
    p->promise.start();
    QFuture<CallResult> future = p->promise.future();
    ++m_pending;
    m_queue.append(p);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &SimulatedAdapter::flush, Qt::QueuedConnection);
    }
    return future;
}

void SimulatedAdapter::flush()
{
    m_flushScheduled = false;
    QList<std::shared_ptr<Pending>> batch;
    batch.swap(m_queue);
    if (batch.isEmpty())
        return;
    const qint64 now = m_store.options().effectiveClock().nowMs();
    const QString service = m_service;
    auto job = [batch, service, now](QSqlDatabase &db) -> Status {
        const auto prepared = [&db](QSqlQuery &q, const QString &sql) {
            q = QSqlQuery(db);
            q.setForwardOnly(true);
            return q.prepare(sql);
        };
        QSqlQuery select, insert, update;
        if (!prepared(select, u"SELECT effects, request_hash FROM service_effects "
                              "WHERE service = ? AND idempotency_key = ?"_s) ||
            !prepared(insert,
                      u"INSERT INTO service_effects (service, idempotency_key, operation, "
                      "request_id, request_hash, calls, effects, first_call_at, effected_at, "
                      "last_call_at) VALUES (?, ?, ?, coalesce(?, ''), ?, 1, ?, ?, ?, ?)"_s) ||
            !prepared(update, u"UPDATE service_effects SET calls = calls + 1, effects = ?, "
                              "effected_at = coalesce(effected_at, ?), last_call_at = ? "
                              "WHERE service = ? AND idempotency_key = ?"_s))
            return sqlite::describe(db.lastError(), db.databaseName(),
                                    tr("record a simulated call"));
        const auto failed = [&db](QSqlQuery &q) {
            return sqlite::describe(q.lastError(), db.databaseName(),
                                    tr("record a simulated call"));
        };
        for (const std::shared_ptr<Pending> &p : batch) {
            const bool goesThrough = p->fault.isEmpty();
            select.addBindValue(service);
            select.addBindValue(p->call.idempotencyKey);
            if (!select.exec())
                return failed(select);
            if (!select.next()) {
                select.finish();
                insert.addBindValue(service);
                insert.addBindValue(p->call.idempotencyKey);
                insert.addBindValue(p->call.operation);
                insert.addBindValue(p->requestId);
                insert.addBindValue(p->requestHash);
                insert.addBindValue(goesThrough ? 1 : 0);
                insert.addBindValue(now);
                insert.addBindValue(goesThrough ? QVariant(now) : QVariant());
                insert.addBindValue(now);
                if (!insert.exec())
                    return failed(insert);
                p->outcome = goesThrough ? Pending::Outcome::Effected : Pending::Outcome::Failed;
                continue;
            }
            const qint64 effects = select.value(0).toLongLong();
            const QString hash = select.value(1).toString();
            select.finish();
            if (hash != p->requestHash)
                p->outcome = Pending::Outcome::KeyReused;
            else if (!goesThrough)
                p->outcome = Pending::Outcome::Failed;
            else
                p->outcome = effects > 0 ? Pending::Outcome::Duplicate : Pending::Outcome::Effected;
            const bool effectNow = p->outcome == Pending::Outcome::Effected;
            update.addBindValue(effectNow ? 1 : effects);
            update.addBindValue(effectNow ? QVariant(now) : QVariant());
            update.addBindValue(now);
            update.addBindValue(service);
            update.addBindValue(p->call.idempotencyKey);
            if (!update.exec())
                return failed(update);
        }
        return success();
    };

    m_store.runWrite(std::move(job)).then(this, [this, batch](const Status &written) {
        for (const std::shared_ptr<Pending> &p : batch) {
            CallResult r;
            r.adapter = QString(SimulatedAdapterKind);
            if (!written) {
                r.outcome = CallOutcome::RetryableFailure;
                r.error = tr("The simulated %1 service could not record the call: %2")
                              .arg(m_service, written.error().message);
                answer(p, std::move(r));
                continue;
            }
            switch (p->outcome) {
            case Pending::Outcome::Failed:
                r.outcome = CallOutcome::RetryableFailure;
                r.error = p->fault;
                break;
            case Pending::Outcome::KeyReused:
                r.outcome = CallOutcome::PermanentFailure;
                r.error = tr("The idempotency key %1 was used before with a different request "
                             "(simulated %2 service).")
                              .arg(p->call.idempotencyKey, m_service);
                break;
            case Pending::Outcome::Effected:
            case Pending::Outcome::Duplicate: {
                r.outcome = CallOutcome::Success;
                const QJsonObject body{
                    {"simulated"_L1, true},
                    {"service"_L1, m_service},
                    {"operation"_L1, p->call.operation},
                    {"idempotencyKey"_L1, p->call.idempotencyKey},
                    {"reference"_L1, QString(u"sim-"_s + p->requestHash.left(16))},
                    {"duplicate"_L1, p->outcome == Pending::Outcome::Duplicate},
                };
                r.responseBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
                break;
            }
            }
            // Down and flaky answer at once; slow holds every answer back, by a timer.
            if (p->delayMs > 0 && r.outcome == CallOutcome::Success) {
                const qint64 remaining = std::max<qint64>(0, p->delayMs - p->elapsed.elapsed());
                QTimer::singleShot(std::chrono::milliseconds(remaining), this,
                                   [this, p, r]() mutable { answer(p, std::move(r)); });
                continue;
            }
            answer(p, std::move(r));
        }
    });
}

void SimulatedAdapter::answer(const std::shared_ptr<Pending> &call, CallResult result)
{
    result.latencyMs = call->elapsed.elapsed();
    call->promise.addResult(std::move(result));
    call->promise.finish();
    --m_pending;
}

} // namespace eventdesk::services
