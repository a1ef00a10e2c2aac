// SPDX-License-Identifier: GPL-3.0-or-later
#include "sagas/SagasPage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

SagasPage::SagasPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Sagas"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool SagasPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void SagasPage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
