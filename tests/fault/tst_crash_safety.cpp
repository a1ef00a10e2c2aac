// SPDX-License-Identifier: GPL-3.0-or-later
// A process appending to the store is killed (SIGKILL) at random moments, over and over.
// After each kill the store must still hold every append it acknowledged, at the position
// it acknowledged, hold no append in part, have gap-free positions, and verify.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/SqliteEventStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Group
{
    QString streamId;
    int size = 0;
    int outbox = 0;
    QList<qint64> positions; // by index in the append
};

} // namespace

class TstCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileAppending();

private:
    // Checks the store against everything acknowledged so far: empty when all is well,
    // else what is wrong. *events is the number of events stored.
    QString checkStore(const QString &path, const QHash<QUuid, qint64> &acknowledged,
                       qint64 *events);
};

QString TstCrashSafety::checkStore(const QString &path, const QHash<QUuid, qint64> &acknowledged,
                                   qint64 *events)
{
    // First as a viewer would open it right after the crash: read-only, so nothing may be
    // repaired; it must see a chain that verifies.
    qint64 seenReadOnly = 0;
    {
        StoreOptions readOnly;
        readOnly.readOnly = true;
        auto viewer = SqliteEventStore::open(path, readOnly);
        if (!viewer)
            return u"the store does not open read-only after a kill: "_s + viewer.error().message;
        const auto report = (*viewer)->verify();
        if (!report || !report->ok)
            return u"the chain does not verify read-only after a kill: "_s +
                   (report ? report->reason : report.error().message);
        seenReadOnly = report->events;
    }
    auto opened = SqliteEventStore::open(path);
    if (!opened) {
        return u"the store does not open after a kill: "_s + opened.error().message;
    }
    SqliteEventStore &store = **opened;
    ReadAllQuery q;
    q.maxCount = 10'000'000;
    q.applyUpcasters = false;
    const auto all = store.reader().readAll(q);
    if (!all)
        return u"the store cannot be read after a kill: "_s + all.error().message;

    QHash<QUuid, qint64> stored;
    QHash<QString, Group> groups;
    for (int i = 0; i < all->size(); ++i) {
        const RecordedEvent &e = all->at(i);
        // Positions 1, 2, 3… without a gap.
        if (e.globalPosition != i + 1) {
            return u"position %1 where %2 was expected"_s.arg(e.globalPosition).arg(i + 1);
        }
        stored.insert(e.eventId, e.globalPosition);
        const QJsonObject p = e.payloadObject();
        Group &g = groups[p.value(u"group"_s).toString()];
        g.streamId = e.streamId;
        g.size = p.value(u"size"_s).toInt();
        g.outbox = p.value(u"outbox"_s).toInt();
        const int index = p.value(u"index"_s).toInt();
        if (g.positions.size() <= index)
            g.positions.resize(index + 1, 0);
        g.positions[index] = e.globalPosition;
    }

    // Every acknowledged event, at its acknowledged position.
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const qint64 at = stored.value(it.key(), -1);
        if (at != it.value()) {
            return u"acknowledged event %1 at %2 is %3"_s.arg(uuidText(it.key()))
                .arg(it.value())
                .arg(at < 0 ? u"missing"_s : u"at %1"_s.arg(at));
        }
    }
    // Every append whole: all its events, one after another, in one stream.
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &g = it.value();
        bool whole = g.size >= 1 && g.positions.size() == g.size;
        for (int i = 0; whole && i < g.size; ++i)
            whole = g.positions.at(i) == g.positions.at(0) + i;
        if (!whole) {
            return u"append %1 is stored in part: %2 of %3 events"_s.arg(it.key())
                .arg(g.positions.size())
                .arg(g.size);
        }
    }
    // The outbox holds exactly the messages of the stored appends, tied to their last event.
    {
        RawDb raw(path, true);
        QHash<QString, int> messages;
        for (const QVariantList &row : raw.rows(u"SELECT payload, event_position FROM outbox"_s)) {
            const QString group = QJsonDocument::fromJson(row.at(0).toByteArray())
                                      .object()
                                      .value(u"group"_s)
                                      .toString();
            const auto g = groups.constFind(group);
            if (g == groups.cend() || row.at(1).toLongLong() != g->positions.constLast()) {
                return u"outbox message of append %1 without its events"_s.arg(group);
            }
            ++messages[group];
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (messages.value(it.key()) != it->outbox) {
                return u"append %1 has %2 of its %3 outbox messages"_s.arg(it.key())
                    .arg(messages.value(it.key()))
                    .arg(it->outbox);
            }
        }
    }
    const auto report = store.verify();
    if (!report || !report->ok || report->events != all->size()) {
        return u"the chain does not verify after a kill: "_s +
               (report ? report->reason : report.error().message);
    }
    if (seenReadOnly != all->size())
        return u"read-only, %1 events were seen; then %2"_s.arg(seenReadOnly).arg(all->size());
    *events = all->size();
    return {};
}

void TstCrashSafety::killedWhileAppending()
{
    TempStore tmp;
    QVERIFY(createStore(tmp.path())); // made, then closed again
    const QString helper = QString::fromUtf8(EVENTDESK_HELPER_store_appender);
    QRandomGenerator rng(20261127);
    QHash<QUuid, qint64> acknowledged;
    int roundsWithAppends = 0;
    int killedDuringOpen = 0;
    QElapsedTimer elapsed;
    elapsed.start();

    constexpr int Rounds = 25;
    for (int round = 0; round < Rounds; ++round) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(helper, {tmp.path(), QString::number(round)});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        const int delay = 20 + int(rng.bounded(281));
        // Most rounds count the delay from the first append; every fifth from the start,
        // so a kill may also land while the store is being opened (and recovered).
        if (round % 5 != 4) {
            QElapsedTimer ready;
            ready.start();
            while (!p.canReadLine() && p.state() == QProcess::Running && ready.elapsed() < 30000)
                p.waitForReadyRead(100);
            QCOMPARE(p.readLine(), QByteArray("ready\n"));
        }
        QVERIFY2(!p.waitForFinished(delay),
                 qPrintable(u"the appender ended by itself: "_s +
                            QString::fromLocal8Bit(p.readAllStandardError())));
        p.kill(); // SIGKILL on POSIX
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // Only whole lines: the last one may have been cut by the kill.
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        int acked = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line == "ready")
                continue;
            const QList<QByteArray> parts = line.split(' ');
            QCOMPARE(parts.size(), 2);
            const QUuid id = QUuid::fromString(QLatin1String(parts.at(0)));
            QVERIFY2(!id.isNull(), line.constData());
            bool ok = false;
            const qint64 position = parts.at(1).toLongLong(&ok);
            QVERIFY(ok && position > 0);
            QVERIFY2(!acknowledged.contains(id), "an event id was acknowledged twice");
            acknowledged.insert(id, position);
            ++acked;
        }
        if (acked > 0)
            ++roundsWithAppends;
        else if (round % 5 == 4)
            ++killedDuringOpen;

        qint64 events = 0;
        const QString problem = checkStore(tmp.path(), acknowledged, &events);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(u"after round %1 (killed after %2 ms): %3"_s.arg(round).arg(delay).arg(
                     problem)));
        QVERIFY(events >= acknowledged.size());
        qDebug("round %d: killed after %d ms; %d acknowledged, %lld stored", round, delay, acked,
               events);
    }
    // The test means something only if the kills hit a working appender.
    QVERIFY2(roundsWithAppends >= Rounds / 2,
             qPrintable(u"only %1 rounds acknowledged appends"_s.arg(roundsWithAppends)));
    QVERIFY(acknowledged.size() >= 100);
    qDebug("%lld events acknowledged in %d rounds (%d killed before the first append), %lld ms",
           qint64(acknowledged.size()), Rounds, killedDuringOpen, elapsed.elapsed());
}

QTEST_GUILESS_MAIN(TstCrashSafety)
#include "tst_crash_safety.moc"
