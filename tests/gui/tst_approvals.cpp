// SPDX-License-Identifier: GPL-3.0-or-later
// The Approvals page on a copy of the demo store: the inbox of the signed-in user, an
// approval that leaves the inbox, a rejection that needs its reason, someone acting
// first (a banner; the typed comment stays), and a refusal from core shown plainly.

#include "GuiTestSupport.h"

#include "commands/RequestCommandService.h"
#include "projections/ProjectionRunner.h"
#include "projections/ReadModels.h"
#include "requests/ApprovalsPage.h"
#include "requests/RequestTableModel.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk;
using namespace eventdesk::gui;

namespace {

constexpr int Timeout = 30'000;

// The first request in the inbox that the user's limit covers (the default 5,000 EUR).
QString coveredRequest(const RequestTableModel &model)
{
    for (const auto &row : model.rows())
        if (row.workflow == "purchase"_L1 && row.amount.currency() == "EUR"_L1 &&
            row.amount.minorUnits() <= 500'000 && row.step == "manager-approval"_L1)
            return row.streamId;
    return {};
}

QList<RecordedEvent> streamOf(SqliteEventStore &store, const QString &streamId)
{
    auto slice = test::offGuiThread([&store, streamId] {
        return store.reader().readStream(streamId, 0, Direction::Forwards, 1000);
    });
    return slice ? slice->events : QList<RecordedEvent>{};
}

void select(ApprovalsPage &page, const QString &streamId)
{
    page.navigateTo({{u"stream"_s, streamId}});
    QTRY_COMPARE_WITH_TIMEOUT(page.shownStreamId(), streamId, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(page.actionButton(u"approve"_s) != nullptr, Timeout);
}

} // namespace

class tst_Approvals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboxOfTheManager();
    void approveLeavesTheInbox();
    void rejectNeedsAReason();
    void someoneActedFirst();
    void requesterIsRefused();
};

void tst_Approvals::inboxOfTheManager()
{
    test::DemoSession demo(u"mia"_s);
    ApprovalsPage page;
    QVERIFY(page.availableTo(demo.session->user()));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, Timeout);

    // In the query's order (nearest deadline first), and the count in the heading.
    SqliteEventStore &store = *demo.store;
    auto expected =
        test::offGuiThread([&store] { return projections::queryInbox(store, u"mia"_s); });
    QVERIFY(expected.ok());
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), int(expected->size()), Timeout);
    auto *heading = page.findChild<QLabel *>(u"headingLabel"_s);
    QVERIFY(heading->text().contains(QString::number(page.model()->rowCount())));
    for (const auto &row : page.model()->rows())
        QVERIFY(row.requester != "mia"_L1); // never one's own request

    // The first that waits is shown at once, with its actions: a decision needs no click.
    QTRY_COMPARE_WITH_TIMEOUT(page.shownStreamId(), expected->constFirst().request.streamId,
                              Timeout);
    QCOMPARE(page.selectedStreamId(), page.shownStreamId());
    QTRY_VERIFY_WITH_TIMEOUT(page.actionButton(u"approve"_s) != nullptr, Timeout);
}

void tst_Approvals::approveLeavesTheInbox()
{
    test::DemoSession demo(u"mia"_s);
    ApprovalsPage page;
    page.show();
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!coveredRequest(*page.model()).isEmpty(), Timeout);
    const QString id = coveredRequest(*page.model());
    select(page, id);

    page.findChild<QLineEdit *>(u"commentEdit"_s)->setText(u"Fine by me"_s);
    QSignalSpy finished(&page, &ApprovalsPage::actionFinished);
    page.actionButton(u"approve"_s)->click();
    QVERIFY(finished.wait(Timeout) || finished.count() == 1);
    QCOMPARE(finished.first().first().toBool(), true);

    const QList<RecordedEvent> events = streamOf(*demo.store, id);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().type, u"ManagerApproved"_s);
    QCOMPARE(events.last().actor(), u"mia"_s);
    QCOMPARE(events.last().payloadObject().value("comment"_L1).toString(), u"Fine by me"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(id) < 0, Timeout);
}

void tst_Approvals::rejectNeedsAReason()
{
    test::DemoSession demo(u"mia"_s);
    ApprovalsPage page;
    page.show();
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!coveredRequest(*page.model()).isEmpty(), Timeout);
    const QString id = coveredRequest(*page.model());
    select(page, id);

    QPushButton *reject = page.actionButton(u"reject"_s);
    QVERIFY(reject);
    auto *reason = page.findChild<QLineEdit *>(u"reasonEdit"_s);
    QVERIFY(reason->text().isEmpty());
    QVERIFY(!reject->isEnabled());
    reason->setText(u"   "_s);
    QVERIFY(!reject->isEnabled()); // blanks are no reason
    const qsizetype before = streamOf(*demo.store, id).size();
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(streamOf(*demo.store, id).size(), before);

    reason->setText(u"Not in this quarter's budget"_s);
    QVERIFY(reject->isEnabled());
    QSignalSpy finished(&page, &ApprovalsPage::actionFinished);
    reject->click();
    QVERIFY(finished.wait(Timeout) || finished.count() == 1);
    QCOMPARE(finished.first().first().toBool(), true);

    bool found = false;
    for (const RecordedEvent &event : streamOf(*demo.store, id))
        if (event.type == "ManagerRejected"_L1) {
            found = true;
            QCOMPARE(event.payloadObject().value("reason"_L1).toString(),
                     u"Not in this quarter's budget"_s);
        }
    QVERIFY(found);
    SqliteEventStore &store = *demo.store;
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(id) < 0, Timeout);
    auto row = test::offGuiThread([&store, id] { return projections::queryRequest(store, id); });
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->status, u"Rejected"_s);
}

void tst_Approvals::someoneActedFirst()
{
    // No background work: the page keeps showing what it read, as a person's screen does
    // in the moment between someone else's approval and the next refresh.
    test::DemoSession demo(u"mia"_s, false);
    SqliteEventStore &store = *demo.store;
    QVERIFY(test::offGuiThread([&store] { return projections::catchUpProjections(store); }).ok());
    ApprovalsPage page;
    page.show();
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!coveredRequest(*page.model()).isEmpty(), Timeout);
    const QString id = coveredRequest(*page.model());
    select(page, id);

    const security::SignedInUser max = test::signInOffGuiThread(store, u"max"_s);
    auto first = test::offGuiThread([&store, max, id] {
        return commands::RequestCommandService(store).act(max, {id, u"approve"_s, {}, {}, {}});
    });
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));

    auto *comment = page.findChild<QLineEdit *>(u"commentEdit"_s);
    comment->setText(u"Looks right"_s);
    QSignalSpy finished(&page, &ApprovalsPage::actionFinished);
    page.actionButton(u"approve"_s)->click();
    QVERIFY(finished.wait(Timeout) || finished.count() == 1);
    QCOMPARE(finished.first().first().toBool(), false);

    auto *banner = page.findChild<QFrame *>(u"bannerFrame"_s);
    QVERIFY(banner->isVisible());
    const QString text = page.findChild<QLabel *>(u"bannerLabel"_s)->text();
    QVERIFY2(text.contains(u"Max approved this"_s), qPrintable(text));
    QVERIFY(page.findChild<QPushButton *>(u"refreshButton"_s)->isVisible());
    QCOMPARE(comment->text(), u"Looks right"_s);
    // Mia's approval was not recorded on top of Max's.
    const QList<RecordedEvent> events = streamOf(store, id);
    QCOMPARE(events.last().actor(), u"max"_s);
}

void tst_Approvals::requesterIsRefused()
{
    test::DemoSession demo(u"sam"_s);
    ApprovalsPage page;
    QVERIFY(!page.availableTo(demo.session->user()));
    page.show();
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), Timeout);
    QCOMPARE(page.model()->rowCount(), 0);

    // Even so, core refuses an approval by sam, and the page says so.
    SqliteEventStore &store = *demo.store;
    auto rows = test::offGuiThread([&store] {
        projections::catchUpProjections(store).ok();
        projections::RequestFilter filter;
        filter.statuses = {u"AwaitingApproval"_s};
        filter.requester = u"rita"_s;
        return projections::queryRequests(store, filter);
    });
    QVERIFY(rows.ok() && !rows->isEmpty());
    const projections::RequestRow target = rows->first();
    QSignalSpy finished(&page, &ApprovalsPage::actionFinished);
    page.performAction(target.streamId, target.version, u"approve"_s);
    QVERIFY(finished.wait(Timeout) || finished.count() == 1);
    QCOMPARE(finished.first().first().toBool(), false);
    const QString text = page.findChild<QLabel *>(u"bannerLabel"_s)->text();
    QVERIFY2(text.startsWith(u"Not allowed"_s), qPrintable(text));
    QCOMPARE(streamOf(store, target.streamId).size(), qsizetype(target.version + 1));
    // The refusal is on record in $security.
    bool recorded = false;
    auto latest = test::offGuiThread([&store] {
        return store.reader().readStream(u"$security"_s, -1, Direction::Backwards, 20);
    });
    QVERIFY(latest.ok());
    for (const RecordedEvent &event : latest->events)
        recorded = recorded || (event.type == "AccessDenied"_L1 &&
                                event.payloadObject().value("actor"_L1).toString() == "sam"_L1);
    QVERIFY(recorded);
}

QTEST_MAIN(tst_Approvals)
#include "tst_approvals.moc"
