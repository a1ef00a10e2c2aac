// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/AccessControl.h"

#include <QIcon>
#include <QString>
#include <QWidget>

class QSettings;

namespace eventdesk::gui {

class Session;

// One page of the console (Requests, Approvals, Timeline, ...): a master/detail view of
// one part of the store. The main window shows the pages a user's roles allow in the
// navigation rail; core still checks every operation (a hidden page is a convenience,
// not the control).
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // A stable identifier: the screenshot's file name (DIR/<id>.png) and the settings key.
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;    // translated, for the rail and the window title
    virtual QString iconName() const = 0; // resources/icons/<name>.svg
    virtual bool availableTo(const security::SignedInUser &user) const = 0;
    // Called once, after sign-in; the page starts loading what it shows.
    virtual void attach(Session *session) = 0;

    // Whether the first load has arrived (screenshots wait for it).
    bool isReady() const { return m_ready; }
    // Saves and restores splitter positions, column widths and sort orders.
    virtual void saveLayout(QSettings &) const {}
    virtual void restoreLayout(const QSettings &) {}

Q_SIGNALS:
    void ready();
    // A short message for the status bar.
    void statusMessage(const QString &message);
    // Ask the main window to show another page, e.g. the timeline at a position:
    // ("timeline", {{"position", 1041}}).
    void navigateRequested(const QString &pageId, const QVariantMap &arguments);

public:
    // Another page asked to show something here (see navigateRequested).
    virtual void navigateTo(const QVariantMap &arguments) { Q_UNUSED(arguments) }

protected:
    void markReady()
    {
        if (m_ready)
            return;
        m_ready = true;
        Q_EMIT ready();
    }

private:
    bool m_ready = false;
};

} // namespace eventdesk::gui
