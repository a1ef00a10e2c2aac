// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/ApprovalsPage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

ApprovalsPage::ApprovalsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Approvals"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool ApprovalsPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Manager) || user.hasRole(Role::Finance) || user.hasRole(Role::Warehouse) || user.hasRole(Role::Admin);
}

void ApprovalsPage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
