// SPDX-License-Identifier: GPL-3.0-or-later
#include "sagas/SagaDiagramView.h"

#include "common/Format.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

namespace {
constexpr qreal BoxWidth = 150;
constexpr qreal BoxHeight = 64;
constexpr qreal Gap = 44;
constexpr qreal Margin = 16;

// The status word StatusStyle knows for each step state (one visual language).
QString lookWord(SagaStepState state)
{
    switch (state) {
    case SagaStepState::NotReached:
        return u"pending"_s;
    case SagaStepState::Current:
        return u"running"_s;
    case SagaStepState::Done:
        return u"completed"_s;
    case SagaStepState::Failed:
        return u"failed"_s;
    case SagaStepState::Compensating:
        return u"compensating"_s;
    case SagaStepState::Compensated:
        return u"compensated"_s;
    }
    return {};
}

QString stateLabel(SagaStepState state)
{
    switch (state) {
    case SagaStepState::NotReached:
        return SagaDiagramView::tr("Not reached");
    case SagaStepState::Current:
        return SagaDiagramView::tr("Current");
    case SagaStepState::Done:
        return SagaDiagramView::tr("Done");
    case SagaStepState::Failed:
        return SagaDiagramView::tr("Failed");
    case SagaStepState::Compensating:
        return SagaDiagramView::tr("Compensating");
    case SagaStepState::Compensated:
        return SagaDiagramView::tr("Compensated");
    }
    return {};
}
} // namespace

SagaDiagramView::SagaDiagramView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Saga steps"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SagaDiagramView::setTrace(const SagaTrace &trace)
{
    const bool sameSaga = trace.sagaId == m_trace.sagaId;
    m_trace = trace;
    if (!sameSaga || m_focused >= m_trace.steps.size())
        m_focused = m_trace.steps.isEmpty() ? -1 : 0;
    updateGeometry();
    updateAccessibleText();
    update();
}

void SagaDiagramView::clear()
{
    setTrace({});
}

QStringList SagaDiagramView::stepStates() const
{
    QStringList words;
    for (const SagaTraceStep &step : m_trace.steps)
        words.append(sagaStepStateWord(step.state));
    return words;
}

void SagaDiagramView::setCurrentStep(int index)
{
    if (index < 0 || index >= m_trace.steps.size() || index == m_focused)
        return;
    m_focused = index;
    update();
    Q_EMIT stepActivated(m_trace.steps.at(index).id);
}

QSize SagaDiagramView::sizeHint() const
{
    const auto count = std::max<qsizetype>(m_trace.steps.size(), 3);
    return {int(2 * Margin + count * BoxWidth + (count - 1) * Gap),
            int(2 * Margin + BoxHeight + 90)};
}

QSize SagaDiagramView::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

QRectF SagaDiagramView::boxRect(int index) const
{
    // Boxes shrink to fit the width so a long workflow stays on screen.
    const auto count = std::max<qsizetype>(m_trace.steps.size(), 1);
    const qreal available = width() - 2 * Margin;
    const qreal width = std::min(BoxWidth, (available - (count - 1) * Gap * 0.6) / count);
    const qreal gap = count > 1 ? std::min(Gap, (available - count * width) / (count - 1)) : 0;
    return {Margin + index * (width + gap), Margin, width, BoxHeight};
}

int SagaDiagramView::stepAt(const QPointF &point) const
{
    for (int i = 0; i < m_trace.steps.size(); ++i)
        if (boxRect(i).adjusted(0, 0, 0, 30).contains(point))
            return i;
    return -1;
}

QString SagaDiagramView::stepToolTip(int index) const
{
    const SagaTraceStep &step = m_trace.steps.at(index);
    QStringList lines{u"<b>%1</b> — %2"_s.arg(step.title.toHtmlEscaped(), stateLabel(step.state))};
    if (!step.cause.isEmpty())
        lines.append(step.cause.toHtmlEscaped());
    for (int e : step.events) {
        const SagaTraceEvent &event = m_trace.events.at(e);
        lines.append(
            tr("#%1 %2 · %3%4")
                .arg(event.position)
                .arg(event.type, exactTime(event.at),
                     event.detail.isEmpty() ? QString() : u" · "_s + event.detail.toHtmlEscaped()));
    }
    if (step.events.isEmpty())
        lines.append(tr("No saga events for this step."));
    return lines.join(u"<br>"_s);
}

void SagaDiagramView::updateAccessibleText()
{
    setAccessibleDescription(m_trace.steps.isEmpty() ? tr("No saga selected.") : m_trace.summary());
}

void SagaDiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = paletteIsDark();
    const QPalette pal = palette();
    if (m_trace.steps.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Select a saga on the left to see its steps."));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QFontMetricsF metrics(font());

    // Arrows between the boxes: the forward path.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.5));
    for (int i = 0; i + 1 < m_trace.steps.size(); ++i) {
        const QRectF a = boxRect(i), b = boxRect(i + 1);
        const QPointF from(a.right(), a.center().y()), to(b.left(), b.center().y());
        painter.drawLine(from, to);
        painter.drawLine(to, to + QPointF(-6, -4));
        painter.drawLine(to, to + QPointF(-6, 4));
    }

    // The compensation path: from the step where it failed back through each compensated
    // step, curving beneath the boxes in purple.
    if (m_trace.compensationPath()) {
        int last = -1;
        for (int i = 0; i < m_trace.steps.size(); ++i) {
            const auto state = m_trace.steps.at(i).state;
            if (state == SagaStepState::Failed || state == SagaStepState::Compensated ||
                state == SagaStepState::Compensating)
                last = i;
        }
        QPen pen(toneColor(StatusTone::Compensated, dark), 2, Qt::DashLine);
        painter.setPen(pen);
        const qreal below = boxRect(0).bottom() + 42;
        int from = last;
        for (int i = last - 1; i >= 0; --i) {
            const auto state = m_trace.steps.at(i).state;
            if (state != SagaStepState::Compensated && state != SagaStepState::Compensating)
                continue;
            const QPointF start(boxRect(from).center().x(), boxRect(from).bottom() + 30);
            const QPointF end(boxRect(i).center().x(), boxRect(i).bottom() + 30);
            QPainterPath path(start);
            path.cubicTo(QPointF(start.x(), below + 14), QPointF(end.x(), below + 14), end);
            painter.drawPath(path);
            painter.drawLine(end, end + QPointF(-5, 7));
            painter.drawLine(end, end + QPointF(5, 7));
            from = i;
        }
    }

    for (int i = 0; i < m_trace.steps.size(); ++i) {
        const SagaTraceStep &step = m_trace.steps.at(i);
        const QRectF box = boxRect(i);
        const StatusLook look = statusLook(lookWord(step.state), dark);
        const QColor tone =
            step.state == SagaStepState::NotReached ? pal.color(QPalette::Mid) : look.color;
        QColor fill = tone;
        fill.setAlpha(step.state == SagaStepState::NotReached ? 0 : 40);
        painter.setBrush(fill);
        QPen border(tone, step.state == SagaStepState::Current ? 2.5 : 1.5);
        if (step.state == SagaStepState::NotReached)
            border.setStyle(Qt::DashLine);
        painter.setPen(border);
        painter.drawRoundedRect(box, 6, 6);
        if (i == m_focused && hasFocus()) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DotLine));
            painter.drawRoundedRect(box.adjusted(-4, -4, 4, 4), 8, 8);
        }

        painter.setPen(pal.color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QRectF titleRect = box.adjusted(8, 6, -8, -box.height() / 2);
        painter.drawText(
            titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(bold).elidedText(step.title, Qt::ElideRight, titleRect.width()));
        painter.setFont(font());
        // Icon and word with the colour: never colour alone.
        const QRectF iconRect(box.left() + 8, box.center().y() + 6, 16, 16);
        const QIcon icon =
            step.state == SagaStepState::NotReached ? themedIcon(u"circle-dashed"_s) : look.icon;
        icon.paint(&painter, iconRect.toRect());
        const QRectF wordRect(iconRect.right() + 4, iconRect.top() - 2,
                              box.right() - iconRect.right() - 10, 20);
        painter.drawText(
            wordRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(stateLabel(step.state), Qt::ElideRight, wordRect.width()));

        // Time under the step.
        const qint64 at = step.compensatedAt ? step.compensatedAt
                                             : (step.endedAt ? step.endedAt : step.startedAt);
        if (at) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QRectF timeRect(box.left(), box.bottom() + 4, box.width(), metrics.height() + 2);
            painter.drawText(
                timeRect, Qt::AlignHCenter | Qt::AlignTop,
                metrics.elidedText(relativeTime(at, now), Qt::ElideRight, box.width()));
        }
    }
}

void SagaDiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentStep(m_focused - 1);
        return;
    case Qt::Key_Right:
        setCurrentStep(m_focused + 1);
        return;
    case Qt::Key_Home:
        setCurrentStep(0);
        return;
    case Qt::Key_End:
        setCurrentStep(int(m_trace.steps.size()) - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void SagaDiagramView::mousePressEvent(QMouseEvent *event)
{
    const int at = stepAt(event->position());
    if (at >= 0) {
        setFocus(Qt::MouseFocusReason);
        setCurrentStep(at);
    }
    QWidget::mousePressEvent(event);
}

bool SagaDiagramView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int at = stepAt(help->pos());
        if (at >= 0)
            QToolTip::showText(help->globalPos(), stepToolTip(at), this, boxRect(at).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace eventdesk::gui
