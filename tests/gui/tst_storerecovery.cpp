// SPDX-License-Identifier: GPL-3.0-or-later
// A store that cannot be opened, and the ways on the welcome page offers: a damaged store
// (truncated, or its schema page overwritten: read-only cannot read it either) and one
// another program holds exclusively (read-only still reads it), restoring a backup into a new store
// that then opens; and a read-only session, which signs in, shows the pages and backs up, but
// writes nothing at all.
#include "GuiTestSupport.h"

#include "admin/AdministrationPage.h"
#include "admin/StoreTab.h"
#include "frame/BackupRestorer.h"
#include "frame/MainWindow.h"
#include "frame/Page.h"
#include "frame/SignInDialog.h"
#include "frame/WelcomePage.h"
#include "requests/ApprovalsPage.h"
#include "requests/RequestTableModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Timeout = 30'000;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The head as the file holds it, read through a read-only store of the test's own.
qint64 headOf(const QString &path)
{
    return test::offGuiThread([path] {
        StoreOptions options;
        options.readOnly = true;
        auto store = SqliteEventStore::open(path, options);
        if (!store)
            qFatal("head of %s: %s", qPrintable(path), qPrintable(store.error().message));
        return (*store)->reader().headPosition().value();
    });
}

// A verified backup of the store at path, made the way the console makes one.
QString backupOf(const QString &path, const QString &target)
{
    const auto made = test::offGuiThread([path, target] {
        auto store = SqliteEventStore::open(path);
        if (!store)
            return Result<VerifyReport>(store.error());
        return (*store)->backupTo(target);
    });
    if (!made || !made->ok)
        qFatal("backup of %s failed", qPrintable(path));
    return target;
}

QLabel *problemLabel(MainWindow &window)
{
    auto *welcome = window.findChild<WelcomePage *>();
    return welcome ? welcome->findChild<QLabel *>(u"problem"_s) : nullptr;
}

QPushButton *welcomeButton(MainWindow &window, const QString &name)
{
    auto *welcome = window.findChild<WelcomePage *>();
    return welcome ? welcome->findChild<QPushButton *>(name) : nullptr;
}

QToolButton *readOnlyIndicator(MainWindow &window)
{
    for (auto *button : window.statusBar()->findChildren<QToolButton *>())
        if (button->accessibleName() == u"Read-only"_s)
            return button;
    return nullptr;
}

// Holds the store the way another program can: exclusive locking mode and an open write
// transaction, on a connection of this test's own (SQLite keeps the locks of connections in
// one process apart as it does between processes). Rolled back when released.
class ExclusiveHolder
{
public:
    explicit ExclusiveHolder(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"another-program"_s);
        m_db.setDatabaseName(path);
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"CREATE TABLE held_by_another_program (x)"_s),
                 qPrintable(q.lastError().text()));
        m_held = true;
    }
    ~ExclusiveHolder() { release(); }
    bool isHeld() const { return m_held; }
    void release()
    {
        if (m_db.isOpen()) {
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
            m_db.close();
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"another-program"_s);
        m_held = false;
    }

private:
    QSqlDatabase m_db;
    bool m_held = false;
};
} // namespace

class tst_StoreRecovery final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aDamagedStoreIsExplainedAndARestoredBackupOpens_data();
    void aDamagedStoreIsExplainedAndARestoredBackupOpens();
    void aStoreAnotherProgramHoldsOpensReadOnly();
    void aReadOnlySessionSignsInAndShowsButWritesNothing();
    void anAdministratorOnAReadOnlyStoreIsOfferedNoChange();
    void aReadOnlySessionStillMakesAVerifiedBackup();
};

void tst_StoreRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of this test only
}

void tst_StoreRecovery::aDamagedStoreIsExplainedAndARestoredBackupOpens_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << u"truncate"_s;
    QTest::newRow("schema page overwritten") << u"overwrite"_s;
}

void tst_StoreRecovery::aDamagedStoreIsExplainedAndARestoredBackupOpens()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    const QString backup = backupOf(path, dir.filePath(u"backup.eventdesk"_s));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == u"truncate"_s) {
            QVERIFY(file.resize(file.size() / 2));
        } else {
            // The first page after the file header holds the schema: garbage there leaves
            // an SQLite file that no query can read.
            QVERIFY(file.seek(100));
            QVERIFY(file.write(QByteArray(3000, '\xa5')) == 3000);
        }
    }
    const QByteArray damaged = fileBytes(path);

    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::storeFailed);
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    window.openStore(path);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !opened.isEmpty(), Timeout);
    QCOMPARE(opened.size(), 0);
    QVERIFY(!window.store());
    QLabel *problem = problemLabel(window);
    QVERIFY(problem && problem->isVisibleTo(&window));
    QVERIFY2(problem->text().contains(u"damaged"_s), qPrintable(problem->text()));
    QPushButton *readOnly = welcomeButton(window, u"readOnlyButton"_s);
    QPushButton *restore = welcomeButton(window, u"restoreButton"_s);
    QVERIFY(readOnly && readOnly->isVisibleTo(&window));
    QVERIFY(restore && restore->isVisibleTo(&window));
    QVERIFY(!readOnly->accessibleName().isEmpty());
    QVERIFY(!restore->accessibleName().isEmpty());
    QVERIFY(readOnly->focusPolicy() & Qt::TabFocus);
    QVERIFY(restore->focusPolicy() & Qt::TabFocus);

    // Read-only cannot read this damage either (the probe or the schema query fails before
    // anything else): the page says so and offers only the backup now.
    failed.clear();
    readOnly->click();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !opened.isEmpty(), Timeout);
    QCOMPARE(opened.size(), 0);
    problem = problemLabel(window);
    QVERIFY2(problem->text().contains(u"read-only"_s) && problem->text().contains(u"damaged"_s),
             qPrintable(problem->text()));
    QVERIFY(!welcomeButton(window, u"readOnlyButton"_s)->isVisibleTo(&window));
    restore = welcomeButton(window, u"restoreButton"_s);
    QVERIFY(restore->isVisibleTo(&window));

    // Restore a backup into a new file: it is verified, then opened in this window.
    const QString target = dir.filePath(u"restored.eventdesk"_s);
    auto *welcome = window.findChild<WelcomePage *>();
    QStringList asked;
    welcome->restorer()->setFileChooser([&](BackupRestorer::Question question, const QString &) {
        asked.append(question == BackupRestorer::Question::Backup ? u"backup"_s : u"target"_s);
        return question == BackupRestorer::Question::Backup ? backup : target;
    });
    restore->click();
    QCOMPARE(asked, (QStringList{u"backup"_s, u"target"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), Timeout);
    QVERIFY(window.store());
    QCOMPARE(window.store()->location(), QFileInfo(target).absoluteFilePath());
    QVERIFY(!window.isReadOnly());
    const auto verified = test::offGuiThread([target] { return verifyStoreFile(target); });
    QVERIFY(verified && verified->ok);
    QCOMPARE(verified->events, headOf(backup));

    QSignalSpy signedIn(&window, &MainWindow::signedIn);
    window.askToSignIn(u"ada"_s);
    auto *dialog = window.findChild<SignInDialog *>();
    QVERIFY(dialog);
    dialog->submit(u"ada"_s, QString(demo::DemoPassword));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), Timeout);
    QCOMPARE(window.session()->user().name, u"ada"_s);

    // The damaged file is exactly as it was.
    QCOMPARE(fileBytes(path), damaged);
}

void tst_StoreRecovery::aStoreAnotherProgramHoldsOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    const qint64 head = headOf(path);
    ExclusiveHolder holder(path);
    QVERIFY(holder.isHeld());
    // The hold is real: core's own open fails with the lock (after its busy timeout).
    const auto direct = test::offGuiThread([path] { return SqliteEventStore::open(path).ok(); });
    QVERIFY(!direct);

    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::storeFailed);
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    window.openStore(path);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !opened.isEmpty(), Timeout);
    QCOMPARE(opened.size(), 0);
    QVERIFY2(problemLabel(window)->text().contains(u"locked by another program"_s),
             qPrintable(problemLabel(window)->text()));
    QPushButton *readOnly = welcomeButton(window, u"readOnlyButton"_s);
    QVERIFY(readOnly && readOnly->isVisibleTo(&window));
    QVERIFY(welcomeButton(window, u"restoreButton"_s)->isVisibleTo(&window));

    // What SQLite really does here: the holder refuses every other writer, but a read-only
    // connection still reads the last committed state, so read-only opens the store.
    readOnly->click();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), Timeout);
    QVERIFY(window.isReadOnly());
    QVERIFY(readOnlyIndicator(window)->isVisibleTo(&window));
    QSignalSpy signedIn(&window, &MainWindow::signedIn);
    window.askToSignIn(u"ada"_s);
    auto *dialog = window.findChild<SignInDialog *>();
    QVERIFY(dialog);
    dialog->submit(u"ada"_s, QString(demo::DemoPassword));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->readModelPosition() > 0, Timeout);
    QCOMPARE(window.session()->head(), head);
    holder.release();
    QCOMPARE(headOf(path), head);
}

void tst_StoreRecovery::aReadOnlySessionSignsInAndShowsButWritesNothing()
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    const QByteArray before = fileBytes(path);
    const qint64 head = headOf(path);

    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        window.openStore(path, MainWindow::StoreAccess::ReadOnly);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), Timeout);
        QVERIFY(window.isReadOnly());
        QVERIFY2(window.windowTitle().contains(u"read-only"_s), qPrintable(window.windowTitle()));
        QToolButton *indicator = readOnlyIndicator(window);
        QVERIFY(indicator && indicator->isVisibleTo(&window));
        QCOMPARE(indicator->text(), u"Read-only"_s);
        QVERIFY(indicator->toolTip().contains(u"nothing can be changed"_s));

        // A wrong password is refused as on any store, and nothing is recorded.
        window.askToSignIn(u"mia"_s);
        auto *dialog = window.findChild<SignInDialog *>();
        QVERIFY(dialog);
        QSignalSpy attempts(dialog, &SignInDialog::attemptFinished);
        dialog->submit(u"mia"_s, u"not her password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!attempts.isEmpty(), Timeout);
        QCOMPARE(attempts.takeFirst().at(0).toBool(), false);
        QVERIFY2(dialog->errorText().contains(u"wrong"_s), qPrintable(dialog->errorText()));
        QCOMPARE(headOf(path), head);
        QCOMPARE(fileBytes(path), before);

        dialog->submit(u"mia"_s, QString(demo::DemoPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), Timeout);
        QVERIFY(window.session()->isReadOnly());
        QVERIFY2(window.windowTitle().contains(u"read-only"_s), qPrintable(window.windowTitle()));
        QSignalSpy problems(window.session(), &Session::backgroundProblem);

        // The pages show what the store holds.
        window.showPage(u"approvals"_s);
        auto *approvals = qobject_cast<ApprovalsPage *>(window.page(u"approvals"_s));
        QVERIFY(approvals);
        QTRY_VERIFY_WITH_TIMEOUT(approvals->isReady(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(approvals->model()->rowCount() > 0, Timeout);
        // The background work reports where the read models stand, by reading only.
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->readModelPosition() > 0, Timeout);
        QCOMPARE(window.session()->head(), head);

        // No decision is offered (the place of the buttons says why), and an approval that
        // gets to core all the same is refused there with the store's own message.
        QString id;
        for (const auto &row : approvals->model()->rows())
            if (row.step == "manager-approval"_L1 && row.amount.minorUnits() <= 500'000 &&
                row.amount.currency() == "EUR"_L1)
                id = row.streamId;
        QVERIFY(!id.isEmpty());
        approvals->navigateTo({{u"stream"_s, id}});
        QTRY_COMPARE_WITH_TIMEOUT(approvals->shownStreamId(), id, Timeout);
        auto *limitLabel = approvals->findChild<QLabel *>(u"limitLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(limitLabel->isVisibleTo(approvals) &&
                                     limitLabel->text() == Session::readOnlyNote(),
                                 Timeout);
        QCOMPARE(approvals->actionButton(u"approve"_s), nullptr);
        QSignalSpy finished(approvals, &ApprovalsPage::actionFinished);
        approvals->performAction(id, -1, u"approve"_s);
        QVERIFY(finished.wait(Timeout) || finished.count() == 1);
        QCOMPARE(finished.first().first().toBool(), false);
        const QString banner = approvals->findChild<QLabel *>(u"bannerLabel"_s)->text();
        QVERIFY2(banner.contains(u"open read-only; nothing was written"_s), qPrintable(banner));

        // The other pages' changes are off too, each saying why.
        window.showPage(u"requests"_s);
        auto *newRequest = window.page(u"requests"_s)->findChild<QPushButton *>(u"newButton"_s);
        QVERIFY(newRequest && !newRequest->isEnabled());
        QCOMPARE(newRequest->toolTip(), Session::readOnlyNote());

        // A few rounds of the background work later (it runs every second), still nothing
        // written and nothing it could not do.
        QTest::qWait(2500);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
    }
    QCOMPARE(headOf(path), head);
    QCOMPARE(fileBytes(path), before);
}

void tst_StoreRecovery::aReadOnlySessionStillMakesAVerifiedBackup()
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    const QByteArray before = fileBytes(path);
    QThread *guiThread = QThread::currentThread();
    auto opened = test::offGuiThread([path, guiThread] {
        StoreOptions options;
        options.readOnly = true;
        auto store = SqliteEventStore::open(path, options);
        if (store)
            (*store)->moveToThread(guiThread);
        return store;
    });
    QVERIFY(opened.ok());
    std::shared_ptr<SqliteEventStore> store(std::move(opened).value());
    Session session(store, test::signInOffGuiThread(*store, u"ada"_s));
    session.startBackgroundWork();
    {
        AdministrationPage page;
        page.attach(&session);
        StoreTab *tab = page.storeTab();
        // Rebuilding the read models writes: not offered; a backup only reads.
        QVERIFY(!tab->findChild<QPushButton *>(u"rebuildButton"_s)->isEnabled());
        QVERIFY(tab->findChild<QPushButton *>(u"backupButton"_s)->isEnabled());
        const QString target = dir.filePath(u"backup.eventdesk"_s);
        QSignalSpy finished(tab, &StoreTab::backupFinished);
        tab->backupTo(target);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), Timeout);
        const auto result = finished.at(0).at(0).value<Result<VerifyReport>>();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QVERIFY(result->ok);
        QCOMPARE(result->events, headOf(path));
    }
    session.stopBackgroundWork();
    QCOMPARE(fileBytes(path), before);
}

// The administrator's pages on a read-only store: what would change something is off and
// says why; what only reads (verify, back up) stays.
void tst_StoreRecovery::anAdministratorOnAReadOnlyStoreIsOfferedNoChange()
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    const QByteArray before = fileBytes(path);
    {
        MainWindow window;
        QVERIFY(test::signInWindow(window, path, u"ada"_s, MainWindow::StoreAccess::ReadOnly));
        QVERIFY(window.session()->isReadOnly());

        const auto offWithReason = [&window](const QString &pageId, const QString &button) {
            window.showPage(pageId);
            auto *b = window.page(pageId)->findChild<QPushButton *>(button);
            return b && !b->isEnabled() && b->toolTip() == Session::readOnlyNote();
        };
        QVERIFY(offWithReason(u"requests"_s, u"newButton"_s));
        QVERIFY(offWithReason(u"administration"_s, u"addButton"_s));
        QVERIFY(offWithReason(u"administration"_s, u"saveButton"_s));
        QVERIFY(offWithReason(u"administration"_s, u"loadButton"_s));

        // Health: a card's mode and breaker controls are off once the cards are in.
        window.showPage(u"health"_s);
        QWidget *health = window.page(u"health"_s);
        QTRY_VERIFY_WITH_TIMEOUT(health->findChild<QPushButton *>(u"forceOpenButton"_s), Timeout);
        for (QPushButton *force : health->findChildren<QPushButton *>(u"forceOpenButton"_s))
            QVERIFY(!force->isEnabled());

        // Dead letters: nothing to retry or discard, and the note says why.
        window.showPage(u"dead-letters"_s);
        Page *letters = window.page(u"dead-letters"_s);
        QVERIFY(letters);
        QTRY_VERIFY_WITH_TIMEOUT(letters->isReady(), Timeout);
        QVERIFY(!letters->findChild<QPushButton *>(u"retryAllButton"_s)->isEnabled());
        auto *note = letters->findChild<QLabel *>(u"adminNote"_s);
        QVERIFY(note->isVisibleTo(letters));
        QCOMPARE(note->text(), Session::readOnlyNote());
    }
    QCOMPARE(fileBytes(path), before);
}

QTEST_MAIN(tst_StoreRecovery)
#include "tst_storerecovery.moc"
