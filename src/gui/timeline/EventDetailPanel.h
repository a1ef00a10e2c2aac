// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace eventdesk::gui {

class Session;

// The timeline's right-hand side for one selected event: the stream's state rebuilt as
// it stood right after the event (a JSON tree), the diff with the state just before it
// (changed fields highlighted), the envelope, "the system as of here" (the requests list
// and the inboxes at that position) and the thread (the command that caused it, its
// saga, the events it caused). Everything is read off the GUI thread.
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
    QPointer<Session> m_session;
    qint64 m_position = 0;
};

} // namespace eventdesk::gui
