// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard-only use and accessible names, page by page: Ctrl+N reaches the page, Tab
// reaches every control on it that takes focus, and each control a person can reach
// names itself to a screen reader. Then a manager's approval done with keys alone.
#include "GuiTestSupport.h"

#include "frame/Language.h"
#include "frame/MainWindow.h"
#include "frame/Page.h"
#include "frame/SignInDialog.h"
#include "requests/ApprovalsPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

// What a screen reader announces for the widget.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget *widget)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                              widget->objectName());
}

// The controls of `root` a person can reach with Tab: shown, enabled, and taking focus
// from the Tab key. The insides of a compound control (a spin box's line edit, a combo
// box's view) are the control's own business.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->focusProxy())
            continue; // its proxy takes the focus for it
        stops.append(w);
    }
    return stops;
}

// Tab stops once in a group of exclusive buttons (at the checked one) and the arrow keys
// move within it, as everywhere in Qt: the group is reached when one of its buttons is.
QList<QWidget *> exclusiveGroup(QWidget *widget)
{
    auto *button = qobject_cast<QAbstractButton *>(widget);
    if (!button)
        return {widget};
    if (button->group() && button->group()->exclusive()) {
        const QList<QAbstractButton *> buttons = button->group()->buttons();
        return {buttons.cbegin(), buttons.cend()};
    }
    if (!button->autoExclusive() || !button->parentWidget())
        return {widget};
    QList<QWidget *> siblings;
    const QList<QAbstractButton *> all =
        button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    for (QAbstractButton *b : all)
        if (b->autoExclusive() && b->isVisible())
            siblings.append(b);
    return siblings;
}

// Presses Tab from `start` until the focus comes back round (or `limit` presses), and
// returns every widget that held the focus on the way.
QSet<QWidget *> tabCycle(QWidget *window, QWidget *start, int limit = 400)
{
    QSet<QWidget *> seen;
    start->setFocus(Qt::TabFocusReason);
    QWidget *first = QApplication::focusWidget();
    if (first)
        seen.insert(first);
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(window, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first)
            break;
        seen.insert(now);
    }
    return seen;
}

} // namespace

class tst_Keyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageIsReachedAndWalkedWithTheKeyboard_data();
    void everyPageIsReachedAndWalkedWithTheKeyboard();
    void aManagerApprovesWithKeysAlone();
};

void tst_Keyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyLanguage(u"en"_s);
}

void tst_Keyboard::everyPageIsReachedAndWalkedWithTheKeyboard_data()
{
    QTest::addColumn<int>("index");
    const QStringList pages{u"requests"_s,    u"approvals"_s, u"timeline"_s, u"sagas"_s,
                            u"deadletters"_s, u"health"_s,    u"audit"_s,    u"administration"_s};
    for (int i = 0; i < pages.size(); ++i)
        QTest::newRow(qPrintable(pages.at(i))) << i;
}

void tst_Keyboard::everyPageIsReachedAndWalkedWithTheKeyboard()
{
    QFETCH(int, index);
    QTemporaryDir dir;
    MainWindow window; // ada holds every role: every page
    QVERIFY(test::showSignedIn(window, test::demoStoreCopy(dir), u"ada"_s));

    const QList<Page *> pages = window.visiblePages();
    QCOMPARE(pages.size(), 8);
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
    Page *page = window.currentPage();
    QVERIFY(page);
    QCOMPARE(page, pages.at(index));
    // Let the page read what it shows (lists, cards, plots) in the background.
    QTest::qWait(1500);

    // Every tab of a tabbed page is walked in turn: a hidden tab's controls take no focus.
    QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
    const int tabs = tabWidgets.isEmpty() ? 1 : tabWidgets.first()->count();
    for (int tab = 0; tab < tabs; ++tab) {
        if (!tabWidgets.isEmpty()) {
            tabWidgets.first()->setCurrentIndex(tab);
            QTest::qWait(500);
        }
        const QList<QWidget *> stops = tabStops(page);
        QVERIFY2(!stops.isEmpty(), "the page has nothing the keyboard can reach");
        const QSet<QWidget *> reached = tabCycle(&window, stops.first());
        QStringList unreached, unnamed;
        for (QWidget *w : stops) {
            const QList<QWidget *> group = exclusiveGroup(w);
            if (std::none_of(group.cbegin(), group.cend(),
                             [&reached](QWidget *g) { return reached.contains(g); }))
                unreached.append(describe(w));
            if (accessibleName(w).isEmpty())
                unnamed.append(describe(w));
        }
        const QString where = u"%1, tab %2"_s.arg(page->pageId()).arg(tab);
        QVERIFY2(unreached.isEmpty(),
                 qPrintable(u"%1: Tab never reaches %2"_s.arg(where, unreached.join(u", "_s))));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"%1: no accessible name on %2"_s.arg(where, unnamed.join(u", "_s))));
    }
}

void tst_Keyboard::aManagerApprovesWithKeysAlone()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(test::showSignedIn(window, test::demoStoreCopy(dir), u"mia"_s));

    // Ctrl+2 is the second page of the rail: the approvals inbox for a manager.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto *approvals = qobject_cast<ApprovalsPage *>(window.currentPage());
    QVERIFY(approvals);
    auto *list = approvals->findChild<QAbstractItemView *>(u"tableView"_s);
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->model() && list->model()->rowCount() > 0, 30'000);
    const int waiting = list->model()->rowCount();

    // Into the list with the keyboard, the first request, a comment, Ctrl+Enter.
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Home);
    QTRY_VERIFY(list->currentIndex().isValid());
    auto *comment = approvals->findChild<QLineEdit *>(u"commentEdit"_s);
    QVERIFY(comment);
    // What a person waits for before deciding: the selected request shown, Approve offered.
    const auto readyToDecide = [approvals, comment] {
        QPushButton *approve = approvals->actionButton(u"approve"_s);
        return approvals->shownStreamId() == approvals->selectedStreamId() && approve &&
               approve->isVisible() && approve->isEnabled() && comment->isEnabled();
    };
    QTRY_VERIFY_WITH_TIMEOUT(readyToDecide(), 30'000);
    comment->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(comment, u"Fine by me"_s);
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), waiting - 1, 30'000);

    // The decided request left the list; the next one is shown, ready for a decision.
    QTRY_VERIFY(list->currentIndex().isValid());
    QTRY_VERIFY_WITH_TIMEOUT(readyToDecide(), 30'000);
    QVERIFY(comment->text().isEmpty()); // the comment went with the first decision

    // That one with Ctrl and the number pad's Enter, from the list itself.
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), waiting - 2, 30'000);
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
