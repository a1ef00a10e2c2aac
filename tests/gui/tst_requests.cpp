// SPDX-License-Identifier: GPL-3.0-or-later
// The Requests page and the New request form on a copy of the demo store: the list
// follows the store live, the form validates beside each field and keeps Submit disabled
// until the input is valid, shows the approval path for the amount, and a submission
// lands in the store and in the list.

#include "GuiTestSupport.h"

#include "projections/ProjectionRunner.h"
#include "projections/ReadModels.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsPage.h"
#include "requests/SubmitRequestDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk;
using namespace eventdesk::gui;

namespace {

constexpr int Timeout = 30'000;

projections::RequestRow row(const QString &id, const QString &title, qint64 version = 0)
{
    projections::RequestRow r;
    r.streamId = id;
    r.workflow = u"purchase"_s;
    r.title = title;
    r.amount = Money(12'000, u"EUR"_s);
    r.requester = u"sam"_s;
    r.status = u"AwaitingApproval"_s;
    r.version = version;
    return r;
}

struct Form
{
    SubmitRequestDialog *dialog;
    QLineEdit *title;
    QLineEdit *amount;
    QComboBox *currency;
    QLabel *titleError;
    QLabel *amountError;
    QLabel *currencyError;
    QLabel *path;
    QPushButton *submit;
};

Form formOf(SubmitRequestDialog *dialog)
{
    return {dialog,
            dialog->findChild<QLineEdit *>(u"titleEdit"_s),
            dialog->findChild<QLineEdit *>(u"amountEdit"_s),
            dialog->findChild<QComboBox *>(u"currencyCombo"_s),
            dialog->findChild<QLabel *>(u"titleError"_s),
            dialog->findChild<QLabel *>(u"amountError"_s),
            dialog->findChild<QLabel *>(u"currencyError"_s),
            dialog->findChild<QLabel *>(u"pathLabel"_s),
            dialog->findChild<QPushButton *>(u"submitButton"_s)};
}

} // namespace

class tst_Requests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelDiffsInPlace();
    void listsMyRequests();
    void invalidInputIsShownAndBlocksSubmit();
    void approvalPathFollowsTheAmount();
    void submitLandsInStoreAndList();

private:
    // A page attached to a session whose read models have caught up, for the form tests.
    static Form openForm(test::DemoSession &demo, RequestsPage &page)
    {
        page.attach(demo.session.get());
        if (!QTest::qWaitFor([&page] { return page.isReady(); }, Timeout))
            qFatal("the requests page did not load");
        SubmitRequestDialog *dialog = page.openNewRequest();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isLoaded(); }, Timeout))
            qFatal("the New request form did not load");
        return formOf(dialog);
    }
};

void tst_Requests::modelDiffsInPlace()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({row(u"a"_s, u"A"_s), row(u"b"_s, u"B"_s), row(u"c"_s, u"C"_s)});
    QCOMPARE(model.rowCount(), 3);

    const QPersistentModelIndex selectedB = model.index(1, RequestTableModel::Title);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // a goes, d comes first, b changes, c moves ahead of b.
    model.setRows({row(u"d"_s, u"D"_s), row(u"c"_s, u"C"_s), row(u"b"_s, u"B2"_s, 1)});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QStringList ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids << model.index(i, 0).data(RequestTableModel::StreamIdRole).toString();
    QCOMPARE(ids, (QStringList{u"d"_s, u"c"_s, u"b"_s}));
    // The view's selection follows the row, which changed in place.
    QVERIFY(selectedB.isValid());
    QCOMPARE(selectedB.data().toString(), u"B2"_s);
    QVERIFY(changes.count() >= 1);

    // Amounts right-aligned; the same rows again change nothing.
    QCOMPARE(model.index(0, RequestTableModel::Amount)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>() &
                 Qt::AlignRight,
             Qt::AlignRight);
    changes.clear();
    model.setRows(model.rows());
    QCOMPARE(changes.count(), 0);
}

void tst_Requests::listsMyRequests()
{
    test::DemoSession demo(u"sam"_s);
    RequestsPage page;
    QVERIFY(page.availableTo(demo.session->user()));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.attach(demo.session.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, Timeout);
    for (const auto &r : page.model()->rows())
        QCOMPARE(r.requester, u"sam"_s);
    // A requester gets no Mine / All toggle: only their own requests.
    QVERIFY(!page.findChild<QWidget *>(u"allButton"_s)->isVisibleTo(&page));
}

void tst_Requests::invalidInputIsShownAndBlocksSubmit()
{
    test::DemoSession demo(u"sam"_s);
    RequestsPage page;
    page.show();
    Form form = openForm(demo, page);
    QVERIFY(form.title && form.amount && form.currency && form.submit);
    QVERIFY(!form.submit->isEnabled()); // nothing typed yet

    const auto expectRefused = [&](const QString &title, const QString &amount,
                                   const QString &currency, QLabel *errorLabel) {
        form.title->setText(title);
        form.amount->setText(amount);
        form.currency->setCurrentText(currency);
        QVERIFY2(!form.submit->isEnabled(), qPrintable(title + u'|' + amount + u'|' + currency));
        QVERIFY(errorLabel->isVisibleTo(form.dialog));
        QVERIFY(!errorLabel->text().isEmpty());
    };
    expectRefused(u"Laptop"_s, u"0"_s, u"EUR"_s, form.amountError);
    expectRefused(u"Laptop"_s, u"1.234"_s, u"EUR"_s, form.amountError);
    QVERIFY(form.amountError->text().contains(u"2"_s)); // "at most 2 decimals"
    expectRefused(QString(), u"10"_s, u"EUR"_s, form.titleError);
    expectRefused(QString(201, u'x'), u"10"_s, u"EUR"_s, form.titleError);
    expectRefused(u"Laptop"_s, u"10"_s, u"XYZ"_s, form.currencyError);

    // Valid: the errors go and Submit is enabled; nothing typed was changed.
    form.title->setText(QString(200, u'x'));
    form.amount->setText(u"1200.50"_s);
    form.currency->setCurrentText(u"EUR"_s);
    QVERIFY(form.submit->isEnabled());
    QVERIFY(!form.titleError->isVisibleTo(form.dialog));
    QVERIFY(!form.amountError->isVisibleTo(form.dialog));
    QVERIFY(!form.currencyError->isVisibleTo(form.dialog));

    const SubmitChecks checks = checkSubmission(u"Ok"_s, u"100"_s, u"JPY"_s, {});
    QVERIFY(checks.ok());
    QVERIFY(!checkSubmission(u"Ok"_s, u"100.5"_s, u"JPY"_s, {}).ok()); // JPY has no decimals
}

void tst_Requests::approvalPathFollowsTheAmount()
{
    test::DemoSession demo(u"sam"_s);
    RequestsPage page;
    page.show();
    Form form = openForm(demo, page);
    form.title->setText(u"Chairs"_s);
    form.currency->setCurrentText(u"EUR"_s);

    form.amount->setText(u"1200"_s); // within the default 5,000: Mia (and Ada)
    QVERIFY2(form.path->text().contains(u"Mia"_s), qPrintable(form.path->text()));
    QVERIFY(!form.path->text().contains(u"Max"_s));
    QVERIFY(form.path->text().contains(u"Finance"_s));

    form.amount->setText(u"20000"_s); // above 5,000: only Max's 50,000 covers it
    QVERIFY2(form.path->text().contains(u"Max"_s), qPrintable(form.path->text()));
    QVERIFY(!form.path->text().contains(u"Mia"_s));

    form.amount->setText(u"60000"_s); // above every limit
    QVERIFY(!form.path->text().contains(u"Max"_s));
    QVERIFY(!form.path->text().contains(u"Mia"_s));
}

void tst_Requests::submitLandsInStoreAndList()
{
    test::DemoSession demo(u"sam"_s);
    RequestsPage page;
    page.show();
    Form form = openForm(demo, page);
    QSignalSpy submitted(form.dialog, &SubmitRequestDialog::submitted);
    form.title->setText(u"Standing desk for the new office"_s);
    form.amount->setText(u"640.00"_s);
    form.currency->setCurrentText(u"EUR"_s);
    QVERIFY(form.submit->isEnabled());
    form.submit->click();
    QVERIFY(submitted.wait(Timeout) || submitted.count() == 1);
    const QString streamId = submitted.first().first().toString();
    QVERIFY(streamId.startsWith(u"purchase-"_s));

    SqliteEventStore &store = *demo.store;
    const auto version =
        test::offGuiThread([&store, streamId] { return store.reader().streamVersion(streamId); });
    QVERIFY(version.ok());
    QCOMPARE(*version, 0);

    // Live: the background projections pick it up and the list shows it, selected.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(streamId) >= 0, Timeout);
    const auto *shown = page.model()->rowAt(page.model()->rowOf(streamId));
    QCOMPARE(shown->title, u"Standing desk for the new office"_s);
    QCOMPARE(shown->amount, Money(64'000, u"EUR"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedStreamId(), streamId, Timeout);
}

QTEST_MAIN(tst_Requests)
#include "tst_requests.moc"
