// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadletters/DeadLettersPage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

DeadLettersPage::DeadLettersPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Dead letters"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool DeadLettersPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void DeadLettersPage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
