// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/SagaRunner.h"

#include "messaging/Dispatcher.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>

namespace eventdesk::workflow {

Result<SettleReport> runUntilSettled(SagaEngine &engine, messaging::Dispatcher &dispatcher,
                                     qint64 timeoutMs)
{
    SettleReport report;
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        auto pass = engine.runOnce();
        if (!pass)
            return pass.error();
        ++report.passes;
        report.appended += pass->appended;
        report.waitingForService = pass->waitingForService;
        report.nextDeadlineAt = pass->nextDeadlineAt;
        report.problems = pass->problems;
        const qint64 left = timeoutMs - elapsed.elapsed();
        if (left <= 0)
            return report;
        if (!dispatcher.runUntilIdle(int(std::min<qint64>(left, 24 * 3600 * 1000))))
            return report; // out of time with calls still under way
        if (pass->appended == 0 && engine.pendingNotes() == 0) {
            report.settled = true;
            return report;
        }
    }
}

SagaHost::SagaHost(SqliteEventStore &store, SagaEngineOptions options, int tickMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(std::make_unique<SagaEngine>(store, std::move(options)))
    , m_tickMs(tickMs)
{
    m_thread.setObjectName(QStringLiteral("sagas"));
}

SagaHost::~SagaHost()
{
    stop();
}

messaging::DeliveryObserver SagaHost::observer()
{
    return [this](const messaging::DeliveryReport &report) {
        m_engine->noteDelivery(report);
        wake();
    };
}

void SagaHost::start()
{
    if (m_thread.isRunning())
        return;
    m_worker = new QObject;
    // The tick is the worker's child before the worker moves, so it moves with it (a
    // child made afterwards, from this thread, would be refused and never tick).
    auto *timer = new QTimer(m_worker);
    timer->setInterval(m_tickMs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(timer, &QTimer::timeout, m_worker, [this] { pass(); });
    connect(&m_store, &EventStore::eventsCommitted, m_worker, [this] { wake(); });
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [timer] { timer->start(); }, Qt::QueuedConnection);
    wake();
}

void SagaHost::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

bool SagaHost::isRunning() const
{
    return m_thread.isRunning();
}

void SagaHost::wake()
{
    // One queued pass at a time: a burst of commits makes one pass, not one each.
    if (!m_worker || m_wakeQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_wakeQueued.store(false);
            pass();
        },
        Qt::QueuedConnection);
}

void SagaHost::pass()
{
    auto report = m_engine->runOnce();
    if (!report) {
        Q_EMIT passFinished(0, 0, {report.error().message});
        return;
    }
    Q_EMIT passFinished(report->appended, report->waitingForService, report->problems);
}

} // namespace eventdesk::workflow
