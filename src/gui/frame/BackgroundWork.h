// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Session.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace eventdesk::messaging {
class Dispatcher;
}
namespace eventdesk::workflow {
class SagaHost;
}

namespace eventdesk::gui {

// What keeps the workflows moving while the console is open, all off the GUI thread:
// the saga engine (SagaHost, its own thread), the dispatcher delivering the outbox
// through the circuit breakers (its own thread), and a thread of its own that catches
// the read models up after commits (and once a second for other processes' commits)
// and reads the status bar's figures. On a store opened read-only only the reading is
// done: no sagas, no dispatcher, no catch-up (they all write).
class BackgroundWork final : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundWork(SqliteEventStore &store, QObject *parent = nullptr);
    ~BackgroundWork() override; // stops
    Q_DISABLE_COPY_MOVE(BackgroundWork)

    void start();
    void stop();
    // Catch the read models up soon (thread-safe).
    void wake();

Q_SIGNALS:
    // From the background thread; connect with a queued connection. position: where the
    // read models stand; head: the newest event in the store.
    void caughtUp(qint64 position, qint64 head, const eventdesk::gui::StatusSnapshot &status);
    void problem(const QString &message);
    // A long catch-up (a store opened after many events, a rebuilt file) is under way:
    // done of total events applied. A few times a second at most; caughtUp ends it.
    void catchingUp(qint64 done, qint64 total);

private:
    SqliteEventStore &m_store;
    std::unique_ptr<messaging::Dispatcher> m_dispatcher;
    std::unique_ptr<workflow::SagaHost> m_sagas;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
};

} // namespace eventdesk::gui
