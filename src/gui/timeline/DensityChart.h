// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/TimelineQuery.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPItemRect;
class QLabel;
class QStackedLayout;

namespace eventdesk::gui {

// The timeline's event-density bars (events per time bucket over the whole store). Dragging
// across it picks a time range; the chosen range is shaded.
class DensityChart final : public QWidget
{
    Q_OBJECT
public:
    explicit DensityChart(QWidget *parent = nullptr);

    void setDensity(const TimelineDensity &density);
    // In place of the bars until they come: what is happening, or what went wrong.
    void showMessage(const QString &text);
    const TimelineDensity &density() const { return m_density; }
    // Shades [fromMs, toMs) (UTC ms); both 0: no range.
    void setRange(qint64 fromMs, qint64 toMs);

Q_SIGNALS:
    // The user dragged across the chart: [fromMs, toMs), whole buckets.
    void rangeSelected(qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void selectPixels(int x1, int x2);

    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
    QCPItemRect *m_shade = nullptr;
    TimelineDensity m_density;
};

} // namespace eventdesk::gui
