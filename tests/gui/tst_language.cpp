// SPDX-License-Identifier: GPL-3.0-or-later
// German and French ship inside the program and can be switched while it runs: the
// frame, the pages and the settings follow at once, with the session and the page kept;
// amounts and dates follow the language's conventions; every page's name in the rail and
// every status pill in the request tables is shown in full, whatever the language.
#include "GuiTestSupport.h"

#include "common/Format.h"
#include "common/StatusStyle.h"
#include "deadletters/DeadLetterModel.h"
#include "demo/DemoCompany.h"
#include "domain/Money.h"
#include "frame/Language.h"
#include "frame/MainWindow.h"
#include "frame/Page.h"
#include "frame/SettingsDialog.h"
#include "frame/SignInDialog.h"
#include "messaging/DeadLetters.h"
#include "requests/RequestTableModel.h"
#include "sagas/SagaListModel.h"
#include "workflow/SagaEvents.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList railTexts(MainWindow &window)
{
    QStringList texts;
    auto *rail = window.findChild<QListWidget *>(u"navigationRail"_s);
    for (int row = 0; rail && row < rail->count(); ++row)
        texts.append(rail->item(row)->text());
    return texts;
}

// Opens a copy of the demo store in window and signs in as ada, who sees every page.
void signInAsAda(MainWindow &window, const QTemporaryDir &dir)
{
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    QSignalSpy signedIn(&window, &MainWindow::signedIn);
    window.openStore(test::demoStoreCopy(dir));
    QVERIFY(opened.wait(30'000));
    window.askToSignIn(u"ada"_s);
    auto *signIn = window.findChild<SignInDialog *>();
    QVERIFY(signIn);
    signIn->submit(u"ada"_s, QString(demo::DemoPassword));
    QVERIFY(signedIn.wait(30'000));
}

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

class tst_Language : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { applyLanguage(u"en"_s); }

    void everyShippedLanguageIsEmbeddedAndTranslates_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("requests");
        QTest::newRow("de") << u"de"_s << u"Anträge"_s;
        QTest::newRow("fr") << u"fr"_s << u"Demandes"_s;
    }

    void everyShippedLanguageIsEmbeddedAndTranslates()
    {
        QFETCH(QString, code);
        QFETCH(QString, requests);
        QVERIFY(shippedLanguages().contains(code));
        QVERIFY(QFile::exists(u":/i18n/eventdesk_%1.qm"_s.arg(code)));
        QVERIFY(applyLanguage(code));
        QCOMPARE(currentLanguage(), code);
        QCOMPARE(QCoreApplication::translate("eventdesk::gui::RequestsPage", "Requests"), requests);
        QVERIFY(applyLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("eventdesk::gui::RequestsPage", "Requests"),
                 u"Requests"_s);
    }

    void anUnknownLanguageChangesNothing()
    {
        QVERIFY(applyLanguage(u"de"_s));
        QVERIFY(!applyLanguage(u"xx"_s));
        QCOMPARE(currentLanguage(), u"de"_s);
        // A setting that names no shipped language follows the system (English here).
        QVERIFY(shippedLanguages().contains(resolveLanguage(u"de"_s)));
        QCOMPARE(resolveLanguage(u"en"_s), u"en"_s);
    }

    void amountsAndDatesFollowTheLanguage()
    {
        const Money amount = *Money::parse(u"1234.50"_s, u"EUR"_s);
        QVERIFY(applyLanguage(u"de"_s));
        const QString german = formatMoney(amount, QLocale());
        QVERIFY2(german.contains(u"1.234,50"_s), qPrintable(german));
        QVERIFY(applyLanguage(u"fr"_s));
        const QString french = formatMoney(amount, QLocale());
        QVERIFY2(french.contains(u"234,50"_s) && !french.contains(u"1,234"_s), qPrintable(french));
    }

    void everyPageNameAndStatusIsShownInFull_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("deadLetters");
        QTest::newRow("en") << u"en"_s << u"Dead letters"_s;
        QTest::newRow("de") << u"de"_s << u"Unzustellbare Nachrichten"_s;
        QTest::newRow("fr") << u"fr"_s << u"Lettres mortes"_s;
    }

    void everyPageNameAndStatusIsShownInFull()
    {
        QFETCH(QString, code);
        QFETCH(QString, deadLetters);
        QVERIFY(applyLanguage(code));
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        signInAsAda(window, dir);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(railTexts(window).contains(deadLetters), 10'000);

        auto *rail = window.findChild<QListWidget *>(u"navigationRail"_s);
        QVERIFY(rail);
        QCOMPARE(rail->count(), 8);
        QVERIFY(rail->wordWrap());
        const QFontMetrics metrics(rail->font());
        // The style's text margin, each side, as the item view lays its text out.
        const int margin =
            rail->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, rail) + 1;
        for (int row = 0; row < rail->count(); ++row) {
            const QListWidgetItem *item = rail->item(row);
            const QString text = item->text();
            const QRect cell = rail->visualItemRect(item);
            QVERIFY2(rail->viewport()->rect().contains(cell), qPrintable(text));
            // Below the icon, inside the margins: every word on a line of its own at worst,
            // and all the lines the name wraps to.
            const QRect room =
                cell.adjusted(margin, rail->iconSize().height() + margin, -margin, -margin);
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(metrics.horizontalAdvance(word) <= room.width(),
                         qPrintable(u"%1: %2 px in %3"_s.arg(word)
                                        .arg(metrics.horizontalAdvance(word))
                                        .arg(room.width())));
            const QRect wrapped =
                metrics.boundingRect(QRect(room.topLeft(), QSize(room.width(), 10'000)),
                                     Qt::TextWordWrap | Qt::AlignHCenter, text);
            QVERIFY2(wrapped.height() <= room.height() && wrapped.width() <= room.width(),
                     qPrintable(u"%1: %2x%3 in %4x%5"_s.arg(text)
                                    .arg(wrapped.width())
                                    .arg(wrapped.height())
                                    .arg(room.width())
                                    .arg(room.height())));
        }

        // Each table of status pills is as wide as the widest status of the language.
        using namespace workflow::SagaStatus;
        QStringList letterStates;
        for (auto state :
             {messaging::DeadLetter::State::Parked, messaging::DeadLetter::State::Retried,
              messaging::DeadLetter::State::Edited, messaging::DeadLetter::State::Discarded})
            letterStates.append(messaging::deadLetterStateName(state));
        const struct
        {
            QString page;
            QString table;
            int column;
            QStringList words;
        } tables[] = {
            {u"requests"_s, u"tableView"_s, RequestTableModel::Status,
             RequestTableModel::statusWords()},
            {u"approvals"_s, u"tableView"_s, RequestTableModel::Status,
             RequestTableModel::statusWords()},
            {u"sagas"_s,
             u"sagaTable"_s,
             SagaListModel::StatusColumn,
             {Running, WaitingForPerson, WaitingForService, Compensating, Completed, Failed}},
            {u"dead-letters"_s, u"letterTable"_s, DeadLetterModel::StateColumn, letterStates},
        };
        for (const auto &t : tables) {
            QVERIFY(window.showPage(t.page));
            auto *table = window.page(t.page)->findChild<QTableView *>(t.table);
            QVERIFY2(table, qPrintable(t.table));
            const int column = table->horizontalHeader()->sectionSize(t.column);
            for (const QString &word : t.words) {
                const int pill = statusPillWidth(statusLook(word, false), table->font()) + 8;
                QVERIFY2(pill <= column, qPrintable(u"%1, %2: %3 px in %4"_s
                                                        .arg(t.page, statusLook(word, false).text)
                                                        .arg(pill)
                                                        .arg(column)));
            }
        }
    }

    void theRunningConsoleSwitchesLanguageFromTheSettings()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        window.openStore(test::demoStoreCopy(dir));
        QVERIFY(opened.wait(30'000));
        window.askToSignIn(u"ada"_s);
        auto *signIn = window.findChild<SignInDialog *>();
        QVERIFY(signIn);
        signIn->submit(u"ada"_s, QString(demo::DemoPassword));
        QVERIFY(signedIn.wait(30'000));
        QVERIFY(window.showPage(u"sagas"_s));
        const QStringList english = railTexts(window);
        QVERIFY(english.contains(u"Requests"_s));
        QVERIFY(menuTitles(window).contains(u"&File"_s));

        // The user picks Deutsch in the settings and confirms.
        SettingsDialog settings(&window);
        auto *box = settings.findChild<QComboBox *>(u"languageBox"_s);
        QVERIFY(box);
        box->setCurrentIndex(box->findData(u"de"_s));
        settings.accept();

        QTRY_VERIFY_WITH_TIMEOUT(railTexts(window).contains(u"Anträge"_s), 10'000);
        QCOMPARE(railTexts(window).size(), english.size());
        QVERIFY(menuTitles(window).contains(u"&Datei"_s) ||
                !menuTitles(window).contains(u"&File"_s));
        // The session and the page the user was on are kept.
        QVERIFY(window.session());
        QCOMPARE(window.currentPage()->pageId(), u"sagas"_s);
        QCOMPARE(window.currentPage()->title(),
                 QCoreApplication::translate("eventdesk::gui::SagasPage", "Sagas"));

        // And back, through "English".
        SettingsDialog again(&window);
        auto *box2 = again.findChild<QComboBox *>(u"languageBox"_s);
        box2->setCurrentIndex(box2->findData(u"en"_s));
        again.accept();
        QTRY_COMPARE_WITH_TIMEOUT(railTexts(window), english, 10'000);
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
