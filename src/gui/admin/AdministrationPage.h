// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Administration: users and roles, workflow definitions, services and the store.
class AdministrationPage final : public Page
{
    Q_OBJECT
public:
    explicit AdministrationPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("administration"); }
    QString title() const override { return tr("Administration"); }
    QString iconName() const override { return QStringLiteral("settings"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
