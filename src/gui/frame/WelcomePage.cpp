// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/WelcomePage.h"

#include "ui_WelcomePage.h"

#include "app/AppIdentity.h"
#include "common/Icons.h"
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

void WelcomePage::setProblem(const QString &message)
{
    m_ui->problem->setVisible(!message.isEmpty());
    m_ui->problem->setText(
        tr("<p><b>That store could not be opened.</b> %1</p><p>Open another one, restore a "
           "backup with <code>eventdesk-cli restore</code>, or explore the demo.</p>")
            .arg(message.toHtmlEscaped()));
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
