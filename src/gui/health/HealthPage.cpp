// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthPage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

HealthPage::HealthPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Health"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool HealthPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void HealthPage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
