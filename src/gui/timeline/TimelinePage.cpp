// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelinePage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

TimelinePage::TimelinePage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Timeline"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool TimelinePage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void TimelinePage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
