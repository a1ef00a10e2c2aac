// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/DensityChart.h"

#include "common/Plot.h"
#include "common/StatusStyle.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>

#include <algorithm>
#include <cmath>

namespace eventdesk::gui {

DensityChart::DensityChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_message(new QLabel(this))
    , m_plot(new QCustomPlot(this))
{
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // the dimmed text of a placeholder
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_plot);
    // Axes at 1970 until the counts come in would be a wrong picture: say what is coming.
    showMessage(tr("Counting the events over time…"));
    m_plot->setAccessibleName(tr("Event density over time"));
    m_plot->setAccessibleDescription(
        tr("Events per time interval; drag across it to filter the list to a time range"));
    m_plot->setCursor(Qt::IBeamCursor);
    // A drag draws QCustomPlot's selection rectangle; only its horizontal extent counts.
    m_plot->setSelectionRectMode(QCP::srmCustom);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect, QMouseEvent *) { selectPixels(rect.left(), rect.right()); });

    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setPen(Qt::NoPen);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_shade = new QCPItemRect(m_plot);
    m_shade->setVisible(false);
    m_shade->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    m_shade->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_shade->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    m_shade->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->ticker()->setTickCount(3);
    applyPalette();
}

void DensityChart::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void DensityChart::setDensity(const TimelineDensity &density)
{
    m_density = density;
    if (density.counts.isEmpty()) {
        showMessage(tr("No events yet."));
        return;
    }
    m_stack->setCurrentWidget(m_plot);
    QVector<double> keys, values;
    double top = 1;
    const double width = double(density.bucketMs) / 1000.0;
    for (qsizetype i = 0; i < density.counts.size(); ++i) {
        // Keys in seconds (QCustomPlot's date-time axis), at the bucket's middle.
        keys.append(double(density.firstBucket + i * density.bucketMs) / 1000.0 + width / 2);
        values.append(double(density.counts.at(i)));
        top = std::max(top, double(density.counts.at(i)));
    }
    // Dates where the buckets are hours or more, times of day below that.
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    const QLocale locale;
    ticker->setDateTimeFormat(density.bucketMs >= 3600 * 1000
                                  ? locale.dateFormat(QLocale::ShortFormat)
                                  : locale.timeFormat(QLocale::ShortFormat));
    m_bars->setWidth(width * 0.9);
    m_bars->setData(keys, values, true);
    if (!keys.isEmpty())
        m_plot->xAxis->setRange(keys.constFirst() - width, keys.constLast() + width);
    m_plot->yAxis->setRange(0, top * 1.1);
    m_plot->replot();
}

void DensityChart::setRange(qint64 fromMs, qint64 toMs)
{
    m_shade->setVisible(fromMs != 0 || toMs != 0);
    const double lower = fromMs ? fromMs / 1000.0 : m_plot->xAxis->range().lower;
    const double upper = toMs ? toMs / 1000.0 : m_plot->xAxis->range().upper;
    m_shade->topLeft->setCoords(lower, 0);
    m_shade->bottomRight->setCoords(upper, 1);
    m_plot->replot();
}

void DensityChart::selectPixels(int x1, int x2)
{
    if (m_density.bucketMs <= 0)
        return;
    const double a = m_plot->xAxis->pixelToCoord(std::min(x1, x2)) * 1000.0;
    const double b = m_plot->xAxis->pixelToCoord(std::max(x1, x2)) * 1000.0;
    // Snap outwards to whole buckets: a range always holds the bars it touches.
    const qint64 bucket = m_density.bucketMs;
    const qint64 first = m_density.firstBucket;
    const qint64 from = first + qint64(std::floor((a - double(first)) / double(bucket))) * bucket;
    const qint64 to = first + qint64(std::ceil((b - double(first)) / double(bucket))) * bucket;
    Q_EMIT rangeSelected(std::max(from, first), std::max(to, from + bucket));
}

void DensityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DensityChart::applyPalette()
{
    const bool dark = paletteIsDark();
    const QColor text = palette().color(QPalette::WindowText);
    m_plot->setBackground(palette().brush(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->grid()->setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    }
    m_bars->setBrush(toneColor(StatusTone::InProgress, dark));
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlpha(60);
    m_shade->setBrush(shade);
    m_shade->setPen(QPen(palette().color(QPalette::Highlight)));
    QPen rectPen(palette().color(QPalette::Highlight));
    m_plot->selectionRect()->setPen(rectPen);
    shade.setAlpha(40);
    m_plot->selectionRect()->setBrush(shade);
    m_plot->replot();
}

} // namespace eventdesk::gui
