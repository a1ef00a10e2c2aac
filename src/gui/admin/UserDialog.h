// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Roles.h"
#include "security/Secret.h"
#include "security/Users.h"

#include <QDialog>

#include <memory>

class QCheckBox;
namespace Ui {
class UserDialog;
}

namespace eventdesk::gui {

// The form for a new user (name, roles, limit, password twice) or for changing an existing
// user's roles and limit. It checks what a form can (a name, a role, the two passwords
// agree, the limit's form); core decides the rest and its refusal is shown here too.
class UserDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        Edit,
        Password
    };
    UserDialog(Mode mode, const QString &currency, QWidget *parent = nullptr);
    ~UserDialog() override;

    void setUser(const security::User &user);
    QString name() const;
    security::RoleSet roles() const;
    // Empty: none given. Already checked by accept().
    std::optional<Money> limit() const;
    // Taken once: the fields are cleared so the text does not stay in the form.
    std::shared_ptr<security::Secret> takePassword();
    // Shows core's refusal and keeps the form open with what was typed.
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    // The form is complete; the caller sends it to core and closes the dialog on success.
    void submitted();

public:
    void accept() override;

private:
    QString problem() const;

    std::unique_ptr<Ui::UserDialog> m_ui;
    Mode m_mode;
    QString m_currency;
    QList<QCheckBox *> m_roleBoxes;
};

} // namespace eventdesk::gui
