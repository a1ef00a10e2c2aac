// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class UsersTab;
}

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::gui {

class Session;
class UserDialog;
class UsersModel;

// Administration › Users and roles: the user list and the changes an administrator makes
// (add, roles and limit, password, disable/enable, unlock), each sent to core as the
// signed-in user; core's refusal is shown as it says it.
class UsersTab final : public QWidget
{
    Q_OBJECT
public:
    explicit UsersTab(QWidget *parent = nullptr);
    ~UsersTab() override;

    void attach(Session *session);
    void reload();
    UsersModel *model() const { return m_model; }
    QString bannerText() const;

Q_SIGNALS:
    void loaded();
    // A change went through core (true) or was refused (false, with core's message).
    void changeFinished(bool ok, const QString &message);

private:
    using Change = std::function<Status(SqliteEventStore &)>;
    void addUser();
    void editRoles();
    void resetPassword();
    void runChange(const QString &done, Change change, UserDialog *dialog = nullptr);
    QString selectedName() const;
    void updateButtons();
    void showBanner(const QString &message, bool error);

    std::unique_ptr<Ui::UsersTab> m_ui;
    QPointer<Session> m_session;
    UsersModel *m_model = nullptr;
    QString m_currency = QStringLiteral("EUR");
    quint64 m_request = 0;
};

} // namespace eventdesk::gui
