// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the timeline on a big store, printed, never asserted (machines differ):
// EVENTDESK_MEASURE_STORE=/tmp/big.db ctest -R tst_timeline_measure -V
// (made with `eventdesk-cli bench --events 1000000 --messages 0 --store /tmp/big.db`).

#include "GuiTestSupport.h"

#include "timeline/EventDetailPanel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk;
using namespace eventdesk::gui;

namespace {

constexpr int Timeout = 60000;

QString vmRss()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return u"?"_s;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return u"?"_s;
}

// CPU time of the calling thread: tells a slow step from a thread that waited for a core.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// The longest gap between the ticks of a 5 ms timer: how long the GUI thread was busy.
// With it the GUI thread's CPU time during that gap: on the shared 2-core machine a gap
// can be mostly waiting for a core, which the CPU time tells apart from real work.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 cpu = threadCpuMs();
            const qint64 gap = m_clock.restart();
            if (gap > m_max) {
                m_max = gap;
                m_maxCpu = cpu - m_lastCpu;
            }
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    qint64 takeMax()
    {
        const qint64 max = m_max;
        m_max = 0;
        m_lastMaxCpu = m_maxCpu;
        m_maxCpu = 0;
        return max;
    }
    // The GUI thread's CPU time during the longest gap that takeMax() returned last.
    qint64 lastMaxCpu() const { return m_lastMaxCpu; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
    qint64 m_maxCpu = 0;
    qint64 m_lastMaxCpu = 0;
    qint64 m_lastCpu = 0;
};

} // namespace

class TestTimelineMeasure final : public QObject
{
    Q_OBJECT

private:
    static bool topRowLoaded(QTableView *view)
    {
        const QModelIndex top = view->indexAt(QPoint(4, 4));
        return top.isValid() && top.data(TimelineModel::LoadedRole).toBool();
    }

private Q_SLOTS:
    void measure()
    {
        const QString path = qEnvironmentVariable("EVENTDESK_MEASURE_STORE");
        if (path.isEmpty())
            QSKIP("set EVENTDESK_MEASURE_STORE to a big store to measure the timeline");
        qInfo("RSS before opening: %s", qPrintable(vmRss()));
        auto store = test::openStoreOffGuiThread(path);
        Session session(store, security::SignedInUser{});
        TimelinePage page;
        page.resize(1440, 900);
        page.show();
        auto *view = page.findChild<QTableView *>(u"eventView"_s);
        StallMeter stalls;
        // The longest stall since the last call, with the GUI thread's CPU time in it.
        const auto stallText = [&stalls] {
            const qint64 wall = stalls.takeMax();
            return u"%1 ms (%2 ms of GUI-thread CPU)"_s.arg(wall).arg(stalls.lastMaxCpu());
        };
        QElapsedTimer clock;

        clock.start();
        page.attach(&session);
        QVERIFY(QTest::qWaitFor([&page] { return page.model()->isReady(); }, Timeout));
        const qint64 counted = clock.elapsed();
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("open: %d rows known after %lld ms, first rows shown after %lld ms; longest "
              "stall %s",
              page.model()->rowCount(), counted, clock.elapsed(), qPrintable(stallText()));
        const qint64 head = page.model()->head();

        // The density chart and the filter lists read the whole store once the rows show.
        QTest::qWait(3000);
        qInfo("while the chart and the filter lists arrive: longest stall %s",
              qPrintable(stallText()));

        // The page opens at the newest events: the start is not cached.
        clock.restart();
        view->scrollToTop();
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("jump to the start: rows shown after %lld ms; longest stall %s", clock.elapsed(),
              qPrintable(stallText()));

        clock.restart();
        page.goToPosition(head / 2);
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("jump to the middle (selects it, the detail panel loads it): rows shown after "
              "%lld ms; longest stall %s",
              clock.elapsed(), qPrintable(stallText()));

        // A scrollbar drag: many positions in quick succession, then the one it rests on.
        clock.restart();
        qint64 slowestStep = 0;
        for (int i = 1; i <= 50; ++i) {
            QElapsedTimer step;
            step.start();
            const qint64 cpuBefore = threadCpuMs();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() * i / 50);
            view->viewport()->repaint(); // what the drag costs the GUI thread, painted at once
            if (step.elapsed() > 30)
                qInfo("  scroll step %d took %lld ms (%lld ms of this thread's CPU time)", i,
                      step.elapsed(), threadCpuMs() - cpuBefore);
            slowestStep = std::max(slowestStep, step.elapsed());
            QTest::qWait(10);
        }
        qInfo("  slowest scroll step with its repaint: %lld ms", slowestStep);
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("scrollbar drag over 50 steps: settled after %lld ms; longest stall %s",
              clock.elapsed(), qPrintable(stallText()));

        clock.restart();
        QRandomGenerator random(42);
        for (int i = 0; i < 200; ++i) {
            page.goToPosition(1 + qint64(random.bounded(quint32(std::max<qint64>(head, 1)))));
            QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        }
        qInfo("200 random positions: %lld ms in all; longest stall %s; %d pages cached; "
              "RSS %s",
              clock.elapsed(), qPrintable(stallText()), page.model()->cachedPageCount(),
              qPrintable(vmRss()));

        // After 200 pages the end has left the cache.
        clock.restart();
        view->scrollToBottom();
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("jump to the end: rows shown after %lld ms; longest stall %s", clock.elapsed(),
              qPrintable(stallText()));

        // Filters over the whole store (no index for the actor or the payload): how long the
        // scan takes and what it costs the GUI thread meanwhile.
        auto measureFilter = [&](const char *what, const TimelineFilter &filter) {
            QElapsedTimer filterClock;
            filterClock.start();
            page.model()->setFilter(filter);
            qInfo("  the filter's reset of the list took %lld ms on the GUI thread",
                  filterClock.elapsed());
            if (!QTest::qWaitFor(
                    [&page] { return page.model()->isReady() && !page.model()->isScanning(); },
                    Timeout * 5))
                return false;
            const qint64 stall = stalls.takeMax();
            qInfo("%s: %d matches after %lld ms; longest stall %lld ms (%lld ms of GUI-thread "
                  "CPU); RSS %s",
                  what, page.model()->rowCount(), filterClock.elapsed(), stall, stalls.lastMaxCpu(),
                  qPrintable(vmRss()));
            return true;
        };
        stalls.takeMax();
        TimelineFilter byActor;
        byActor.actor = u"manager-019"_s;
        QVERIFY(measureFilter("actor filter (manager-019)", byActor));
        TimelineFilter byText;
        byText.text = u"manager-042"_s;
        QVERIFY(measureFilter("text filter (manager-042)", byText));
        TimelineFilter byRegex;
        byRegex.text = u"\"value\":\"1\\d{4}\\.5"_s;
        byRegex.regex = true;
        QVERIFY(measureFilter("regex filter (\"value\":\"1\\d{4}\\.5)", byRegex));
        QVERIFY(measureFilter("filters cleared", TimelineFilter{}));

        // Selecting events: the detail panel reads each on a worker and shows it.
        auto *panel = page.detailPanel();
        QSignalSpy loaded(panel, &EventDetailPanel::loaded);
        qint64 slowestShow = 0, longestStall = 0, longestStallCpu = 0;
        stalls.takeMax();
        constexpr int Selections = 20;
        for (int i = 0; i < Selections; ++i) {
            const qint64 target = std::max<qint64>(1, head * (2 * i + 1) / (2 * Selections));
            QElapsedTimer selectClock;
            selectClock.start();
            QVERIFY(page.goToPosition(target));
            const qint64 selected = page.selectedPosition();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return !loaded.isEmpty() &&
                           loaded.constLast().constFirst().toLongLong() == selected;
                },
                Timeout));
            QTest::qWait(50); // the paint after the content arrived
            const qint64 stall = stalls.takeMax();
            qInfo("  event %lld shown after %lld ms (150 ms of it the selection's rest delay); "
                  "longest stall %lld ms (%lld ms CPU)",
                  selected, selectClock.elapsed() - 50, stall, stalls.lastMaxCpu());
            slowestShow = std::max(slowestShow, selectClock.elapsed() - 50);
            if (stall > longestStall) {
                longestStall = stall;
                longestStallCpu = stalls.lastMaxCpu();
            }
            loaded.clear();
        }
        qInfo("%d events selected: slowest shown after %lld ms; longest stall %lld ms (%lld ms "
              "of GUI-thread CPU); RSS %s",
              Selections, slowestShow, longestStall, longestStallCpu, qPrintable(vmRss()));
    }
};

QTEST_MAIN(TestTimelineMeasure)
#include "tst_timeline_measure.moc"
