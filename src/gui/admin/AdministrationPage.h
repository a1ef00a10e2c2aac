// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

#include <memory>

namespace Ui {
class AdministrationPage;
}

namespace eventdesk::gui {

class ServicesTab;
class StoreTab;
class UsersTab;
class WorkflowsTab;

// Administration (administrators only; core enforces it again on every change): users and
// roles, workflow definitions, services and the store, one tab each.
class AdministrationPage final : public Page
{
    Q_OBJECT
public:
    explicit AdministrationPage(QWidget *parent = nullptr);
    ~AdministrationPage() override;
    QString pageId() const override { return QStringLiteral("administration"); }
    QString title() const override { return tr("Administration"); }
    QString iconName() const override { return QStringLiteral("settings"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    // {"tab": "store"} opens the store tab (backup, restore).
    void navigateTo(const QVariantMap &arguments) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    UsersTab *usersTab() const;
    WorkflowsTab *workflowsTab() const;
    ServicesTab *servicesTab() const;
    StoreTab *storeTab() const;

private:
    std::unique_ptr<Ui::AdministrationPage> m_ui;
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
