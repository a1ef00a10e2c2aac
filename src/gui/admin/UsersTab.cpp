// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/UsersTab.h"

#include "admin/UserDialog.h"
#include "admin/UsersModel.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "security/UserAdministration.h"
#include "ui_UsersTab.h"

#include <QDateTime>
#include <QHeaderView>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using security::Role;
using security::UserAdministration;

namespace {
struct UsersSnapshot
{
    QList<security::User> users;
    QString currency;
};
} // namespace

UsersTab::UsersTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersTab>())
    , m_model(new UsersModel(this))
{
    m_ui->setupUi(this);
    m_ui->usersView->setModel(m_model);
    m_ui->usersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->usersView->setColumnWidth(UsersModel::Name, 160);
    m_ui->usersView->setColumnWidth(UsersModel::Roles, 360);
    m_ui->usersView->setColumnWidth(UsersModel::Limit, 160);
    m_ui->addButton->setIcon(themedIcon(u"plus"_s));
    m_ui->rolesButton->setIcon(themedIcon(u"users"_s));
    m_ui->passwordButton->setIcon(themedIcon(u"lock"_s));
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_ui->rolesButton, &QPushButton::clicked, this, &UsersTab::editRoles);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_ui->usersView, &QAbstractItemView::doubleClicked, this, &UsersTab::editRoles);
    connect(m_ui->disableButton, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty() || !m_session)
            return;
        const auto actor = m_session->user();
        runChange(tr("%1 is disabled and can no longer sign in.").arg(name),
                  [actor, name](SqliteEventStore &store) {
                      return UserAdministration(store).disable(actor, name);
                  });
    });
    connect(m_ui->enableButton, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty() || !m_session)
            return;
        const auto actor = m_session->user();
        runChange(tr("%1 is enabled again.").arg(name), [actor, name](SqliteEventStore &store) {
            return UserAdministration(store).enable(actor, name);
        });
    });
    connect(m_ui->unlockButton, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty() || !m_session)
            return;
        const auto actor = m_session->user();
        runChange(tr("%1 is unlocked.").arg(name), [actor, name](SqliteEventStore &store) {
            return UserAdministration(store).unlock(actor, name);
        });
    });
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersTab::updateButtons);
    updateButtons();
}

UsersTab::~UsersTab() = default;

void UsersTab::attach(Session *session)
{
    m_session = session;
    if (session->isReadOnly()) {
        m_ui->addButton->setEnabled(false);
        m_ui->addButton->setToolTip(Session::readOnlyNote());
    }
    // $users is a raw stream (no read model): follow committed events.
    connect(session, &Session::eventsCommitted, this, &UsersTab::reload);
    reload();
}

void UsersTab::reload()
{
    if (!m_session)
        return;
    const quint64 request = ++m_request;
    m_session->run(
        this,
        [](SqliteEventStore &store) -> Result<UsersSnapshot> {
            auto users = UserAdministration(store).users();
            if (!users)
                return users.error();
            auto currency = security::baseCurrency(store);
            return UsersSnapshot{users->users(), currency ? *currency : u"EUR"_s};
        },
        [this, request](Result<UsersSnapshot> result) {
            if (request != m_request)
                return;
            if (!result) {
                showBanner(tr("The users could not be read: %1").arg(result.error().message), true);
            } else {
                m_currency = result->currency;
                m_model->setUsers(result->users);
                updateButtons();
            }
            Q_EMIT loaded();
        });
}

QString UsersTab::selectedName() const
{
    const QModelIndexList rows = m_ui->usersView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(UsersModel::NameRole).toString();
}

void UsersTab::updateButtons()
{
    const QString name = selectedName();
    const security::User *u = m_model->user(m_model->rowOf(name));
    // On a read-only store nothing here can be changed (core refuses it too).
    const bool any = u != nullptr && m_session && !m_session->isReadOnly();
    m_ui->rolesButton->setEnabled(any);
    m_ui->passwordButton->setEnabled(any);
    m_ui->disableButton->setEnabled(any && !u->disabled);
    m_ui->enableButton->setEnabled(any && u->disabled);
    m_ui->unlockButton->setEnabled(any && u->isLockedAt(QDateTime::currentMSecsSinceEpoch()));
}

void UsersTab::addUser()
{
    auto *dialog = new UserDialog(UserDialog::Mode::Add, m_currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        if (!m_session)
            return;
        const auto actor = m_session->user();
        security::UserAdministration::NewUser user{dialog->name(), dialog->roles(),
                                                   dialog->limit()};
        auto password = dialog->takePassword();
        runChange(
            tr("%1 was added.").arg(user.name),
            [actor, user, password](SqliteEventStore &store) {
                return UserAdministration(store).addUser(actor, user, *password);
            },
            dialog);
    });
    dialog->open();
}

void UsersTab::editRoles()
{
    const security::User *u = m_model->user(m_model->rowOf(selectedName()));
    if (!u || !m_ui->rolesButton->isEnabled()) // a double-click where the button is off
        return;
    auto *dialog = new UserDialog(UserDialog::Mode::Edit, m_currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUser(*u);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        if (!m_session)
            return;
        const auto actor = m_session->user();
        const QString name = dialog->name();
        const security::RoleSet roles = dialog->roles();
        const std::optional<Money> limit = dialog->limit();
        runChange(
            tr("The roles of %1 were changed.").arg(name),
            [actor, name, roles, limit](SqliteEventStore &store) {
                return UserAdministration(store).setRoles(actor, name, roles, limit);
            },
            dialog);
    });
    dialog->open();
}

void UsersTab::resetPassword()
{
    const security::User *u = m_model->user(m_model->rowOf(selectedName()));
    if (!u)
        return;
    auto *dialog = new UserDialog(UserDialog::Mode::Password, m_currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUser(*u);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        if (!m_session)
            return;
        const auto actor = m_session->user();
        const QString name = dialog->name();
        auto password = dialog->takePassword();
        runChange(
            tr("The password of %1 was reset.").arg(name),
            [actor, name, password](SqliteEventStore &store) {
                return UserAdministration(store).changePassword(actor, name, *password);
            },
            dialog);
    });
    dialog->open();
}

void UsersTab::runChange(const QString &done, Change change, UserDialog *dialog)
{
    if (!m_session)
        return;
    if (dialog)
        dialog->setBusy(true);
    QPointer<UserDialog> form(dialog);
    m_session->run(this, std::move(change), [this, done, form](Status status) {
        if (!status) {
            // Core's refusal, as it words it; the form (if any) stays open with the edit.
            if (form)
                form->showError(status.error().message);
            else
                showBanner(status.error().message, true);
            Q_EMIT changeFinished(false, status.error().message);
            return;
        }
        if (form)
            form->done(QDialog::Accepted);
        showBanner(done, false);
        reload();
        Q_EMIT changeFinished(true, done);
    });
}

void UsersTab::showBanner(const QString &message, bool error)
{
    const StatusTone tone = error ? StatusTone::Failed : StatusTone::Done;
    m_ui->banner->setStyleSheet(u"color: %1;"_s.arg(toneColor(tone, paletteIsDark()).name()));
    m_ui->banner->setText(message);
    m_ui->banner->setVisible(true);
}

QString UsersTab::bannerText() const
{
    return m_ui->banner->isVisible() ? m_ui->banner->text() : QString();
}

} // namespace eventdesk::gui
