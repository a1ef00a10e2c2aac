// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/WelcomePage.h"

#include "ui_WelcomePage.h"

#include "app/AppIdentity.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "frame/BackupRestorer.h"
#include "frame/NewStoreDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxRecentStores = 8;
const QString RecentKey = u"store/recent"_s;
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    m_ui->problem->setVisible(false);
    m_ui->readOnlyButton->setIcon(themedIcon(u"eye"_s));
    m_ui->restoreButton->setIcon(themedIcon(u"history"_s));
    m_ui->cancelRestoreButton->setIcon(themedIcon(u"player-stop"_s));
    m_ui->readOnlyButton->setVisible(false);
    m_ui->restoreButton->setVisible(false);
    m_ui->cancelRestoreButton->setVisible(false);
    m_ui->restoreProgress->setVisible(false);
    m_ui->restoreStatus->setVisible(false);
    m_restorer = new BackupRestorer(this);
    connect(m_ui->readOnlyButton, &QPushButton::clicked, this, &WelcomePage::readOnlyRequested);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        if (m_restorer->chooseAndRestore())
            setRestoring(true);
    });
    connect(m_ui->cancelRestoreButton, &QPushButton::clicked, m_restorer, &BackupRestorer::cancel);
    connect(m_restorer, &BackupRestorer::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_ui->restoreProgress->setRange(0, 1000);
        m_ui->restoreProgress->setValue(int(done * 1000 / total));
        m_ui->restoreProgress->setFormat(tr("Verifying: %1 of %2 events").arg(done).arg(total));
    });
    connect(
        m_restorer, &BackupRestorer::finished, this,
        [this](const Result<VerifyReport> &result, const QString &target) {
            setRestoring(false);
            const bool ok = result && result->ok;
            m_ui->restoreStatus->setStyleSheet(
                ok || (!result && result.error().code == ErrorCode::Cancelled)
                    ? QString()
                    : u"color: %1;"_s.arg(toneColor(StatusTone::Failed, paletteIsDark()).name()));
            m_ui->restoreStatus->setText(BackupRestorer::describe(result, target));
            m_ui->restoreStatus->setVisible(true);
            if (ok)
                Q_EMIT storeChosen(target);
        });
    m_ui->demoButton->setIcon(themedIcon(u"player-play"_s));
    m_ui->openButton->setIcon(themedIcon(u"database"_s));
    m_ui->createButton->setIcon(themedIcon(u"plus"_s));
    for (QPushButton *button : {m_ui->demoButton, m_ui->openButton, m_ui->createButton}) {
        button->setMinimumHeight(40);
        button->setMinimumWidth(460);
        button->setIconSize(QSize(20, 20));
    }
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open a store"), QFileInfo(defaultStorePath()).absolutePath(),
            tr("EventDesk stores (*.eventdesk);;All files (*)"));
        if (!file.isEmpty())
            Q_EMIT storeChosen(file);
    });
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new NewStoreDialog(defaultStorePath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { Q_EMIT storeChosen(dialog->createdPath()); });
        dialog->open();
    });
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT storeChosen(item->data(Qt::UserRole).toString());
    });
    setRecentStores(recentStores());
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setProblem(const QString &message, bool offerReadOnly)
{
    m_ui->problem->setVisible(!message.isEmpty());
    m_ui->problem->setText(
        offerReadOnly
            ? tr("<p><b>That store could not be opened.</b> %1</p><p>Open it read-only to see "
                 "what it holds (nothing can be changed then), restore a backup into a new "
                 "store, open another one, or explore the demo.</p>")
                  .arg(message.toHtmlEscaped())
            : tr("<p><b>That store could not be opened.</b> %1</p><p>Restore a backup into a "
                 "new store, open another one, or explore the demo.</p>")
                  .arg(message.toHtmlEscaped()));
    m_ui->readOnlyButton->setVisible(!message.isEmpty() && offerReadOnly);
    m_ui->restoreButton->setVisible(!message.isEmpty());
    m_ui->restoreStatus->setVisible(false);
}

void WelcomePage::restoreFrom(const QString &backup, const QString &target)
{
    if (m_restorer->isRunning())
        return;
    m_restorer->restore(backup, target);
    setRestoring(true);
}

void WelcomePage::setRestoring(bool restoring)
{
    m_ui->restoreButton->setEnabled(!restoring);
    m_ui->readOnlyButton->setEnabled(!restoring);
    m_ui->cancelRestoreButton->setVisible(restoring);
    m_ui->restoreProgress->setVisible(restoring);
    if (restoring) {
        // Copying reports no steps: a busy bar until the verification counts events.
        m_ui->restoreProgress->setRange(0, 0);
        m_ui->restoreProgress->resetFormat();
        m_ui->restoreStatus->setStyleSheet(QString());
        m_ui->restoreStatus->setText(tr("Restoring and verifying…"));
        m_ui->restoreStatus->setVisible(true);
    }
}

void WelcomePage::setRecentStores(const QStringList &paths)
{
    m_ui->recentList->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(themedIcon(u"database"_s), QFileInfo(path).fileName(),
                                         m_ui->recentList);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
        item->setText(tr("%1 — %2").arg(QFileInfo(path).fileName(),
                                        QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    m_ui->recentLabel->setVisible(!paths.isEmpty());
    m_ui->recentList->setVisible(!paths.isEmpty());
}

QStringList WelcomePage::recentStores()
{
    return QSettings().value(RecentKey).toStringList();
}

void WelcomePage::rememberStore(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentStores();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentStores)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
}

} // namespace eventdesk::gui
