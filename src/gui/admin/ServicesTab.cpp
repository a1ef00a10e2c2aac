// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/ServicesTab.h"

#include "admin/ServicesModel.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "ui_ServicesTab.h"

#include <QHeaderView>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using services::ServiceSettings;
using services::ServiceSettingsStore;

ServicesTab::ServicesTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServicesTab>())
    , m_model(new ServicesModel(this))
{
    m_ui->setupUi(this);
    m_ui->servicesView->setModel(m_model);
    m_ui->servicesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->servicesView->setColumnWidth(ServicesModel::Service, 140);
    m_ui->servicesView->setColumnWidth(ServicesModel::Endpoint, 360);
    m_ui->servicesView->setColumnWidth(ServicesModel::Timeout, 110);
    m_ui->modeCombo->addItems({u"up"_s, u"down"_s, u"flaky:0.3"_s, u"slow:2000"_s});
    m_ui->saveButton->setIcon(themedIcon(u"device-floppy"_s));
    m_ui->editBox->setEnabled(false);
    connect(m_ui->servicesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServicesTab::showSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ServicesTab::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ServicesTab::showSelected);
}

ServicesTab::~ServicesTab() = default;

void ServicesTab::attach(Session *session)
{
    m_session = session;
    if (session->isReadOnly()) { // core refuses the change too; the button says why
        m_ui->saveButton->setEnabled(false);
        m_ui->saveButton->setToolTip(Session::readOnlyNote());
    }
    connect(session, &Session::eventsCommitted, this, &ServicesTab::reload);
    reload();
}

void ServicesTab::reload()
{
    if (!m_session)
        return;
    const quint64 request = ++m_request;
    m_session->run(
        this, [](SqliteEventStore &store) { return ServiceSettingsStore(store).load(); },
        [this, request](Result<QList<ServiceSettings>> settings) {
            if (request != m_request)
                return;
            if (settings) {
                m_model->setSettings(*settings);
                if (!m_ui->servicesView->currentIndex().isValid() && m_model->rowCount() > 0)
                    m_ui->servicesView->selectRow(0);
            }
            Q_EMIT loaded();
        });
}

QString ServicesTab::selectedName() const
{
    const QModelIndexList rows = m_ui->servicesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ServicesModel::NameRole).toString();
}

void ServicesTab::showSelected()
{
    const QModelIndexList rows = m_ui->servicesView->selectionModel()->selectedRows();
    const ServiceSettings *s = rows.isEmpty() ? nullptr : m_model->settings(rows.first().row());
    m_ui->editBox->setEnabled(s != nullptr);
    m_ui->errorLabel->hide();
    if (!s)
        return;
    m_ui->editBox->setTitle(tr("Settings of %1").arg(s->name));
    m_ui->urlEdit->setText(s->isHttp() ? s->url : u"simulated"_s);
    m_ui->timeoutSpin->setValue(s->timeoutMs);
    m_ui->modeCombo->setCurrentText(s->mode.toText());
}

void ServicesTab::save()
{
    const QString name = selectedName();
    if (name.isEmpty() || !m_session)
        return;
    m_ui->errorLabel->hide();
    // The form's own checks first (the same parsers core uses), beside the field.
    auto endpoint = services::ServiceEndpoint::parse(m_ui->urlEdit->text().trimmed());
    auto mode = services::FaultMode::parse(m_ui->modeCombo->currentText().trimmed());
    auto refuse = [this](const QString &message) {
        m_ui->errorLabel->setStyleSheet(
            u"color: %1;"_s.arg(toneColor(StatusTone::Failed, paletteIsDark()).name()));
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
        Q_EMIT saved(false, message);
    };
    if (!endpoint)
        return refuse(endpoint.error().message);
    if (!mode)
        return refuse(mode.error().message);
    const int timeout = m_ui->timeoutSpin->value();
    const auto actor = m_session->user();
    m_ui->saveButton->setEnabled(false);
    m_session->run(
        this,
        [actor, name, ep = *endpoint, md = *mode,
         timeout](SqliteEventStore &store) -> Result<bool> {
            ServiceSettingsStore settings(store);
            auto changedEndpoint = settings.setEndpoint(actor, name, ep);
            if (!changedEndpoint)
                return changedEndpoint.error();
            auto changedTimeout = settings.setTimeout(actor, name, timeout);
            if (!changedTimeout)
                return changedTimeout.error();
            if (!ep.isHttp()) {
                auto changedMode = settings.setMode(actor, name, md);
                if (!changedMode)
                    return changedMode.error();
                return *changedEndpoint || *changedTimeout || *changedMode;
            }
            return *changedEndpoint || *changedTimeout;
        },
        [this, name, refuse](Result<bool> changed) {
            m_ui->saveButton->setEnabled(true);
            if (!changed)
                return refuse(changed.error().message);
            const QString message =
                *changed ? tr("The settings of %1 were saved.").arg(name)
                         : tr("Nothing to save: %1 already had these settings.").arg(name);
            m_ui->errorLabel->setStyleSheet(QString());
            m_ui->errorLabel->setText(message);
            m_ui->errorLabel->show();
            reload();
            Q_EMIT saved(true, message);
        });
}

} // namespace eventdesk::gui
