// SPDX-License-Identifier: GPL-3.0-or-later
#include "sagas/SagasPage.h"

#include "ui_SagasPage.h"

#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "projections/ReadModels.h"
#include "sagas/SagaDiagramView.h"
#include "sagas/SagaEventsModel.h"
#include "sagas/SagaListModel.h"
#include "sagas/SagaTrace.h"
#include "workflow/DefinitionRegistry.h"
#include "workflow/SagaEvents.h"

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

using projections::SagaFilter;
using projections::SagaRow;

using security::Role;

namespace {
// Every status the list can show, for the Status column's width.
QStringList sagaStatusWords()
{
    using namespace workflow::SagaStatus;
    return {Running, WaitingForPerson, WaitingForService, Compensating, Completed, Failed};
}

struct LoadedSaga
{
    SagaTrace trace;
    QHash<QString, QString> titles;
};

Result<LoadedSaga> readSaga(SqliteEventStore &store, const SagaRow &row)
{
    const QString stream = row.sagaId.startsWith(workflow::SagaStreamPrefix)
                               ? row.sagaId
                               : workflow::sagaStreamOf(row.sagaId);
    QList<RecordedEvent> events;
    qint64 from = 0;
    for (;;) { // a saga stream is short; read it in pages anyway
        auto slice = store.reader().readStream(stream, from, Direction::Forwards, 500);
        if (!slice)
            return slice.error();
        events.append(slice->events);
        if (slice->events.size() < 500)
            break;
        from = slice->events.last().streamVersion + 1;
    }
    QList<std::pair<QString, QString>> steps;
    LoadedSaga loaded;
    auto registry = workflow::DefinitionRegistry::load(store);
    if (registry) {
        const workflow::Definition *definition =
            registry->find(row.workflow, row.definitionVersion);
        if (!definition)
            definition = registry->latest(row.workflow);
        if (definition)
            for (const workflow::StepSpec &step : definition->steps) {
                steps.append({step.id, step.title});
                loaded.titles.insert(step.id, step.title.isEmpty() ? step.id : step.title);
            }
    }
    loaded.trace =
        buildSagaTrace(row.sagaId, row.workflow, steps, events, row.step, row.endedAt.has_value());
    return loaded;
}
} // namespace

SagasPage::SagasPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::SagasPage>())
    , m_model(new SagaListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_events(new SagaEventsModel(this))
{
    m_ui->setupUi(this);
    m_ui->banner->setStyleSheet(
        u"QLabel { padding: 6px; border-radius: 4px; background: %1; color: white; }"_s.arg(
            toneColor(StatusTone::Failed, false).name()));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SagaListModel::SortRole);
    m_ui->sagaTable->setModel(m_proxy);
    m_ui->sagaTable->setItemDelegateForColumn(SagaListModel::StatusColumn,
                                              new StatusPillDelegate(this));
    m_ui->sagaTable->sortByColumn(SagaListModel::AgeColumn, Qt::DescendingOrder);
    // One line a saga: a long request id loses its middle, not the rest of the row.
    m_ui->sagaTable->setWordWrap(false);
    m_ui->sagaTable->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_ui->sagaTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setResizeContentsPrecision(200);
    header->setSectionResizeMode(SagaListModel::WorkflowColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SagaListModel::AgeColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SagaListModel::RequestColumn, QHeaderView::Stretch);
    header->resizeSection(SagaListModel::StepColumn,
                          fontMetrics().horizontalAdvance(u"manager-approval"_s) + 16);
    fitPillColumn(m_ui->sagaTable, SagaListModel::StatusColumn, sagaStatusWords());

    m_ui->splitter->setSizes({650, 670});
    m_ui->eventTable->setModel(m_events);
    m_ui->eventTable->horizontalHeader()->resizeSection(SagaEventsModel::TypeColumn, 200);
    m_ui->eventTable->horizontalHeader()->resizeSection(SagaEventsModel::StepColumn, 140);

    m_ui->workflowFilter->addItem(tr("All workflows"), QString());
    m_ui->statusFilter->addItem(tr("All statuses"), QString());
    for (const QLatin1String word :
         {workflow::SagaStatus::Running, workflow::SagaStatus::WaitingForPerson,
          workflow::SagaStatus::WaitingForService, workflow::SagaStatus::Compensating,
          workflow::SagaStatus::Completed, workflow::SagaStatus::Failed}) {
        const StatusLook look = statusLook(word, paletteIsDark());
        m_ui->statusFilter->addItem(look.icon, look.text, QString(word));
    }
    m_ui->emptyLabel->setText(tr("No sagas match. A saga starts when someone submits a request; "
                                 "clear the filters to see every saga."));
    m_ui->sagaTitle->setText(tr("Select a saga to see its steps and events."));

    connect(m_ui->workflowFilter, &QComboBox::currentIndexChanged, this, &SagasPage::requestSagas);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &SagasPage::requestSagas);
    connect(m_ui->activeOnly, &QCheckBox::toggled, this, &SagasPage::requestSagas);
    connect(m_ui->textFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_ui->sagaTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SagasPage::loadSelectedSaga);
    connect(m_ui->eventTable, &QAbstractItemView::activated, this, &SagasPage::openEvent);
    connect(m_ui->eventTable, &QAbstractItemView::doubleClicked, this, &SagasPage::openEvent);
    // Selecting a step in the diagram selects its first event below.
    connect(m_ui->diagram, &SagaDiagramView::stepActivated, this, [this](const QString &stepId) {
        for (int row = 0; row < m_events->rowCount(); ++row)
            if (m_events->index(row, 0).data(SagaEventsModel::StepRole).toString() == stepId) {
                m_ui->eventTable->selectRow(row);
                m_ui->eventTable->scrollTo(m_events->index(row, 0));
                return;
            }
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->textFilter, qOverload<>(&QWidget::setFocus));
}

SagasPage::~SagasPage() = default;

bool SagasPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

SagaDiagramView *SagasPage::diagram() const
{
    return m_ui->diagram;
}

void SagasPage::attach(Session *session)
{
    m_session = session;
    connect(session, &Session::readModelsUpdated, this, [this] {
        requestSagas();
        loadSelectedSaga();
    });
    loadWorkflows();
    requestSagas();
}

void SagasPage::loadWorkflows()
{
    m_session->run(
        this,
        [](SqliteEventStore &store) -> Result<QStringList> {
            auto registry = workflow::DefinitionRegistry::load(store);
            if (!registry)
                return registry.error();
            QStringList names;
            for (const workflow::Definition &definition : registry->all())
                if (!names.contains(definition.name))
                    names.append(definition.name);
            return names;
        },
        [this](Result<QStringList> names) {
            if (!names)
                return showProblem(names.error().message);
            for (const QString &name : *names)
                if (m_ui->workflowFilter->findData(name) < 0)
                    m_ui->workflowFilter->addItem(name, name);
        });
}

void SagasPage::requestSagas()
{
    if (!m_session)
        return;
    SagaFilter filter;
    filter.workflow = m_ui->workflowFilter->currentData().toString();
    const QString status = m_ui->statusFilter->currentData().toString();
    if (!status.isEmpty())
        filter.statuses = {status};
    filter.activeOnly = m_ui->activeOnly->isChecked();
    filter.limit = 5000;
    const quint64 id = ++m_listRequest;
    m_session->run(
        this, [filter](SqliteEventStore &store) { return querySagas(store, filter); },
        [this, id](Result<QList<SagaRow>> rows) {
            if (id != m_listRequest) // a newer filter's answer is on its way
                return;
            if (!rows) {
                showProblem(tr("The sagas could not be read: %1").arg(rows.error().message));
                markReady();
                return;
            }
            m_ui->banner->hide();
            m_model->setRows(*rows, QDateTime::currentMSecsSinceEpoch());
            updateCount();
            if (!m_loaded) {
                m_loaded = true;
                if (m_proxy->rowCount() > 0 && !m_ui->sagaTable->currentIndex().isValid())
                    m_ui->sagaTable->setCurrentIndex(m_proxy->index(0, 0));
            }
            markReady();
        });
}

void SagasPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    m_ui->countLabel->setText((shown == 1 ? tr("1 saga") : tr("%1 sagas").arg(shown)));
    m_ui->emptyLabel->setVisible(shown == 0);
    m_ui->sagaTable->setVisible(shown != 0 || m_model->rowCount() != 0);
}

int SagasPage::visibleSagaCount() const
{
    return m_proxy->rowCount();
}

void SagasPage::setStatusFilter(const QString &status)
{
    m_ui->statusFilter->setCurrentIndex(std::max(0, m_ui->statusFilter->findData(status)));
}

bool SagasPage::selectSaga(const QString &sagaId)
{
    const int row = m_model->rowOf(sagaId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->sagaTable->setCurrentIndex(index);
    m_ui->sagaTable->scrollTo(index);
    return true;
}

QString SagasPage::selectedSagaId() const
{
    return m_ui->sagaTable->currentIndex().data(SagaListModel::SagaIdRole).toString();
}

void SagasPage::loadSelectedSaga()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->sagaTable->currentIndex());
    const SagaRow *row = m_model->rowAt(current.row());
    if (!m_session || !row) { // nothing selected (filtered away): nothing drawn
        ++m_sagaRequest;
        m_ui->diagram->clear();
        m_events->setEvents({}, {}, {}, 0);
        m_ui->sagaTitle->setText(tr("Select a saga to see its steps and events."));
        return;
    }
    const SagaRow copy = *row;
    const quint64 id = ++m_sagaRequest;
    m_session->run(
        this, [copy](SqliteEventStore &store) { return readSaga(store, copy); },
        [this, id, copy](Result<LoadedSaga> loaded) {
            if (id != m_sagaRequest)
                return;
            if (!loaded)
                return showProblem(
                    tr("The saga could not be read: %1").arg(loaded.error().message));
            const StatusLook look = statusLook(copy.status, paletteIsDark());
            m_ui->sagaTitle->setText(
                u"<b>%1</b> · %2 v%3 · %4"_s
                    .arg(copy.request.toHtmlEscaped(), copy.workflow.toHtmlEscaped())
                    .arg(copy.definitionVersion)
                    .arg(look.text.toHtmlEscaped()) +
                (copy.cause.isEmpty() ? QString() : u" — "_s + copy.cause.toHtmlEscaped()));
            m_ui->diagram->setTrace(loaded->trace);
            m_events->setEvents(copy.sagaId, loaded->trace.events, loaded->titles,
                                QDateTime::currentMSecsSinceEpoch());
        });
}

void SagasPage::openEvent(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT navigateRequested(u"timeline"_s,
                             {{u"position"_s, index.data(SagaEventsModel::PositionRole)}});
}

void SagasPage::showProblem(const QString &message)
{
    m_ui->banner->setText(message);
    m_ui->banner->show();
    Q_EMIT statusMessage(message);
}

void SagasPage::saveLayout(QSettings &settings) const
{
    settings.setValue(u"sagas/splitter"_s, m_ui->splitter->saveState());
    settings.setValue(u"sagas/header"_s, m_ui->sagaTable->horizontalHeader()->saveState());
    settings.setValue(u"sagas/eventsHeader"_s, m_ui->eventTable->horizontalHeader()->saveState());
}

void SagasPage::restoreLayout(const QSettings &settings)
{
    m_ui->splitter->restoreState(settings.value(u"sagas/splitter"_s).toByteArray());
    m_ui->sagaTable->horizontalHeader()->restoreState(
        settings.value(u"sagas/header"_s).toByteArray());
    // Saved in a shorter language, perhaps.
    fitPillColumn(m_ui->sagaTable, SagaListModel::StatusColumn, sagaStatusWords());
    m_ui->eventTable->horizontalHeader()->restoreState(
        settings.value(u"sagas/eventsHeader"_s).toByteArray());
}

} // namespace eventdesk::gui
