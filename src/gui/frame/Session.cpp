// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/Session.h"

#include "frame/BackgroundWork.h"

#include <QTimer>

namespace eventdesk::gui {

Session::Session(std::shared_ptr<SqliteEventStore> store, security::SignedInUser user,
                 QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_user(std::move(user))
{
    qRegisterMetaType<StatusSnapshot>();
    // The writer emits after each commit, on its thread; the pages hear of it at most
    // every 100 ms on this one.
    auto *coalesce = new QTimer(this);
    coalesce->setSingleShot(true);
    coalesce->setInterval(100);
    connect(coalesce, &QTimer::timeout, this, [this] { Q_EMIT eventsCommitted(m_head); });
    connect(
        m_store.get(), &EventStore::eventsCommitted, this,
        [this, coalesce](qint64 head) {
            m_head = qMax(m_head, head);
            if (!coalesce->isActive())
                coalesce->start();
        },
        Qt::QueuedConnection);
}

Session::~Session()
{
    stopBackgroundWork();
}

void Session::startBackgroundWork()
{
    if (m_background)
        return;
    m_background = std::make_unique<BackgroundWork>(*m_store);
    connect(
        m_background.get(), &BackgroundWork::caughtUp, this,
        [this](qint64 position, qint64 head, const StatusSnapshot &status) {
            m_status = status;
            Q_EMIT statusChanged(status);
            // The read models follow the head, whoever wrote: this is how the pages hear
            // of other processes' commits (a CLI script, a colleague's console).
            if (head > m_head) {
                m_head = head;
                Q_EMIT eventsCommitted(m_head);
            }
            if (position != m_readModelPosition) {
                m_readModelPosition = position;
                Q_EMIT readModelsUpdated(position);
            }
        },
        Qt::QueuedConnection);
    connect(m_background.get(), &BackgroundWork::problem, this, &Session::backgroundProblem,
            Qt::QueuedConnection);
    connect(m_background.get(), &BackgroundWork::catchingUp, this, &Session::readModelsCatchingUp,
            Qt::QueuedConnection);
    m_background->start();
}

void Session::stopBackgroundWork()
{
    m_background.reset();
}

QString Session::readOnlyNote()
{
    return tr("The store is open read-only: nothing can be changed here. Open it again "
              "without read-only to make changes.");
}

void Session::refreshSoon()
{
    if (m_background)
        m_background->wake();
}

} // namespace eventdesk::gui
