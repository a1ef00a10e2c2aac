// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditPage.h"

#include "audit/AuditLogModel.h"
#include "common/Icons.h"
#include "common/JobProgress.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "projections/ReadModels.h"
#include "ui_AuditPage.h"

#include "common/Plot.h"
#include <QHeaderView>
#include <QSettings>
#include <QTimer>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using security::Role;

AuditPage::AuditPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_model(new AuditLogModel(this))
    , m_progressTimer(new QTimer(this))
    , m_filterDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->logView->setModel(m_model);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->logView->setColumnWidth(AuditLogModel::Position, 80);
    m_ui->logView->setColumnWidth(AuditLogModel::Time, 100);
    m_ui->logView->setColumnWidth(AuditLogModel::Stream, 200);
    m_ui->logView->setColumnWidth(AuditLogModel::Type, 190);
    m_ui->logView->setColumnWidth(AuditLogModel::Actor, 90);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->exportButton->setIcon(themedIcon(u"file-export"_s));
    m_ui->verifyButton->setIcon(themedIcon(u"shield-check"_s));
    m_ui->cancelVerifyButton->setIcon(themedIcon(u"player-stop"_s));

    m_chart = new QCustomPlot(m_ui->chartHost);
    m_chart->setAccessibleName(tr("Requests submitted per day"));
    m_ui->chartLayout->addWidget(m_chart);

    // Typing in a filter re-asks core once the typing pauses, not on every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &AuditPage::applyFilter);
    for (QLineEdit *edit :
         {m_ui->actorFilter, m_ui->streamFilter, m_ui->typeFilter, m_ui->textFilter})
        connect(edit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->asOfCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->asOfPosition->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->asOfPosition, &QSpinBox::valueChanged, m_filterDelay,
            qOverload<>(&QTimer::start));

    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        updateEmptyState();
        markReady();
    });
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_ui->banner->setText(tr("The audit log could not be read: %1").arg(message));
        m_ui->banner->setVisible(true);
        markReady();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateEmptyState);

    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPage::startVerify);
    connect(m_ui->cancelVerifyButton, &QPushButton::clicked, this, &AuditPage::cancelVerify);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &AuditPage::updateProgress);
    updateEmptyState();
}

AuditPage::~AuditPage()
{
    // A verification still running stops soon; its result has nowhere to go.
    if (m_verifyJob)
        m_verifyJob->cancel = true;
}

bool AuditPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void AuditPage::attach(Session *session)
{
    m_session = session;
    m_model->setSession(session);
    connect(session, &Session::readModelsUpdated, this, [this] {
        m_model->refreshNewest();
        loadKpis();
    });
    loadKpis();
}

void AuditPage::saveLayout(QSettings &settings) const
{
    settings.setValue(u"splitter"_s, m_ui->splitter->saveState());
    settings.setValue(u"logHeader"_s, m_ui->logView->horizontalHeader()->saveState());
}

void AuditPage::restoreLayout(const QSettings &settings)
{
    m_ui->splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_ui->logView->horizontalHeader()->restoreState(settings.value(u"logHeader"_s).toByteArray());
}

void AuditPage::applyFilter()
{
    m_filterDelay->stop();
    projections::AuditFilter filter;
    filter.actor = m_ui->actorFilter->text().trimmed();
    filter.streamId = m_ui->streamFilter->text().trimmed();
    filter.type = m_ui->typeFilter->text().trimmed();
    filter.text = m_ui->textFilter->text().trimmed();
    filter.asOf = m_ui->asOfCheck->isChecked() ? m_ui->asOfPosition->value() : 0;
    const projections::AuditFilter &now = m_model->filter();
    if (filter.actor == now.actor && filter.streamId == now.streamId && filter.type == now.type &&
        filter.text == now.text && filter.asOf == now.asOf)
        return;
    m_ui->banner->setVisible(false);
    m_model->setFilter(filter);
}

void AuditPage::updateEmptyState()
{
    const int rows = m_model->rowCount();
    const projections::AuditFilter &f = m_model->filter();
    const bool filtered = !f.actor.isEmpty() || !f.streamId.isEmpty() || !f.type.isEmpty() ||
                          !f.text.isEmpty() || f.asOf > 0;
    if (rows > 0) {
        m_ui->logStack->setCurrentWidget(m_ui->logView);
        m_ui->logCount->setText(m_model->isExhausted()
                                    ? tr("%n entries", nullptr, rows)
                                    : tr("%n+ entries (scroll for more)", nullptr, rows));
        return;
    }
    m_ui->logCount->clear();
    m_ui->logStack->setCurrentWidget(m_ui->logEmpty);
    if (m_model->isLoading())
        m_ui->logEmpty->setText(tr("Reading the audit log…"));
    else if (filtered)
        m_ui->logEmpty->setText(
            tr("No entry matches these filters. Clear a filter or the \"as of\" "
               "position to see more."));
    else
        m_ui->logEmpty->setText(
            tr("The audit log lists every decision, change and sign-in with who "
               "made it and why. It fills as people submit and decide requests."));
}

void AuditPage::startVerify()
{
    if (!m_session || m_verifyJob)
        return;
    auto job = std::make_shared<JobProgress>();
    m_verifyJob = job;
    m_ui->verifyButton->setEnabled(false);
    m_ui->cancelVerifyButton->setEnabled(true);
    m_ui->cancelVerifyButton->setFocus();
    m_ui->verifyProgress->setRange(0, 0);
    m_ui->verifyProgress->setVisible(true);
    m_ui->verifyResult->setText(tr("Verifying…"));
    m_ui->verifyResult->setStyleSheet(QString());
    m_progressTimer->start();
    m_session->run(
        this,
        [job](SqliteEventStore &store) {
            return store.verify([job](qint64 done, qint64 total) { job->report(done, total); },
                                &job->cancel);
        },
        [this, job](Result<VerifyReport> result) {
            if (job != m_verifyJob)
                return;
            m_verifyJob.reset();
            m_progressTimer->stop();
            m_ui->verifyProgress->setVisible(false);
            m_ui->verifyButton->setEnabled(true);
            m_ui->cancelVerifyButton->setEnabled(false);
            showVerifyResult(result);
            Q_EMIT verifyFinished(result);
        });
}

void AuditPage::cancelVerify()
{
    if (m_verifyJob) {
        m_verifyJob->cancel = true;
        m_ui->cancelVerifyButton->setEnabled(false);
        m_ui->verifyResult->setText(tr("Cancelling…"));
    }
}

void AuditPage::updateProgress()
{
    if (!m_verifyJob)
        return;
    const qint64 total = m_verifyJob->total.load();
    const qint64 done = m_verifyJob->done.load();
    if (total <= 0)
        return;
    // QProgressBar holds ints: show per mille, the text carries the real counts.
    m_ui->verifyProgress->setRange(0, 1000);
    m_ui->verifyProgress->setValue(int(done * 1000 / total));
    m_ui->verifyProgress->setFormat(tr("%1 of %2 events").arg(done).arg(total));
}

void AuditPage::showVerifyResult(const Result<VerifyReport> &result)
{
    const bool dark = paletteIsDark();
    auto tone = [dark](StatusTone t) { return u"color: %1;"_s.arg(toneColor(t, dark).name()); };
    if (!result) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        m_ui->verifyResult->setText(
            cancelled ? tr("Verification cancelled; nothing was changed.")
                      : tr("Verification could not run: %1").arg(result.error().message));
        m_ui->verifyResult->setStyleSheet(cancelled ? QString() : tone(StatusTone::Failed));
        return;
    }
    const VerifyReport &report = *result;
    if (report.ok) {
        m_ui->verifyResult->setText(
            tr("✔ OK: %n event(s); the hash chain and the integrity check pass.\n"
               "Head hash %1",
               nullptr, int(report.events))
                .arg(QString::fromLatin1(report.headHash.toHex().left(16))));
        m_ui->verifyResult->setStyleSheet(tone(StatusTone::Done));
        Q_EMIT statusMessage(tr("Store verified: %n event(s) OK", nullptr, int(report.events)));
    } else {
        const QString where = report.firstBadPosition ? tr("✖ FAILED at global position %1: %2")
                                                            .arg(*report.firstBadPosition)
                                                            .arg(report.reason)
                                                      : tr("✖ FAILED: %1").arg(report.reason);
        m_ui->verifyResult->setText(
            where + u"\n"_s +
            tr("What to do: keep this copy for the investigation, close the "
               "console and restore the newest verified backup "
               "(eventdesk-cli restore --from BACKUP --to NEW-STORE)."));
        m_ui->verifyResult->setStyleSheet(tone(StatusTone::Failed));
        Q_EMIT statusMessage(tr("Store verification FAILED"));
    }
}

QString AuditPage::verifyResultText() const
{
    return m_ui->verifyResult->text();
}

void AuditPage::loadKpis()
{
    if (!m_session)
        return;
    const quint64 request = ++m_kpiRequest;
    m_session->run(
        this, [](SqliteEventStore &store) { return projections::queryKpis(store); },
        [this, request](Result<projections::KpiReport> report) {
            if (request != m_kpiRequest)
                return;
            if (report)
                showKpis(*report);
        });
}

void AuditPage::showKpis(const projections::KpiReport &report)
{
    const QLocale locale;
    m_ui->decidedValue->setText(tr("%1 (%2 approved, %3 rejected)")
                                    .arg(locale.toString(report.decided),
                                         locale.toString(report.approved),
                                         locale.toString(report.rejected)));
    m_ui->rejectionValue->setText(
        report.decided > 0 ? locale.toString(report.rejectionRate * 100, 'f', 1) + u" %"_s
                           : tr("nothing decided yet"));
    m_ui->leadValue->setText(
        report.leadTimeMedianHours
            ? tr("median %1 h, 90% within %2 h")
                  .arg(locale.toString(*report.leadTimeMedianHours, 'f', 1),
                       locale.toString(report.leadTimeP90Hours.value_or(0), 'f', 1))
            : tr("no decision yet"));
    m_ui->deadlineValue->setText(tr("%1 reminders, %2 escalations")
                                     .arg(locale.toString(report.deadlineReminders),
                                          locale.toString(report.deadlineEscalations)));

    m_chart->clearPlottables();
    const bool dark = paletteIsDark();
    const QColor text = palette().color(QPalette::WindowText);
    m_chart->setBackground(palette().brush(QPalette::Base));
    for (QCPAxis *axis : {m_chart->xAxis, m_chart->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->grid()->setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    }
    auto *bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(toneColor(StatusTone::InProgress, dark));
    QVector<double> keys, values;
    double top = 1;
    for (const projections::DayCount &d : report.requestsPerDay) {
        keys.append(QCPAxisTickerDateTime::dateTimeToKey(d.day.startOfDay(Qt::UTC)));
        values.append(d.count);
        top = std::max(top, double(d.count));
    }
    bars->setWidth(24 * 3600 * 0.8);
    bars->setData(keys, values, true);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(locale.dateFormat(QLocale::ShortFormat));
    ticker->setDateTimeSpec(Qt::UTC);
    m_chart->xAxis->setTicker(ticker);
    if (!keys.isEmpty())
        m_chart->xAxis->setRange(keys.constFirst() - 86400, keys.constLast() + 86400);
    m_chart->yAxis->setRange(0, top * 1.1);
    m_chart->replot();
}

} // namespace eventdesk::gui
