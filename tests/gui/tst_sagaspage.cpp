// SPDX-License-Identifier: GPL-3.0-or-later
// The sagas page: its models keep Qt's contract; it lists the demo's sagas and the status
// filter narrows them as querySagas does; a saga whose payment failed for good is drawn
// with its approvals compensated; the step diagram's states come from the saga's events.
#include "GuiTestSupport.h"
#include "MessagingFakes.h"

#include "common/StatusStyle.h"
#include "messaging/Dispatcher.h"
#include "projections/ReadModels.h"
#include "sagas/SagaDiagramView.h"
#include "sagas/SagaEventsModel.h"
#include "sagas/SagaListModel.h"
#include "sagas/SagaTrace.h"
#include "sagas/SagasPage.h"
#include "workflow/SagaEvents.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace eventdesk::projections;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Timeout = 30000;

QList<SagaRow> sagas(SqliteEventStore &store, const SagaFilter &filter = {})
{
    auto rows = test::offGuiThread([&store, filter] { return querySagas(store, filter); });
    if (!rows)
        qFatal("querySagas: %s", qPrintable(rows.error().message));
    return *rows;
}

RecordedEvent sagaEvent(qint64 position, const QString &type, const QJsonObject &payload)
{
    RecordedEvent e;
    e.globalPosition = position;
    e.type = type;
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return e;
}
} // namespace

class tst_SagasPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsKeepQtsContract();
    void traceFollowsTheEvents();
    void listsTheDemoSagasAndFiltersByStatus();
    void failedPaymentDrawsCompensatedSteps();
};

void tst_SagasPage::modelsKeepQtsContract()
{
    test::DemoSession demo(u"ada"_s, false);
    const QList<SagaRow> rows = sagas(*demo.store);
    QVERIFY(rows.size() > 10);
    SagaListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows, 1000);
    QCOMPARE(model.rowCount(), rows.size());
    QList<SagaRow> fewer = rows.mid(3);
    fewer.first().status = u"failed"_s;
    model.setRows(fewer, 2000);
    QCOMPARE(model.rowCount(), fewer.size());
    QCOMPARE(model.index(model.rowOf(fewer.first().sagaId), SagaListModel::StatusColumn)
                 .data(StatusPillDelegate::StatusWordRole)
                 .toString(),
             u"failed"_s);
    model.setRows(rows, 3000);
    QCOMPARE(model.rowCount(), rows.size());

    SagaEventsModel events;
    QAbstractItemModelTester eventsTester(&events,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<SagaTraceEvent> list{{1, u"SagaStarted"_s, {}, 10, {}},
                               {2, u"SagaStepStarted"_s, u"payment"_s, 20, {}}};
    events.setEvents(u"$saga-a"_s, list, {}, 100);
    list.append({3, u"SagaStepCompleted"_s, u"payment"_s, 30, {}});
    events.setEvents(u"$saga-a"_s, list, {}, 200);
    QCOMPARE(events.rowCount(), 3);
    events.setEvents(u"$saga-b"_s, list.mid(0, 1), {}, 300);
    QCOMPARE(events.rowCount(), 1);
}

void tst_SagasPage::traceFollowsTheEvents()
{
    namespace SE = workflow::SagaEvents;
    const QList<std::pair<QString, QString>> steps{{u"manager"_s, u"Manager"_s},
                                                   {u"finance"_s, u"Finance"_s},
                                                   {u"payment"_s, u"Payment"_s},
                                                   {u"archive"_s, u"Archive"_s}};
    const QList<RecordedEvent> events{
        sagaEvent(1, SE::SagaStarted, {{u"at"_s, 1}}),
        sagaEvent(2, SE::SagaStepStarted, {{u"at"_s, 2}, {u"step"_s, u"payment"_s}}),
        sagaEvent(3, SE::SagaStepFailed,
                  {{u"at"_s, 3}, {u"step"_s, u"payment"_s}, {u"cause"_s, u"refused"_s}}),
        sagaEvent(4, SE::SagaCompensating, {{u"at"_s, 4}}),
        sagaEvent(5, SE::SagaCompensationCompleted, {{u"at"_s, 5}, {u"step"_s, u"finance"_s}}),
        sagaEvent(6, SE::SagaCompensationCompleted, {{u"at"_s, 6}, {u"step"_s, u"manager"_s}}),
    };
    const SagaTrace trace =
        buildSagaTrace(u"$saga-x"_s, u"purchase"_s, steps, events, u"payment"_s, true);
    SagaDiagramView view;
    view.setTrace(trace);
    QCOMPARE(view.stepStates(),
             (QStringList{u"compensated"_s, u"compensated"_s, u"failed"_s, u"pending"_s}));
    QVERIFY(trace.compensationPath());
    QCOMPARE(trace.steps.at(2).events, (QList<int>{1, 2}));
    QCOMPARE(trace.steps.at(2).cause, u"refused"_s);
    QVERIFY(view.accessibleDescription().contains(u"Payment"_s));

    // Half way: the approvals done (the saga stream does not record them), payment under way.
    const SagaTrace running =
        buildSagaTrace(u"$saga-y"_s, u"purchase"_s, steps, events.mid(0, 2), u"payment"_s, false);
    view.setTrace(running);
    QCOMPARE(view.stepStates(), (QStringList{u"done"_s, u"done"_s, u"current"_s, u"pending"_s}));
    QVERIFY(!running.compensationPath());

    // Keyboard: Right and Left move between the steps.
    QCOMPARE(view.currentStep(), 0);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentStep(), 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentStep(), 1);
}

void tst_SagasPage::listsTheDemoSagasAndFiltersByStatus()
{
    test::DemoSession demo(u"ada"_s, false);
    SagasPage page;
    QSignalSpy ready(&page, &Page::ready);
    page.attach(demo.session.get());
    QVERIFY(ready.wait(Timeout));
    const int all = int(sagas(*demo.store).size());
    QVERIFY(all > 10);
    QTRY_COMPARE_WITH_TIMEOUT(page.visibleSagaCount(), all, Timeout);

    SagaFilter waiting;
    waiting.statuses = {u"waiting_for_person"_s};
    const int expected = int(sagas(*demo.store, waiting).size());
    QVERIFY(expected > 0 && expected < all);
    page.setStatusFilter(u"waiting_for_person"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.visibleSagaCount(), expected, Timeout);
    for (int row = 0; row < page.sagaModel()->rowCount(); ++row)
        QCOMPARE(page.sagaModel()->rowAt(row)->status, u"waiting_for_person"_s);

    // Selecting a saga draws it and lists its events; the first one is the saga's start.
    const QString first = page.sagaModel()->rowAt(0)->sagaId;
    QVERIFY(page.selectSaga(first));
    QTRY_COMPARE_WITH_TIMEOUT(page.diagram()->trace().sagaId, first, Timeout);
    QVERIFY(!page.diagram()->stepStates().isEmpty());
    QVERIFY(page.diagram()->stepStates().contains(u"current"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.eventsModel()->rowCount() > 0, Timeout);

    // An event opens in the timeline at its position.
    QSignalSpy navigate(&page, &Page::navigateRequested);
    auto *events = page.findChild<QTableView *>(u"eventTable"_s);
    const QModelIndex event = page.eventsModel()->index(0, 0);
    events->setCurrentIndex(event);
    Q_EMIT events->activated(event);
    QCOMPARE(navigate.size(), 1);
    QCOMPARE(navigate.first().at(0).toString(), u"timeline"_s);
    QCOMPARE(navigate.first().at(1).toMap().value(u"position"_s).toLongLong(),
             event.data(SagaEventsModel::PositionRole).toLongLong());
}

void tst_SagasPage::failedPaymentDrawsCompensatedSteps()
{
    test::DemoSession demo(u"ada"_s, false);
    // The queued payments are refused for good: parked, and their sagas compensate.
    const bool parked = test::offGuiThread([&demo] {
        test::FakeDirectory directory;
        for (const QString &name : knownServices())
            directory.add(name, name == u"payment"_s ? test::FakeService::Mode::Permanent
                                                     : test::FakeService::Mode::Up);
        messaging::DispatcherOptions options;
        options.pollIntervalMs = 0;
        messaging::Dispatcher dispatcher(*demo.store, directory, nullptr, options);
        dispatcher.start();
        return dispatcher.runUntilIdle(Timeout);
    });
    QVERIFY(parked);

    SagasPage page;
    page.attach(demo.session.get());
    demo.session->startBackgroundWork(); // the saga engine compensates
    auto compensatedSaga = [&demo]() -> QString {
        return test::offGuiThread([&demo]() -> QString {
            ReadAllQuery query;
            query.type = workflow::SagaEvents::SagaCompensationCompleted;
            query.maxCount = 1;
            auto events = demo.store->reader().readAll(query);
            return events && !events->isEmpty() ? events->first().streamId : QString();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(!compensatedSaga().isEmpty(), Timeout);
    const QString sagaId = compensatedSaga();
    QTRY_VERIFY_WITH_TIMEOUT(page.selectSaga(sagaId), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(page.diagram()->trace().sagaId == sagaId &&
                                 page.diagram()->stepStates().contains(u"compensated"_s),
                             Timeout);
    QVERIFY(page.diagram()->trace().compensationPath());
    QVERIFY(page.diagram()->accessibleDescription().contains(u"compensated"_s));
}

QTEST_MAIN(tst_SagasPage)
#include "tst_sagaspage.moc"
