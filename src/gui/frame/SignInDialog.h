// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/AccessControl.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::gui {

// Asks for a user name and password and checks them against the store's users on a
// worker thread (Argon2id takes a moment; the window stays responsive). A wrong password
// says so beside the field and keeps the name; a locked account says for how long.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(std::shared_ptr<SqliteEventStore> store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setUserName(const QString &name);
    // A line under the heading, e.g. the demo company's users and password.
    void setHint(const QString &hint);
    // After accept(): who signed in.
    const security::SignedInUser &signedInUser() const { return m_user; }

    // Signs in with these credentials without showing the dialog's own input (tests,
    // --screenshot); finished(accepted) follows.
    void submit(const QString &name, const QString &password);
    QString errorText() const;

Q_SIGNALS:
    void attemptFinished(bool signedIn);

private:
    void trySignIn();
    void setBusy(bool busy);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    std::shared_ptr<SqliteEventStore> m_store;
    security::SignedInUser m_user;
    bool m_busy = false;
};

} // namespace eventdesk::gui
