// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/AdministrationPage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

AdministrationPage::AdministrationPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Administration"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool AdministrationPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Admin);
}

void AdministrationPage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
