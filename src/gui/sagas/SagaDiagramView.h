// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sagas/SagaTrace.h"

#include <QWidget>

namespace eventdesk::gui {

// One saga drawn as its steps, left to right: done / current / failed / compensated boxes
// (colour, icon and word), the compensation path curving back beneath in purple, each
// step's time under it and its events in the tooltip. Left/Right move between steps.
class SagaDiagramView final : public QWidget
{
    Q_OBJECT
public:
    explicit SagaDiagramView(QWidget *parent = nullptr);

    void setTrace(const SagaTrace &trace);
    void clear();
    const SagaTrace &trace() const { return m_trace; }
    // The state word of each step, in order (pending, current, done, failed, ...).
    QStringList stepStates() const;
    int currentStep() const { return m_focused; }
    void setCurrentStep(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stepActivated(const QString &stepId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF boxRect(int index) const;
    int stepAt(const QPointF &point) const;
    QString stepToolTip(int index) const;
    void updateAccessibleText();

    SagaTrace m_trace;
    int m_focused = -1;
};

} // namespace eventdesk::gui
