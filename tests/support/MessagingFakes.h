// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Services and a breaker of the tests' own, for the messaging tests: they implement the
// interfaces the dispatcher uses (ServicePort.h, BreakerGate.h), count every call and every
// effect per idempotency key, and can be told to fail. Thread-safe: the dispatcher calls
// them on its thread while the test looks. Header-only.

#include "messaging/Messages.h"
#include "resilience/BreakerGate.h"
#include "services/ServicePort.h"
#include "store/SqliteEventStore.h"
#include "util/Clock.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace eventdesk::test {

class FakeService final : public ServiceAdapter
{
public:
    enum class Mode
    {
        Up,        // 200 at once
        Down,      // 503 at once (retryable)
        Permanent, // 422 at once
        Throttled, // 429 with Retry-After
        Async,     // 200 on the next turn of the caller's event loop
        Hang,      // no answer until releaseHung()
    };

    explicit FakeService(QString name, Mode mode = Mode::Up)
        : m_name(std::move(name))
        , m_mode(mode)
    {}

    QString kind() const override { return QStringLiteral("simulated"); }

    QFuture<CallResult> call(const ServiceCall &call) override
    {
        QMutexLocker lock(&m_mutex);
        m_calls.append(call);
        Mode mode = m_mode;
        if (!m_script.isEmpty())
            mode = m_script.takeFirst();
        if (m_inProgress.contains(call.idempotencyKey))
            ++m_overlaps;
        if (mode == Mode::Hang || mode == Mode::Async) {
            m_inProgress.insert(call.idempotencyKey);
            auto promise = std::make_shared<QPromise<CallResult>>();
            promise->start();
            QFuture<CallResult> f = promise->future();
            if (mode == Mode::Hang) {
                m_hung.append({call, promise});
            } else {
                lock.unlock();
                QTimer::singleShot(m_asyncDelayMs, [this, call, promise] {
                    CallResult r = succeed(call);
                    promise->addResult(r);
                    promise->finish();
                });
            }
            return f;
        }
        CallResult r;
        r.adapter = kind();
        switch (mode) {
        case Mode::Up:
            lock.unlock();
            r = succeed(call);
            break;
        case Mode::Down:
            r.outcome = CallOutcome::RetryableFailure;
            r.httpStatus = 503;
            r.error = QStringLiteral("503 Service Unavailable");
            break;
        case Mode::Permanent:
            r.outcome = CallOutcome::PermanentFailure;
            r.httpStatus = 422;
            r.error = QStringLiteral("422 Unprocessable Content");
            r.responseBody = QByteArrayLiteral("{\"error\":\"declined\"}");
            break;
        case Mode::Throttled:
            r.outcome = CallOutcome::RetryableFailure;
            r.httpStatus = 429;
            r.error = QStringLiteral("429 Too Many Requests");
            r.retryAfterMs = m_retryAfterMs;
            break;
        default:
            break;
        }
        return QtFuture::makeReadyFuture(r);
    }

    void setMode(Mode mode)
    {
        QMutexLocker lock(&m_mutex);
        m_mode = mode;
    }
    // The next calls' modes, one each, before the standing mode applies again.
    void script(const QList<Mode> &modes)
    {
        QMutexLocker lock(&m_mutex);
        m_script = modes;
    }
    void setRetryAfterMs(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_retryAfterMs = ms;
    }
    void setAsyncDelayMs(int ms)
    {
        QMutexLocker lock(&m_mutex);
        m_asyncDelayMs = ms;
    }
    // Answers the hung calls with success (from any thread).
    int releaseHung()
    {
        QList<Hung> hung;
        {
            QMutexLocker lock(&m_mutex);
            hung.swap(m_hung);
        }
        for (Hung &h : hung) {
            h.promise->addResult(succeed(h.call));
            h.promise->finish();
        }
        return int(hung.size());
    }

    QList<ServiceCall> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    int callCount() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_calls.size());
    }
    // Idempotency keys in the order their effect happened (each once).
    QStringList effects() const
    {
        QMutexLocker lock(&m_mutex);
        return m_effectOrder;
    }
    int effectsFor(const QString &key) const
    {
        QMutexLocker lock(&m_mutex);
        return m_effects.value(key);
    }
    // Calls that arrived while a call with the same key was still under way.
    int overlaps() const
    {
        QMutexLocker lock(&m_mutex);
        return m_overlaps;
    }
    int hungCount() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_hung.size());
    }

private:
    struct Hung
    {
        ServiceCall call;
        std::shared_ptr<QPromise<CallResult>> promise;
    };

    // Like a payment provider: one effect per idempotency key, however often it comes.
    CallResult succeed(const ServiceCall &call)
    {
        QMutexLocker lock(&m_mutex);
        m_inProgress.remove(call.idempotencyKey);
        if (!m_effects.contains(call.idempotencyKey))
            m_effectOrder.append(call.idempotencyKey);
        ++m_effects[call.idempotencyKey];
        CallResult r;
        r.outcome = CallOutcome::Success;
        r.httpStatus = 200;
        r.adapter = kind();
        r.responseBody = QByteArrayLiteral("{\"ok\":true}");
        return r;
    }

    mutable QMutex m_mutex;
    QString m_name;
    Mode m_mode;
    QList<Mode> m_script;
    qint64 m_retryAfterMs = 30'000;
    int m_asyncDelayMs = 0;
    QList<ServiceCall> m_calls;
    QHash<QString, int> m_effects;
    QStringList m_effectOrder;
    QSet<QString> m_inProgress;
    int m_overlaps = 0;
    QList<Hung> m_hung;
};

class FakeDirectory final : public ServiceDirectory
{
public:
    FakeService &add(const QString &name, FakeService::Mode mode = FakeService::Mode::Up)
    {
        auto service = std::make_shared<FakeService>(name, mode);
        m_services.insert(name, service);
        return *service;
    }
    FakeService &service(const QString &name) { return *m_services.value(name); }
    ServiceAdapter *adapterFor(const QString &name) override
    {
        const auto it = m_services.constFind(name);
        return it == m_services.cend() ? nullptr : it.value().get();
    }

private:
    QHash<QString, std::shared_ptr<FakeService>> m_services;
};

// A plain consecutive-failures breaker on a clock: opens after `threshold` retryable
// failures in a row, short-circuits for waitMs, then lets one probe through.
class FakeGate final : public BreakerGate
{
public:
    FakeGate(const Clock &clock, int threshold, qint64 waitMs)
        : m_clock(clock)
        , m_threshold(threshold)
        , m_waitMs(waitMs)
    {}

    Decision beforeCall(const QString &service) override
    {
        QMutexLocker lock(&m_mutex);
        State &s = m_states[service];
        if (s.openUntil > 0) {
            if (m_clock.nowMs() < s.openUntil || s.probing) {
                ++s.shortCircuits;
                return Decision::ShortCircuit;
            }
            s.probing = true;
        }
        ++s.permitted;
        return Decision::Permit;
    }
    void afterCall(const QString &service, bool failed, qint64) override
    {
        QMutexLocker lock(&m_mutex);
        State &s = m_states[service];
        s.probing = false;
        if (!failed) {
            s.failuresInRow = 0;
            s.openUntil = 0;
            return;
        }
        if (s.openUntil > 0 || ++s.failuresInRow >= m_threshold) {
            if (s.openUntil == 0)
                ++s.opened;
            s.openUntil = m_clock.nowMs() + m_waitMs;
        }
    }
    void shortCircuited(const QString &) override {}
    qint64 nextPermitAt(const QString &service) override
    {
        QMutexLocker lock(&m_mutex);
        const State &s = m_states[service];
        return s.openUntil > 0 ? s.openUntil : m_clock.nowMs();
    }
    Status flush() override
    {
        QMutexLocker lock(&m_mutex);
        ++m_flushes;
        return success();
    }

    bool isOpen(const QString &service)
    {
        QMutexLocker lock(&m_mutex);
        return m_states[service].openUntil > 0;
    }
    int timesOpened(const QString &service)
    {
        QMutexLocker lock(&m_mutex);
        return m_states[service].opened;
    }
    int shortCircuits(const QString &service)
    {
        QMutexLocker lock(&m_mutex);
        return m_states[service].shortCircuits;
    }
    int flushes()
    {
        QMutexLocker lock(&m_mutex);
        return m_flushes;
    }

private:
    struct State
    {
        int failuresInRow = 0;
        qint64 openUntil = 0;
        bool probing = false;
        int shortCircuits = 0;
        int permitted = 0;
        int opened = 0;
    };
    const Clock &m_clock;
    const int m_threshold;
    const qint64 m_waitMs;
    QMutex m_mutex;
    QHash<QString, State> m_states;
    int m_flushes = 0;
};

// A service call of the tests' shape.
inline ServiceCall testCall(const QString &service, const QString &key,
                            const QString &operation = QStringLiteral("authorize"),
                            const QString &requestId = {})
{
    ServiceCall c;
    c.service = service;
    c.operation = operation;
    c.idempotencyKey = key;
    c.correlationId = requestId.isEmpty() ? QStringLiteral("corr-") + key : requestId;
    c.body = QJsonObject{{QStringLiteral("requestId"), c.correlationId},
                         {QStringLiteral("amount"),
                          QJsonObject{{QStringLiteral("value"), QStringLiteral("120.00")},
                                      {QStringLiteral("currency"), QStringLiteral("EUR")}}}};
    return c;
}

// Appends one event with outbox messages for the calls, each under its ordering key, as a
// command does. Returns false (and warns) when the append fails.
inline bool queueCalls(SqliteEventStore &store, const QList<QPair<ServiceCall, QString>> &calls,
                       const QString &stream = QStringLiteral("purchase-test"))
{
    AppendRequest request;
    request.streamId = stream;
    EventMetadata meta;
    meta.actor = QStringLiteral("tester");
    request.events.append(NewEvent::make(QStringLiteral("StepsRequested"),
                                         QJsonObject{{QStringLiteral("calls"), calls.size()}},
                                         meta));
    for (const auto &c : calls)
        request.outbox.append(messaging::outboxMessageFor(c.first, c.second));
    const AppendResult r = store.append(std::move(request)).result();
    if (!r)
        qWarning("queueCalls: %s", qPrintable(r.error().message));
    return r.ok();
}

} // namespace eventdesk::test
