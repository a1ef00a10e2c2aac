// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDetailPanel.h"

#include "EventDetailRequestsModel.h"
#include "EventDetailThreadModel.h"
#include "JsonDiff.h"
#include "JsonTreeModel.h"
#include "PreparedEventDetail.h"
#include "ui_EventDetailPanel.h"

#include "common/Format.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "security/Users.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

const char *const GenericRule = QT_TRANSLATE_NOOP(
    "eventdesk::gui::EventDetailPanel",
    "This stream is no workflow request, so its state is the generic fold: the payloads of "
    "its events up to this one, merged in order — each payload's top-level fields replace "
    "the same fields of the state; nothing is ever removed.");

// Columns sized to their contents look at this many rows at most (Qt's default is 1000
// and, for a view on a hidden tab, all of them up to that): sizing the "as of here"
// requests of a big store made every selection measure a thousand rows on the GUI thread.
constexpr int ResizeRows = 100;

void setupTable(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
}

} // namespace

EventDetailPanel::EventDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventDetailPanel>())
    , m_stateModel(new JsonTreeModel(this))
    , m_diffModel(new JsonDiffModel(this))
    , m_threadModel(new EventDetailThreadModel(this))
    , m_requestsModel(new EventDetailRequestsModel(this))
    , m_inboxModel(new EventDetailRequestsModel(this))
{
    m_ui->setupUi(this);
    m_ui->stateView->setModel(m_stateModel);
    m_ui->diffView->setModel(m_diffModel);
    m_ui->threadView->setModel(m_threadModel);
    m_ui->requestsView->setModel(m_requestsModel);
    m_ui->inboxView->setModel(m_inboxModel);
    for (QAbstractItemView *v : {static_cast<QAbstractItemView *>(m_ui->stateView),
                                 static_cast<QAbstractItemView *>(m_ui->diffView),
                                 static_cast<QAbstractItemView *>(m_ui->threadView),
                                 static_cast<QAbstractItemView *>(m_ui->requestsView),
                                 static_cast<QAbstractItemView *>(m_ui->inboxView)})
        setupTable(v);
    m_ui->stateView->setSelectionBehavior(QAbstractItemView::SelectItems);
    for (QTableView *t : {m_ui->requestsView, m_ui->inboxView}) {
        t->setItemDelegateForColumn(EventDetailRequestsModel::StatusColumn,
                                    new StatusPillDelegate(t));
        t->setWordWrap(false);
        // The stream id is in the title's tooltip; the title takes the room.
        t->setColumnHidden(EventDetailRequestsModel::StreamColumn, true);
        QHeaderView *h = t->horizontalHeader();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(QHeaderView::ResizeToContents);
        h->setSectionResizeMode(EventDetailRequestsModel::TitleColumn, QHeaderView::Stretch);
        h->setResizeContentsPrecision(ResizeRows);
    }
    // Keys and types as wide as they are, the values take the rest.
    QHeaderView *stateHeader = m_ui->stateView->header();
    stateHeader->setStretchLastSection(false);
    stateHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    stateHeader->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    stateHeader->setResizeContentsPrecision(ResizeRows);
    QHeaderView *diffHeader = m_ui->diffView->header();
    diffHeader->setStretchLastSection(false);
    diffHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    diffHeader->setSectionResizeMode(JsonDiffModel::BeforeColumn, QHeaderView::Stretch);
    diffHeader->setSectionResizeMode(JsonDiffModel::AfterColumn, QHeaderView::Stretch);
    diffHeader->setResizeContentsPrecision(ResizeRows);
    QHeaderView *threadHeader = m_ui->threadView->header();
    threadHeader->setStretchLastSection(true);
    threadHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    threadHeader->setResizeContentsPrecision(ResizeRows);
    m_ui->threadView->setTextElideMode(Qt::ElideMiddle);
    m_ui->diffView->setTextElideMode(Qt::ElideMiddle);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->payloadEdit->setFont(fixed);
    m_ui->metadataEdit->setFont(fixed);
    m_ui->hashValue->setFont(fixed);
    m_ui->eventIdValue->setFont(fixed);
    m_ui->errorLabel->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(
        toneColor(StatusTone::Failed, paletteIsDark()).name()));
    setCausedBusy(false);
    connect(m_ui->causedStop, &QPushButton::clicked, this, &EventDetailPanel::stopCaused);

    // Enter (or a double click) on a link opens that event in the timeline.
    connect(m_ui->threadView, &QAbstractItemView::activated, this, &EventDetailPanel::followLink);
    connect(m_ui->inboxUser, &QComboBox::currentIndexChanged, this, [this] { loadInbox(); });
    showEmpty();
}

EventDetailPanel::~EventDetailPanel() = default;

void EventDetailPanel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &Session::eventsCommitted, this, &EventDetailPanel::onEventsCommitted);
    connect(m_session, &Session::readModelsUpdated, this, &EventDetailPanel::onReadModelsUpdated);
    loadUsers();
}

QString EventDetailPanel::inboxUser() const
{
    const QString chosen = m_ui->inboxUser->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    return m_session ? m_session->user().name : QString();
}

void EventDetailPanel::loadUsers()
{
    m_session->run(
        this, [](SqliteEventStore &store) { return security::loadUserDirectory(store); },
        [this](Result<security::UserDirectory> users) {
            if (!users || !m_session)
                return; // the picker keeps the signed-in user alone
            const QSignalBlocker block(m_ui->inboxUser);
            m_ui->inboxUser->clear();
            const QString me = m_session->user().name;
            for (const security::User &u : users->users()) {
                m_ui->inboxUser->addItem(u.name == me ? tr("%1 (you)").arg(u.name) : u.name,
                                         u.name);
                if (u.name == me)
                    m_ui->inboxUser->setCurrentIndex(m_ui->inboxUser->count() - 1);
            }
        });
}

void EventDetailPanel::showEmpty()
{
    m_loaded = false;
    m_ui->headerLabel->hide();
    m_ui->errorLabel->hide();
    m_ui->tabs->hide();
    m_ui->emptyLabel->show();
}

void EventDetailPanel::showError(const QString &message)
{
    m_ui->errorLabel->setText(tr("This event could not be shown: %1").arg(message));
    m_ui->errorLabel->show();
}

void EventDetailPanel::showEventAt(qint64 position)
{
    m_position = position;
    const quint64 request = ++m_loadRequest;
    ++m_causedRequest; // a scan for the previous event is of no use any more
    ++m_inboxRequest;
    m_causedStopped = false;
    setCausedBusy(false);
    if (position <= 0 || !m_session) {
        showEmpty();
        Q_EMIT loaded(position);
        return;
    }
    m_ui->emptyLabel->hide();
    m_ui->headerLabel->show();
    m_ui->headerLabel->setText(tr("Loading the event at position %1…").arg(position));
    const QString user = inboxUser();
    m_session->run(
        this,
        [position, user](SqliteEventStore &store) -> Result<PreparedEventDetail> {
            auto detail = loadEventDetail(store, position, user);
            if (!detail)
                return detail.error();
            // The diff and the tree are worked out here too, off the GUI thread.
            return prepareEventDetail(std::move(detail).value());
        },
        [this, request, position](Result<PreparedEventDetail> detail) {
            if (request != m_loadRequest)
                return; // a newer selection is being loaded
            if (!detail) {
                m_loaded = false;
                m_ui->tabs->hide();
                m_ui->headerLabel->setText(tr("Position %1").arg(position));
                showError(detail.error().message);
            } else {
                m_ui->errorLabel->hide();
                showDetail(*detail);
            }
            Q_EMIT loaded(position);
        });
}

void EventDetailPanel::showDetail(const PreparedEventDetail &prepared)
{
    const EventDetail &detail = prepared.detail;
    const RecordedEvent &e = detail.event;
    m_event = e;
    m_loaded = true;
    m_ui->tabs->show();
    m_ui->headerLabel->setText(tr("<b>%1</b> in %2 — version %3, position %4")
                                   .arg(e.type.toHtmlEscaped(), e.streamId.toHtmlEscaped())
                                   .arg(e.streamVersion)
                                   .arg(e.globalPosition));

    // State after, with the fields this event changed marked.
    const QList<JsonChange> &changes = prepared.changes;
    m_stateModel->setTree(prepared.stateTree);
    // Right after the reset the view has not laid out yet: marking branches expanded only
    // records them (expandAll lays out and sizes every row of the tree at once).
    for (int node : prepared.expandedBranches)
        m_ui->stateView->setExpanded(m_stateModel->indexOfNode(node), true);
    const QString rule = detail.requestState
                             ? tr("The request as its stream's events up to this one rebuild "
                                  "it (the aggregate's JSON form, as `state --json` prints it).")
                             : tr(GenericRule);
    m_ui->stateCaption->setText(tr("The state of %1 right after version %2. %3")
                                    .arg(e.streamId)
                                    .arg(e.streamVersion)
                                    .arg(rule));
    m_ui->stateCaption->setToolTip(rule);
    m_ui->stateView->setToolTip(rule);

    // The diff with the state just before.
    m_diffModel->setChanges(changes);
    int added = 0, removed = 0, changed = 0;
    for (const JsonChange &c : changes)
        (c.kind == JsonChange::Kind::Added     ? added
         : c.kind == JsonChange::Kind::Removed ? removed
                                               : changed)++;
    const QString against =
        e.streamVersion == 0
            ? tr("This is the stream's first event: it is compared with an "
                 "empty state.")
            : tr("Compared with the state after version %1.").arg(e.streamVersion - 1);
    m_ui->diffCaption->setText(changes.isEmpty()
                                   ? tr("%1 This event changed no field of the state.").arg(against)
                                   : tr("%1 %2 added, %3 removed, %4 changed.")
                                         .arg(against)
                                         .arg(added)
                                         .arg(removed)
                                         .arg(changed));

    showEnvelope(e, prepared.payloadText, prepared.metadataText);

    // The thread: what is known now; the caused events follow from a scan.
    m_threadModel->setLinks(detail.thread);
    m_ui->threadCaption->setText(
        tr("Where this event came from and what came of it. Press Enter on a link (or "
           "double-click it) to open that event."));
    m_causedScannedTo = e.globalPosition;
    findCaused(e.globalPosition, m_session ? m_session->head() : 0);

    // The system as of here.
    m_requestsModel->setRows(detail.requestsAsOf);
    m_systemStale = m_session && m_session->readModelPosition() < e.globalPosition;
    QString system = detail.requestsAsOf.isEmpty()
                         ? tr("No request had been submitted by position %1.").arg(e.globalPosition)
                         : tr("The requests as they stood right after position %1 (%2 of them).")
                               .arg(e.globalPosition)
                               .arg(detail.requestsAsOf.size());
    if (m_systemStale)
        system += u' ' + tr("The read models are still catching up: this list completes when "
                            "they reach this position.");
    m_ui->systemCaption->setText(system);
    if (!detail.inboxUser.isEmpty())
        showInbox(detail.inboxAsOf, detail.inboxUser);
}

void EventDetailPanel::showEnvelope(const RecordedEvent &e, const QString &payloadText,
                                    const QString &metadataText)
{
    const QJsonObject meta = e.metadataObject();
    auto orDash = [this](const QString &s) { return s.isEmpty() ? tr("(none)") : s; };
    m_ui->positionValue->setText(QString::number(e.globalPosition));
    m_ui->streamValue->setText(e.streamId);
    m_ui->versionValue->setText(QString::number(e.streamVersion));
    m_ui->typeValue->setText(e.type);
    m_ui->schemaValue->setText(QString::number(e.schemaVersion));
    m_ui->timeValue->setText(
        tr("%1 (%2 UTC, %3)")
            .arg(exactTime(e.recordedAt),
                 QDateTime::fromMSecsSinceEpoch(e.recordedAt, Qt::UTC).toString(Qt::ISODateWithMs),
                 relativeTime(e.recordedAt, QDateTime::currentMSecsSinceEpoch())));
    m_ui->actorValue->setText(orDash(meta.value("actor"_L1).toString()));
    m_ui->eventIdValue->setText(uuidText(e.eventId));
    m_ui->correlationValue->setText(orDash(meta.value("correlationId"_L1).toString()));
    m_ui->causationValue->setText(orDash(meta.value("causationId"_L1).toString()));
    m_ui->hashValue->setText(hexText(e.hash));
    m_ui->payloadEdit->setPlainText(payloadText);
    m_ui->metadataEdit->setPlainText(metadataText);
}

void EventDetailPanel::showInbox(const QList<projections::InboxItem> &items, const QString &user)
{
    QList<projections::RequestRow> rows;
    rows.reserve(items.size());
    for (const projections::InboxItem &i : items)
        rows.append(i.request);
    m_inboxModel->setRows(std::move(rows));
    m_ui->inboxCaption->setText(
        items.isEmpty()
            ? tr("Nothing waited for %1 at position %2. Pick another user above to see "
                 "their inbox.")
                  .arg(user)
                  .arg(m_position)
            : tr("%n request(s) waited for %1 at position %2.", nullptr, int(items.size()))
                  .arg(user)
                  .arg(m_position));
}

void EventDetailPanel::loadInbox()
{
    if (!m_session || !m_loaded)
        return;
    const quint64 request = ++m_inboxRequest;
    const qint64 position = m_position;
    const QString user = inboxUser();
    m_ui->inboxCaption->setText(tr("Loading the inbox of %1…").arg(user));
    m_session->run(
        this,
        [user, position](SqliteEventStore &store) {
            return projections::queryInbox(store, user, position);
        },
        [this, request, user](Result<QList<projections::InboxItem>> items) {
            if (request != m_inboxRequest)
                return;
            if (!items) {
                m_inboxModel->setRows({});
                m_ui->inboxCaption->setText(
                    tr("The inbox of %1 could not be read: %2").arg(user, items.error().message));
                return;
            }
            showInbox(*items, user);
        });
}

void EventDetailPanel::setCausedBusy(bool busy)
{
    m_causedBusy = busy;
    m_ui->causedBusy->setVisible(busy);
    m_ui->causedStop->setVisible(busy);
}

void EventDetailPanel::findCaused(qint64 from, qint64 to)
{
    if (!m_session || m_causedStopped)
        return;
    const quint64 request = ++m_causedRequest;
    m_newestHead = 0;
    m_causedScanFrom = from;
    m_ui->causedBusy->setValue(0);
    setCausedBusy(true);
    m_ui->causedStatus->setText(tr("Looking for the events it caused (a scan of the events "
                                   "after this one)…"));
    scanCausedSlice(request, from, to);
}

void EventDetailPanel::scanCausedSlice(quint64 request, qint64 from, qint64 to)
{
    struct Slice
    {
        QList<ThreadLink> links;
        qint64 end = 0;    // scanned up to here
        qint64 target = 0; // the whole scan goes up to here
    };
    const QUuid id = m_event.eventId;
    m_session->run(
        this,
        [id, from, to](SqliteEventStore &store) -> Result<Slice> {
            qint64 target = to;
            if (target <= 0) {
                auto head = store.reader().headPosition();
                if (!head)
                    return head.error();
                target = head.value();
            }
            const qint64 end = std::min(target, from + CausedSlice);
            auto links = findCausedEvents(store, id, from, end);
            if (!links)
                return links.error();
            return Slice{std::move(links).value(), end, target};
        },
        [this, request](Result<Slice> slice) {
            if (request != m_causedRequest)
                return; // another event is shown, or the scan was stopped
            if (!slice) {
                setCausedBusy(false);
                m_ui->causedStatus->setText(
                    tr("The events it caused could not be found: %1").arg(slice.error().message));
                return;
            }
            m_threadModel->appendLinks(slice->links);
            m_causedScannedTo = std::max(m_causedScannedTo, slice->end);
            qsizetype caused = 0;
            for (const ThreadLink &l : m_threadModel->links())
                caused += l.relation == ThreadLink::Relation::Caused;
            if (slice->end < slice->target) {
                const qint64 span = std::max<qint64>(1, slice->target - m_causedScanFrom);
                m_ui->causedBusy->setValue(int(1000 * (slice->end - m_causedScanFrom) / span));
                m_ui->causedStatus->setText(
                    tr("Looking for the events it caused: %n found so far, up to position "
                       "%1 of %2…",
                       nullptr, int(caused))
                        .arg(slice->end)
                        .arg(slice->target));
                scanCausedSlice(request, slice->end, slice->target);
                return;
            }
            setCausedBusy(false);
            m_ui->causedStatus->setText(caused == 0
                                            ? tr("It caused no events (yet).")
                                            : tr("It caused %n event(s).", nullptr, int(caused)));
            // Events committed while the scan ran: scan those too.
            if (m_newestHead > m_causedScannedTo)
                findCaused(m_causedScannedTo, m_newestHead);
        });
}

void EventDetailPanel::stopCaused()
{
    ++m_causedRequest; // the slice under way is dropped when it arrives
    m_causedStopped = true;
    setCausedBusy(false);
    m_ui->causedStatus->setText(
        tr("Stopped: the events it caused are listed up to position %1.").arg(m_causedScannedTo));
}

void EventDetailPanel::onEventsCommitted(qint64 head)
{
    if (!m_loaded || m_causedStopped)
        return;
    // Newly committed events may have been caused by this one: scan only those.
    if (m_causedBusy)
        m_newestHead = std::max(m_newestHead, head);
    else if (head > m_causedScannedTo)
        findCaused(m_causedScannedTo, head);
}

void EventDetailPanel::onReadModelsUpdated(qint64 position)
{
    // The past does not change; only a list read before the projections reached the
    // event's position is read again.
    if (!m_loaded || !m_systemStale || position < m_position)
        return;
    m_systemStale = false;
    const quint64 request = m_loadRequest;
    const qint64 at = m_position;
    m_session->run(
        this,
        [at](SqliteEventStore &store) {
            projections::RequestFilter filter;
            filter.asOf = at;
            return projections::queryRequests(store, filter);
        },
        [this, request, at](Result<QList<projections::RequestRow>> rows) {
            if (request != m_loadRequest || !rows)
                return; // another event is shown, or the list stays as it was
            m_requestsModel->setRows(*rows);
            m_ui->systemCaption->setText(
                rows->isEmpty()
                    ? tr("No request had been submitted by position %1.").arg(at)
                    : tr("The requests as they stood right after position %1 (%2 of them).")
                          .arg(at)
                          .arg(rows->size()));
        });
    loadInbox();
}

void EventDetailPanel::followLink(const QModelIndex &index)
{
    const qint64 position = index.data(EventDetailThreadModel::PositionRole).toLongLong();
    if (position > 0)
        Q_EMIT eventRequested(position);
}

} // namespace eventdesk::gui
