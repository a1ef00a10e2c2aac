// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/RequestsPage.h"

#include "ui_RequestsPage.h"

#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "projections/ReadModels.h"
#include "requests/RequestDetail.h"
#include "requests/RequestTableModel.h"
#include "requests/SubmitRequestDialog.h"

#include <QDateTime>
#include <QHeaderView>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

using security::Role;

RequestsPage::RequestsPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::RequestsPage>())
    , m_model(new RequestTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->bannerLabel->hide();
    m_ui->newButton->setIcon(themedIcon(u"plus"_s));
    m_ui->newButton->setToolTip(tr("New request (Ctrl+N)"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RequestTableModel::SortRole);
    QTableView *table = m_ui->tableView;
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(RequestTableModel::Status, new StatusPillDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    fitRequestColumns(table);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    // The list is what a person reads first: it starts with the larger share.
    m_ui->splitter->setSizes({900, 500});
    m_ui->detailView->showMessage(tr("Select a request to see its fields, path and history."));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { openNewRequest(); });
    connect(m_ui->mineButton, &QToolButton::toggled, this, [this] { reload(); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPage::currentChanged);
    // The selected request changed in place: its detail is read again.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const QString id = selectedStreamId();
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->rowAt(row)->version != m_detailVersion)
            loadDetail(id);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RequestsPage::updateHeading);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RequestsPage::updateHeading);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestsPage::updateHeading);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &RequestsPage::updateHeading);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    auto *create = new QShortcut(QKeySequence::New, this);
    connect(create, &QShortcut::activated, this, [this] { openNewRequest(); });
}

RequestsPage::~RequestsPage() = default;

bool RequestsPage::availableTo(const security::SignedInUser &) const
{
    return true;
}

void RequestsPage::attach(Session *session)
{
    m_session = session;
    const security::SignedInUser &user = session->user();
    const bool seesAll =
        user.hasRole(Role::Manager) || user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
    m_ui->mineButton->setVisible(seesAll);
    m_ui->allButton->setVisible(seesAll);
    // Set without a reload: the first load follows below.
    {
        const QSignalBlocker blocker(m_ui->mineButton);
        m_ui->allButton->setChecked(seesAll);
        m_ui->mineButton->setChecked(!seesAll);
    }
    m_ui->newButton->setVisible(user.hasRole(Role::Requester) || user.hasRole(Role::Admin));
    // Read-only: nothing can be submitted (core refuses it too); the button says why.
    if (session->isReadOnly()) {
        m_ui->newButton->setEnabled(false);
        m_ui->newButton->setToolTip(Session::readOnlyNote());
    }
    connect(session, &Session::readModelsUpdated, this, [this] { reload(); });
    reload();
}

bool RequestsPage::showsAll() const
{
    return m_ui->allButton->isChecked(); // never checked for those without the toggle
}

void RequestsPage::reload()
{
    if (!m_session)
        return;
    projections::RequestFilter filter;
    if (!showsAll())
        filter.requester = m_session->user().name;
    const quint64 request = ++m_listRequest;
    m_session->run(
        this,
        [filter](SqliteEventStore &store) { return projections::queryRequests(store, filter); },
        [this, request](Result<QList<projections::RequestRow>> rows) {
            if (request != m_listRequest)
                return; // a newer query is on its way
            if (!rows) {
                m_ui->bannerLabel->setText(
                    tr("The requests could not be read: %1").arg(rows.error().message));
                m_ui->bannerLabel->show();
                markReady();
                return;
            }
            m_ui->bannerLabel->hide();
            m_model->setNow(QDateTime::currentMSecsSinceEpoch());
            m_model->setRows(*rows);
            updateHeading();
            if (!m_pendingSelection.isEmpty())
                navigateTo({{u"stream"_s, m_pendingSelection}});
            markReady();
        });
}

void RequestsPage::updateHeading()
{
    const bool all = showsAll();
    const int shown = m_proxy->rowCount();
    m_ui->headingLabel->setText(all ? tr("All requests (%1)").arg(shown)
                                    : tr("My requests (%1)").arg(shown));
    if (m_model->rowCount() == 0) {
        m_ui->emptyLabel->setText(
            all ? tr("No requests yet. Requests appear here as people submit them.")
                : tr("You have not submitted any requests. Use New request… (Ctrl+N) to ask "
                     "for a purchase, an expense or an order; it appears here."));
        m_ui->listStack->setCurrentWidget(m_ui->emptyLabel);
    } else if (shown == 0) {
        m_ui->emptyLabel->setText(tr("No request matches \"%1\". Clear the filter to see them all.")
                                      .arg(m_ui->filterEdit->text()));
        m_ui->listStack->setCurrentWidget(m_ui->emptyLabel);
    } else {
        m_ui->listStack->setCurrentWidget(m_ui->tableView);
    }
}

QString RequestsPage::selectedStreamId() const
{
    const QModelIndex current = m_ui->tableView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RequestTableModel::StreamIdRole).toString() : QString();
}

void RequestsPage::currentChanged()
{
    const QString id = selectedStreamId();
    if (id.isEmpty()) {
        m_detailVersion = -1;
        m_ui->detailView->showMessage(tr("Select a request to see its fields, path and history."));
        return;
    }
    loadDetail(id);
}

void RequestsPage::loadDetail(const QString &streamId)
{
    if (!m_session)
        return;
    const quint64 request = ++m_detailRequest;
    m_session->run(
        this, [streamId](SqliteEventStore &store) { return loadRequestDetail(store, streamId); },
        [this, request](Result<RequestDetail> detail) {
            if (request != m_detailRequest)
                return;
            if (!detail) {
                m_ui->detailView->showMessage(
                    tr("This request could not be read: %1").arg(detail.error().message));
                return;
            }
            m_detailVersion = detail->row.version;
            m_ui->detailView->showDetail(*detail, QDateTime::currentMSecsSinceEpoch());
        });
}

SubmitRequestDialog *RequestsPage::openNewRequest()
{
    if (!m_session)
        return nullptr;
    if (m_session->isReadOnly()) { // Ctrl+N as well as the button
        Q_EMIT statusMessage(Session::readOnlyNote());
        return nullptr;
    }
    auto *dialog = new SubmitRequestDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitRequestDialog::submitted, this, [this](const QString &streamId) {
        Q_EMIT statusMessage(tr("Request submitted."));
        // A new request shows up once the projections have it: select it then, in "mine".
        m_pendingSelection = streamId;
        reload();
    });
    dialog->open();
    return dialog;
}

void RequestsPage::navigateTo(const QVariantMap &arguments)
{
    const QString id = arguments.value(u"stream"_s).toString();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelection = id;
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_ui->tableView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->tableView->scrollTo(index);
    }
}

void RequestsPage::saveLayout(QSettings &settings) const
{
    settings.setValue(u"requests/splitter"_s, m_ui->splitter->saveState());
    settings.setValue(u"requests/header"_s, m_ui->tableView->horizontalHeader()->saveState());
}

void RequestsPage::restoreLayout(const QSettings &settings)
{
    m_ui->splitter->restoreState(settings.value(u"requests/splitter"_s).toByteArray());
    m_ui->tableView->horizontalHeader()->restoreState(
        settings.value(u"requests/header"_s).toByteArray());
    fitStatusColumn(m_ui->tableView); // saved in a shorter language, perhaps
}

} // namespace eventdesk::gui
