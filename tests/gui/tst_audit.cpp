// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit page: verification from the page (OK with the count, the first bad position on
// a damaged store, cancel), the keyset-paged audit log model, and its filters.
#include "GuiTestSupport.h"
#include "RawStoreAccess.h"

#include "audit/AuditLogModel.h"
#include "audit/AuditPage.h"
#include "projections/ReadModels.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk;
using namespace eventdesk::gui;

class TstAudit final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifyReportsOkWithTheEventCount();
    void verifyFindsTheFirstBadPosition();
    void verifyCanBeCancelled();
    void logModelPassesTheTester();
    void logModelPagesOnDemand();
    void filterNarrowsTheLog();
    void reportSummarisesTheDecisions();
};

namespace {
Result<VerifyReport> waitForVerify(AuditPage &page)
{
    QSignalSpy finished(&page, &AuditPage::verifyFinished);
    page.startVerify();
    if (!finished.wait(30000))
        return Error{ErrorCode::Internal, u"verify did not finish"_s};
    return finished.at(0).at(0).value<Result<VerifyReport>>();
}
} // namespace

void TstAudit::verifyReportsOkWithTheEventCount()
{
    test::DemoSession demo(u"audrey"_s, false);
    AuditPage page;
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30000);
    const qint64 head =
        test::offGuiThread([&] { return demo.store->reader().headPosition(); }).value();
    const auto result = waitForVerify(page);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->ok);
    QCOMPARE(result->events, head);
    QVERIFY2(page.verifyResultText().contains(u"OK"_s), qPrintable(page.verifyResultText()));
    QVERIFY2(page.verifyResultText().contains(QString::number(head)),
             qPrintable(page.verifyResultText()));
    QVERIFY(!page.isVerifying());
}

void TstAudit::verifyFindsTheFirstBadPosition()
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir);
    // Damage one event near the end (the triggers refuse it, so a tamperer drops them).
    const qint64 bad = test::offGuiThread([path]() -> qint64 {
        test::RawDb raw(path);
        const qint64 head = raw.scalar(u"SELECT MAX(global_position) FROM events"_s).toLongLong();
        const qint64 target = head - 10;
        if (!raw.exec(u"DROP TRIGGER events_refuse_update"_s) ||
            !raw.exec(u"UPDATE events SET payload = '{}' WHERE global_position = ?"_s, {target}))
            return -1;
        return target;
    });
    QVERIFY(bad > 0);
    auto store = test::openStoreOffGuiThread(path);
    Session session(store, test::signInOffGuiThread(*store, u"ada"_s));
    AuditPage page;
    page.attach(&session);
    const auto result = waitForVerify(page);
    QVERIFY(result.ok());
    QVERIFY(!result->ok);
    QCOMPARE(result->firstBadPosition.value_or(-1), bad);
    const QString shown = page.verifyResultText();
    QVERIFY2(shown.contains(QString::number(bad)), qPrintable(shown));
    QVERIFY2(shown.contains(u"restore"_s), qPrintable(shown));
}

void TstAudit::verifyCanBeCancelled()
{
    test::DemoSession demo(u"ada"_s, false);
    AuditPage page;
    page.attach(demo.session.get());
    QSignalSpy finished(&page, &AuditPage::verifyFinished);
    page.startVerify();
    QVERIFY(page.isVerifying());
    page.cancelVerify();
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<Result<VerifyReport>>();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY2(page.verifyResultText().contains(u"cancelled"_s), qPrintable(page.verifyResultText()));
    // The page can verify again afterwards.
    const auto again = waitForVerify(page);
    QVERIFY(again.ok() && again->ok);
}

void TstAudit::logModelPassesTheTester()
{
    test::DemoSession demo(u"audrey"_s, false);
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(500);
    // Asks for the next page as each arrives, as a view scrolled to the end would, so the
    // whole log is read page by page under the tester's eyes.
    connect(
        &model, &AuditLogModel::pageLoaded, &model, [&model] { model.fetchMore({}); },
        Qt::QueuedConnection);
    model.setSession(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.isExhausted(), 30000);
    const auto all = test::offGuiThread([&] {
        projections::AuditFilter f;
        f.limit = 1000000;
        return projections::queryAudit(*demo.store, f);
    });
    QVERIFY(all.ok());
    QVERIFY(all->size() > 500); // more than one page
    QCOMPARE(model.rowCount(), int(all->size()));
    QCOMPARE(model.entry(model.rowCount() - 1).position, all->constLast().position);
}

void TstAudit::logModelPagesOnDemand()
{
    test::DemoSession demo(u"audrey"_s, false);
    AuditLogModel model;
    model.setPageSize(50);
    QSignalSpy loaded(&model, &AuditLogModel::pageLoaded);
    model.setSession(demo.session.get());
    QVERIFY(model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
    QCOMPARE(model.rowCount(), 100);

    // The rows are the log's, newest first, without gaps or repeats between pages.
    const auto expected = test::offGuiThread([&] {
        projections::AuditFilter f;
        f.limit = 100;
        return projections::queryAudit(*demo.store, f);
    });
    QVERIFY(expected.ok());
    QCOMPARE(expected->size(), 100);
    for (int row = 0; row < 100; ++row)
        QCOMPARE(model.entry(row).position, expected->at(row).position);

    // A view asks for more as it needs it.
    QTableView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    view.scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 100, 30000);
}

void TstAudit::filterNarrowsTheLog()
{
    test::DemoSession demo(u"audrey"_s, false);
    AuditPage page;
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30000);
    AuditLogModel *model = page.logModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 30000);
    const QString actor = model->entry(0).actor;
    QVERIFY(!actor.isEmpty());

    auto *edit = page.findChild<QLineEdit *>(u"actorFilter"_s);
    QVERIFY(edit);
    edit->setText(actor); // applied once typing pauses
    QTRY_VERIFY_WITH_TIMEOUT(
        model->filter().actor == actor && !model->isLoading() && model->rowCount() > 0, 30000);

    const auto expected = test::offGuiThread([&] {
        projections::AuditFilter f;
        f.actor = actor;
        f.limit = 1000000;
        return projections::queryAudit(*demo.store, f);
    });
    const auto everything = test::offGuiThread([&] {
        projections::AuditFilter f;
        f.limit = 1000000;
        return projections::queryAudit(*demo.store, f);
    });
    QVERIFY(expected.ok() && everything.ok());
    QVERIFY(!expected->isEmpty());
    QVERIFY(expected->size() < everything->size()); // the filter narrows
    QCOMPARE(model->filter().actor, actor);
    // The page may have read more pages meanwhile: what it shows is a prefix of the answer.
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() <= int(expected->size()));
    if (model->isExhausted())
        QCOMPARE(model->rowCount(), int(expected->size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entry(row).actor, actor);
        QCOMPARE(model->entry(row).position, expected->at(row).position);
    }
}

// The report pane over the demo: decisions with the rejection rate, and the lead time in
// plain words (a "%%" once reached the screen as it was).
void TstAudit::reportSummarisesTheDecisions()
{
    test::DemoSession demo(u"audrey"_s, false);
    AuditPage page;
    page.attach(demo.session.get());
    auto *lead = page.findChild<QLabel *>(u"leadValue"_s);
    QVERIFY(lead);
    QTRY_VERIFY_WITH_TIMEOUT(lead->text().startsWith(u"median"_s), 30000);
    static const QRegularExpression plain(u"^median [0-9.,]+ h, 90% within [0-9.,]+ h$"_s);
    QVERIFY2(plain.match(lead->text()).hasMatch(), qPrintable(lead->text()));
}

QTEST_MAIN(TstAudit)
#include "tst_audit.moc"
