// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Approvals: what waits for the signed-in user, with the request's detail and the actions.
class ApprovalsPage final : public Page
{
    Q_OBJECT
public:
    explicit ApprovalsPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("approvals"); }
    QString title() const override { return tr("Approvals"); }
    QString iconName() const override { return QStringLiteral("checklist"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
