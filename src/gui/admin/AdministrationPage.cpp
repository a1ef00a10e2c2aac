// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/AdministrationPage.h"

#include "admin/ServicesTab.h"
#include "admin/StoreTab.h"
#include "admin/UsersTab.h"
#include "admin/WorkflowsTab.h"
#include "frame/Session.h"
#include "ui_AdministrationPage.h"

#include <QSettings>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using security::Role;

AdministrationPage::AdministrationPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::AdministrationPage>())
{
    m_ui->setupUi(this);
    // The users list is what an administrator comes for first: ready when it is there.
    connect(m_ui->usersTab, &UsersTab::loaded, this, [this] { markReady(); });
}

AdministrationPage::~AdministrationPage() = default;

bool AdministrationPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Admin);
}

void AdministrationPage::attach(Session *session)
{
    m_session = session;
    m_ui->usersTab->attach(session);
    m_ui->workflowsTab->attach(session);
    m_ui->servicesTab->attach(session);
    m_ui->storeTab->attach(session);
}

void AdministrationPage::navigateTo(const QVariantMap &arguments)
{
    if (arguments.value(u"tab"_s).toString() == u"store"_s)
        m_ui->tabs->setCurrentWidget(m_ui->storeTab);
}

void AdministrationPage::saveLayout(QSettings &settings) const
{
    settings.setValue(u"tab"_s, m_ui->tabs->currentIndex());
}

void AdministrationPage::restoreLayout(const QSettings &settings)
{
    m_ui->tabs->setCurrentIndex(settings.value(u"tab"_s, 0).toInt());
}

UsersTab *AdministrationPage::usersTab() const
{
    return m_ui->usersTab;
}

WorkflowsTab *AdministrationPage::workflowsTab() const
{
    return m_ui->workflowsTab;
}

ServicesTab *AdministrationPage::servicesTab() const
{
    return m_ui->servicesTab;
}

StoreTab *AdministrationPage::storeTab() const
{
    return m_ui->storeTab;
}

} // namespace eventdesk::gui
