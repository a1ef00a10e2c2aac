// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "workflow/SagaEngine.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace eventdesk::messaging {
class Dispatcher;
}

namespace eventdesk::workflow {

struct SettleReport
{
    bool settled = false; // only people, deadlines, backoffs or open breakers are left
    int passes = 0;
    int appended = 0;
    int waitingForService = 0;
    std::optional<qint64> nextDeadlineAt;
    QStringList problems;
};

// Runs engine passes and the (started) dispatcher in turn until a pass writes nothing,
// no delivery came in since, and the dispatcher has nothing it could send now: what a
// changing CLI command does before it returns. The engine must observe the dispatcher
// (dispatcher.addObserver(engine.observer()) before start()). On the calling thread.
Result<SettleReport> runUntilSettled(SagaEngine &engine, messaging::Dispatcher &dispatcher,
                                     qint64 timeoutMs);

// The saga engine for a long-running process (the console, `run`): passes on a thread of
// its own, after each commit of this process, each delivery of the dispatcher it watches,
// and every tickMs for other processes' commits and deadlines.
//
//   SagaHost host(store);                 // options as SagaEngine's
//   dispatcher->addObserver(host.observer());   // before the dispatcher starts
//   host.start();  ...  host.stop();      // or the destructor
class SagaHost final : public QObject
{
    Q_OBJECT
public:
    explicit SagaHost(SqliteEventStore &store, SagaEngineOptions options = {}, int tickMs = 1000,
                      QObject *parent = nullptr);
    ~SagaHost() override; // stops
    Q_DISABLE_COPY_MOVE(SagaHost)

    // Wakes the host when a saga's message ended (and notes the saga). Thread-safe.
    messaging::DeliveryObserver observer();
    void start();
    void stop();
    bool isRunning() const;
    // Asks for a pass soon. Thread-safe.
    void wake();

Q_SIGNALS:
    // After each pass, from the host's thread (queued to receivers elsewhere).
    void passFinished(int appended, int waitingForService, const QStringList &problems);

private:
    void pass();

    SqliteEventStore &m_store;
    std::unique_ptr<SagaEngine> m_engine;
    int m_tickMs;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic_bool m_wakeQueued{false};
};

} // namespace eventdesk::workflow
