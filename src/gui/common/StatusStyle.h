// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStyledItemDelegate>

namespace eventdesk::gui {

// The one status language of every page (UI.md): a colour, always with an icon and a
// translated word, never colour alone.
enum class StatusTone
{
    Waiting,
    InProgress,
    Done,
    Failed,
    Compensated,
    Neutral
};

struct StatusLook
{
    StatusTone tone = StatusTone::Neutral;
    QString text; // translated, for people
    QColor color; // for the palette in use (light or dark)
    QIcon icon;
    bool outlined = false; // forced breaker states are drawn with an outline only
};

// Knows the fixed words of requests (AwaitingApproval, Completed, ...), sagas (running,
// waiting_for_person, compensating, ...), breakers (closed, open, half_open,
// forced_open, forced_closed) and dead letters (parked, retried, ...). An unknown word
// is shown as it is, neutral.
StatusLook statusLook(const QString &word, bool dark);
QColor toneColor(StatusTone tone, bool dark);
// Whether the application's palette is dark (window text lighter than the window):
// Qt 6.4 has no colour-scheme API.
bool paletteIsDark();

// Paints a status word as a rounded pill (icon, word) in its tone. The model gives the
// fixed word under StatusWordRole (or Qt::DisplayRole when that is empty).
class StatusPillDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int StatusWordRole = Qt::UserRole + 100;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace eventdesk::gui
