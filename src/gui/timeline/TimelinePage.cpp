// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelinePage.h"

#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "timeline/DensityChart.h"
#include "timeline/EventDetailPanel.h"
#include "timeline/TimelineModel.h"
#include "ui_TimelinePage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTimer>

#include <limits>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using security::Role;

namespace {
int clampToInt(qint64 v)
{
    return int(std::clamp<qint64>(v, 1, std::numeric_limits<int>::max()));
}
} // namespace

TimelinePage::TimelinePage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::TimelinePage>())
    , m_model(new TimelineModel(this))
    , m_filterDelay(new QTimer(this))
    , m_scrubDelay(new QTimer(this))
    , m_refreshDelay(new QTimer(this))
    , m_detailDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->eventView->setModel(m_model);
    // Fixed row heights: the view never measures a million rows to lay them out.
    m_ui->eventView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->eventView->verticalHeader()->setDefaultSectionSize(
        m_ui->eventView->fontMetrics().height() + 8);
    m_ui->eventView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->eventView->setColumnWidth(TimelineModel::Position, 80);
    m_ui->eventView->setColumnWidth(TimelineModel::Time, 90);
    m_ui->eventView->setColumnWidth(TimelineModel::Stream, 220);
    m_ui->eventView->setColumnWidth(TimelineModel::Type, 170);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->cancelScanButton->setIcon(themedIcon(u"player-stop"_s));
    m_ui->goToButton->setIcon(themedIcon(u"arrow-right"_s));
    m_ui->clearRangeButton->setIcon(themedIcon(u"x"_s));

    m_chart = new DensityChart(m_ui->chartHost);
    m_chart->setFocusPolicy(Qt::NoFocus); // the From/To fields are its keyboard equivalent
    m_ui->chartLayout->addWidget(m_chart);
    connect(m_chart, &DensityChart::rangeSelected, this, &TimelinePage::setTimeRange);

    m_detail = new EventDetailPanel(m_ui->detailHost);
    m_ui->detailLayout->addWidget(m_detail);
    connect(m_detail, &EventDetailPanel::eventRequested, this, [this](qint64 position) {
        navigateTo({{u"position"_s, position}});
    });

    m_ui->typeFilter->addItem(tr("All types"), QString());
    m_ui->actorFilter->lineEdit()->setPlaceholderText(tr("Actor"));
    m_ui->actorFilter->lineEdit()->setClearButtonEnabled(true);
    m_ui->actorFilter->setInsertPolicy(QComboBox::NoInsert);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromTime->setDateTime(now.addDays(-1));
    m_ui->toTime->setDateTime(now);
    QPalette errorPalette = m_ui->filterError->palette();
    errorPalette.setColor(QPalette::WindowText, toneColor(StatusTone::Failed, paletteIsDark()));
    m_ui->filterError->setPalette(errorPalette);

    // Filters apply once typing pauses, not on every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &TimelinePage::applyFilter);
    const auto later = [this] { m_filterDelay->start(); };
    connect(m_ui->streamFilter, &QLineEdit::textChanged, this, later);
    connect(m_ui->textFilter, &QLineEdit::textChanged, this, later);
    connect(m_ui->actorFilter, &QComboBox::currentTextChanged, this, later);
    connect(m_ui->fromTime, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->toTime, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->typeFilter, &QComboBox::currentIndexChanged, this, &TimelinePage::applyFilter);
    connect(m_ui->regexCheck, &QCheckBox::toggled, this, &TimelinePage::applyFilter);
    connect(m_ui->streamFilter, &QLineEdit::returnPressed, this, &TimelinePage::applyFilter);
    connect(m_ui->textFilter, &QLineEdit::returnPressed, this, &TimelinePage::applyFilter);
    connect(m_ui->rangeCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromTime->setEnabled(on);
        m_ui->toTime->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->clearRangeButton, &QPushButton::clicked, this, &TimelinePage::clearTimeRange);
    connect(m_ui->cancelScanButton, &QPushButton::clicked, this, &TimelinePage::cancelSearch);

    connect(m_model, &TimelineModel::ready, this, [this] {
        updateScrubber();
        updateCount();
        updateEmptyState();
        restoreSelection();
        if (m_firstLoad && m_model->rowCount() > 0 && m_selectedPosition == 0) {
            // An auditor's first look is the newest events: the list opens at its end.
            m_firstLoad = false;
            selectRow(m_model->rowCount() - 1);
        } else if (m_model->rowCount() == 0) {
            markReady();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateEmptyState();
        restoreSelection();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        updateEmptyState();
        if (!m_ui->eventView->currentIndex().isValid())
            restoreSelection();
    });
    connect(m_model, &TimelineModel::scanProgress, this, [this](qint64 scanned, qint64 total, int) {
        m_ui->scanProgress->setVisible(true);
        m_ui->cancelScanButton->setVisible(true);
        // QProgressBar holds ints: per mille, the text carries the positions.
        m_ui->scanProgress->setRange(0, 1000);
        m_ui->scanProgress->setValue(total > 0 ? int(scanned * 1000 / total) : 0);
        m_ui->scanProgress->setFormat(tr("%L1 of %L2 positions").arg(scanned).arg(total));
        updateCount();
    });
    connect(m_model, &TimelineModel::scanFinished, this, [this] {
        m_ui->scanProgress->setVisible(false);
        m_ui->cancelScanButton->setVisible(false);
        updateCount();
        updateEmptyState();
    });
    connect(m_model, &TimelineModel::loadFailed, this, [this](const QString &message) {
        m_ui->banner->setText(tr("The timeline could not be read: %1").arg(message));
        m_ui->banner->setVisible(true);
        markReady();
    });
    connect(m_model, &TimelineModel::pageLoaded, this, [this] {
        if (m_selectedPosition == 0)
            markReady();
    });
    connect(m_ui->eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    onCurrentRowChanged(current.row());
            });
    connect(m_detail, &EventDetailPanel::loaded, this, [this] { markReady(); });

    // The scrubber moves through positions; the list follows once it rests a moment.
    m_scrubDelay->setSingleShot(true);
    m_scrubDelay->setInterval(120);
    connect(m_ui->scrubber, &QSlider::valueChanged, this, [this](int value) {
        m_ui->scrubberValue->setText(tr("position %L1").arg(value));
        m_scrubDelay->start();
    });
    connect(m_scrubDelay, &QTimer::timeout, this,
            [this] { goToPosition(m_ui->scrubber->value()); });

    auto *goTo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    goTo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(goTo, &QShortcut::activated, this, &TimelinePage::askGoToPosition);
    connect(m_ui->goToButton, &QPushButton::clicked, this, &TimelinePage::askGoToPosition);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_ui->textFilter, qOverload<>(&QWidget::setFocus));

    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(150);
    connect(m_detailDelay, &QTimer::timeout, this, [this] {
        if (m_selectedPosition > 0 && m_detail->shownPosition() != m_selectedPosition)
            m_detail->showEventAt(m_selectedPosition);
    });
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(15000);
    connect(m_refreshDelay, &QTimer::timeout, this, [this] {
        loadDensity();
        loadLists();
    });
    updateEmptyState();
    updateScrubber();
}

TimelinePage::~TimelinePage() = default;

bool TimelinePage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void TimelinePage::attach(Session *session)
{
    m_session = session;
    m_model->setHead(session->head());
    m_model->setSession(session);
    m_detail->setSession(session);
    connect(session, &Session::eventsCommitted, this, &TimelinePage::onEventsCommitted);
    // The chart and the filter lists read the whole store; they start once the first rows
    // are on screen, so they never hold up the list on the worker threads.
    const auto startBackgroundReads = [this] {
        if (m_backgroundReadsStarted)
            return;
        m_backgroundReadsStarted = true;
        loadLists();
        loadDensity();
    };
    connect(m_model, &TimelineModel::pageLoaded, this, startBackgroundReads);
    connect(m_model, &TimelineModel::ready, this, [this, startBackgroundReads] {
        if (m_model->rowCount() == 0)
            startBackgroundReads();
    });
    // A store that fails to read still gets its chart tried, a little later.
    QTimer::singleShot(3000, this, startBackgroundReads);
}

void TimelinePage::onEventsCommitted(qint64 head)
{
    // Rows are appended at the end: no reset, the selection and the scroll stay put.
    m_model->setHead(head);
    updateScrubber();
    updateCount();
    if (!m_refreshDelay->isActive())
        m_refreshDelay->start();
}

void TimelinePage::saveLayout(QSettings &settings) const
{
    settings.setValue(u"splitter"_s, m_ui->splitter->saveState());
    settings.setValue(u"eventsHeader"_s, m_ui->eventView->horizontalHeader()->saveState());
}

void TimelinePage::restoreLayout(const QSettings &settings)
{
    m_ui->splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_ui->eventView->horizontalHeader()->restoreState(
        settings.value(u"eventsHeader"_s).toByteArray());
}

void TimelinePage::navigateTo(const QVariantMap &arguments)
{
    const qint64 position = arguments.value(u"position"_s).toLongLong();
    if (position <= 0)
        return;
    if (goToPosition(position) &&
        m_model->positionAt(m_ui->eventView->currentIndex().row()) == position)
        return;
    // Hidden by the filters: show everything again; the selection follows the reset.
    m_selectedPosition = position;
    m_detail->showEventAt(position);
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_ui->streamFilter), QSignalBlocker(m_ui->textFilter),
        QSignalBlocker(m_ui->typeFilter), QSignalBlocker(m_ui->actorFilter),
        QSignalBlocker(m_ui->rangeCheck)};
    m_ui->streamFilter->clear();
    m_ui->textFilter->clear();
    m_ui->typeFilter->setCurrentIndex(0);
    m_ui->actorFilter->setCurrentText(QString());
    m_ui->rangeCheck->setChecked(false);
    m_ui->fromTime->setEnabled(false);
    m_ui->toTime->setEnabled(false);
    applyFilter();
}

void TimelinePage::applyFilter()
{
    m_filterDelay->stop();
    TimelineFilter filter;
    filter.stream = m_ui->streamFilter->text().trimmed();
    filter.type = m_ui->typeFilter->currentData().toString();
    filter.actor = m_ui->actorFilter->currentText().trimmed();
    filter.text = m_ui->textFilter->text();
    filter.regex = m_ui->regexCheck->isChecked();
    if (m_ui->rangeCheck->isChecked()) {
        filter.fromTime = m_ui->fromTime->dateTime().toMSecsSinceEpoch();
        filter.toTime = m_ui->toTime->dateTime().toMSecsSinceEpoch();
        if (filter.toTime <= filter.fromTime) {
            m_ui->filterError->setText(tr("The range ends before it starts."));
            m_ui->filterError->setVisible(true);
            return;
        }
    }
    if (filter.regex && !filter.text.isEmpty()) {
        const QRegularExpression re(filter.text);
        if (!re.isValid()) {
            // The list keeps the last valid filter; the message says what is wrong where.
            m_ui->filterError->setText(tr("Not a valid regular expression: %1 (at character %2)")
                                           .arg(re.errorString())
                                           .arg(re.patternErrorOffset() + 1));
            m_ui->filterError->setVisible(true);
            return;
        }
    }
    m_ui->filterError->setVisible(false);
    m_ui->filterError->clear();
    m_ui->clearRangeButton->setEnabled(m_ui->rangeCheck->isChecked());
    m_chart->setRange(filter.fromTime, filter.toTime);
    m_model->setFilter(filter);
    m_ui->scanProgress->setVisible(m_model->isScanning());
    m_ui->cancelScanButton->setVisible(m_model->isScanning());
    updateCount();
}

void TimelinePage::cancelSearch()
{
    m_model->cancelScan();
}

void TimelinePage::setTimeRange(qint64 fromMs, qint64 toMs)
{
    const QSignalBlocker a(m_ui->fromTime), b(m_ui->toTime), c(m_ui->rangeCheck);
    m_ui->fromTime->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_ui->toTime->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    m_ui->rangeCheck->setChecked(true);
    m_ui->fromTime->setEnabled(true);
    m_ui->toTime->setEnabled(true);
    applyFilter();
}

void TimelinePage::clearTimeRange()
{
    m_ui->rangeCheck->setChecked(false); // applies the filter
}

bool TimelinePage::goToPosition(qint64 position)
{
    const int row = m_model->rowOf(position, true);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void TimelinePage::askGoToPosition()
{
    if (!m_session || m_model->head() <= 0)
        return;
    bool ok = false;
    const int current = clampToInt(m_selectedPosition > 0 ? m_selectedPosition : 1);
    const int position = QInputDialog::getInt(this, tr("Go to position"),
                                              tr("Global position (1–%L1):").arg(m_model->head()),
                                              current, 1, clampToInt(m_model->head()), 1, &ok);
    if (ok && !goToPosition(position))
        Q_EMIT statusMessage(
            tr("No event at or after position %L1 matches the filters.").arg(position));
}

void TimelinePage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_ui->eventView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    m_ui->eventView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TimelinePage::onCurrentRowChanged(int row)
{
    const qint64 position = m_model->positionAt(row);
    if (position <= 0)
        return;
    m_firstLoad = false;
    m_selectedPosition = position;
    // The detail follows once the selection rests: holding an arrow key or dragging the
    // scrubber does not rebuild a state for every event passed on the way.
    m_detailDelay->start();
    const QSignalBlocker blocker(m_ui->scrubber);
    m_ui->scrubber->setValue(clampToInt(position));
    m_ui->scrubberValue->setText(tr("position %L1").arg(position));
}

void TimelinePage::restoreSelection()
{
    if (m_selectedPosition <= 0)
        return;
    const int row = m_model->rowOf(m_selectedPosition);
    if (row >= 0 && m_ui->eventView->currentIndex().row() != row)
        selectRow(row);
}

void TimelinePage::updateCount()
{
    if (!m_model->isReady()) {
        m_ui->matchCount->setText(tr("counting…"));
        return;
    }
    const int rows = m_model->rowCount();
    if (m_model->isScanning())
        m_ui->matchCount->setText(tr("%L1+ events…").arg(rows));
    else if (m_model->scanWasCancelled())
        m_ui->matchCount->setText(tr("%L1 events up to position %L2 (search stopped)")
                                      .arg(rows)
                                      .arg(m_model->scannedTo()));
    else
        m_ui->matchCount->setText(rows == 1 ? tr("1 event") : tr("%L1 events").arg(rows));
}

QString TimelinePage::matchCountText() const
{
    return m_ui->matchCount->text();
}

QString TimelinePage::filterErrorText() const
{
    return m_ui->filterError->isVisibleTo(this) ? m_ui->filterError->text() : QString();
}

void TimelinePage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_ui->listStack->setCurrentWidget(m_ui->eventView);
        return;
    }
    m_ui->listStack->setCurrentWidget(m_ui->listEmpty);
    if (!m_model->isReady())
        m_ui->listEmpty->setText(tr("Reading the store…"));
    else if (m_model->isScanning())
        m_ui->listEmpty->setText(tr("Searching the events…"));
    else if (!m_model->filter().isEmpty())
        m_ui->listEmpty->setText(tr("No event matches these filters. Clear a filter or the "
                                    "time range to see more."));
    else
        m_ui->listEmpty->setText(
            tr("The timeline lists every event of the store in the order it was recorded: "
               "each request submitted, approved or paid, each saga step, each change to "
               "users. It fills as people work in the console; select an event to see the "
               "state it left behind."));
}

void TimelinePage::updateScrubber()
{
    const QSignalBlocker blocker(m_ui->scrubber);
    m_ui->scrubber->setMaximum(clampToInt(m_model->head()));
    m_ui->scrubber->setEnabled(m_model->head() > 0);
    m_ui->goToButton->setEnabled(m_model->head() > 0);
    m_ui->scrubber->setPageStep(std::max(1, int(m_model->head() / 50)));
}

void TimelinePage::loadLists()
{
    if (!m_session)
        return;
    const quint64 request = ++m_listsRequest;
    struct Lists
    {
        QStringList types;
        QStringList actors;
    };
    m_session->run(
        this,
        [](SqliteEventStore &store) -> Result<Lists> {
            auto types = timelinequery::distinctTypes(store);
            if (!types)
                return types.error();
            auto actors = timelinequery::distinctActors(store);
            if (!actors)
                return actors.error();
            return Lists{*types, *actors};
        },
        [this, request](Result<Lists> lists) {
            if (request != m_listsRequest || !lists)
                return;
            // Refilled without touching what is chosen (no filter re-applied).
            const QSignalBlocker a(m_ui->typeFilter), b(m_ui->actorFilter);
            const QString type = m_ui->typeFilter->currentData().toString();
            while (m_ui->typeFilter->count() > 1)
                m_ui->typeFilter->removeItem(1);
            for (const QString &t : std::as_const(lists->types))
                m_ui->typeFilter->addItem(t, t);
            m_ui->typeFilter->setCurrentIndex(std::max(0, m_ui->typeFilter->findData(type)));
            const QString actor = m_ui->actorFilter->currentText();
            m_ui->actorFilter->clear();
            m_ui->actorFilter->addItems(lists->actors);
            m_ui->actorFilter->setCurrentText(actor);
        });
}

void TimelinePage::loadDensity()
{
    if (!m_session)
        return;
    const quint64 request = ++m_densityRequest;
    const int buckets = std::clamp(m_ui->chartHost->width() / 6, 60, 300);
    m_session->run(
        this, [buckets](SqliteEventStore &store) { return timelinequery::density(store, buckets); },
        [this, request](Result<TimelineDensity> density) {
            if (request != m_densityRequest)
                return;
            if (!density) {
                m_chart->showMessage(
                    tr("The chart could not be read: %1").arg(density.error().message));
                return;
            }
            m_chart->setDensity(*density);
            m_chart->setRange(m_model->filter().fromTime, m_model->filter().toTime);
        });
}

} // namespace eventdesk::gui
