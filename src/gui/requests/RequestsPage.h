// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Requests: my requests (everyone's for managers and auditors) and new requests.
class RequestsPage final : public Page
{
    Q_OBJECT
public:
    explicit RequestsPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("requests"); }
    QString title() const override { return tr("Requests"); }
    QString iconName() const override { return QStringLiteral("file-text"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
