// SPDX-License-Identifier: GPL-3.0-or-later
// A dispatcher process is killed (SIGKILL) mid-delivery, again and again; then one runs to
// the end. Every message must end delivered or dead-lettered, each effect must have
// happened exactly once (counted durably by the service, in the store), and the effects of
// one ordering key must have happened in the order of its messages.
#include "MessagingFakes.h"
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "store/SqliteSupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

class tst_DispatcherCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileDelivering();
};

void tst_DispatcherCrash::killedWhileDelivering()
{
    TempStore tmp;
    constexpr int Keys = 40;
    // Enough work that the dispatcher is still busy after several kills on a fast machine
    // (at 50 a key, everything was done by the third round and the checks below hung on
    // timing).
    constexpr int PerKey = 250;
    {
        auto store = createStore(tmp.path(), nullptr, {});
        QVERIFY(store);
        QVERIFY(store
                    ->runWrite([](QSqlDatabase &db) {
                        return sqlite::execStatus(
                            db, u"CREATE TABLE crash_effects (seq INTEGER PRIMARY KEY "
                                "AUTOINCREMENT, key TEXT NOT NULL, ordering_key TEXT NOT NULL)"_s);
                    })
                    .result());
        // Messages of one key in order; every 17th is refused for good by the service.
        for (int round = 0; round < PerKey; ++round) {
            QList<QPair<ServiceCall, QString>> calls;
            for (int k = 0; k < Keys; ++k) {
                const int n = round * Keys + k;
                const QString orderingKey = u"purchase-%1"_s.arg(k);
                const QString service = k % 2 ? u"payment"_s : u"ledger"_s;
                QString key = u"m-%1"_s.arg(n);
                if (n % 17 == 5)
                    key += u"-perm"_s;
                calls.append({testCall(service, key, u"authorize"_s, orderingKey), orderingKey});
            }
            QVERIFY(queueCalls(*store, calls, u"purchase-round%1"_s.arg(round)));
        }
    }
    const QString helper = QString::fromUtf8(EVENTDESK_HELPER_dispatcher_runner);
    QRandomGenerator rng(20261128);
    int roundsWithProgress = 0;
    int roundsKilledMidDelivery = 0;
    qint64 previousEffects = 0;
    constexpr int Rounds = 10;
    for (int round = 0; round < Rounds; ++round) {
        QProcess p;
        p.start(helper, {tmp.path(), u"work"_s});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QElapsedTimer ready;
        ready.start();
        while (!p.canReadLine() && p.state() == QProcess::Running && ready.elapsed() < 30000)
            p.waitForReadyRead(100);
        QCOMPARE(p.readLine(), QByteArray("ready\n"));
        const int delay = 150 + int(rng.bounded(500));
        QVERIFY2(!p.waitForFinished(delay),
                 qPrintable(u"the dispatcher ended by itself: "_s +
                            QString::fromLocal8Bit(p.readAllStandardError())));
        p.kill(); // SIGKILL on POSIX
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        RawDb raw(tmp.path(), true);
        const qint64 done =
            raw.scalar(u"SELECT count(*) FROM outbox WHERE status <> 'pending'"_s).toLongLong();
        const qint64 effects = raw.scalar(u"SELECT count(*) FROM crash_effects"_s).toLongLong();
        const qint64 claimed =
            raw.scalar(u"SELECT count(*) FROM outbox WHERE lease_owner IS NOT NULL"_s).toLongLong();
        qDebug("round %d: killed after %d ms; %lld of %d recorded done, %lld effects, %lld claims "
               "left behind",
               round, delay, done, Keys * PerKey, effects, claimed);
        // Progress: effects happened in this round (some may not be recorded yet: the kill
        // fell between the effect and the record, which is the point).
        if (effects > previousEffects)
            ++roundsWithProgress;
        if (claimed > 0)
            ++roundsKilledMidDelivery;
        previousEffects = effects;
    }
    QVERIFY2(roundsWithProgress >= 2, "the kills should hit a working dispatcher");
    QVERIFY2(roundsKilledMidDelivery >= 2, "the kills should leave claims behind");

    // One more runs until nothing is pending.
    QProcess last;
    last.start(helper, {tmp.path(), u"drain"_s});
    QVERIFY(last.waitForStarted(10000));
    QVERIFY(last.waitForFinished(180000));
    QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(last.readAllStandardError())));

    RawDb raw(tmp.path(), true);
    // Every message ended: delivered, or parked as a dead letter; no claim left.
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox WHERE status = 'pending'"_s).toLongLong(), 0);
    QCOMPARE(
        raw.scalar(u"SELECT count(*) FROM outbox WHERE lease_owner IS NOT NULL"_s).toLongLong(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox WHERE status = 'dead'"_s).toLongLong(),
             raw.scalar(u"SELECT count(*) FROM dead_letters"_s).toLongLong());
    // Each refused one is a dead letter; a dead letter had no effect.
    const qint64 refused =
        raw.scalar(u"SELECT count(*) FROM dead_letters WHERE permanent = 1"_s).toLongLong();
    int expectedRefused = 0;
    for (int n = 0; n < Keys * PerKey; ++n)
        expectedRefused += n % 17 == 5 ? 1 : 0;
    QCOMPARE(refused, qint64(expectedRefused));

    // Each delivered message's effect exactly once; none for dead letters.
    QHash<QString, int> effects;
    QHash<QString, QStringList> effectOrder; // by ordering key
    for (const QVariantList &row :
         raw.rows(u"SELECT key, ordering_key FROM crash_effects ORDER BY seq"_s)) {
        ++effects[row.at(0).toString()];
        effectOrder[row.at(1).toString()] << row.at(0).toString();
    }
    QHash<QString, QStringList> deliveredOrder;
    int delivered = 0;
    for (const QVariantList &row :
         raw.rows(u"SELECT payload, status, ordering_key FROM outbox ORDER BY id"_s)) {
        const QString key = QJsonDocument::fromJson(row.at(0).toByteArray())
                                .object()
                                .value("idempotencyKey"_L1)
                                .toString();
        if (row.at(1).toString() == u"delivered"_s) {
            ++delivered;
            QVERIFY2(effects.value(key) == 1,
                     qPrintable(u"%1 took effect %2 times"_s.arg(key).arg(effects.value(key))));
            deliveredOrder[row.at(2).toString()] << key;
        } else {
            QCOMPARE(row.at(1).toString(), u"dead"_s);
            QCOMPARE(effects.value(key), 0);
        }
    }
    QCOMPARE(effects.size(), delivered);
    // In order per key, across all the kills.
    for (auto it = deliveredOrder.cbegin(); it != deliveredOrder.cend(); ++it)
        QCOMPARE(effectOrder.value(it.key()), it.value());
    qDebug("%d delivered, %lld dead-lettered (%lld refused), over %d killed runs", delivered,
           raw.scalar(u"SELECT count(*) FROM dead_letters"_s).toLongLong(), refused, Rounds);
}

QTEST_GUILESS_MAIN(tst_DispatcherCrash)
#include "tst_dispatcher_crash.moc"
