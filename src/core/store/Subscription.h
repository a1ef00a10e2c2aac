// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace eventdesk {

// Follows the store from a position: first catches up on what is stored, then stays
// live. Events arrive in position order with no gaps and none twice, on the thread
// that owns this object; the reads themselves run on a worker thread, so a GUI
// subscriber never waits on the database.
//
// It pulls rather than being pushed: each wake-up (a commit by this process, or the
// poll timer for commits by other processes) reads everything after the last position
// delivered. That is what makes "nothing missed between catch-up and live" true.
class EventSubscription final : public QObject
{
    Q_OBJECT
public:
    struct Filter
    {
        QString category;
        QString type;
    };

    // Delivers events with positions greater than afterPosition. The store must outlive
    // the subscription.
    EventSubscription(EventStore *store, qint64 afterPosition, Filter filter = {},
                      QObject *parent = nullptr);
    ~EventSubscription() override;

    void start();
    // Also look for commits by other processes this often (0: only this process's).
    void setPollInterval(int milliseconds);
    qint64 lastDeliveredPosition() const { return m_after; }
    bool isCaughtUp() const { return m_caughtUp; }

Q_SIGNALS:
    void eventsArrived(const QList<eventdesk::RecordedEvent> &events);
    void caughtUp();  // once, when the backlog at start has been delivered
    void failed(const QString &message);

private:
    void wake();
    void fetch();
    void onFetched();

    EventStore *m_store;
    Filter m_filter;
    qint64 m_after;
    bool m_started = false;
    bool m_fetching = false;
    bool m_wakeAgain = false;
    bool m_caughtUp = false;
    QTimer m_poll;
    QFutureWatcher<Result<QList<RecordedEvent>>> m_watcher;
};

} // namespace eventdesk
