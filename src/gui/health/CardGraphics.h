// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace eventdesk::gui {

// The small drawings of a service card. Each paints from the palette in use, so they read
// on the light and the dark palette alike.

// A status word as a pill: icon, translated word, colour (StatusStyle's language).
class StatusPill final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPill(QWidget *parent = nullptr);
    void setWord(const QString &word); // "closed", "open", "forced_open", …
    QString word() const { return m_word; }
    QString text() const; // the translated word shown
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_word;
};

// A line of recent values, newest on the right, filled beneath.
class Sparkline final : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<qint64> &values);
    const QList<qint64> &values() const { return m_values; }
    QSize sizeHint() const override { return {160, 34}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_values;
};

// A rate from 0 to 1 as a bar, with a mark where the threshold sits; red at or above it.
class ThresholdBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ThresholdBar(QWidget *parent = nullptr);
    void setRate(double rate, int thresholdPercent);
    QSize sizeHint() const override { return {160, 10}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_rate = 0;
    int m_threshold = 50;
};

} // namespace eventdesk::gui
