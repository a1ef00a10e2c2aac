// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthHistory.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QCustomPlot;

namespace Ui {
class ServiceDetailPanel;
}

namespace eventdesk::gui {

// The history of one service as QCustomPlot panels: the breaker's mode as a band of
// coloured intervals, calls (and short-circuited calls), the failure rate against the
// breaker's threshold, latency p50/p95/p99 and the queue, over 5 min, 1 h or 24 h. It
// draws what it is given; the page loads it (off the GUI thread).
class ServiceDetailPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 FiveMinutesMs = 5 * 60'000;
    static constexpr qint64 OneHourMs = 3'600'000;
    static constexpr qint64 OneDayMs = 24 * 3'600'000;

    explicit ServiceDetailPanel(QWidget *parent = nullptr);
    ~ServiceDetailPanel() override;

    void setService(const QString &service); // empty: nothing chosen
    QString service() const { return m_service; }
    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 windowMs); // as the range buttons do
    void setHistory(const ServiceHistory &history);
    const ServiceHistory &history() const { return m_history; }

    QCustomPlot *stateBand() const;

Q_SIGNALS:
    // The service or the range changed: the page loads the history for them.
    void historyWanted(const QString &service, qint64 windowMs);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpPlot(QCustomPlot *plot, const QString &title);
    void stylePlot(QCustomPlot *plot);
    void redraw();
    void fitTicks();
    void drawBand();
    void markCheckedRange();

    // The empty label or the header (title, range buttons) over the plots; the plots are
    // the form's, what they draw is set up here.
    std::unique_ptr<Ui::ServiceDetailPanel> m_ui;
    QString m_service;
    qint64 m_windowMs = FiveMinutesMs;
    ServiceHistory m_history;
    QButtonGroup *m_range = nullptr;
    QCustomPlot *m_band = nullptr;
    QCustomPlot *m_calls = nullptr;
    QCustomPlot *m_failures = nullptr;
    QCustomPlot *m_latency = nullptr;
    QCustomPlot *m_queue = nullptr;
};

} // namespace eventdesk::gui
