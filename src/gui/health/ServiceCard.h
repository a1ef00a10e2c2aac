// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthHistory.h"

#include <QFrame>

class QLabel;

namespace eventdesk::gui {

class Sparkline;
class StatusPill;
class ThresholdBar;
class ServiceControls;

// One service at a glance, in the spirit of a Hystrix dashboard tile: name, breaker pill,
// call-rate sparkline, failure rate against the breaker's threshold, p95 latency and the
// messages queued for it. Focusable; a click, Enter or Space opens its detail. An
// administrator's card also holds the ServiceControls.
class ServiceCard final : public QFrame
{
    Q_OBJECT
public:
    ServiceCard(const QString &service, bool withControls, QWidget *parent = nullptr);

    QString service() const { return m_service; }
    void setData(const ServiceCardData &data);
    const ServiceCardData &data() const { return m_data; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    StatusPill *breakerPill() const { return m_pill; }
    ServiceControls *controls() const { return m_controls; } // null without admin rights

Q_SIGNALS:
    void opened(const QString &service);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_service;
    ServiceCardData m_data;
    bool m_selected = false;
    QLabel *m_name = nullptr;
    StatusPill *m_pill = nullptr;
    QLabel *m_mode = nullptr;
    Sparkline *m_sparkline = nullptr;
    QLabel *m_calls = nullptr;
    ThresholdBar *m_failureBar = nullptr;
    QLabel *m_failures = nullptr;
    QLabel *m_latency = nullptr;
    QLabel *m_queued = nullptr;
    ServiceControls *m_controls = nullptr;
};

} // namespace eventdesk::gui
