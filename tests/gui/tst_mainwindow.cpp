// SPDX-License-Identifier: GPL-3.0-or-later
// The console's frame: opening a store, signing in (and a wrong password), the pages a
// user's roles allow, the status bar, keyboard navigation, --screenshot, and the rule
// that the GUI thread never reads the store.
#include "GuiTestSupport.h"

#include "admin/AdministrationPage.h"
#include "admin/StoreTab.h"
#include "commands/RequestCommandService.h"
#include "common/StatusStyle.h"
#include "frame/BackupReminder.h"
#include "frame/Language.h"
#include "frame/MainWindow.h"
#include "frame/NewStoreDialog.h"
#include "frame/Page.h"
#include "frame/SettingsDialog.h"
#include "frame/SignInDialog.h"
#include "frame/WelcomePage.h"
#include "messaging/Outbox.h"
#include "projections/ReadModels.h"
#include "security/Users.h"
#include "services/ServiceSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void aWrongPasswordIsRefusedBesideTheFieldThenTheRightOneSignsIn();
    void theRailShowsThePagesTheRolesAllow_data();
    void theRailShowsThePagesTheRolesAllow();
    void controlAndANumberGoToThatPage();
    void theStatusBarShowsTheOutboxAndTheOpenBreaker();
    void aStoreThatCannotBeOpenedIsExplained();
    void theBackgroundWorkDeliversTheQueuedPaymentsOnceThePaymentServiceIsBack();
    void anotherProcesssCommitsReachThePages();
    void aLongCatchUpShowsItsProgressInTheStatusBar();
    void settingsAreKeptAndTheAppearanceChangesAtOnce();
    void aNewStoreIsCreatedWithItsAdministratorOrNotAtAll();
    void anOpenedStoreIsRememberedAmongTheRecentOnes();
    void anAdministratorIsRemindedOfAnOldBackup();
    void screenshotWritesEveryPageAt1440x900();
    void screenshotRefusesAStoreThatIsNotTheDemoWithoutAUser();
    void aReadOnTheGuiThreadStopsTheProgram();
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of this test only
}

void tst_MainWindow::cleanup()
{
    // A test that picks another language in the settings leaves it applied.
    applyLanguage(u"en"_s);
}

void tst_MainWindow::aWrongPasswordIsRefusedBesideTheFieldThenTheRightOneSignsIn()
{
    QTemporaryDir dir;
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    window.openStore(test::demoStoreCopy(dir));
    QVERIFY(opened.wait(30'000));
    QVERIFY(window.isDemoStore());
    window.askToSignIn();
    auto *dialog = window.findChild<SignInDialog *>();
    QVERIFY(dialog);
    // On the demo company the dialog offers its administrator.
    QCOMPARE(dialog->findChild<QLineEdit *>(u"userEdit"_s)->text(), u"ada"_s);
    QSignalSpy attempts(dialog, &SignInDialog::attemptFinished);
    dialog->submit(u"mia"_s, u"not her password"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!attempts.isEmpty(), 30'000);
    QCOMPARE(attempts.takeFirst().at(0).toBool(), false);
    QVERIFY2(dialog->errorText().contains(u"wrong"_s), qPrintable(dialog->errorText()));
    QVERIFY(!window.session());
    QVERIFY(dialog->isVisible() || !dialog->result());

    QSignalSpy signedIn(&window, &MainWindow::signedIn);
    dialog->submit(u"mia"_s, QString(demo::DemoPassword));
    QVERIFY(signedIn.wait(30'000));
    QVERIFY(window.session());
    QCOMPARE(window.session()->user().name, u"mia"_s);
    QVERIFY(window.session()->user().hasRole(security::Role::Manager));
}

void tst_MainWindow::theRailShowsThePagesTheRolesAllow_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("pages");
    const QStringList everything{u"requests"_s, u"approvals"_s,     u"timeline"_s,
                                 u"sagas"_s,    u"dead-letters"_s,  u"health"_s,
                                 u"audit"_s,    u"administration"_s};
    QTest::newRow("requester") << u"sam"_s << QStringList{u"requests"_s};
    QTest::newRow("manager") << u"mia"_s << QStringList{u"requests"_s, u"approvals"_s};
    QTest::newRow("auditor") << u"audrey"_s
                             << QStringList{u"requests"_s,     u"timeline"_s, u"sagas"_s,
                                            u"dead-letters"_s, u"health"_s,   u"audit"_s};
    QTest::newRow("administrator") << u"ada"_s << everything;
}

void tst_MainWindow::theRailShowsThePagesTheRolesAllow()
{
    QFETCH(QString, user);
    QFETCH(QStringList, pages);
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(test::signInWindow(window, test::demoStoreCopy(dir), user));
    QStringList shown;
    for (Page *page : window.visiblePages())
        shown.append(page->pageId());
    QCOMPARE(shown, pages);
    // A page the roles do not allow cannot be shown by asking for it either.
    if (!pages.contains(u"administration"_s)) {
        QVERIFY(!window.showPage(u"administration"_s));
        QVERIFY(window.currentPage() != window.page(u"administration"_s));
    }
    QVERIFY(pages.contains(window.currentPage()->pageId()));
}

void tst_MainWindow::controlAndANumberGoToThatPage()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(test::showSignedIn(window, test::demoStoreCopy(dir), u"ada"_s));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage()->pageId(), u"timeline"_s);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window.currentPage()->pageId(), u"administration"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage()->pageId(), u"requests"_s);
    QVERIFY(window.windowTitle().contains(window.currentPage()->title()));
}

void tst_MainWindow::theStatusBarShowsTheOutboxAndTheOpenBreaker()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(test::signInWindow(window, test::demoStoreCopy(dir), u"ada"_s));
    // The demo company leaves the payment service down, its breaker open, payments queued.
    const auto buttons = window.statusBar()->findChildren<QToolButton *>();
    auto textOf = [&](const QString &name) {
        for (QToolButton *b : buttons)
            if (b->accessibleName() == name)
                return b->text();
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(textOf(u"Open breakers"_s).contains(u"payment"_s), 30'000);
    QVERIFY2(textOf(u"Outbox backlog"_s).contains(u"waiting"_s),
             qPrintable(textOf(u"Outbox backlog"_s)));
    QCOMPARE(textOf(u"Signed-in user"_s), u"ada"_s);
    QVERIFY(window.session()->status().openBreakers.contains(u"payment"_s));
    QVERIFY(window.session()->status().pendingOutbox > 0);
}

void tst_MainWindow::theBackgroundWorkDeliversTheQueuedPaymentsOnceThePaymentServiceIsBack()
{
    // While the console is open, the dispatcher, the sagas and the read models run in the
    // background: nobody calls them here.
    test::DemoSession demo(u"ada"_s);
    auto &store = *demo.store;
    const qint64 queuedBefore = test::offGuiThread([&store] {
        return messaging::countOutbox(store, messaging::OutboxStatus::Pending).value();
    });
    QVERIFY(queuedBefore > 0);
    QSignalSpy problems(demo.session.get(), &gui::Session::backgroundProblem);
    // The first round of the background work reports what the demo left: payments queued
    // behind the open payment breaker.
    QTRY_VERIFY_WITH_TIMEOUT(demo.session->readModelPosition() > 0, 30'000);
    QVERIFY(demo.session->status().pendingOutbox > 0);
    QVERIFY(demo.session->status().openBreakers.contains(u"payment"_s));
    QSignalSpy caughtUp(demo.session.get(), &gui::Session::readModelsUpdated);
    const security::SignedInUser ada = demo.session->user();
    QVERIFY(test::offGuiThread([&store, ada] {
                return services::ServiceSettingsStore(store).setMode(ada, u"payment"_s,
                                                                     services::FaultMode::up());
            }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->status().pendingOutbox, qint64(0), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!demo.session->status().openBreakers.contains(u"payment"_s), 30'000);
    QVERIFY(!caughtUp.isEmpty());
    const qint64 head =
        test::offGuiThread([&store] { return store.reader().headPosition().value(); });
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->readModelPosition(), head, 30'000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
}

void tst_MainWindow::anotherProcesssCommitsReachThePages()
{
    test::DemoSession demo(u"ada"_s);
    QTRY_VERIFY_WITH_TIMEOUT(demo.session->readModelPosition() > 0, 30'000);
    const qint64 before = demo.session->head();
    QSignalSpy committed(demo.session.get(), &gui::Session::eventsCommitted);
    QSignalSpy updated(demo.session.get(), &gui::Session::readModelsUpdated);
    // Another program (as a CLI script would) submits a request to the same file.
    const QString path = demo.store->location();
    const QString stream = test::offGuiThread([path] {
        auto other = SqliteEventStore::open(path);
        commands::SubmitInput input;
        input.workflow = u"purchase"_s;
        input.title = u"Chair from another program"_s;
        input.amount = Money::parse(u"120.00", u"EUR"_s).value();
        auto done = commands::RequestCommandService(**other).submit(
            u"sam"_s, security::Secret(QByteArray("eventdesk-demo")), input);
        return done ? done->streamId : QString();
    });
    QVERIFY(!stream.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        !committed.isEmpty() && committed.constLast().at(0).toLongLong() > before, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30'000);
    // Nobody here catches the read models up: the background work does, within a second or so.
    auto &store = *demo.store;
    auto requestIsListed = [&store, stream] {
        return test::offGuiThread([&store, stream] {
            const auto row = projections::queryRequest(store, stream);
            return row && row->has_value();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(requestIsListed(), 30'000);
}

void tst_MainWindow::aLongCatchUpShowsItsProgressInTheStatusBar()
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(test::signInWindow(window, path, u"ada"_s));
    Session *session = window.session();
    QTRY_VERIFY_WITH_TIMEOUT(session->readModelPosition() > 0, 30'000);
    auto *bar = window.findChild<QProgressBar *>(u"catchUpBar"_s);
    QVERIFY(bar);
    QVERIFY(!bar->isVisible()); // nothing to catch up: nothing shown

    // The window's own slot runs first; then this one sees the bar as a person would.
    QSignalSpy progress(session, &Session::readModelsCatchingUp);
    bool shownWhileCatchingUp = false;
    connect(session, &Session::readModelsCatchingUp, bar,
            [bar, &shownWhileCatchingUp] { shownWhileCatchingUp = bar->isVisible(); });

    // Another program appends 20,000 events at once (an import, a bulk script).
    constexpr int Events = 20'000;
    const bool appended = test::offGuiThread([path] {
        auto other = SqliteEventStore::open(path);
        if (!other)
            return false;
        for (int batch = 0; batch < Events / 1000; ++batch) {
            AppendRequest request;
            request.streamId = u"import-%1"_s.arg(batch);
            for (int i = 0; i < 1000; ++i)
                request.events.append(
                    NewEvent::make(u"ItemImported"_s, {{u"n"_s, i}},
                                   EventMetadata{u"importer"_s, {}, {}, {}, {}, {}, {}}));
            if (!(*other)->append(request).result())
                return false;
        }
        return true;
    });
    QVERIFY(appended);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 30'000);
    QVERIFY(shownWhileCatchingUp);
    // "… up to date with the store: 4,000 of 20,000 events." — the backlog, in counts.
    static const QRegularExpression counts(u"([0-9,]+) of ([0-9,]+) events"_s);
    const QRegularExpressionMatch match = counts.match(bar->toolTip());
    QVERIFY2(match.hasMatch(), qPrintable(bar->toolTip()));
    const qint64 done = match.captured(1).remove(u',').toLongLong();
    const qint64 total = match.captured(2).remove(u',').toLongLong();
    // (The catch-up may start while the import still commits: the total is the backlog
    // when it was counted, a long one all the same.)
    QVERIFY2(total >= 2000 && total <= Events + 100 && done <= total, qPrintable(bar->toolTip()));
    QVERIFY(!bar->accessibleName().isEmpty());
    // Once caught up the bar goes and the read models stand at the head.
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(session->readModelPosition(), session->head(), 30'000);
}

void tst_MainWindow::aStoreThatCannotBeOpenedIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-store.eventdesk"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not an EventDesk store\n");
    file.close();
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::storeFailed);
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    window.openStore(path);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !opened.isEmpty(), 30'000);
    QCOMPARE(opened.size(), 0);
    QVERIFY(!failed.takeFirst().at(0).toString().isEmpty());
    QVERIFY(!window.session());
    QVERIFY(window.visiblePages().isEmpty());
    // The welcome page says why and offers the way on.
    auto *welcome = window.findChild<WelcomePage *>();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisibleTo(&window));
    auto *problem = welcome->findChild<QLabel *>(u"problem"_s);
    QVERIFY(problem && problem->isVisibleTo(welcome));
    QVERIFY2(problem->text().contains(u"not an EventDesk store"_s), qPrintable(problem->text()));
    // Nothing was written to the file that is not a store.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("this is not an EventDesk store\n"));
}

void tst_MainWindow::settingsAreKeptAndTheAppearanceChangesAtOnce()
{
    {
        SettingsDialog dialog;
        auto *theme = dialog.findChild<QComboBox *>(u"themeBox"_s);
        auto *language = dialog.findChild<QComboBox *>(u"languageBox"_s);
        auto *store = dialog.findChild<QLineEdit *>(u"storeEdit"_s);
        QVERIFY(theme && language && store);
        theme->setCurrentIndex(theme->findData(u"dark"_s));
        language->setCurrentIndex(language->findData(u"de"_s));
        store->setText(u"/srv/eventdesk/company.eventdesk"_s);
        dialog.accept();
    }
    QVERIFY(gui::paletteIsDark());
    QSettings settings;
    QCOMPARE(settings.value(SettingsDialog::themeKey()).toString(), u"dark"_s);
    QCOMPARE(settings.value(SettingsDialog::languageKey()).toString(), u"de"_s);
    QCOMPARE(currentLanguage(), u"de"_s); // applied at once
    QCOMPARE(settings.value(SettingsDialog::storeKey()).toString(),
             QDir::fromNativeSeparators(u"/srv/eventdesk/company.eventdesk"_s));
    {
        // Reopened, the dialog shows what was kept; back to light.
        SettingsDialog dialog;
        auto *theme = dialog.findChild<QComboBox *>(u"themeBox"_s);
        QCOMPARE(theme->currentData().toString(), u"dark"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"languageBox"_s)->currentData().toString(),
                 u"de"_s);
        theme->setCurrentIndex(theme->findData(u"light"_s));
        dialog.findChild<QLineEdit *>(u"storeEdit"_s)->clear(); // back to the default store
        dialog.accept();
    }
    QVERIFY(!gui::paletteIsDark());
    QVERIFY(!QSettings().contains(SettingsDialog::storeKey()));
}

void tst_MainWindow::aNewStoreIsCreatedWithItsAdministratorOrNotAtAll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"company/acme.eventdesk"_s);
    NewStoreDialog dialog(path);
    QSignalSpy attempts(&dialog, &NewStoreDialog::attemptFinished);

    dialog.submit(path, u"alice"_s, u"a-long-passphrase"_s, u"a-long-passphrase-typo"_s);
    QVERIFY(dialog.errorText().contains(u"differ"_s)); // checked before anything happens
    QVERIFY(!QFileInfo::exists(path));

    dialog.submit(path, u"alice"_s, u"short"_s, u"short"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!attempts.isEmpty(), 30'000);
    QCOMPARE(attempts.takeFirst().at(0).toBool(), false);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(!QFileInfo::exists(path), "a refused password left a store behind");

    dialog.submit(path, u"alice"_s, u"a-long-passphrase"_s, u"a-long-passphrase"_s, u"XYZ"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!attempts.isEmpty(), 30'000);
    QCOMPARE(attempts.takeFirst().at(0).toBool(), false);
    QVERIFY(!QFileInfo::exists(path));

    dialog.submit(path, u"alice"_s, u"a-long-passphrase"_s, u"a-long-passphrase"_s, u"CHF"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!attempts.isEmpty(), 30'000);
    QCOMPARE(attempts.takeFirst().at(0).toBool(), true);
    QCOMPARE(dialog.createdPath(), path);
    auto store = test::openStoreOffGuiThread(path);
    const auto alice = test::signInOffGuiThread(*store, u"alice"_s, u"a-long-passphrase"_s);
    QVERIFY(alice.hasRole(security::Role::Admin));
    QCOMPARE(test::offGuiThread([&store] { return security::baseCurrency(*store).value(); }),
             u"CHF"_s);

    // A path that holds a file is refused, and the file is left alone.
    NewStoreDialog again(path);
    QSignalSpy second(&again, &NewStoreDialog::attemptFinished);
    again.submit(path, u"bob"_s, u"another-long-passphrase"_s, u"another-long-passphrase"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!second.isEmpty(), 30'000);
    QCOMPARE(second.takeFirst().at(0).toBool(), false);
    QVERIFY(again.errorText().contains(u"already exists"_s));
    QVERIFY(test::signInOffGuiThread(*store, u"alice"_s, u"a-long-passphrase"_s)
                .hasRole(security::Role::Admin));
}

void tst_MainWindow::anAdministratorIsRemindedOfAnOldBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"acme.eventdesk"_s);
    {
        NewStoreDialog dialog(path);
        QSignalSpy attempts(&dialog, &NewStoreDialog::attemptFinished);
        dialog.submit(path, u"alice"_s, u"a-long-passphrase"_s, u"a-long-passphrase"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!attempts.isEmpty(), 30'000);
        QVERIFY(attempts.takeFirst().at(0).toBool());
    }
    QVERIFY(BackupReminder::isDue(path)); // never backed up

    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    QSignalSpy signedIn(&window, &MainWindow::signedIn);
    window.openStore(path);
    QVERIFY(opened.wait(30'000));
    window.askToSignIn(u"alice"_s);
    auto *dialog = window.findChild<SignInDialog *>();
    QVERIFY(dialog);
    dialog->submit(u"alice"_s, u"a-long-passphrase"_s);
    QVERIFY(signedIn.wait(30'000));
    QVERIFY(window.isBackupReminderShown());

    // The reminder leads to the store tab, where a verified backup silences it.
    QToolButton *reminder = nullptr;
    for (auto *button : window.statusBar()->findChildren<QToolButton *>())
        if (button->accessibleName() == u"Backup reminder"_s)
            reminder = button;
    QVERIFY(reminder);
    QVERIFY(reminder->toolTip().contains(u"No backup"_s));
    reminder->click();
    auto *admin = qobject_cast<AdministrationPage *>(window.currentPage());
    QVERIFY(admin);
    QCOMPARE(admin->findChild<QTabWidget *>(u"tabs"_s)->currentWidget(), admin->storeTab());
    QSignalSpy backedUp(admin->storeTab(), &StoreTab::backupFinished);
    admin->storeTab()->backupTo(dir.filePath(u"acme-backup.eventdesk"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!backedUp.isEmpty(), 60'000);
    QVERIFY(BackupReminder::lastBackup(path).has_value());
    window.showPage(u"requests"_s);
    QVERIFY(!window.isBackupReminderShown());

    // A week later it is due again, and says how old the last one is.
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(8);
    QVERIFY(BackupReminder::isDue(path, later));
    QVERIFY(!BackupReminder::isDue(path, QDateTime::currentDateTimeUtc().addDays(6)));
    QVERIFY2(BackupReminder::reminderText(path, later).contains(u"8"_s),
             qPrintable(BackupReminder::reminderText(path, later)));
}

void tst_MainWindow::anOpenedStoreIsRememberedAmongTheRecentOnes()
{
    QSettings().remove(u"store/recent"_s);
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    window.openStore(path);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30'000);
    QCOMPARE(WelcomePage::recentStores().value(0), QFileInfo(path).absoluteFilePath());
    WelcomePage welcome;
    auto *list = welcome.findChild<QListWidget *>(u"recentList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QSignalSpy chosen(&welcome, &WelcomePage::storeChosen);
    emit list->itemActivated(list->item(0));
    QCOMPARE(chosen.value(0).value(0).toString(), QFileInfo(path).absoluteFilePath());
}

void tst_MainWindow::screenshotWritesEveryPageAt1440x900()
{
    QTemporaryDir home;
    QTemporaryDir shots;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.start(QString::fromUtf8(EVENTDESK_GUI_PATH),
              {u"--demo"_s, u"--screenshot"_s, shots.path()});
    QVERIFY(app.waitForFinished(180'000));
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    for (const QString &page : {u"requests"_s, u"approvals"_s, u"timeline"_s, u"sagas"_s,
                                u"dead-letters"_s, u"health"_s, u"audit"_s, u"administration"_s}) {
        const QImage image(shots.filePath(page + u".png"_s));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QCOMPARE(image.size(), QSize(1440, 900));
    }
}

void tst_MainWindow::screenshotRefusesAStoreThatIsNotTheDemoWithoutAUser()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plain.eventdesk"_s);
    QVERIFY(test::offGuiThread([path] { return SqliteEventStore::create(path); }).ok());
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.start(QString::fromUtf8(EVENTDESK_GUI_PATH),
              {u"--store"_s, path, u"--screenshot"_s, dir.filePath(u"shots"_s)});
    QVERIFY(app.waitForFinished(60'000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("--as USER"));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"shots/requests.png"_s)));
}

void tst_MainWindow::aReadOnTheGuiThreadStopsTheProgram()
{
    // The child (this program again) reads the store on its GUI thread and must be stopped
    // with the message; the parent checks that it was.
    if (qEnvironmentVariableIsSet("EVENTDESK_READ_ON_GUI_THREAD")) {
        auto store =
            test::openStoreOffGuiThread(qEnvironmentVariable("EVENTDESK_READ_ON_GUI_THREAD"));
        (void)store->reader().headPosition(); // on the GUI thread: fatal
        QFAIL("the read on the GUI thread was not stopped");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.eventdesk"_s);
    QVERIFY(test::offGuiThread([path] { return SqliteEventStore::create(path); }).ok());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"EVENTDESK_READ_ON_GUI_THREAD"_s, path);
    env.insert(u"EVENTDESK_GUI_THREAD_CHECK"_s, u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {u"aReadOnTheGuiThreadStopsTheProgram"_s});
    QVERIFY(child.waitForFinished(60'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QByteArray output = child.readAllStandardError() + child.readAllStandardOutput();
    QVERIFY2(output.contains("read on the GUI thread"), output.constData());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
