// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline page on the demo company: the paged model against the store (lazy pages,
// a bounded cache), each filter against the events it must keep, the regex scan and its
// Cancel, live appends without a reset, and the page's selection, detail and go-to.

#include "GuiTestSupport.h"

#include "common/Plot.h"
#include "domain/RequestAggregate.h"
#include "store/EventStore.h"
#include "timeline/DensityChart.h"
#include "timeline/EventDetailPanel.h"
#include "timeline/JsonDiff.h"
#include "timeline/JsonTreeModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk;
using namespace eventdesk::gui;

namespace {

constexpr int Timeout = 30000;

// What the filter must keep, decided here from the events themselves (not by the SQL under
// test).
bool keeps(const TimelineFilter &f, const RecordedEvent &e)
{
    if (!f.stream.isEmpty() && !e.streamId.startsWith(f.stream))
        return false;
    if (!f.type.isEmpty() && e.type != f.type)
        return false;
    if (!f.actor.isEmpty() && e.actor() != f.actor)
        return false;
    if (f.fromTime && e.recordedAt < f.fromTime)
        return false;
    if (f.toTime && e.recordedAt >= f.toTime)
        return false;
    if (!f.text.isEmpty()) {
        if (f.regex)
            return QRegularExpression(f.text, QRegularExpression::UseUnicodePropertiesOption)
                .match(QString::fromUtf8(e.payload))
                .hasMatch();
        return e.payload.contains(f.text.toUtf8());
    }
    return true;
}

QList<qint64> modelPositions(const TimelineModel &model)
{
    QList<qint64> positions;
    for (int r = 0; r < model.rowCount(); ++r)
        positions.append(model.positionAt(r));
    return positions;
}

AppendSuccess appendTestEvents(SqliteEventStore &store, const QString &stream, int count)
{
    AppendRequest request;
    request.streamId = stream;
    for (int i = 0; i < count; ++i) {
        EventMetadata meta;
        meta.actor = u"timeline-test"_s;
        request.events.append(NewEvent::make(u"TimelineTestNoted"_s,
                                             QJsonObject{{u"note"_s, u"live %1"_s.arg(i)}}, meta));
    }
    auto result = store.append(request).result();
    if (!result)
        qFatal("append: %s", qPrintable(result.error().message));
    return *result;
}

} // namespace

class TestTimeline final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoSession> m_demo;
    QList<RecordedEvent> m_events;

    SqliteEventStore *store() const { return m_demo->store.get(); }
    void rereadEvents()
    {
        SqliteEventStore *s = store();
        m_events = test::offGuiThread([s] { return test::readAllEvents(*s); });
    }
    QList<qint64> expected(const TimelineFilter &f) const
    {
        QList<qint64> positions;
        for (const RecordedEvent &e : m_events)
            if (keeps(f, e))
                positions.append(e.globalPosition);
        return positions;
    }
    const RecordedEvent *firstOf(const std::function<bool(const RecordedEvent &)> &pred) const
    {
        for (const RecordedEvent &e : m_events)
            if (pred(e))
                return &e;
        return nullptr;
    }
    // A model of its own on the demo session, checked by the model tester throughout.
    struct TestedModel
    {
        TimelineModel model;
        QAbstractItemModelTester tester{&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
    };
    std::unique_ptr<TestedModel> openModel(const TimelineFilter &filter = {}, int slice = 0)
    {
        auto m = std::make_unique<TestedModel>();
        m->model.setScanSlice(slice);
        m->model.setFilter(filter);
        m->model.setSession(m_demo->session.get());
        return m;
    }
    static bool waitForRow(TimelineModel &model, int row)
    {
        // Asking for the row's data is what makes its page load.
        const QModelIndex index = model.index(row, TimelineModel::Type);
        index.data();
        return QTest::qWaitFor([&index] { return index.data(TimelineModel::LoadedRole).toBool(); },
                               Timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No background work: the store holds still while the filters are compared.
        m_demo = std::make_unique<test::DemoSession>(u"ada"_s, false);
        rereadEvents();
        QVERIFY(m_events.size() > 3 * TimelineModel::PageSize);
    }
    void cleanupTestCase() { m_demo.reset(); }

    void rowsAreTheStoreInPositionOrder()
    {
        auto m = openModel();
        TimelineModel &model = m->model;
        QTRY_VERIFY_WITH_TIMEOUT(model.isReady(), Timeout);
        QCOMPARE(model.rowCount(), int(m_events.size()));
        QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
        // Nothing is read before a row is asked for (the model tester asks for row 0); a
        // placeholder knows its position.
        QVERIFY(model.pageLoads() <= 1);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, TimelineModel::Position).data().toLongLong(),
                 m_events.constLast().globalPosition);
        for (int row : {0, 1, TimelineModel::PageSize, model.rowCount() / 2, last}) {
            QVERIFY(waitForRow(model, row));
            const RecordedEvent &e = m_events.at(row);
            QCOMPARE(model.positionAt(row), e.globalPosition);
            QCOMPARE(model.index(row, TimelineModel::Position).data().toLongLong(),
                     e.globalPosition);
            QCOMPARE(model.index(row, TimelineModel::Type).data().toString(), e.type);
            QCOMPARE(model.index(row, TimelineModel::Stream).data().toString(), e.streamId);
            QCOMPARE(model.index(row, TimelineModel::Actor).data().toString(), e.actor());
            QCOMPARE(model.index(row, 0).data(TimelineModel::RecordedAtRole).toLongLong(),
                     e.recordedAt);
            QVERIFY(
                !model.index(row, TimelineModel::Time).data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(model.rowOf(e.globalPosition), row);
        }
        QVERIFY(model.cachedPageCount() <= 4);
    }

    void cacheStaysBoundedWhileScrollingThroughEverything()
    {
        auto m = openModel();
        TimelineModel &model = m->model;
        model.setMaxCachedPages(3);
        QTRY_VERIFY_WITH_TIMEOUT(model.isReady(), Timeout);
        int maxSeen = 0;
        for (int row = 0; row < model.rowCount(); row += TimelineModel::PageSize) {
            QVERIFY(waitForRow(model, row));
            QCOMPARE(model.index(row, TimelineModel::Type).data().toString(),
                     m_events.at(row).type);
            maxSeen = std::max(maxSeen, model.cachedPageCount());
        }
        QVERIFY(maxSeen <= 3);
        const int pages =
            (model.rowCount() + TimelineModel::PageSize - 1) / TimelineModel::PageSize;
        QCOMPARE(model.pageLoads(), pages);
        // Back to the second page: it was dropped and is read again.
        QVERIFY(waitForRow(model, TimelineModel::PageSize));
        QCOMPARE(model.pageLoads(), pages + 1);
        QVERIFY(model.cachedPageCount() <= 3);
    }

    void filtersNarrowExactly_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("timeRange");
        QTest::newRow("category") << u"purchase"_s << QString() << QString() << QString() << false;
        QTest::newRow("system streams")
            << u"$saga"_s << QString() << QString() << QString() << false;
        QTest::newRow("type") << QString() << u"ManagerApproved"_s << QString() << QString()
                              << false;
        QTest::newRow("actor") << QString() << QString() << u"ada"_s << QString() << false;
        QTest::newRow("text") << QString() << QString() << QString() << u"EUR"_s << false;
        QTest::newRow("time range") << QString() << QString() << QString() << QString() << true;
        QTest::newRow("type and text")
            << QString() << u"ApprovalRequested"_s << QString() << u"Laptop"_s << false;
    }
    void filtersNarrowExactly()
    {
        QFETCH(QString, stream);
        QFETCH(QString, type);
        QFETCH(QString, actor);
        QFETCH(QString, text);
        QFETCH(bool, timeRange);
        TimelineFilter f;
        f.stream = stream;
        f.type = type;
        f.actor = actor;
        f.text = text;
        if (timeRange) {
            // The middle third of the recorded times.
            const qint64 a = m_events.constFirst().recordedAt;
            const qint64 b = m_events.constLast().recordedAt;
            f.fromTime = a + (b - a) / 3;
            f.toTime = a + 2 * (b - a) / 3;
        }
        const QList<qint64> want = expected(f);
        if (want.isEmpty())
            QFAIL("the demo store has no such events, so this filter case would prove nothing");
        QVERIFY(want.size() < m_events.size());
        // Small slices: the list grows over several background steps.
        auto m = openModel(f, 500);
        TimelineModel &model = m->model;
        QTRY_VERIFY_WITH_TIMEOUT(model.isReady() && !model.isScanning(), Timeout);
        QVERIFY(!model.scanWasCancelled());
        QCOMPARE(modelPositions(model), want);
        QVERIFY(waitForRow(model, model.rowCount() - 1));
        const RecordedEvent *e =
            firstOf([&](const RecordedEvent &x) { return x.globalPosition == want.constLast(); });
        QCOMPARE(model.index(model.rowCount() - 1, TimelineModel::Type).data().toString(), e->type);
        // Clearing the filter brings every event back at once.
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(m_events.size()), Timeout);
    }

    void regexFindsExactlyTheMatches()
    {
        TimelineFilter f;
        f.text = u"[Ll]aptop|Nordtech G.bH"_s;
        f.regex = true;
        const QList<qint64> want = expected(f);
        QVERIFY(!want.isEmpty());
        QVERIFY(want.size() < m_events.size());
        auto m = openModel(f, 700);
        QSignalSpy progress(&m->model, &TimelineModel::scanProgress);
        QTRY_VERIFY_WITH_TIMEOUT(m->model.isReady() && !m->model.isScanning(), Timeout);
        QCOMPARE(modelPositions(m->model), want);
        QVERIFY(progress.size() > 1);
    }

    void regexScanCanBeCancelled()
    {
        TimelineFilter f;
        f.text = u"."_s; // matches every payload: without Cancel it would list everything
        f.regex = true;
        auto m = openModel(f, 20);
        TimelineModel &model = m->model;
        QSignalSpy finished(&model, &TimelineModel::scanFinished);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, Timeout);
        QVERIFY(model.isScanning());
        model.cancelScan();
        QVERIFY(!model.isScanning());
        QVERIFY(model.scanWasCancelled());
        QCOMPARE(finished.size(), 1);
        const int rows = model.rowCount();
        QVERIFY(rows < m_events.size());
        QTest::qWait(300); // a slice under way when Cancel came is dropped
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(modelPositions(model), expected(f).mid(0, rows));
    }

    void liveAppendGrowsRowsWithoutReset()
    {
        auto all = openModel();
        TimelineFilter onlyTests;
        onlyTests.type = u"TimelineTestNoted"_s;
        auto filtered = openModel(onlyTests);
        QTRY_VERIFY_WITH_TIMEOUT(all->model.isReady(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(filtered->model.isReady() && !filtered->model.isScanning(),
                                 Timeout);
        const int before = all->model.rowCount();
        const int filteredBefore = filtered->model.rowCount();
        QSignalSpy resets(&all->model, &QAbstractItemModel::modelReset);
        QSignalSpy filteredResets(&filtered->model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&all->model, &QAbstractItemModel::rowsInserted);
        QObject::connect(m_demo->session.get(), &Session::eventsCommitted, &all->model,
                         &TimelineModel::setHead);
        QObject::connect(m_demo->session.get(), &Session::eventsCommitted, &filtered->model,
                         &TimelineModel::setHead);
        SqliteEventStore *s = store();
        const AppendSuccess appended =
            test::offGuiThread([s] { return appendTestEvents(*s, u"$timeline-test"_s, 3); });
        QTRY_COMPARE_WITH_TIMEOUT(all->model.rowCount(), before + 3, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(filtered->model.rowCount(), filteredBefore + 3, Timeout);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(filteredResets.size(), 0);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.constFirst().at(1).toInt(), before); // appended at the end
        QCOMPARE(all->model.positionAt(before + 2), appended.lastPosition);
        QVERIFY(waitForRow(all->model, before + 2));
        QCOMPARE(all->model.index(before + 2, TimelineModel::Type).data().toString(),
                 u"TimelineTestNoted"_s);
        QCOMPARE(all->model.index(before + 2, TimelineModel::Actor).data().toString(),
                 u"timeline-test"_s);
        QCOMPARE(filtered->model.positionAt(filteredBefore), appended.firstPosition);
        rereadEvents();
    }

    void pageShowsTheSelectedEventsState()
    {
        // A request event that changed the request's status.
        const RecordedEvent *approval = firstOf([](const RecordedEvent &e) {
            return e.type == u"ManagerApproved"_s && !e.streamId.startsWith(u'$');
        });
        QVERIFY(approval);
        const QString stream = approval->streamId;
        const qint64 version = approval->streamVersion;
        SqliteEventStore *s = store();
        const QJsonObject after = test::offGuiThread([s, stream, version] {
            auto slice = s->reader().readStream(stream, 0, Direction::Forwards, 100000);
            auto aggregate = domain::RequestAggregate::forWorkflow(
                domain::RequestAggregate::workflowOfStream(stream));
            for (const RecordedEvent &e : std::as_const(slice->events))
                if (e.streamVersion <= version)
                    aggregate->apply(e);
            return aggregate->toJson();
        });

        TimelinePage page;
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 900);
        page.show();
        page.attach(m_demo->session.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), Timeout);
        // It opens on the newest event.
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedPosition(), m_events.constLast().globalPosition,
                                  Timeout);
        QVERIFY(page.goToPosition(approval->globalPosition));
        auto *view = page.findChild<QTableView *>(u"eventView"_s);
        QVERIFY(view);
        QCOMPARE(page.model()->positionAt(view->currentIndex().row()), approval->globalPosition);
        QCOMPARE(page.selectedPosition(), approval->globalPosition);
        QTRY_COMPARE_WITH_TIMEOUT(page.detailPanel()->shownPosition(), approval->globalPosition,
                                  Timeout);
        auto *tree = static_cast<JsonTreeModel *>(
            page.detailPanel()->findChild<QTreeView *>(u"stateView"_s)->model());
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->indexOfPath(u"status"_s, JsonTreeModel::ValueColumn).isValid(), Timeout);
        QCOMPARE(tree->indexOfPath(u"status"_s, JsonTreeModel::ValueColumn).data().toString(),
                 jsonValueText(after.value(u"status"_s)));

        // A live append keeps the selection where it is.
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        const int rows = page.model()->rowCount();
        test::offGuiThread([s] { return appendTestEvents(*s, u"$timeline-test"_s, 2); });
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), rows + 2, Timeout);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(page.selectedPosition(), approval->globalPosition);
        QCOMPARE(page.model()->positionAt(view->currentIndex().row()), approval->globalPosition);
        rereadEvents();
    }

    void goToPositionSelectsTheRowUnderFilters()
    {
        TimelinePage page;
        page.resize(1400, 900);
        page.show();
        page.attach(m_demo->session.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), Timeout);
        auto *view = page.findChild<QTableView *>(u"eventView"_s);
        auto *stream = page.findChild<QLineEdit *>(u"streamFilter"_s);
        stream->setText(u"$saga"_s);
        page.applyFilter();
        TimelineFilter f;
        f.stream = u"$saga"_s;
        const QList<qint64> want = expected(f);
        QVERIFY(want.size() > 2);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->isReady() && !page.model()->isScanning(), Timeout);
        QCOMPARE(page.matchCountText(),
                 u"%1 events"_s.arg(QLocale().toString(qlonglong(want.size()))));
        // Exactly a matching position, and one between two matches (the next match).
        QVERIFY(page.goToPosition(want.at(1)));
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(page.goToPosition(want.at(1) + 1));
        QCOMPARE(page.selectedPosition(), want.at(2));
        QVERIFY(!page.goToPosition(want.constLast() + 1));
        // Another page asking for a position the filter hides clears the filter.
        const qint64 hidden = firstOf([](const RecordedEvent &e) {
                                  return !e.streamId.startsWith(u"$saga"_s);
                              })->globalPosition;
        page.navigateTo({{u"position"_s, hidden}});
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->positionAt(view->currentIndex().row()), hidden,
                                  Timeout);
        QVERIFY(stream->text().isEmpty());
    }

    void densityChartCountsAndADragFiltersByTime()
    {
        TimelinePage page;
        page.resize(1400, 900);
        page.show();
        page.attach(m_demo->session.get());
        DensityChart *chart = page.densityChart();
        auto *plot = chart->findChild<QCustomPlot *>();
        QVERIFY(plot);
        // Until the counts are in, a line says they are coming (no axes at 1970).
        if (chart->density().counts.isEmpty())
            QVERIFY(!plot->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!chart->density().counts.isEmpty(), Timeout);
        QVERIFY(plot->isVisible());
        // Every event is in exactly one bucket.
        const TimelineDensity density = chart->density();
        qint64 total = 0;
        for (qint64 c : density.counts)
            total += c;
        QCOMPARE(total, qint64(m_events.size()));
        for (const RecordedEvent &e : std::as_const(m_events)) {
            const qint64 bucket = (e.recordedAt - density.firstBucket) / density.bucketMs;
            QVERIFY(bucket >= 0 && bucket < density.counts.size());
        }

        // A drag across the middle of the plot sets the time range to whole buckets.
        QSignalSpy picked(chart, &DensityChart::rangeSelected);
        const QRect area = plot->axisRect()->rect();
        const QPoint from(area.left() + area.width() / 3, area.center().y());
        const QPoint to(area.left() + 2 * area.width() / 3, area.center().y());
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        QTest::mouseMove(plot, (from + to) / 2);
        QTest::mouseMove(plot, to);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
        QTRY_COMPARE_WITH_TIMEOUT(picked.size(), 1, Timeout);
        const qint64 lower = picked.constFirst().at(0).toLongLong();
        const qint64 upper = picked.constFirst().at(1).toLongLong();
        QVERIFY(lower < upper);
        QCOMPARE((lower - density.firstBucket) % density.bucketMs, 0);
        QCOMPARE((upper - density.firstBucket) % density.bucketMs, 0);
        QCOMPARE(page.model()->filter().fromTime, lower);
        QCOMPARE(page.model()->filter().toTime, upper);
        TimelineFilter f;
        f.fromTime = lower;
        f.toTime = upper;
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->isReady() && !page.model()->isScanning(), Timeout);
        QCOMPARE(modelPositions(*page.model()), expected(f));
        // Clear range: everything again.
        auto *clear = page.findChild<QPushButton *>(u"clearRangeButton"_s);
        QVERIFY(clear->isEnabled());
        clear->click();
        QVERIFY(page.model()->filter().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), int(m_events.size()), Timeout);
    }

    void invalidRegexIsExplainedBesideTheField()
    {
        TimelinePage page;
        page.show();
        page.attach(m_demo->session.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->isReady(), Timeout);
        page.findChild<QLineEdit *>(u"textFilter"_s)->setText(u"(unclosed"_s);
        page.findChild<QCheckBox *>(u"regexCheck"_s)->setChecked(true);
        page.applyFilter();
        QVERIFY(!page.filterErrorText().isEmpty());
        QVERIFY(page.model()->filter().text.isEmpty()); // the list keeps the last valid filter
        page.findChild<QLineEdit *>(u"textFilter"_s)->setText(u"(closed)"_s);
        page.applyFilter();
        QVERIFY(page.filterErrorText().isEmpty());
        QCOMPARE(page.model()->filter().text, u"(closed)"_s);
    }

    void emptyStoreSaysWhatWillAppear()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.eventdesk"_s);
        QVERIFY(test::offGuiThread([path] { return SqliteEventStore::create(path); }).ok());
        auto store = test::openStoreOffGuiThread(path);
        Session session(store, security::SignedInUser{});
        TimelinePage page;
        page.show();
        page.attach(&session);
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), Timeout);
        QCOMPARE(page.model()->rowCount(), 0);
        auto *empty = page.findChild<QLabel *>(u"listEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"every event"_s), qPrintable(empty->text()));
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
