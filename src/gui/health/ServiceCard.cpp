// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ServiceCard.h"

#include "health/CardGraphics.h"
#include "health/ServiceControls.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <numeric>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', fraction > 0 && fraction < 0.1 ? 1 : 0) +
           QLocale().percent();
}
} // namespace

ServiceCard::ServiceCard(const QString &service, bool withControls, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
{
    setObjectName(u"serviceCard_"_s + service);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("%1 service").arg(service));
    setAccessibleDescription(tr("Press Enter to see its history"));
    setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_name = new QLabel(service, this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    m_pill = new StatusPill(this);
    m_pill->setObjectName(u"breakerPill"_s);
    header->addWidget(m_name);
    header->addStretch();
    header->addWidget(m_pill);
    layout->addLayout(header);

    m_mode = new QLabel(this);
    m_mode->setObjectName(u"modeLabel"_s);
    m_mode->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_mode);

    m_sparkline = new Sparkline(this);
    m_sparkline->setObjectName(u"callSparkline"_s);
    m_sparkline->setToolTip(tr("Calls that went out, every 10 seconds over the last 5 minutes"));
    m_calls = new QLabel(this);
    layout->addWidget(m_calls);
    layout->addWidget(m_sparkline);

    m_failures = new QLabel(this);
    m_failures->setObjectName(u"failureLabel"_s);
    m_failureBar = new ThresholdBar(this);
    m_failureBar->setToolTip(tr("The mark is the failure rate at which the breaker opens"));
    layout->addWidget(m_failures);
    layout->addWidget(m_failureBar);

    auto *figures = new QHBoxLayout;
    m_latency = new QLabel(this);
    m_latency->setObjectName(u"latencyLabel"_s);
    m_queued = new QLabel(this);
    m_queued->setObjectName(u"queuedLabel"_s);
    m_queued->setToolTip(tr("Messages waiting for this service in the outbox: they go out when "
                            "it answers again (payments queue while the payment service is "
                            "down)."));
    figures->addWidget(m_latency);
    figures->addStretch();
    figures->addWidget(m_queued);
    layout->addLayout(figures);

    if (withControls) {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Plain);
        line->setForegroundRole(QPalette::Mid);
        layout->addWidget(line);
        m_controls = new ServiceControls(service, this);
        layout->addWidget(m_controls);
    }
}

void ServiceCard::setData(const ServiceCardData &data)
{
    m_data = data;
    const services::ServiceStatus &s = data.status;
    m_pill->setWord(s.breaker);
    m_mode->setText(s.settings.isHttp()
                        ? tr("HTTP · %1").arg(s.settings.url)
                        : tr("Simulated · %1").arg(ServiceControls::describeMode(s.settings.mode)));
    m_sparkline->setValues(data.recentCalls);
    const qint64 recent =
        std::accumulate(data.recentCalls.cbegin(), data.recentCalls.cend(), qint64(0));
    m_calls->setText(tr("Calls: %1 in the last minute, %2 in 5 min")
                         .arg(QLocale().toString(s.calls), QLocale().toString(recent)));
    m_failureBar->setRate(s.failureRate, data.failureRateThreshold);
    m_failures->setText(
        tr("Failure rate %1 · opens at %2")
            .arg(percent(s.failureRate), percent(data.failureRateThreshold / 100.0)));
    m_latency->setText(s.calls > 0 ? tr("p95 latency %1 ms").arg(QLocale().toString(s.p95Ms))
                                   : tr("p95 latency —"));
    m_queued->setText(tr("Queued %1").arg(QLocale().toString(s.queued)));
    setAccessibleDescription(
        tr("Breaker %1, failure rate %2, %3 queued. Press Enter to see its "
           "history.")
            .arg(m_pill->text(), percent(s.failureRate), QLocale().toString(s.queued)));
    if (m_controls) {
        m_controls->setModeApplicable(!s.settings.isHttp());
        if (!s.settings.isHttp())
            m_controls->setCurrentMode(s.settings.mode);
    }
}

void ServiceCard::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
}

void ServiceCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool emphasised = m_selected || hasFocus();
    QPen pen(emphasised ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
             emphasised ? 2.0 : 1.0);
    painter.setPen(pen);
    painter.setBrush(palette().brush(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
}

void ServiceCard::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    Q_EMIT opened(m_service);
    QFrame::mousePressEvent(event);
}

void ServiceCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT opened(m_service);
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void ServiceCard::focusInEvent(QFocusEvent *event)
{
    update();
    QFrame::focusInEvent(event);
}

void ServiceCard::focusOutEvent(QFocusEvent *event)
{
    update();
    QFrame::focusOutEvent(event);
}

} // namespace eventdesk::gui
