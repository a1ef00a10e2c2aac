// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "RecentEventsModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void recentEventsModelPassesTheTester();
    void opensAStoreInTheBackgroundAndFollowsItLive();
    void showsWhyAStoreCannotBeOpened();
};

static QList<RecordedEvent> fakeEvents(qint64 from, int count)
{
    QList<RecordedEvent> events;
    for (int i = 0; i < count; ++i) {
        RecordedEvent e;
        e.globalPosition = from + i;
        e.streamId = u"purchase-%1"_s.arg(i % 3);
        e.type = u"ThingHappened"_s;
        e.metadata = R"({"actor":"ann"})";
        events.append(e);
    }
    return events;
}

void TestMainWindow::recentEventsModelPassesTheTester()
{
    RecentEventsModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEvents(fakeEvents(1, 4));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, RecentEventsModel::Position).data().toLongLong(), 4);  // newest first
    model.addEvents(fakeEvents(5, 25));  // more than capacity at once
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, RecentEventsModel::Position).data().toLongLong(), 29);
    QCOMPARE(model.index(9, RecentEventsModel::Position).data().toLongLong(), 20);
    model.addEvents(fakeEvents(30, 3));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, RecentEventsModel::Position).data().toLongLong(), 32);
    QCOMPARE(model.index(9, RecentEventsModel::Position).data().toLongLong(), 23);
    QCOMPARE(model.index(0, RecentEventsModel::Actor).data().toString(), u"ann"_s);
}

void TestMainWindow::opensAStoreInTheBackgroundAndFollowsItLive()
{
    test::TempStore temp;
    {
        auto store = test::createStore(temp.path());
        QVERIFY(store);
        for (int i = 0; i < 3; ++i) {
            AppendRequest r{u"purchase-1"_s, ExpectedVersion::any(), {test::sampleEvent(u"Submitted"_s, i)}, {}};
            QVERIFY(store->append(r).result().ok());
        }
    }
    MainWindow window;
    QSignalSpy ready(&window, &MainWindow::storeReady);
    window.openStore(temp.path());
    QVERIFY(ready.wait(10000));
    QCOMPARE(window.headPosition(), 3);
    QTRY_COMPARE(window.recentEvents()->rowCount(), 3);

    // Another writer (as a CLI script would be) appends: the window catches up on its own.
    auto other = SqliteEventStore::open(temp.path());
    QVERIFY(other.ok());
    AppendRequest r{u"purchase-2"_s, ExpectedVersion::noStream(), {test::sampleEvent(u"Submitted"_s, 9)}, {}};
    QVERIFY((*other)->append(r).result().ok());
    QTRY_COMPARE_WITH_TIMEOUT(window.recentEvents()->rowCount(), 4, 5000);
    QCOMPARE(window.headPosition(), 4);
}

void TestMainWindow::showsWhyAStoreCannotBeOpened()
{
    QTemporaryDir dir;
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::storeFailed);
    window.openStore(dir.filePath(u"missing.db"_s));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"no EventDesk store"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"missing.db"_s)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
