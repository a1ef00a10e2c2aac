// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Subscription.h"

#include "store/AsyncReads.h"

namespace eventdesk {

namespace {
constexpr int PageSize = 1000;
}

EventSubscription::EventSubscription(EventStore *store, qint64 afterPosition, Filter filter,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_filter(std::move(filter))
    , m_after(afterPosition)
{
    qRegisterMetaType<QList<eventdesk::RecordedEvent>>();
    connect(store, &EventStore::eventsCommitted, this, &EventSubscription::wake, Qt::QueuedConnection);
    connect(&m_poll, &QTimer::timeout, this, &EventSubscription::wake);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &EventSubscription::onFetched);
}

EventSubscription::~EventSubscription()
{
    m_poll.stop();
    // A read still running uses the store; let it end before this object goes.
    m_watcher.waitForFinished();
}

void EventSubscription::start()
{
    if (m_started)
        return;
    m_started = true;
    fetch();
}

void EventSubscription::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(milliseconds);
}

void EventSubscription::wake()
{
    if (!m_started)
        return;
    if (m_fetching) {
        m_wakeAgain = true;
        return;
    }
    fetch();
}

void EventSubscription::fetch()
{
    m_fetching = true;
    m_wakeAgain = false;
    ReadAllQuery query;
    query.fromPosition = m_after + 1;
    query.category = m_filter.category;
    query.type = m_filter.type;
    query.maxCount = PageSize;
    m_watcher.setFuture(readAsync(m_store, [query](IEventReader &reader) { return reader.readAll(query); }));
}

void EventSubscription::onFetched()
{
    m_fetching = false;
    const auto result = m_watcher.result();
    if (!result) {
        Q_EMIT failed(result.error().message);
        return;
    }
    const QList<RecordedEvent> &events = *result;
    if (!events.isEmpty()) {
        m_after = events.constLast().globalPosition;
        Q_EMIT eventsArrived(events);
    }
    if (events.size() == PageSize || m_wakeAgain) {
        fetch();
        return;
    }
    if (!m_caughtUp) {
        m_caughtUp = true;
        Q_EMIT caughtUp();
    }
}

} // namespace eventdesk
