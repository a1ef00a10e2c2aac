// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/ApprovalsPage.h"

#include "ui_ApprovalsPage.h"

#include "commands/RequestCommandService.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "requests/RequestTableModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

using security::Role;

namespace {

// What an action's result says, and who got there first when someone did.
struct ActResult
{
    Result<commands::CommandOutcome> outcome;
    QString firstBy; // "Max approved this a moment ago"; empty unless someone acted first
};

bool needsReason(const workflow::ActionSpec &action)
{
    return action.reasonRequired || action.name == "reject"_L1 || action.name == "cancel"_L1;
}

QString actionLabel(const QString &action)
{
    if (action == "approve"_L1)
        return ApprovalsPage::tr("&Approve");
    if (action == "reject"_L1)
        return ApprovalsPage::tr("&Reject…");
    if (action == "cancel"_L1)
        return ApprovalsPage::tr("Cancel &order…");
    if (action == "pack"_L1)
        return ApprovalsPage::tr("Mark &packed");
    if (action == "ship"_L1)
        return ApprovalsPage::tr("Mark &shipped");
    if (action == "deliver"_L1)
        return ApprovalsPage::tr("Mark &delivered");
    return action.left(1).toUpper() + action.mid(1);
}

// "Max approved this 2 min ago": the first event by a person after the version the user
// decided on; empty when only the system wrote since. Worker thread.
QString describeFirst(SqliteEventStore &store, const QString &streamId, qint64 seenVersion)
{
    auto slice = store.reader().readStream(streamId, seenVersion + 1, Direction::Forwards, 50);
    if (!slice)
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const RecordedEvent &event : slice->events) {
        const QString actor = event.actor();
        if (actor.isEmpty() || actor.startsWith(u'$'))
            continue;
        const QString who = actor.left(1).toUpper() + actor.mid(1);
        const qint64 at = event.payloadObject().value("at"_L1).toInteger(event.recordedAt);
        const QString when =
            now - at < 60'000 ? ApprovalsPage::tr("a moment ago") : relativeTime(at, now);
        const QString type = event.type;
        if (type.endsWith("Approved"_L1) || type.endsWith("Finalized"_L1))
            return ApprovalsPage::tr("%1 approved this %2.").arg(who, when);
        if (type.endsWith("Rejected"_L1))
            return ApprovalsPage::tr("%1 rejected this %2.").arg(who, when);
        if (type.endsWith("Cancelled"_L1))
            return ApprovalsPage::tr("%1 cancelled this %2.").arg(who, when);
        return ApprovalsPage::tr("%1 acted on this first (%2) %3.").arg(who, type, when);
    }
    return {};
}

} // namespace

ApprovalsPage::ApprovalsPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::ApprovalsPage>())
    , m_model(new RequestTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->bannerFrame->hide();
    m_ui->limitLabel->hide();
    m_ui->refreshButton->setIcon(themedIcon(u"refresh"_s));
    m_ui->dismissButton->setIcon(themedIcon(u"x"_s));
    m_ui->dismissButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

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
    table->setColumnHidden(RequestTableModel::Workflow, true);
    fitRequestColumns(table);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->detailView->showMessage(tr("Select a request to decide on it."));
    m_ui->detailPane->setEnabled(true);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ApprovalsPage::updateHeading);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalsPage::currentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ApprovalsPage::updateHeading);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ApprovalsPage::updateHeading);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ApprovalsPage::updateActionStates);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ApprovalsPage::refreshNow);
    connect(m_ui->dismissButton, &QToolButton::clicked, m_ui->bannerFrame, &QWidget::hide);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    auto *reject = new QShortcut(QKeySequence(u"Ctrl+R"_s), this);
    connect(reject, &QShortcut::activated, this, &ApprovalsPage::rejectShortcut);
    // The approve button holds Ctrl+Return; the Enter key of the number pad is another key.
    auto *keypadApprove = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(keypadApprove, &QShortcut::activated, this, [this] {
        for (QPushButton *button : std::as_const(m_actionButtons))
            if (button->isDefault() && button->isEnabled())
                button->click();
    });
    updateActionStates();
}

ApprovalsPage::~ApprovalsPage() = default;

bool ApprovalsPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Manager) || user.hasRole(Role::Finance) ||
           user.hasRole(Role::Warehouse) || user.hasRole(Role::Admin);
}

void ApprovalsPage::attach(Session *session)
{
    m_session = session;
    connect(session, &Session::readModelsUpdated, this, [this] { reload(); });
    reload();
}

void ApprovalsPage::reload()
{
    if (!m_session)
        return;
    const QString user = m_session->user().name;
    const quint64 request = ++m_listRequest;
    m_session->run(
        this, [user](SqliteEventStore &store) { return projections::queryInbox(store, user); },
        [this, request](Result<QList<projections::InboxItem>> items) {
            if (request != m_listRequest)
                return;
            if (!items) {
                showBanner(
                    tr("What waits for you could not be read: %1").arg(items.error().message),
                    true);
                markReady();
                return;
            }
            QList<projections::RequestRow> rows;
            m_items.clear();
            for (const projections::InboxItem &item : std::as_const(*items)) {
                rows.append(item.request);
                m_items.insert(item.request.streamId, item);
            }
            m_model->setNow(QDateTime::currentMSecsSinceEpoch());
            m_model->setRows(rows);
            updateHeading();
            if (!m_pendingSelection.isEmpty())
                navigateTo({{u"stream"_s, m_pendingSelection}});
            else if (!m_ui->tableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
                // The first that waits (oldest, nearest deadline) is shown at once, ready
                // for a decision from the keyboard.
                m_ui->tableView->selectionModel()->setCurrentIndex(
                    m_proxy->index(0, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            // The shown request left the list (decided) and the selection moved on to the
            // next one: show that one. Or the shown request moved on (someone else acted):
            // read it again so the actions match where it stands.
            const QString shown = shownStreamId();
            const QString selected = selectedStreamId();
            if (!m_busy && !selected.isEmpty() && selected != shown) {
                loadDetail(selected);
            } else if (!shown.isEmpty() && !m_busy) {
                const auto it = m_items.constFind(shown);
                if (it == m_items.cend() || it->request.version != m_detail->row.version)
                    loadDetail(shown);
            }
            markReady();
        });
}

void ApprovalsPage::updateHeading()
{
    m_ui->headingLabel->setText(tr("Waiting for you (%1)").arg(m_model->rowCount()));
    if (m_model->rowCount() == 0) {
        m_ui->emptyLabel->setText(tr("Nothing waits for you. New requests that need your "
                                     "approval (or a task of yours) appear here."));
        m_ui->listStack->setCurrentWidget(m_ui->emptyLabel);
    } else if (m_proxy->rowCount() == 0) {
        m_ui->emptyLabel->setText(tr("Nothing here matches \"%1\". Clear the filter to see all "
                                     "that waits for you.")
                                      .arg(m_ui->filterEdit->text()));
        m_ui->listStack->setCurrentWidget(m_ui->emptyLabel);
    } else {
        m_ui->listStack->setCurrentWidget(m_ui->tableView);
    }
}

QString ApprovalsPage::selectedStreamId() const
{
    const QModelIndex current = m_ui->tableView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RequestTableModel::StreamIdRole).toString() : QString();
}

QString ApprovalsPage::shownStreamId() const
{
    return m_detail ? m_detail->row.streamId : QString();
}

void ApprovalsPage::currentChanged()
{
    const QString id = selectedStreamId();
    if (id.isEmpty())
        return; // the detail stays: the typed comment and the banner's context with it
    if (id != shownStreamId()) {
        // Another request: what was typed belonged to the previous one.
        m_ui->commentEdit->clear();
        m_ui->reasonEdit->clear();
    }
    loadDetail(id);
}

void ApprovalsPage::loadDetail(const QString &streamId)
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
                m_detail.reset();
                m_ui->detailView->showMessage(
                    tr("This request could not be read: %1").arg(detail.error().message));
            } else {
                m_detail = *detail;
                m_ui->detailView->showDetail(*detail, QDateTime::currentMSecsSinceEpoch());
            }
            rebuildActions();
        });
}

void ApprovalsPage::rebuildActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    m_ui->limitLabel->hide();
    if (!m_detail || !m_detail->definition || !m_session) {
        updateActionStates();
        return;
    }
    const projections::RequestRow &row = m_detail->row;
    const workflow::StepSpec *step = m_detail->definition->step(row.step);
    const security::SignedInUser &user = m_session->user();
    const bool waitsForUser = m_items.contains(row.streamId);
    if (m_session->isReadOnly()) {
        // Nothing can be decided on a read-only store (core refuses it too): say so
        // where the buttons would be.
        m_ui->limitLabel->setText(Session::readOnlyNote());
        m_ui->limitLabel->show();
    } else if (step && waitsForUser) {
        bool primaryGiven = false;
        for (const workflow::ActionSpec &action : step->actions) {
            if (!action.performers.admits(user.name, user.roles, row.requester))
                continue;
            auto *button = new QPushButton(actionLabel(action.name), m_ui->detailPane);
            button->setProperty("action", action.name);
            button->setProperty("needsReason", needsReason(action));
            if (needsReason(action)) {
                button->setToolTip(tr("Needs a reason (Ctrl+R)"));
            } else if (!primaryGiven) {
                primaryGiven = true;
                button->setDefault(true);
                button->setShortcut(QKeySequence(u"Ctrl+Return"_s));
                button->setToolTip(
                    tr("%1 (Ctrl+Enter)").arg(actionLabel(action.name).remove(u'&')));
                button->setIcon(themedIcon(u"check"_s));
            }
            const QString name = action.name;
            connect(button, &QPushButton::clicked, this, [this, name] {
                if (m_detail)
                    performAction(m_detail->row.streamId, m_detail->row.version, name);
            });
            // Before the spacer: the buttons sit at the left, under the comment.
            m_ui->actionsLayout->insertWidget(int(m_actionButtons.size()), button);
            button->show(); // now, not on the layout's deferred show: its shortcut works at once
            m_actionButtons.append(button);
        }
        const auto item = m_items.value(row.streamId);
        if (item.limitApplies && item.limitCovers == false) {
            m_ui->limitLabel->setText(
                tr("Your approval limit does not cover %1: your approval is recorded, and a "
                   "manager with a higher limit must also approve.")
                    .arg(formatMoney(row.amount)));
            m_ui->limitLabel->show();
        }
    } else if (!waitsForUser) {
        m_ui->limitLabel->setText(tr("This request no longer waits for you."));
        m_ui->limitLabel->show();
    }
    updateActionStates();
}

void ApprovalsPage::updateActionStates()
{
    const bool hasReason = !m_ui->reasonEdit->text().trimmed().isEmpty();
    bool anyNeedsReason = false;
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        const bool reason = button->property("needsReason").toBool();
        anyNeedsReason = anyNeedsReason || reason;
        button->setEnabled(!m_busy && (!reason || hasReason));
    }
    const bool any = !m_actionButtons.isEmpty();
    m_ui->commentEdit->setEnabled(any);
    m_ui->reasonEdit->setEnabled(any && anyNeedsReason);
}

QPushButton *ApprovalsPage::actionButton(const QString &action) const
{
    for (QPushButton *button : m_actionButtons)
        if (button->property("action").toString() == action)
            return button;
    return nullptr;
}

void ApprovalsPage::rejectShortcut()
{
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        if (!button->property("needsReason").toBool())
            continue;
        if (m_ui->reasonEdit->text().trimmed().isEmpty()) {
            m_ui->reasonEdit->setFocus();
            Q_EMIT statusMessage(tr("Give a reason, then press Ctrl+R again."));
        } else if (button->isEnabled()) {
            button->click();
        }
        return;
    }
}

void ApprovalsPage::performAction(const QString &streamId, qint64 seenVersion,
                                  const QString &action)
{
    if (!m_session || m_busy)
        return;
    commands::ActInput input;
    input.streamId = streamId;
    input.action = action;
    input.comment = m_ui->commentEdit->text().trimmed();
    input.reason = m_ui->reasonEdit->text().trimmed();
    m_busy = true;
    m_ui->busyLabel->setText(tr("Recording…"));
    m_ui->bannerFrame->hide();
    updateActionStates();
    const security::SignedInUser user = m_session->user();
    m_session->run(
        this,
        [user, input, seenVersion](SqliteEventStore &store) {
            ActResult result;
            // Someone acted after the user read the request: they decided on what they
            // saw, so nothing is recorded and they are told.
            auto version = store.reader().streamVersion(input.streamId);
            if (version && *version > seenVersion && seenVersion >= 0) {
                result.firstBy = describeFirst(store, input.streamId, seenVersion);
                if (!result.firstBy.isEmpty()) {
                    result.outcome = Error::conflict(QString());
                    return result;
                }
            }
            result.outcome = commands::RequestCommandService(store).act(user, input);
            if (!result.outcome && result.outcome.error().code == ErrorCode::Conflict)
                result.firstBy = describeFirst(store, input.streamId, seenVersion);
            return result;
        },
        [this, action, limitShort = approvalFallsShort(streamId)](ActResult result) {
            m_busy = false;
            m_ui->busyLabel->clear();
            updateActionStates();
            if (!result.outcome) {
                const Error &error = result.outcome.error();
                if (error.code == ErrorCode::Conflict) {
                    QString text = result.firstBy.isEmpty()
                                       ? tr("Someone else acted on this first.")
                                       : result.firstBy;
                    if (!error.message.isEmpty() && !result.firstBy.isEmpty())
                        text += u' ' + error.message;
                    showBanner(text, true);
                } else if (error.code == ErrorCode::AccessDenied) {
                    showBanner(tr("Not allowed: %1").arg(error.message), false);
                } else {
                    showBanner(tr("Not recorded: %1").arg(error.message), false);
                }
                Q_EMIT actionFinished(false);
                return;
            }
            // Done: what was typed went with the decision.
            m_ui->commentEdit->clear();
            m_ui->reasonEdit->clear();
            if (action == "approve"_L1 && limitShort)
                showBanner(tr("Your approval is recorded; a manager with a higher limit must "
                              "also approve."),
                           false);
            Q_EMIT statusMessage(tr("Recorded: %1.").arg(actionLabel(action).remove(u'&')));
            if (m_session)
                m_session->refreshSoon();
            Q_EMIT actionFinished(true);
        });
}

bool ApprovalsPage::approvalFallsShort(const QString &streamId) const
{
    const auto it = m_items.constFind(streamId);
    return it != m_items.cend() && it->limitApplies && it->limitCovers == false;
}

void ApprovalsPage::showBanner(const QString &text, bool offerRefresh)
{
    m_ui->bannerLabel->setText(text);
    m_ui->refreshButton->setVisible(offerRefresh);
    m_ui->bannerFrame->show();
}

void ApprovalsPage::refreshNow()
{
    m_ui->bannerFrame->hide();
    if (m_session)
        m_session->refreshSoon();
    reload();
    const QString shown = shownStreamId();
    if (!shown.isEmpty())
        loadDetail(shown);
}

void ApprovalsPage::navigateTo(const QVariantMap &arguments)
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

void ApprovalsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_splitRestored || m_splitPlaced)
        return;
    m_splitPlaced = true;
    // What waits and the one being decided share the height at first (QSplitter would
    // share it by size hints: a short list over a tall, mostly empty detail). Once laid out.
    QTimer::singleShot(0, this, [this] {
        const int height = m_ui->splitter->height();
        m_ui->splitter->setSizes({height / 2, height - height / 2});
    });
}

void ApprovalsPage::saveLayout(QSettings &settings) const
{
    settings.setValue(u"approvals/splitter"_s, m_ui->splitter->saveState());
    settings.setValue(u"approvals/header"_s, m_ui->tableView->horizontalHeader()->saveState());
}

void ApprovalsPage::restoreLayout(const QSettings &settings)
{
    m_splitRestored =
        m_ui->splitter->restoreState(settings.value(u"approvals/splitter"_s).toByteArray());
    m_ui->tableView->horizontalHeader()->restoreState(
        settings.value(u"approvals/header"_s).toByteArray());
    fitStatusColumn(m_ui->tableView); // saved in a shorter language, perhaps
}

} // namespace eventdesk::gui
