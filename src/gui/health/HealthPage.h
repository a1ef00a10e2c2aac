// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Health: the services' breakers, call and failure rates, latency and queues.
class HealthPage final : public Page
{
    Q_OBJECT
public:
    explicit HealthPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("health"); }
    QString title() const override { return tr("Health"); }
    QString iconName() const override { return QStringLiteral("heart-rate-monitor"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
