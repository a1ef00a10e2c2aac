// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/SignInDialog.h"

#include "ui_SignInDialog.h"

#include "security/Authenticator.h"
#include "security/Secret.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QFutureWatcher>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

SignInDialog::SignInDialog(std::shared_ptr<SqliteEventStore> store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_store(std::move(store))
{
    m_ui->setupUi(this);
    m_ui->storeLabel->setText(
        tr("Store: %1").arg(QDir::toNativeSeparators(m_store->location()).toHtmlEscaped()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->busy->setVisible(false);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x27, 0x2d));
    m_ui->errorLabel->setPalette(errorPalette);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->userEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setUserName(const QString &name)
{
    m_ui->userEdit->setText(name);
    m_ui->passwordEdit->setFocus();
}

void SignInDialog::setHint(const QString &hint)
{
    m_ui->storeLabel->setText(m_ui->storeLabel->text() + u"<br><br>"_s + hint.toHtmlEscaped());
}

void SignInDialog::submit(const QString &name, const QString &password)
{
    m_ui->userEdit->setText(name);
    m_ui->passwordEdit->setText(password);
    trySignIn();
}

QString SignInDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busy->setVisible(busy);
    m_ui->userEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void SignInDialog::trySignIn()
{
    if (m_busy)
        return;
    const QString name = m_ui->userEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your user name."));
        m_ui->errorLabel->setVisible(true);
        m_ui->userEdit->setFocus();
        return;
    }
    // The password leaves the widget as bytes that are wiped after use.
    QByteArray bytes = m_ui->passwordEdit->text().toUtf8();
    m_ui->passwordEdit->clear();
    auto secret = std::make_shared<security::Secret>(security::Secret::take(bytes));
    m_ui->errorLabel->setVisible(false);
    setBusy(true);
    auto store = m_store;
    QFuture<Result<security::SignedInUser>> future = QtConcurrent::run(
        [store, name, secret] { return security::Authenticator(*store).signIn(name, *secret); });
    future.then(this, [this](const Result<security::SignedInUser> &result) {
        setBusy(false);
        if (result) {
            m_user = *result;
            Q_EMIT attemptFinished(true);
            accept();
            return;
        }
        m_ui->errorLabel->setText(result.error().message);
        m_ui->errorLabel->setVisible(true);
        m_ui->passwordEdit->setFocus();
        Q_EMIT attemptFinished(false);
    });
}

} // namespace eventdesk::gui
