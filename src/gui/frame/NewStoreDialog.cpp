// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/NewStoreDialog.h"

#include "ui_NewStoreDialog.h"

#include "security/NewStore.h"
#include "security/Secret.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

NewStoreDialog::NewStoreDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewStoreDialog>())
{
    m_ui->setupUi(this);
    m_ui->pathEdit->setText(QDir::toNativeSeparators(suggestedPath));
    m_ui->errorLabel->setVisible(false);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x27, 0x2d));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Where the new store goes"),
                                                          m_ui->pathEdit->text(),
                                                          tr("EventDesk stores (*.eventdesk)"));
        if (!file.isEmpty())
            m_ui->pathEdit->setText(QDir::toNativeSeparators(file));
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewStoreDialog::create);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->adminEdit->setFocus();
}

NewStoreDialog::~NewStoreDialog() = default;

QString NewStoreDialog::administrator() const
{
    return m_ui->adminEdit->text().trimmed();
}

QString NewStoreDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void NewStoreDialog::submit(const QString &path, const QString &admin, const QString &password,
                            const QString &repeated, const QString &currency)
{
    m_ui->pathEdit->setText(path);
    m_ui->adminEdit->setText(admin);
    m_ui->passwordEdit->setText(password);
    m_ui->repeatEdit->setText(repeated);
    m_ui->currencyEdit->setText(currency);
    create();
}

void NewStoreDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}

void NewStoreDialog::create()
{
    if (m_busy)
        return;
    const QString path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    const QString admin = administrator();
    if (path.isEmpty()) {
        showError(tr("Choose where the new store goes."));
        m_ui->pathEdit->setFocus();
        return;
    }
    if (admin.isEmpty()) {
        showError(tr("Name the first administrator."));
        m_ui->adminEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        showError(tr("The two passwords differ; type the same password twice."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    QByteArray bytes = m_ui->passwordEdit->text().toUtf8();
    auto password = std::make_shared<security::Secret>(security::Secret::take(bytes));
    const QString currency = m_ui->currencyEdit->text().trimmed().toUpper();
    m_busy = true;
    m_ui->buttons->setEnabled(false);
    m_ui->errorLabel->setVisible(false);
    QtConcurrent::run([path, admin, password, currency] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        return security::createStoreWithAdministrator(path, admin, *password, currency);
    }).then(this, [this, path](const Status &made) {
        m_busy = false;
        m_ui->buttons->setEnabled(true);
        if (!made) {
            showError(made.error().message);
            Q_EMIT attemptFinished(false);
            return;
        }
        m_ui->passwordEdit->clear();
        m_ui->repeatEdit->clear();
        m_created = path;
        Q_EMIT attemptFinished(true);
        accept();
    });
}

} // namespace eventdesk::gui
