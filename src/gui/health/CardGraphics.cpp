// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/CardGraphics.h"

#include "common/StatusStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace eventdesk::gui {

StatusPill::StatusPill(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusPill::setWord(const QString &word)
{
    if (word == m_word)
        return;
    m_word = word;
    setAccessibleName(text());
    setToolTip(text());
    updateGeometry();
    update();
}

QString StatusPill::text() const
{
    return statusLook(m_word, paletteIsDark()).text;
}

QSize StatusPill::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {statusPillWidth(statusLook(m_word, false), font()), metrics.height() + 6};
}

void StatusPill::paintEvent(QPaintEvent *)
{
    if (m_word.isEmpty())
        return;
    QPainter painter(this);
    paintStatusPill(&painter, rect(), statusLook(m_word, paletteIsDark()), font());
}

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<qint64> &values)
{
    if (values == m_values)
        return;
    m_values = values;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor line = toneColor(StatusTone::InProgress, paletteIsDark());
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -1);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.size() < 2)
        return;
    const qint64 top = std::max<qint64>(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    QPainterPath path;
    const double dx = area.width() / double(m_values.size() - 1);
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QPointF p(area.left() + dx * double(i),
                        area.bottom() - area.height() * double(m_values.at(i)) / double(top));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    QPainterPath filled = path;
    filled.lineTo(area.bottomRight());
    filled.lineTo(area.bottomLeft());
    filled.closeSubpath();
    QColor fill = line;
    fill.setAlpha(45);
    painter.fillPath(filled, fill);
    painter.setPen(QPen(line, 1.5));
    painter.drawPath(path);
}

ThresholdBar::ThresholdBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ThresholdBar::setRate(double rate, int thresholdPercent)
{
    m_rate = std::clamp(rate, 0.0, 1.0);
    m_threshold = std::clamp(thresholdPercent, 0, 100);
    update();
}

void ThresholdBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = paletteIsDark();
    const QRectF track = QRectF(rect()).adjusted(0.5, 1.5, -0.5, -1.5);
    // The text colour, faint: a track that shows on the light and the dark palette alike
    // (Mid is all but the base colour in the dark one).
    QColor trackColor = palette().color(QPalette::WindowText);
    trackColor.setAlpha(40);
    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColor);
    painter.drawRoundedRect(track, 3, 3);
    const bool over = m_rate * 100.0 >= double(m_threshold) && m_rate > 0;
    painter.setBrush(toneColor(over ? StatusTone::Failed : StatusTone::Done, dark));
    QRectF filled = track;
    filled.setWidth(track.width() * m_rate);
    if (filled.width() > 0)
        painter.drawRoundedRect(filled, 3, 3);
    const double x = track.left() + track.width() * m_threshold / 100.0;
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));
}

} // namespace eventdesk::gui
