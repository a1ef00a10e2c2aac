// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

namespace eventdesk::gui {

// Sagas: the workflow instances and one saga drawn as its steps.
class SagasPage final : public Page
{
    Q_OBJECT
public:
    explicit SagasPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("sagas"); }
    QString title() const override { return tr("Sagas"); }
    QString iconName() const override { return QStringLiteral("route"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;

private:
    QPointer<Session> m_session;
};

} // namespace eventdesk::gui
