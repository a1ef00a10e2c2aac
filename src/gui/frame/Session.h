// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/AccessControl.h"
#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace eventdesk::gui {

class BackgroundWork;

// What the status bar shows, refreshed in the background about once a second.
struct StatusSnapshot
{
    qint64 pendingOutbox = 0;
    QStringList openBreakers; // services whose breaker is open or forced open
    qint64 parkedDeadLetters = 0;
};

// The open store and the signed-in user, shared by every page. The GUI thread never
// reads the store itself: pages hand their reads and commands to run(), which does the
// work on a worker thread (with that thread's own connection) and hands the result back
// on the page's thread, dropping it when the page has gone.
class Session final : public QObject
{
    Q_OBJECT
public:
    Session(std::shared_ptr<SqliteEventStore> store, security::SignedInUser user,
            QObject *parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    SqliteEventStore &store() const { return *m_store; }
    std::shared_ptr<SqliteEventStore> sharedStore() const { return m_store; }
    const security::SignedInUser &user() const { return m_user; }
    QString storePath() const { return m_store->location(); }
    // Opened read-only: nothing can be changed (core refuses every write); the background
    // work only reads.
    bool isReadOnly() const { return m_store->options().readOnly; }
    // What a control that would change something says while the store is read-only.
    static QString readOnlyNote();
    // The newest global position this window has heard of, and the position the read
    // models had caught up to when readModelsUpdated was last emitted.
    qint64 head() const { return m_head; }
    qint64 readModelPosition() const { return m_readModelPosition; }
    const StatusSnapshot &status() const { return m_status; }

    // Runs work(SqliteEventStore &) -> R on a worker thread; done(R) follows later on the
    // GUI thread, queued, unless context (an object of the GUI thread) has been destroyed
    // by then. R must be copyable (Result<T>).
    template<typename Work, typename Done> void run(QObject *context, Work work, Done done) const
    {
        using R = std::invoke_result_t<Work, SqliteEventStore &>;
        auto store = m_store;
        QPointer<QObject> target(context);
        QtConcurrent::run([store, work = std::move(work)]() mutable -> R {
            return work(*store);
        }).then([target, done = std::move(done)](R result) mutable {
            // Always queued: done never runs inside run(), even when the work finished
            // before the continuation was attached.
            // Posted to the application object, never to the context: the context may be
            // destroyed on the GUI thread at any moment, so the worker must not touch it;
            // whether it still exists is asked on the GUI thread, where it is deleted.
            QCoreApplication *app = QCoreApplication::instance();
            if (!app)
                return;
            QMetaObject::invokeMethod(
                app,
                [target, done = std::move(done), result = std::move(result)]() mutable {
                    if (target)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // Runs the sagas, the dispatcher and the projections in the background while the
    // window is open (BackgroundWork; read-only: only the reads); readModelsUpdated and
    // statusChanged follow.
    void startBackgroundWork();
    void stopBackgroundWork();
    // Asks the background work to catch the read models up now (after a command).
    void refreshSoon();

Q_SIGNALS:
    // On the GUI thread, at most a few times a second, when events were committed: by this
    // process at once, by another one within about a second (the background catch-up).
    void eventsCommitted(qint64 head);
    // The read models have caught up to position: pages re-query what they show.
    void readModelsUpdated(qint64 position);
    // The read models are far behind the store and catching up: done of total events.
    void readModelsCatchingUp(qint64 done, qint64 total);
    void statusChanged(const eventdesk::gui::StatusSnapshot &status);
    // Background work could not do its job (shown in the status bar, never a dialog).
    void backgroundProblem(const QString &message);

private:
    std::shared_ptr<SqliteEventStore> m_store;
    security::SignedInUser m_user;
    qint64 m_head = 0;
    qint64 m_readModelPosition = 0;
    StatusSnapshot m_status;
    std::unique_ptr<BackgroundWork> m_background;
};

} // namespace eventdesk::gui

Q_DECLARE_METATYPE(eventdesk::gui::StatusSnapshot)
