// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/StatusStyle.h"

#include "common/Icons.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTableView>

#include <algorithm>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Status)
};

struct Known
{
    StatusTone tone;
    const char *text;
    bool outlined = false;
};

const QHash<QString, Known> &knownWords()
{
    static const QHash<QString, Known> words = {
        // Requests (CLI.md's status words).
        {u"AwaitingApproval"_s,
         {StatusTone::Waiting, QT_TRANSLATE_NOOP("Status", "Awaiting approval")}},
        {u"AwaitingFinance"_s,
         {StatusTone::Waiting, QT_TRANSLATE_NOOP("Status", "Awaiting finance")}},
        {u"AwaitingPayment"_s,
         {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Awaiting payment")}},
        {u"Pending"_s, {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Pending")}},
        {u"Packed"_s, {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Packed")}},
        {u"Shipped"_s, {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Shipped")}},
        {u"Requested"_s, {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Requested")}},
        {u"Delivered"_s, {StatusTone::Done, QT_TRANSLATE_NOOP("Status", "Delivered")}},
        {u"Completed"_s, {StatusTone::Done, QT_TRANSLATE_NOOP("Status", "Completed")}},
        {u"Rejected"_s, {StatusTone::Failed, QT_TRANSLATE_NOOP("Status", "Rejected")}},
        {u"Failed"_s, {StatusTone::Failed, QT_TRANSLATE_NOOP("Status", "Failed")}},
        {u"Cancelled"_s, {StatusTone::Neutral, QT_TRANSLATE_NOOP("Status", "Cancelled")}},
        // Sagas.
        {u"running"_s, {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Running")}},
        {u"waiting_for_person"_s,
         {StatusTone::Waiting, QT_TRANSLATE_NOOP("Status", "Waiting for a person")}},
        {u"waiting_for_service"_s,
         {StatusTone::Waiting, QT_TRANSLATE_NOOP("Status", "Waiting for a service")}},
        {u"compensating"_s, {StatusTone::Compensated, QT_TRANSLATE_NOOP("Status", "Compensating")}},
        {u"compensated"_s, {StatusTone::Compensated, QT_TRANSLATE_NOOP("Status", "Compensated")}},
        {u"completed"_s, {StatusTone::Done, QT_TRANSLATE_NOOP("Status", "Completed")}},
        {u"failed"_s, {StatusTone::Failed, QT_TRANSLATE_NOOP("Status", "Failed")}},
        // Breakers.
        {u"closed"_s, {StatusTone::Done, QT_TRANSLATE_NOOP("Status", "Closed")}},
        {u"half_open"_s, {StatusTone::Waiting, QT_TRANSLATE_NOOP("Status", "Half-open")}},
        {u"open"_s, {StatusTone::Failed, QT_TRANSLATE_NOOP("Status", "Open")}},
        {u"forced_open"_s, {StatusTone::Failed, QT_TRANSLATE_NOOP("Status", "Forced open"), true}},
        {u"forced_closed"_s,
         {StatusTone::Done, QT_TRANSLATE_NOOP("Status", "Forced closed"), true}},
        // Dead letters.
        {u"parked"_s, {StatusTone::Failed, QT_TRANSLATE_NOOP("Status", "Parked")}},
        {u"retried"_s, {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Retried")}},
        {u"edited"_s, {StatusTone::InProgress, QT_TRANSLATE_NOOP("Status", "Edited and retried")}},
        {u"discarded"_s, {StatusTone::Neutral, QT_TRANSLATE_NOOP("Status", "Discarded")}},
    };
    return words;
}

QString iconFor(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Waiting:
        return u"clock"_s;
    case StatusTone::InProgress:
        return u"progress"_s;
    case StatusTone::Done:
        return u"circle-check"_s;
    case StatusTone::Failed:
        return u"circle-x"_s;
    case StatusTone::Compensated:
        return u"arrow-back-up"_s;
    case StatusTone::Neutral:
        break;
    }
    return u"circle-dashed"_s;
}
} // namespace

QColor toneColor(StatusTone tone, bool dark)
{
    switch (tone) {
    case StatusTone::Waiting:
        return dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xb2, 0x6b, 0x00);
    case StatusTone::InProgress:
        return dark ? QColor(0x6c, 0xa8, 0xff) : QColor(0x1f, 0x5f, 0xc7);
    case StatusTone::Done:
        return dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x7e, 0x34);
    case StatusTone::Failed:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x27, 0x2d);
    case StatusTone::Compensated:
        return dark ? QColor(0xc3, 0x8b, 0xff) : QColor(0x7b, 0x2c, 0xbf);
    case StatusTone::Neutral:
        break;
    }
    return dark ? QColor(0xa0, 0xa4, 0xab) : QColor(0x5f, 0x63, 0x68);
}

bool paletteIsDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::WindowText).lightness() >
           palette.color(QPalette::Window).lightness();
}

StatusLook statusLook(const QString &word, bool dark)
{
    StatusLook look;
    const auto it = knownWords().constFind(word);
    if (it == knownWords().constEnd()) {
        look.text = word;
    } else {
        look.tone = it->tone;
        look.text = Text::tr(it->text);
        look.outlined = it->outlined;
    }
    look.color = toneColor(look.tone, dark);
    look.outline = look.outlined ? toneColor(StatusTone::Failed, dark) : look.color;
    look.icon = themedIcon(iconFor(look.tone), look.color);
    return look;
}

namespace {
// The pill's insides: a margin each side, the icon (a line's height less two) and a gap.
constexpr int PillMargin = 8;
constexpr int PillGap = 4;
} // namespace

int statusPillWidth(const StatusLook &look, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int iconSize = metrics.height() - 2;
    // Two pixels to spare, so rounding never elides the last letter.
    return PillMargin + iconSize + PillGap + metrics.horizontalAdvance(look.text) + 2 + PillMargin;
}

int widestStatusPill(const QStringList &words, const QFont &font)
{
    int widest = 0;
    for (const QString &word : words)
        widest = std::max(widest, statusPillWidth(statusLook(word, false), font));
    return widest;
}

void paintStatusPill(QPainter *painter, const QRect &pill, const StatusLook &look,
                     const QFont &font)
{
    const QFontMetrics metrics(font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    QColor fill = look.color;
    fill.setAlpha(40);
    painter->setBrush(fill);
    // Forced: heavier and dashed, so it reads as a deliberate override and not as the tone.
    painter->setPen(look.outlined ? QPen(look.outline, 1.5, Qt::DashLine)
                                  : QPen(look.outline, 1.0));
    const QRectF border = QRectF(pill).adjusted(0.75, 0.75, -0.75, -0.75);
    painter->drawRoundedRect(border, border.height() / 2.0, border.height() / 2.0);
    const int iconSize = metrics.height() - 2;
    const QRect iconRect(pill.left() + PillMargin, pill.top() + (pill.height() - iconSize) / 2,
                         iconSize, iconSize);
    look.icon.paint(painter, iconRect);
    painter->setPen(look.color);
    const QRect textRect = pill.adjusted(PillMargin + iconSize + PillGap, 0, -PillMargin, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(look.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void fitPillColumn(QTableView *table, int column, const QStringList &words)
{
    QHeaderView *header = table->horizontalHeader();
    // The delegate insets the pill by 4 px on each side.
    const int wanted =
        std::max(widestStatusPill(words, table->font()) + 8, header->sectionSizeHint(column));
    if (header->sectionSize(column) < wanted)
        header->resizeSection(column, wanted);
}

void StatusPillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QString word = index.data(StatusWordRole).toString();
    if (word.isEmpty())
        word = index.data(Qt::DisplayRole).toString();
    if (word.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as usual, then the pill instead of the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                       option.widget);

    const StatusLook look = statusLook(word, paletteIsDark());
    const QFontMetrics metrics(option.font);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - metrics.height() / 2 - 2,
                     qMin(statusPillWidth(look, option.font), option.rect.width() - 8),
                     metrics.height() + 4);
    paintStatusPill(painter, pill, look, option.font);
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QString word = index.data(StatusWordRole).toString();
    if (word.isEmpty())
        word = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    // The pill and the 4 px it is inset by on each side.
    return {statusPillWidth(statusLook(word, false), option.font) + 8, metrics.height() + 10};
}

} // namespace eventdesk::gui
