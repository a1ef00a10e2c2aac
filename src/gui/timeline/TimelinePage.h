// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Timeline: every event of the store, paged by position, with filters and the state at any event.
class TimelinePage final : public Page
{
    Q_OBJECT
public:
    explicit TimelinePage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("timeline"); }
    QString title() const override { return tr("Timeline"); }
    QString iconName() const override { return QStringLiteral("timeline"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
