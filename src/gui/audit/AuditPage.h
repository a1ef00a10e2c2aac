// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Audit: verification of the chain, exports, reports and the store as of a date.
class AuditPage final : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit"); }
    QString iconName() const override { return QStringLiteral("shield-check"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
