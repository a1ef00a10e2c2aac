// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/UserDialog.h"

#include "common/StatusStyle.h"
#include "security/Secret.h"
#include "ui_UserDialog.h"

#include <QCheckBox>
#include <QPushButton>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using security::Role;

UserDialog::UserDialog(Mode mode, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDialog>())
    , m_mode(mode)
    , m_currency(currency)
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::Add    ? tr("Add user")
                   : mode == Mode::Edit ? tr("Change roles and limit")
                                        : tr("Reset password"));
    m_ui->currencyLabel->setText(currency);
    int i = 0;
    for (Role role : security::AllRoles) {
        auto *box = new QCheckBox(security::roleTitle(role), this);
        box->setProperty("role", int(role));
        m_ui->rolesGrid->addWidget(box, i / 3, i % 3);
        m_roleBoxes << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            const bool manager = roles().has(Role::Manager);
            m_ui->limitEdit->setEnabled(manager);
        });
        ++i;
    }
    m_ui->limitEdit->setEnabled(false);
    if (mode != Mode::Add)
        m_ui->nameEdit->setReadOnly(true);
    if (mode == Mode::Password) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->rolesLabel, m_ui->limitLabel,
                                                           m_ui->limitEdit, m_ui->currencyLabel})
            w->hide();
        for (QCheckBox *box : std::as_const(m_roleBoxes))
            box->hide();
        m_ui->passwordLabel->setText(tr("New &password"));
    }
    if (mode == Mode::Edit) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->passwordLabel, m_ui->passwordEdit,
                                                           m_ui->repeatLabel, m_ui->repeatEdit})
            w->hide();
    }
    const QColor error = toneColor(StatusTone::Failed, paletteIsDark());
    m_ui->errorLabel->setStyleSheet(u"color: %1;"_s.arg(error.name()));
    m_ui->errorLabel->setObjectName(u"errorLabel"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
}

UserDialog::~UserDialog() = default;

void UserDialog::setUser(const security::User &user)
{
    m_ui->nameEdit->setText(user.name);
    for (QCheckBox *box : m_roleBoxes)
        box->setChecked(user.roles.has(Role(box->property("role").toInt())));
    m_ui->limitEdit->setText(user.approvalLimit ? user.approvalLimit->toString() : QString());
}

QString UserDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

security::RoleSet UserDialog::roles() const
{
    security::RoleSet set;
    for (QCheckBox *box : m_roleBoxes)
        if (box->isChecked())
            set.add(Role(box->property("role").toInt()));
    return set;
}

std::optional<Money> UserDialog::limit() const
{
    const QString text = m_ui->limitEdit->text().trimmed();
    if (text.isEmpty() || !roles().has(Role::Manager))
        return std::nullopt;
    auto money = Money::parse(text, m_currency);
    return money ? std::optional<Money>(*money) : std::nullopt;
}

std::shared_ptr<security::Secret> UserDialog::takePassword()
{
    auto secret = std::make_shared<security::Secret>(m_ui->passwordEdit->text().toUtf8());
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    return secret;
}

QString UserDialog::problem() const
{
    if (name().isEmpty())
        return tr("Give the user a name.");
    const QString nameProblem = security::validateUserName(name());
    if (m_mode == Mode::Add && !nameProblem.isEmpty())
        return nameProblem;
    if (m_mode != Mode::Password && roles().isEmpty())
        return tr("Choose at least one role.");
    const QString text = m_ui->limitEdit->text().trimmed();
    if (m_mode != Mode::Password && roles().has(Role::Manager) && !text.isEmpty()) {
        auto money = Money::parse(text, m_currency);
        if (!money)
            return money.error().message;
    }
    if (m_mode != Mode::Edit) {
        if (m_ui->passwordEdit->text().isEmpty())
            return tr("Enter a password for the new user.");
        if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text())
            return tr("The two passwords differ. Type the same password in both fields.");
    }
    return {};
}

void UserDialog::accept()
{
    const QString text = problem();
    if (!text.isEmpty()) {
        showError(text);
        return;
    }
    m_ui->errorLabel->hide();
    Q_EMIT submitted();
}

void UserDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    setBusy(false);
}

void UserDialog::setBusy(bool busy)
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace eventdesk::gui
