// SPDX-License-Identifier: GPL-3.0-or-later
// The Administration page: adding a user through the form (and the form refusing a
// mismatched password pair), a verified backup from the page, what an auditor gets
// (no page, and core's refusal), a restore from the page into a new store (verified; an
// existing file refused and left alone), and the tabs' models.
#include "GuiTestSupport.h"

#include "admin/AdministrationPage.h"
#include "admin/DefinitionsModel.h"
#include "admin/ServicesModel.h"
#include "admin/ServicesTab.h"
#include "admin/StoreTab.h"
#include "admin/UserDialog.h"
#include "admin/UsersModel.h"
#include "admin/UsersTab.h"
#include "admin/WorkflowsTab.h"
#include "frame/BackupRestorer.h"
#include "security/Authenticator.h"
#include "security/UserAdministration.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk;
using namespace eventdesk::gui;

class TstAdministration final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adminAddsAUserWhoCanSignIn();
    void mismatchedPasswordsAreRefusedInTheForm();
    void backupMakesAVerifiedCopy();
    void restoreMakesAVerifiedNewStoreAndRefusesAnExistingFile();
    void aCancelledRestoreLeavesNoFileBehind();
    void auditorGetsNoPageAndCoreRefuses();
    void modelsPassTheTester();
};

namespace {
UserDialog *openAddDialog(UsersTab *tab)
{
    auto *add = tab->findChild<QPushButton *>(u"addButton"_s);
    if (!add)
        return nullptr;
    add->click();
    return tab->findChild<UserDialog *>();
}

void fill(UserDialog *dialog, const QString &name, const QString &password, const QString &repeat)
{
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(name);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    dialog->findChild<QLineEdit *>(u"repeatEdit"_s)->setText(repeat);
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
        if (box->property("role").toInt() == int(security::Role::Requester))
            box->setChecked(true);
}

void clickOk(UserDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
}
} // namespace

void TstAdministration::adminAddsAUserWhoCanSignIn()
{
    test::DemoSession demo(u"ada"_s, false);
    AdministrationPage page;
    QVERIFY(page.availableTo(demo.session->user()));
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30000);
    UsersTab *tab = page.usersTab();
    QVERIFY(tab->model()->rowOf(u"audrey"_s) >= 0);

    UserDialog *dialog = openAddDialog(tab);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    fill(dialog, u"zoe"_s, u"a-long-new-password"_s, u"a-long-new-password"_s);
    QSignalSpy finished(tab, &UsersTab::changeFinished);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowOf(u"zoe"_s) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<UserDialog *>() == nullptr, 30000); // closed

    // In $users, with the roles chosen, and able to sign in with the password typed.
    const auto users =
        test::offGuiThread([&] { return security::UserAdministration(*demo.store).users(); });
    QVERIFY(users.ok());
    const security::User *zoe = users->find(u"zoe"_s);
    QVERIFY(zoe);
    QVERIFY(zoe->roles.has(security::Role::Requester));
    QVERIFY(!zoe->roles.has(security::Role::Admin));
    const auto signedIn = test::offGuiThread([&] {
        return security::Authenticator(*demo.store)
            .signIn(u"zoe"_s, security::Secret("a-long-new-password"));
    });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
}

void TstAdministration::mismatchedPasswordsAreRefusedInTheForm()
{
    test::DemoSession demo(u"ada"_s, false);
    AdministrationPage page;
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30000);
    UsersTab *tab = page.usersTab();
    UserDialog *dialog = openAddDialog(tab);
    QVERIFY(dialog);
    fill(dialog, u"yann"_s, u"a-long-new-password"_s, u"a-long-new-passwort"_s);
    QSignalSpy submitted(dialog, &UserDialog::submitted);
    clickOk(dialog);
    QCOMPARE(submitted.size(), 0); // nothing went to core
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(u"passwords"_s), qPrintable(error->text()));

    const auto users =
        test::offGuiThread([&] { return security::UserAdministration(*demo.store).users(); });
    QVERIFY(users.ok());
    QVERIFY(!users->find(u"yann"_s));
}

void TstAdministration::backupMakesAVerifiedCopy()
{
    test::DemoSession demo(u"ada"_s, false);
    AdministrationPage page;
    page.attach(demo.session.get());
    StoreTab *tab = page.storeTab();
    const QString target = demo.dir.filePath(u"backup.eventdesk"_s);
    QSignalSpy finished(tab, &StoreTab::backupFinished);
    tab->backupTo(target);
    QVERIFY(tab->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    const auto result = finished.at(0).at(0).value<Result<VerifyReport>>();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->ok);

    const auto copy = test::offGuiThread([target] { return verifyStoreFile(target); });
    QVERIFY(copy.ok());
    QVERIFY(copy->ok);
    const qint64 head =
        test::offGuiThread([&] { return demo.store->reader().headPosition(); }).value();
    QCOMPARE(copy->events, head);
}

// Cancel before the copy is verified: nothing at the target, no half-copied file beside
// it, and the person is told it was cancelled.
void TstAdministration::aCancelledRestoreLeavesNoFileBehind()
{
    test::DemoSession demo(u"ada"_s, false);
    const QString backup = demo.dir.filePath(u"backup.eventdesk"_s);
    const auto made = test::offGuiThread([&] { return demo.store->backupTo(backup); });
    QVERIFY(made && made->ok);
    QTemporaryDir targetDir;
    const QString target = targetDir.filePath(u"restored.eventdesk"_s);

    BackupRestorer restorer(nullptr);
    QSignalSpy finished(&restorer, &BackupRestorer::finished);
    restorer.restore(backup, target);
    QVERIFY(restorer.isRunning());
    restorer.cancel(); // before the worker has verified anything
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    const auto result = finished.constFirst().at(0).value<Result<VerifyReport>>();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(!restorer.isRunning());
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(targetDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QVERIFY2(BackupRestorer::describe(result, target).contains(u"ancel"_s),
             qPrintable(BackupRestorer::describe(result, target)));
}

void TstAdministration::restoreMakesAVerifiedNewStoreAndRefusesAnExistingFile()
{
    test::DemoSession demo(u"ada"_s, false);
    const QString backup = demo.dir.filePath(u"backup.eventdesk"_s);
    const auto made = test::offGuiThread([&] { return demo.store->backupTo(backup); });
    QVERIFY(made && made->ok);
    AdministrationPage page;
    page.attach(demo.session.get());
    StoreTab *tab = page.storeTab();
    QString target = demo.dir.filePath(u"restored.eventdesk"_s);
    tab->restorer()->setFileChooser([&](BackupRestorer::Question question, const QString &) {
        return question == BackupRestorer::Question::Backup ? backup : target;
    });
    QStringList opened;
    tab->setStoreOpener([&opened](const QString &path) {
        opened.append(path);
        return true;
    });
    auto *restoreButton = tab->findChild<QPushButton *>(u"restoreButton"_s);
    auto *openButton = tab->findChild<QPushButton *>(u"openRestoredButton"_s);
    auto *resultLabel = tab->findChild<QLabel *>(u"restoreResult"_s);
    QVERIFY(restoreButton && openButton && resultLabel);

    QSignalSpy finished(tab, &StoreTab::restoreFinished);
    restoreButton->click();
    QVERIFY(tab->isBusy());
    QVERIFY(!restoreButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    auto result = finished.at(0).at(0).value<Result<VerifyReport>>();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->ok);
    QCOMPARE(finished.at(0).at(1).toString(), target);
    const auto copy = test::offGuiThread([target] { return verifyStoreFile(target); });
    QVERIFY(copy && copy->ok);
    const qint64 head =
        test::offGuiThread([&] { return demo.store->reader().headPosition(); }).value();
    QCOMPARE(copy->events, head);
    QVERIFY2(resultLabel->text().contains(u"verified"_s), qPrintable(resultLabel->text()));
    // One window holds one store: the restored one opens in another.
    QVERIFY(openButton->isVisibleTo(tab));
    openButton->click();
    QCOMPARE(opened, QStringList{target});

    // A path that holds a file is refused with a clear message, and the file is left alone.
    target = demo.dir.filePath(u"precious.eventdesk"_s);
    {
        QFile precious(target);
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("not to be overwritten");
    }
    finished.clear();
    restoreButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    result = finished.at(0).at(0).value<Result<VerifyReport>>();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(resultLabel->text().contains(u"already exists"_s), qPrintable(resultLabel->text()));
    QVERIFY(!openButton->isVisibleTo(tab));
    QFile precious(target);
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("not to be overwritten"));
    QCOMPARE(opened.size(), 1);
    QVERIFY(restoreButton->isEnabled());
}

void TstAdministration::auditorGetsNoPageAndCoreRefuses()
{
    test::DemoSession demo(u"audrey"_s, false);
    AdministrationPage page;
    QVERIFY(!page.availableTo(demo.session->user()));

    // Were the page shown anyway, core refuses her and the form says so.
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30000);
    UserDialog *dialog = openAddDialog(page.usersTab());
    QVERIFY(dialog);
    fill(dialog, u"mallory"_s, u"a-long-new-password"_s, u"a-long-new-password"_s);
    QSignalSpy finished(page.usersTab(), &UsersTab::changeFinished);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->text(), finished.at(0).at(1).toString());

    const auto refused = test::offGuiThread([&] {
        return security::UserAdministration(*demo.store).disable(demo.session->user(), u"ada"_s);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
    const auto users =
        test::offGuiThread([&] { return security::UserAdministration(*demo.store).users(); });
    QVERIFY(users.ok());
    QVERIFY(!users->find(u"mallory"_s));
    QVERIFY(!users->find(u"ada"_s)->disabled);
}

void TstAdministration::modelsPassTheTester()
{
    test::DemoSession demo(u"ada"_s, false);
    AdministrationPage page;
    QAbstractItemModelTester users(page.usersTab()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester definitions(page.workflowsTab()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester services(page.servicesTab()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy workflowsLoaded(page.workflowsTab(), &WorkflowsTab::loaded);
    QSignalSpy servicesLoaded(page.servicesTab(), &ServicesTab::loaded);
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(workflowsLoaded.size() > 0 && servicesLoaded.size() > 0, 30000);
    QVERIFY(page.usersTab()->model()->rowCount() >= 6);
    QVERIFY(page.workflowsTab()->model()->rowCount() >= 4); // purchase, expense, order, transfer
    QCOMPARE(page.servicesTab()->model()->rowCount(), 4);

    // A change arrives in place: disabling a user changes one row.
    QSignalSpy changed(page.usersTab()->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(page.usersTab()->model(), &QAbstractItemModel::modelReset);
    const auto status = test::offGuiThread([&] {
        return security::UserAdministration(*demo.store).disable(demo.session->user(), u"audrey"_s);
    });
    QVERIFY(status.ok());
    page.usersTab()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() > 0, 30000);
    QCOMPARE(reset.size(), 0);
    const int row = page.usersTab()->model()->rowOf(u"audrey"_s);
    QVERIFY(page.usersTab()
                ->model()
                ->index(row, UsersModel::State)
                .data(UsersModel::DisabledRole)
                .toBool());
}

QTEST_MAIN(TstAdministration)
#include "tst_administration.moc"
