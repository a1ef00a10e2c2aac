// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ServiceDetailPanel.h"

#include "ui_ServiceDetailPanel.h"

#include "common/Plot.h"
#include "common/StatusStyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QPushButton>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using resilience::BreakerMode;

namespace {
double key(qint64 ms)
{
    return double(ms) / 1000.0; // QCPAxisTickerDateTime counts seconds
}

QString rangeTitle(qint64 windowMs)
{
    if (windowMs <= ServiceDetailPanel::FiveMinutesMs)
        return ServiceDetailPanel::tr("last 5 minutes");
    if (windowMs <= ServiceDetailPanel::OneHourMs)
        return ServiceDetailPanel::tr("last hour");
    return ServiceDetailPanel::tr("last 24 hours");
}
} // namespace

ServiceDetailPanel::ServiceDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServiceDetailPanel>())
{
    m_ui->setupUi(this);
    m_ui->detailEmptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->detailStack->setCurrentWidget(m_ui->detailEmptyLabel);

    m_range = new QButtonGroup(this);
    m_range->setExclusive(true);
    const std::pair<qint64, QPushButton *> ranges[] = {{FiveMinutesMs, m_ui->range_300000},
                                                       {OneHourMs, m_ui->range_3600000},
                                                       {OneDayMs, m_ui->range_86400000}};
    for (const auto &[ms, button] : ranges) {
        button->setChecked(ms == m_windowMs);
        m_range->addButton(button, int(ms / 1000));
    }
    connect(m_range, &QButtonGroup::idClicked, this,
            [this](int seconds) { setWindowMs(qint64(seconds) * 1000); });
    connect(m_range, &QButtonGroup::idToggled, this, [this] { markCheckedRange(); });
    markCheckedRange();

    m_band = m_ui->stateBand;
    m_calls = m_ui->callsPlot;
    m_failures = m_ui->failurePlot;
    m_latency = m_ui->latencyPlot;
    m_queue = m_ui->queuePlot;
    setUpPlot(m_band, tr("Breaker"));
    m_band->yAxis->setVisible(false);
    m_band->yAxis->setRange(0, 1);
    setUpPlot(m_calls, tr("Calls per step"));
    setUpPlot(m_failures, tr("Failure rate (%)"));
    setUpPlot(m_latency, tr("Latency (ms)"));
    setUpPlot(m_queue, tr("Queued messages"));
}

ServiceDetailPanel::~ServiceDetailPanel() = default;

QCustomPlot *ServiceDetailPanel::stateBand() const
{
    return m_band;
}

void ServiceDetailPanel::setUpPlot(QCustomPlot *plot, const QString &title)
{
    plot->setAccessibleName(title);
    if (plot != m_band)
        plot->setMinimumHeight(150);
    plot->plotLayout()->insertRow(0);
    auto *text = new QCPTextElement(plot, title);
    text->setObjectName(u"title"_s);
    plot->plotLayout()->addElement(0, 0, text);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setTickCount(4); // fitTicks() makes it fit the plot's width
    plot->xAxis->setTicker(ticker);
    plot->legend->setVisible(false);
    stylePlot(plot);
}

void ServiceDetailPanel::stylePlot(QCustomPlot *plot)
{
    const QColor text = palette().color(QPalette::WindowText);
    plot->setBackground(palette().brush(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    }
    if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0)))
        title->setTextColor(text);
    plot->legend->setBrush(palette().brush(QPalette::Base));
    plot->legend->setTextColor(text);
    plot->legend->setBorderPen(QPen(palette().color(QPalette::Mid)));
}

void ServiceDetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        markCheckedRange();
        for (QCustomPlot *plot : {m_band, m_calls, m_failures, m_latency, m_queue})
            if (plot)
                stylePlot(plot);
        redraw();
    }
}

void ServiceDetailPanel::markCheckedRange()
{
    // A checked push button in the dark palette is barely darker than the others: the
    // range shown is drawn in the highlight colour instead.
    if (!m_range)
        return;
    for (QAbstractButton *button : m_range->buttons()) {
        if (!button->isChecked()) {
            button->setPalette(QPalette()); // back to the panel's
            continue;
        }
        QPalette marked = palette();
        marked.setColor(QPalette::Button, marked.color(QPalette::Highlight));
        marked.setColor(QPalette::ButtonText, marked.color(QPalette::HighlightedText));
        button->setPalette(marked);
    }
}

void ServiceDetailPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTicks();
    for (QCustomPlot *plot : {m_band, m_calls, m_failures, m_latency, m_queue})
        plot->replot(QCustomPlot::rpQueuedReplot);
}

void ServiceDetailPanel::fitTicks()
{
    // A time label needs about 70 px ("ddd hh:mm" more): fewer ticks on a narrow plot, so
    // the times never run into each other.
    const int labelWidth = m_windowMs <= OneHourMs ? 70 : 110;
    for (QCustomPlot *plot : {m_band, m_calls, m_failures, m_latency, m_queue})
        if (auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
            ticker->setTickCount(std::clamp((plot->width() - 60) / labelWidth, 2, 6));
}

void ServiceDetailPanel::setService(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    m_history = {};
    m_ui->detailStack->setCurrentWidget(service.isEmpty() ? m_ui->detailEmptyLabel
                                                          : m_ui->detailContent);
    redraw();
    if (!service.isEmpty())
        Q_EMIT historyWanted(m_service, m_windowMs);
}

void ServiceDetailPanel::setWindowMs(qint64 windowMs)
{
    if (auto *button = m_range->button(int(windowMs / 1000)))
        button->setChecked(true);
    if (windowMs == m_windowMs)
        return;
    m_windowMs = windowMs;
    redraw();
    if (!m_service.isEmpty())
        Q_EMIT historyWanted(m_service, m_windowMs);
}

void ServiceDetailPanel::setHistory(const ServiceHistory &history)
{
    // A late answer for another service or range is stale: the next load replaces it.
    if (history.service != m_service || history.windowMs != m_windowMs)
        return;
    m_history = history;
    redraw();
}

void ServiceDetailPanel::drawBand()
{
    m_band->clearItems();
    const bool dark = paletteIsDark();
    // At least three pixels wide: a half-open probe lasts seconds, and on a 24 h band it
    // would otherwise vanish, though it is the transition people look for.
    const double minimumWidth = 3.0 * double(m_history.to - m_history.from) / 1000.0 /
                                double(std::max(1, m_band->axisRect()->width()));
    for (const BreakerInterval &interval : std::as_const(m_history.states)) {
        const StatusLook look =
            statusLook(QString(resilience::breakerModeName(interval.mode)), dark);
        auto *rect = new QCPItemRect(m_band);
        rect->setProperty("breakerMode", QString(resilience::breakerModeName(interval.mode)));
        rect->setProperty("from", interval.from);
        rect->setProperty("to", interval.to);
        rect->topLeft->setCoords(key(interval.from), 0.85);
        rect->bottomRight->setCoords(std::max(key(interval.to), key(interval.from) + minimumWidth),
                                     0.15);
        QColor fill = look.color;
        fill.setAlpha(look.outlined ? 70 : 150);
        rect->setBrush(fill);
        // Forced modes are outlined in red, as their pills are: a person's override, not the
        // rules; the lighter fill keeps the tone (green forced closed, red forced open).
        rect->setPen(look.outlined ? QPen(look.outline, 2, Qt::DashLine) : QPen(Qt::NoPen));
        rect->setClipToAxisRect(true);
        // The word as well as the colour, where the interval is wide enough to hold it.
        auto *label = new QCPItemText(m_band);
        label->position->setCoords((key(interval.from) + key(interval.to)) / 2, 0.5);
        label->setText(look.text);
        label->setColor(palette().color(QPalette::WindowText));
        label->setClipToAxisRect(true);
        const double share = double(interval.to - interval.from) /
                             double(std::max<qint64>(1, m_history.to - m_history.from));
        label->setVisible(share > 0.08);
    }
}

void ServiceDetailPanel::redraw()
{
    if (!m_band)
        return;
    m_ui->detailTitle->setText(
        m_service.isEmpty() ? QString() : tr("%1 — %2").arg(m_service, rangeTitle(m_windowMs)));
    const bool dark = paletteIsDark();
    // Minutes suffice even for 5 min (a tick a minute), and the narrow panels need short labels.
    const QString format = m_windowMs <= OneHourMs ? u"hh:mm"_s : u"ddd hh:mm"_s;
    for (QCustomPlot *plot : {m_band, m_calls, m_failures, m_latency, m_queue}) {
        plot->clearGraphs();
        plot->clearItems();
        if (auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
            ticker->setDateTimeFormat(format);
    }
    fitTicks();
    const ServiceHistory &h = m_history;
    const bool loaded = !h.points.isEmpty();
    const qint64 to = loaded ? h.to : 0;
    const qint64 from = loaded ? h.from : -m_windowMs;
    for (QCustomPlot *plot : {m_band, m_calls, m_failures, m_latency, m_queue})
        plot->xAxis->setRange(key(from), key(to));
    drawBand();

    QVector<double> keys, calls, shortCircuited, failureRate, p50, p95, p99, queued;
    double maxCalls = 1, maxLatency = 1, maxQueued = 1;
    for (qsizetype i = 0; i < h.points.size(); ++i) {
        const resilience::HealthPoint &p = h.points.at(i);
        keys.append(key(p.at));
        calls.append(double(p.calls));
        shortCircuited.append(double(p.shortCircuited));
        maxCalls = std::max({maxCalls, double(p.calls), double(p.shortCircuited)});
        // No calls, no rate: a gap rather than a misleading zero.
        const double none = std::nan("");
        failureRate.append(p.calls ? 100.0 * double(p.failures) / double(p.calls) : none);
        p50.append(p.calls ? double(p.p50Ms) : none);
        p95.append(p.calls ? double(p.p95Ms) : none);
        p99.append(p.calls ? double(p.p99Ms) : none);
        maxLatency = std::max(maxLatency, double(p.p99Ms));
        const double q = i < h.queued.size() ? double(h.queued.at(i)) : 0.0;
        queued.append(q);
        maxQueued = std::max(maxQueued, q);
    }
    auto addGraph = [](QCustomPlot *plot, const QString &name, const QColor &color,
                       const QVector<double> &k, const QVector<double> &v, bool step) {
        QCPGraph *graph = plot->addGraph();
        graph->setName(name);
        graph->setPen(QPen(color, 1.6));
        graph->setLineStyle(step ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
        graph->setData(k, v, true);
        return graph;
    };
    const QColor blue = toneColor(StatusTone::InProgress, dark);
    const QColor red = toneColor(StatusTone::Failed, dark);
    const QColor amber = toneColor(StatusTone::Waiting, dark);
    const QColor purple = toneColor(StatusTone::Compensated, dark);
    const QColor green = toneColor(StatusTone::Done, dark);

    QCPGraph *went = addGraph(m_calls, tr("went out"), blue, keys, calls, true);
    QColor fill = blue;
    fill.setAlpha(40);
    went->setBrush(fill);
    addGraph(m_calls, tr("short-circuited"), amber, keys, shortCircuited, true);
    m_calls->yAxis->setRange(0, maxCalls * 1.15);

    QCPGraph *rate = addGraph(m_failures, tr("failure rate"), red, keys, failureRate, false);
    rate->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 3));
    auto *threshold = new QCPItemStraightLine(m_failures);
    threshold->point1->setCoords(key(from), h.failureRateThreshold);
    threshold->point2->setCoords(key(to), h.failureRateThreshold);
    threshold->setPen(QPen(palette().color(QPalette::WindowText), 1.2, Qt::DashLine));
    auto *thresholdText = new QCPItemText(m_failures);
    thresholdText->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    thresholdText->position->setCoords(key(from), h.failureRateThreshold);
    thresholdText->setText(tr("opens at %1%").arg(h.failureRateThreshold));
    thresholdText->setColor(palette().color(QPalette::WindowText));
    m_failures->yAxis->setRange(0, 105);

    // Steps without calls are gaps, so a lone step with calls shows as its markers.
    for (const auto &[name, color, values] :
         {std::tuple{tr("p50"), green, &p50}, std::tuple{tr("p95"), blue, &p95},
          std::tuple{tr("p99"), purple, &p99}})
        addGraph(m_latency, name, color, keys, *values, false)
            ->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 3));
    m_latency->yAxis->setRange(0, maxLatency * 1.15);

    QCPGraph *waiting = addGraph(m_queue, tr("queued"), amber, keys, queued, true);
    fill = amber;
    fill.setAlpha(40);
    waiting->setBrush(fill);
    m_queue->yAxis->setRange(0, maxQueued * 1.15);

    for (QCustomPlot *plot : {m_calls, m_latency}) {
        plot->legend->setVisible(true);
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    }
    for (QCustomPlot *plot : {m_band, m_calls, m_failures, m_latency, m_queue})
        plot->replot();
}

} // namespace eventdesk::gui
