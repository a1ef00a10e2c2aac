// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/RequestsPage.h"

#include "frame/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eventdesk::gui {

using security::Role;

RequestsPage::RequestsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Requests"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

bool RequestsPage::availableTo(const security::SignedInUser &) const
{
    return true;
}

void RequestsPage::attach(Session *session)
{
    m_session = session;
    markReady();
}

} // namespace eventdesk::gui
