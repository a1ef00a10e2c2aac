// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventDetailLoader.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class EventDetailPanel;
}

namespace eventdesk::gui {

class Session;
class JsonTreeModel;
class JsonDiffModel;
class EventDetailThreadModel;
class EventDetailRequestsModel;
struct PreparedEventDetail;

// The timeline's right-hand side for one selected event: the stream's state rebuilt as
// it stood right after the event (a JSON tree), the diff with the state just before it
// (changed fields highlighted), the envelope, "the system as of here" (the requests list
// and the inboxes at that position) and the thread (the command that caused it, its
// saga, the events it caused). Everything is read off the GUI thread.
//
// The state of a workflow request stream is the request aggregate (commands::loadRequest,
// its JSON form as `state --json` prints it). Any other stream ($saga-…, $users,
// $health-…) gets the generic fold: its event payloads merged in order, each payload's
// top-level fields replacing the same fields of the state, nothing ever removed.
class EventDetailPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailPanel(QWidget *parent = nullptr);
    ~EventDetailPanel() override;

    void setSession(Session *session);
    // Shows the event at this global position (0: nothing selected). A newer call
    // supersedes a load still under way.
    void showEventAt(qint64 position);
    qint64 shownPosition() const { return m_position; }

Q_SIGNALS:
    // The panel's content for showEventAt(position) has arrived (tests, screenshots).
    void loaded(qint64 position);
    // The user followed the thread to another event: the timeline selects it.
    void eventRequested(qint64 position);

private:
    void showEmpty();
    void showError(const QString &message);
    void showDetail(const PreparedEventDetail &prepared);
    void showEnvelope(const RecordedEvent &event, const QString &payloadText,
                      const QString &metadataText);
    void showInbox(const QList<projections::InboxItem> &items, const QString &user);
    void loadUsers();
    void loadInbox();
    // The events this one caused, among positions (from, to]; to 0: up to the head. The
    // scan goes in slices of CausedSlice positions, so it shows progress and can stop.
    void findCaused(qint64 from, qint64 to);
    void scanCausedSlice(quint64 request, qint64 from, qint64 to);
    void stopCaused();
    void setCausedBusy(bool busy);
    static constexpr qint64 CausedSlice = 100000;
    void onEventsCommitted(qint64 head);
    void onReadModelsUpdated(qint64 position);
    void followLink(const QModelIndex &index);
    QString inboxUser() const;

    std::unique_ptr<Ui::EventDetailPanel> m_ui;
    QPointer<Session> m_session;
    qint64 m_position = 0;
    JsonTreeModel *m_stateModel = nullptr;
    JsonDiffModel *m_diffModel = nullptr;
    EventDetailThreadModel *m_threadModel = nullptr;
    EventDetailRequestsModel *m_requestsModel = nullptr;
    EventDetailRequestsModel *m_inboxModel = nullptr;
    // Request ids: a result for an older request than the newest is dropped.
    quint64 m_loadRequest = 0;
    quint64 m_causedRequest = 0;
    quint64 m_inboxRequest = 0;
    RecordedEvent m_event; // the event shown (valid when m_loaded)
    bool m_loaded = false;
    bool m_causedBusy = false;
    qint64 m_causedScannedTo = 0; // the caused events are known up to this position
    qint64 m_newestHead = 0;      // heard while a scan ran: scanned next
    qint64 m_causedScanFrom = 0;  // where the running scan started (for its progress)
    bool m_causedStopped = false; // the user stopped the scan: no more slices
    bool m_systemStale = false;   // the read models had not reached m_position yet
};

} // namespace eventdesk::gui
