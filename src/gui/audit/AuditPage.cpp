// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditPage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

AuditPage::AuditPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Audit"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool AuditPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void AuditPage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
