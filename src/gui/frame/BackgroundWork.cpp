// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/BackgroundWork.h"

#include "messaging/DeadLetters.h"
#include "messaging/Dispatcher.h"
#include "messaging/Outbox.h"
#include "messaging/StoreDispatcher.h"
#include "projections/ProjectionRunner.h"
#include "services/ServiceStatus.h"
#include "workflow/SagaRunner.h"

#include <QElapsedTimer>
#include <QTimer>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
// A catch-up of this many events or more is shown in the status bar while it runs.
constexpr qint64 LongCatchUp = 2000;

// Lives on the background thread: one catch-up at a time, coalescing wakes.
class CatchUpWorker final : public QObject
{
public:
    CatchUpWorker(SqliteEventStore &store, BackgroundWork *owner)
        : m_store(store)
        , m_owner(owner)
        , m_tick(this)
        , m_soon(this)
    {
        m_tick.setInterval(1000);
        m_soon.setSingleShot(true);
        m_soon.setInterval(100);
        connect(&m_tick, &QTimer::timeout, this, &CatchUpWorker::catchUp);
        connect(&m_soon, &QTimer::timeout, this, &CatchUpWorker::catchUp);
    }
    void begin()
    {
        m_tick.start();
        catchUp();
    }
    void end()
    {
        m_tick.stop();
        m_soon.stop();
    }
    void soon()
    {
        if (!m_soon.isActive())
            m_soon.start();
    }

private:
    // Where the read models stand and the store's head: caught up first on a writable
    // store; on a read-only one only read (catching up writes), so the pages show the read
    // models as the file holds them, and follow another program's commits all the same.
    struct Positions
    {
        qint64 readModels = 0;
        qint64 head = 0;
    };
    Result<Positions> positions()
    {
        if (!m_store.options().readOnly) {
            QElapsedTimer sinceReport;
            const auto progress = [this, &sinceReport](qint64 done, qint64 total) {
                // Only a backlog worth a word: at once, then no more often than the eye follows.
                if (total < LongCatchUp || (sinceReport.isValid() && sinceReport.elapsed() < 250))
                    return;
                sinceReport.start();
                Q_EMIT m_owner->catchingUp(done, total);
            };
            auto caught = projections::catchUpProjections(m_store, progress);
            if (!caught)
                return caught.error();
            return Positions{caught->position, caught->position};
        }
        auto head = m_store.reader().headPosition();
        if (!head)
            return head.error();
        Positions result{*head, *head};
        for (const QString &name : projections::projectionNames()) {
            auto checkpoint = projections::projectionCheckpoint(m_store, name);
            if (!checkpoint)
                return checkpoint.error();
            result.readModels = qMin(result.readModels, *checkpoint);
        }
        return result;
    }

    void catchUp()
    {
        auto caught = positions();
        if (!caught) {
            Q_EMIT m_owner->problem(caught.error().message);
            return;
        }
        StatusSnapshot status;
        if (auto pending = messaging::countOutbox(m_store, messaging::OutboxStatus::Pending))
            status.pendingOutbox = *pending;
        if (auto services = services::serviceStatuses(m_store)) {
            for (const auto &service : std::as_const(*services))
                if (service.breaker == u"open"_s || service.breaker == u"forced_open"_s)
                    status.openBreakers.append(service.settings.name);
        }
        if (auto parked = messaging::DeadLetters(m_store).countParked())
            status.parkedDeadLetters = *parked;
        Q_EMIT m_owner->caughtUp(caught->readModels, caught->head, status);
    }

    SqliteEventStore &m_store;
    BackgroundWork *m_owner;
    QTimer m_tick;
    QTimer m_soon;
};
} // namespace

BackgroundWork::BackgroundWork(SqliteEventStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_thread.setObjectName(u"eventdesk-readmodels"_s);
}

BackgroundWork::~BackgroundWork()
{
    stop();
}

void BackgroundWork::start()
{
    if (m_worker)
        return;
    // The sagas and the dispatcher write (steps, deliveries, breaker state): a store opened
    // read-only gets neither, only the reading worker below.
    if (!m_store.options().readOnly) {
        m_dispatcher = messaging::makeStoreDispatcher(m_store);
        m_sagas = std::make_unique<workflow::SagaHost>(m_store);
        m_dispatcher->addObserver(m_sagas->observer());
        m_dispatcher->addObserver([this](const messaging::DeliveryReport &) { wake(); });
        m_sagas->start();
        m_dispatcher->start();
    }

    auto *worker = new CatchUpWorker(m_store, this);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(&m_store, &EventStore::eventsCommitted, worker, [worker] { worker->soon(); });
    m_thread.start();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->begin(); }, Qt::QueuedConnection);
}

void BackgroundWork::stop()
{
    if (!m_worker)
        return;
    // The dispatcher's observer wakes the worker: it stops first.
    if (m_dispatcher)
        m_dispatcher->stop();
    if (m_sagas)
        m_sagas->stop();
    m_dispatcher.reset();
    m_sagas.reset();
    auto *worker = static_cast<CatchUpWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void BackgroundWork::wake()
{
    if (auto *worker = static_cast<CatchUpWorker *>(m_worker))
        QMetaObject::invokeMethod(
            worker, [worker] { worker->soon(); }, Qt::QueuedConnection);
}

} // namespace eventdesk::gui
