// SPDX-License-Identifier: GPL-3.0-or-later
// The dead letters page: its model keeps Qt's contract; a retry from the page resolves the
// letter in the store and the row shows it; Retry all asks once with the store's count; a
// discard needs a reason; someone who is not an administrator gets no actions.
#include "GuiTestSupport.h"
#include "MessagingFakes.h"

#include "deadletters/DeadLetterModel.h"
#include "deadletters/DeadLettersPage.h"
#include "deadletters/DiscardDialog.h"
#include "messaging/DeadLetters.h"
#include "messaging/Dispatcher.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Timeout = 30000;

// The demo leaves purchases' payments queued while the payment service is down; sending
// them to a payment service that refuses them for good parks each as a dead letter.
qint64 parkQueuedPayments(SqliteEventStore &store)
{
    return test::offGuiThread([&store]() -> qint64 {
        test::FakeDirectory directory;
        for (const QString &name : knownServices())
            directory.add(name, name == u"payment"_s ? test::FakeService::Mode::Permanent
                                                     : test::FakeService::Mode::Up);
        messaging::DispatcherOptions options;
        options.pollIntervalMs = 0;
        {
            messaging::Dispatcher dispatcher(store, directory, nullptr, options);
            dispatcher.start();
            if (!dispatcher.runUntilIdle(Timeout))
                return -1;
        }
        auto parked = messaging::DeadLetters(store).countParked();
        return parked ? *parked : -1;
    });
}

messaging::DeadLetter findLetter(SqliteEventStore &store, qint64 id)
{
    auto found =
        test::offGuiThread([&store, id] { return messaging::DeadLetters(store).find(id); });
    if (!found)
        qFatal("find %lld: %s", id, qPrintable(found.error().message));
    return *found;
}

QPushButton *button(DeadLettersPage &page, const char *name)
{
    return page.findChild<QPushButton *>(QLatin1String(name));
}
} // namespace

class tst_DeadLettersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelKeepsQtsContract();
    void retryFromThePageResolvesIt();
    void retryAllAsksOnceWithTheCount();
    void discardNeedsAReason();
    void editValidatesTheJsonBeforeRetrying();
    void othersGetNoActions();
};

void tst_DeadLettersPage::modelKeepsQtsContract()
{
    test::DemoSession demo(u"ada"_s, false);
    QVERIFY(parkQueuedPayments(*demo.store) >= 2);
    auto all =
        test::offGuiThread([&demo] { return messaging::DeadLetters(*demo.store).list(true); });
    QVERIFY(all);
    DeadLetterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLetters(*all, 1000);
    QCOMPARE(model.rowCount(), all->size());
    QList<messaging::DeadLetter> changed = *all;
    changed.removeFirst();
    changed.first().state = messaging::DeadLetter::State::Retried;
    model.setLetters(changed, 2000);
    QCOMPARE(model.rowCount(), changed.size());
    QCOMPARE(model.index(0, DeadLetterModel::StateColumn)
                 .data(DeadLetterModel::StateWordRole)
                 .toString(),
             u"retried"_s);
    model.setLetters(*all, 3000);
    QCOMPARE(model.rowCount(), all->size());
    QCOMPARE(model.parkedCount(), all->size());
}

void tst_DeadLettersPage::retryFromThePageResolvesIt()
{
    test::DemoSession demo(u"ada"_s, false);
    const qint64 parked = parkQueuedPayments(*demo.store);
    QVERIFY(parked >= 1);
    DeadLettersPage page;
    page.attach(demo.session.get());
    page.setShowResolved(true);
    QTRY_COMPARE_WITH_TIMEOUT(page.letterModel()->rowCount(), int(parked), Timeout);
    const qint64 id = page.letterModel()->index(0, 0).data(DeadLetterModel::IdRole).toLongLong();
    QVERIFY(page.selectLetter(id));
    QPersistentModelIndex row = page.letterModel()->index(page.letterModel()->rowOf(id), 0);
    QVERIFY(button(page, "retryButton")->isEnabled());
    button(page, "retryButton")->click();

    QTRY_COMPARE_WITH_TIMEOUT(findLetter(*demo.store, id).state,
                              messaging::DeadLetter::State::Retried, Timeout);
    // The same row (not a new one) shows the resolution, and stays selected.
    QTRY_COMPARE_WITH_TIMEOUT(row.data(DeadLetterModel::StateWordRole).toString(), u"retried"_s,
                              Timeout);
    QCOMPARE(page.selectedId(), id);
    QCOMPARE(page.letterModel()->rowCount(), int(parked));
    QVERIFY(!button(page, "retryButton")->isEnabled()); // resolved once
}

void tst_DeadLettersPage::retryAllAsksOnceWithTheCount()
{
    test::DemoSession demo(u"ada"_s, false);
    const qint64 parked = parkQueuedPayments(*demo.store);
    QVERIFY(parked >= 2);
    DeadLettersPage page;
    QStringList questions;
    bool answer = false;
    page.setConfirm([&](const QString &question) {
        questions.append(question);
        return answer;
    });
    page.attach(demo.session.get());
    QTRY_COMPARE_WITH_TIMEOUT(page.letterModel()->rowCount(), int(parked), Timeout);

    // Declined: asked once, nothing retried.
    button(page, "retryAllButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, Timeout);
    QCOMPARE(questions.first(), u"Retry %1 parked messages?"_s.arg(parked));
    QTRY_VERIFY_WITH_TIMEOUT(button(page, "retryAllButton")->isEnabled(), Timeout);
    QCOMPARE(
        test::offGuiThread([&demo] { return *messaging::DeadLetters(*demo.store).countParked(); }),
        parked);

    // Accepted: every parked letter is retried and leaves the (parked-only) list.
    answer = true;
    button(page, "retryAllButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(
        test::offGuiThread([&demo] { return *messaging::DeadLetters(*demo.store).countParked(); }),
        qint64(0), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page.letterModel()->rowCount(), 0, Timeout);
}

void tst_DeadLettersPage::discardNeedsAReason()
{
    // The dialog cannot be accepted without a reason.
    DiscardDialog dialog(u"dead letter #1"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.setReason(u"   "_s);
    QVERIFY(!ok->isEnabled());
    dialog.setReason(u"duplicate of #2"_s);
    QVERIFY(ok->isEnabled());

    // And the page does not discard on an empty answer; with a reason it does.
    test::DemoSession demo(u"ada"_s, false);
    QVERIFY(parkQueuedPayments(*demo.store) >= 1);
    DeadLettersPage page;
    QString reason;
    int asked = 0;
    page.setAskReason([&](const QString &) -> std::optional<QString> {
        ++asked;
        return reason;
    });
    page.attach(demo.session.get());
    page.setShowResolved(true);
    QTRY_VERIFY_WITH_TIMEOUT(page.letterModel()->rowCount() > 0, Timeout);
    const qint64 id = page.letterModel()->index(0, 0).data(DeadLetterModel::IdRole).toLongLong();
    QVERIFY(page.selectLetter(id));
    button(page, "discardButton")->click();
    QCOMPARE(asked, 1);
    QVERIFY(page.findChild<QWidget *>(u"banner"_s)->isVisibleTo(&page));
    QTest::qWait(200);
    QCOMPARE(findLetter(*demo.store, id).state, messaging::DeadLetter::State::Parked);

    reason = u"sent by hand"_s;
    button(page, "discardButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(findLetter(*demo.store, id).state,
                              messaging::DeadLetter::State::Discarded, Timeout);
    QCOMPARE(findLetter(*demo.store, id).reason, u"sent by hand"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.letterModel()
                                  ->index(page.letterModel()->rowOf(id), 0)
                                  .data(DeadLetterModel::StateWordRole)
                                  .toString(),
                              u"discarded"_s, Timeout);
}

void tst_DeadLettersPage::editValidatesTheJsonBeforeRetrying()
{
    test::DemoSession demo(u"ada"_s, false);
    QVERIFY(parkQueuedPayments(*demo.store) >= 1);
    DeadLettersPage page;
    page.attach(demo.session.get());
    page.setShowResolved(true);
    QTRY_VERIFY_WITH_TIMEOUT(page.letterModel()->rowCount() > 0, Timeout);
    const qint64 id = page.letterModel()->index(0, 0).data(DeadLetterModel::IdRole).toLongLong();
    QVERIFY(page.selectLetter(id));
    auto *payload = page.findChild<QPlainTextEdit *>(u"payloadEdit"_s);
    QVERIFY(payload->isReadOnly());
    const QJsonObject original = QJsonDocument::fromJson(payload->toPlainText().toUtf8()).object();
    QVERIFY(original.contains(u"operation"_s));
    QVERIFY(!button(page, "retryEditedButton")->isVisibleTo(&page));

    button(page, "editButton")->click();
    QVERIFY(!payload->isReadOnly());
    QVERIFY(button(page, "retryEditedButton")->isEnabled());
    payload->setPlainText(u"{ \"operation\": "_s);
    QVERIFY(!button(page, "retryEditedButton")->isEnabled());
    QVERIFY(page.findChild<QWidget *>(u"jsonProblem"_s)->isVisibleTo(&page));
    payload->setPlainText(u"[1, 2]"_s);
    QVERIFY(!button(page, "retryEditedButton")->isEnabled());

    payload->setPlainText(QString::fromUtf8(QJsonDocument(original).toJson()));
    QVERIFY(button(page, "retryEditedButton")->isEnabled());
    button(page, "retryEditedButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(findLetter(*demo.store, id).state,
                              messaging::DeadLetter::State::Edited, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(payload->isReadOnly(), Timeout);
}

void tst_DeadLettersPage::othersGetNoActions()
{
    test::DemoSession demo(u"audrey"_s, false);
    QVERIFY(parkQueuedPayments(*demo.store) >= 1);
    DeadLettersPage page;
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.letterModel()->rowCount() > 0, Timeout);
    QVERIFY(page.selectLetter(
        page.letterModel()->index(0, 0).data(DeadLetterModel::IdRole).toLongLong()));
    for (const char *name :
         {"retryButton", "retryAllButton", "editButton", "retryEditedButton", "discardButton"}) {
        QVERIFY2(!button(page, name)->isEnabled(), name);
        QVERIFY2(!button(page, name)->isVisibleTo(&page), name);
    }
    // Calling an action anyway reaches core, which refuses: shown plainly, nothing changed.
    page.retrySelected();
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QWidget *>(u"banner"_s)->isVisibleTo(&page), Timeout);
    QCOMPARE(test::offGuiThread(
                 [&demo] { return *messaging::DeadLetters(*demo.store).countParked(); }) > 0,
             true);
}

QTEST_MAIN(tst_DeadLettersPage)
#include "tst_deadletterspage.moc"
