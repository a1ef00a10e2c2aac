// SPDX-License-Identifier: GPL-3.0-or-later
// The one status language (UI.md): breaker closed = green, half-open = amber, open = red,
// forced = red outline, in the light and the dark palette. The pills are drawn into images
// and the colour of their border read back, for the table delegate and the card's pill
// alike; the fill keeps the real tone (a forced closed breaker is still green).
#include "common/StatusStyle.h"
#include "common/Theme.h"
#include "health/CardGraphics.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;

namespace {
enum class Hue
{
    None,
    Red,
    Green,
    Other
};

Hue hueOf(const QColor &c)
{
    const int r = c.red(), g = c.green(), b = c.blue();
    if (r - g > 60 && r - b > 40)
        return Hue::Red;
    if (g - r > 40 && g - b > 20)
        return Hue::Green;
    return Hue::Other;
}

// The border of a pill drawn in `rect` of `image`: along its straight top and bottom edges,
// the pixel that differs most from the pill's inside (the fill, a few rows down) — the
// border's ink, whatever the dashes and the antialiasing do.
Hue borderHue(const QImage &image, const QRect &rect)
{
    const int y = rect.center().y();
    const QColor inside = image.pixelColor(rect.right() - rect.height() / 2, y);
    int best = 0;
    QColor ink;
    for (int row : {rect.top(), rect.top() + 1, rect.bottom() - 1, rect.bottom()})
        for (int x = rect.left() + rect.height(); x <= rect.right() - rect.height(); ++x) {
            const QColor c = image.pixelColor(x, row);
            const int distance = std::abs(c.red() - inside.red()) +
                                 std::abs(c.green() - inside.green()) +
                                 std::abs(c.blue() - inside.blue());
            if (distance > best) {
                best = distance;
                ink = c;
            }
        }
    return best < 60 ? Hue::None : hueOf(ink);
}

// The pill as the Requests and Approvals tables draw it.
QImage delegatePill(const QString &word, QRect *pillRect)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), word, StatusPillDelegate::StatusWordRole);
    StatusPillDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.rect = QRect(0, 0, 320, QFontMetrics(option.font).height() + 10);
    option.palette = QApplication::palette();
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QApplication::palette().color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    // Where paint() puts the pill.
    const QFontMetrics metrics(option.font);
    *pillRect = QRect(option.rect.left() + 4, option.rect.center().y() - metrics.height() / 2 - 2,
                      statusPillWidth(statusLook(word, false), option.font), metrics.height() + 4);
    return image;
}
} // namespace

class tst_StatusStyle final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { applyTheme(Theme::Light); }
    void breakerLooks_data();
    void breakerLooks();
    void tablePillBorders_data();
    void tablePillBorders();
    void cardPillBorders_data();
    void cardPillBorders();
    void widestPillHoldsEveryWord();
};

void tst_StatusStyle::breakerLooks_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_StatusStyle::breakerLooks()
{
    QFETCH(bool, dark);
    const QColor red = toneColor(StatusTone::Failed, dark);
    const QColor green = toneColor(StatusTone::Done, dark);
    const QColor amber = toneColor(StatusTone::Waiting, dark);
    const struct
    {
        const char *word;
        QColor color;
        QColor outline;
        bool outlined;
    } expected[] = {
        {"closed", green, green, false},     {"half_open", amber, amber, false},
        {"open", red, red, false},           {"forced_open", red, red, true},
        {"forced_closed", green, red, true}, // the real tone inside, a red outline
    };
    for (const auto &e : expected) {
        const StatusLook look = statusLook(QString::fromLatin1(e.word), dark);
        QCOMPARE(look.color, e.color);
        QCOMPARE(look.outline, e.outline);
        QCOMPARE(look.outlined, e.outlined);
        QVERIFY(!look.text.isEmpty());
        QVERIFY(!look.icon.isNull()); // never colour alone
    }
}

void tst_StatusStyle::tablePillBorders_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("hue");
    for (bool dark : {false, true}) {
        const char *palette = dark ? "dark" : "light";
        QTest::addRow("%s closed", palette) << dark << u"closed"_s << int(Hue::Green);
        QTest::addRow("%s open", palette) << dark << u"open"_s << int(Hue::Red);
        QTest::addRow("%s forced_closed", palette) << dark << u"forced_closed"_s << int(Hue::Red);
        QTest::addRow("%s forced_open", palette) << dark << u"forced_open"_s << int(Hue::Red);
    }
}

void tst_StatusStyle::tablePillBorders()
{
    QFETCH(bool, dark);
    QFETCH(QString, word);
    QFETCH(int, hue);
    applyTheme(dark ? Theme::Dark : Theme::Light);
    QCOMPARE(paletteIsDark(), dark);
    QRect pill;
    const QImage image = delegatePill(word, &pill);
    QCOMPARE(int(borderHue(image, pill)), hue);
    if (word == u"forced_closed"_s) {
        // Inside, the fill is the breaker's real tone: green, not red.
        const QColor inside = image.pixelColor(pill.right() - pill.height() / 2, pill.center().y());
        const QColor base = QApplication::palette().color(QPalette::Base);
        QVERIFY2(inside.green() - base.green() > inside.red() - base.red(),
                 qPrintable(inside.name()));
    }
}

void tst_StatusStyle::cardPillBorders_data()
{
    tablePillBorders_data();
}

void tst_StatusStyle::cardPillBorders()
{
    QFETCH(bool, dark);
    QFETCH(QString, word);
    QFETCH(int, hue);
    applyTheme(dark ? Theme::Dark : Theme::Light);
    StatusPill pill;
    pill.setWord(word);
    pill.resize(pill.sizeHint());
    QImage image(pill.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QApplication::palette().color(QPalette::Base));
    pill.render(&image, {}, {}, QWidget::DrawChildren);
    QCOMPARE(int(borderHue(image, pill.rect())), hue);
}

void tst_StatusStyle::widestPillHoldsEveryWord()
{
    const QFont font = QApplication::font();
    const QStringList words{u"AwaitingApproval"_s, u"Completed"_s, u"forced_closed"_s};
    const int widest = widestStatusPill(words, font);
    for (const QString &word : words)
        QVERIFY(statusPillWidth(statusLook(word, false), font) <= widest);
    QVERIFY(widest >= QFontMetrics(font).horizontalAdvance(statusLook(words.first(), false).text));
}

QTEST_MAIN(tst_StatusStyle)
#include "tst_statusstyle.moc"
