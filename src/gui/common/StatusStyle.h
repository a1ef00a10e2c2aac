// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStringList>
#include <QStyledItemDelegate>

class QTableView;

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
    QColor color; // for the palette in use (light or dark): the fill, icon and word
    QIcon icon;
    // Forced breaker states (an administrator's override, not the rules): a heavier dashed
    // outline, always red (UI.md: "forced = red outline"), around the fill of the real tone.
    bool outlined = false;
    QColor outline; // the border's colour: red when outlined, else the tone's colour
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

// Paints `look` as a rounded pill filling `pill`: the tone's light fill, the border
// (look.outline; dashed and heavier when outlined), the icon and the word, elided only when
// `pill` is narrower than statusPillWidth. One drawing for the tables and the cards.
void paintStatusPill(QPainter *painter, const QRect &pill, const StatusLook &look,
                     const QFont &font);
// The width a pill needs to show the word in full.
int statusPillWidth(const StatusLook &look, const QFont &font);
// The width of the widest pill among `words` (their translated words in `font`).
int widestStatusPill(const QStringList &words, const QFont &font);

// Widens `column` of `table` (painted by a StatusPillDelegate) to the widest pill of
// `words` in the language shown, or the header's own hint; a wider column stays as it is.
void fitPillColumn(QTableView *table, int column, const QStringList &words);

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
