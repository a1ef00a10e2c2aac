// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the timeline on a big store, printed, never asserted (machines differ):
// EVENTDESK_MEASURE_STORE=/tmp/big.db ctest -R tst_timeline_measure -V
// (made with `eventdesk-cli bench --events 1000000 --messages 0 --store /tmp/big.db`).

#include "GuiTestSupport.h"

#include "timeline/TimelineModel.h"
#include "timeline/TimelinePage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
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
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_max = std::max(m_max, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 takeMax()
    {
        const qint64 max = m_max;
        m_max = 0;
        return max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
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
        QElapsedTimer clock;

        clock.start();
        page.attach(&session);
        QVERIFY(QTest::qWaitFor([&page] { return page.model()->isReady(); }, Timeout));
        const qint64 counted = clock.elapsed();
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("open: %d rows known after %lld ms, first rows shown after %lld ms; longest "
              "stall %lld ms",
              page.model()->rowCount(), counted, clock.elapsed(), stalls.takeMax());
        const qint64 head = page.model()->head();

        // The density chart and the filter lists read the whole store once the rows show.
        QTest::qWait(3000);
        qInfo("while the chart and the filter lists arrive: longest stall %lld ms",
              stalls.takeMax());

        // The page opens at the newest events: the start is not cached.
        clock.restart();
        view->scrollToTop();
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("jump to the start: rows shown after %lld ms; longest stall %lld ms", clock.elapsed(),
              stalls.takeMax());

        clock.restart();
        page.goToPosition(head / 2);
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("jump to the middle (selects it, the detail panel loads it): rows shown after "
              "%lld ms; longest stall %lld ms",
              clock.elapsed(), stalls.takeMax());

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
        qInfo("scrollbar drag over 50 steps: settled after %lld ms; longest stall %lld ms",
              clock.elapsed(), stalls.takeMax());

        clock.restart();
        QRandomGenerator random(42);
        for (int i = 0; i < 200; ++i) {
            page.goToPosition(1 + qint64(random.bounded(quint32(std::max<qint64>(head, 1)))));
            QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        }
        qInfo("200 random positions: %lld ms in all; longest stall %lld ms; %d pages cached; "
              "RSS %s",
              clock.elapsed(), stalls.takeMax(), page.model()->cachedPageCount(),
              qPrintable(vmRss()));

        // After 200 pages the end has left the cache.
        clock.restart();
        view->scrollToBottom();
        QVERIFY(QTest::qWaitFor([view] { return topRowLoaded(view); }, Timeout));
        qInfo("jump to the end: rows shown after %lld ms; longest stall %lld ms", clock.elapsed(),
              stalls.takeMax());

        // A filter over the whole store (no index for the actor): how long the scan takes.
        clock.restart();
        TimelineFilter byActor;
        byActor.actor = u"bench"_s;
        page.model()->setFilter(byActor);
        qInfo("  the filter's reset of a list of %lld rows took %lld ms on the GUI thread", head,
              clock.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->isReady() && !page.model()->isScanning(),
                                 Timeout * 5);
        qInfo("actor filter: %d matches after %lld ms; longest stall %lld ms; RSS %s",
              page.model()->rowCount(), clock.elapsed(), stalls.takeMax(), qPrintable(vmRss()));
    }
};

QTEST_MAIN(TestTimelineMeasure)
#include "tst_timeline_measure.moc"
