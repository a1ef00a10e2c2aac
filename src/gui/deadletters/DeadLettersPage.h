// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Dead letters: parked messages, to inspect, retry, edit and retry, or discard.
class DeadLettersPage final : public Page
{
    Q_OBJECT
public:
    explicit DeadLettersPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("dead-letters"); }
    QString title() const override { return tr("Dead letters"); }
    QString iconName() const override { return QStringLiteral("mail-x"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
