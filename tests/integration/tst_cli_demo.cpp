// SPDX-License-Identifier: GPL-3.0-or-later
// `eventdesk-cli init --demo`: the demo company, deterministic, complete, verifiable.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

class tst_CliDemo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Every saga as `sagas --json` lists it, keyed by request: "workflow step status".
    static QMap<QString, QString> sagasOf(const QString &store)
    {
        const CliRun run = runCli({u"sagas"_s, u"--json"_s, u"--store"_s, store});
        QMap<QString, QString> sagas;
        if (run.exitCode != 0)
            return sagas;
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            sagas.insert(o.value("request"_L1).toString(),
                         o.value("workflow"_L1).toString() + u' ' + o.value("step"_L1).toString() +
                             u' ' + o.value("status"_L1).toString());
        }
        return sagas;
    }

private Q_SLOTS:
    void demoIsCompleteAndDeterministic()
    {
        QVERIFY(m_dir.isValid());
        const QString first = m_dir.filePath(u"first.eventdesk"_s);
        const QString second = m_dir.filePath(u"second.eventdesk"_s);
        QJsonObject summaries[2];
        int i = 0;
        for (const QString &path : {first, second}) {
            const CliRun run =
                runCli({u"init"_s, u"--demo"_s, u"--json"_s, u"--store"_s, path}, {}, {}, 300000);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            summaries[i++] = QJsonDocument::fromJson(run.out).object();
        }
        const QJsonObject summary = summaries[0];
        QCOMPARE(summary.value("requests"_L1).toInt(), 200);
        QJsonObject secondSummary = summaries[1];
        secondSummary.insert("store"_L1, summary.value("store"_L1));
        QCOMPARE(secondSummary, summary);

        // Every state the console's pages need is there.
        const QJsonObject statuses = summary.value("statuses"_L1).toObject();
        for (const char *status : {"AwaitingApproval", "AwaitingFinance", "AwaitingPayment",
                                   "Completed", "Rejected", "Cancelled", "Delivered"})
            QVERIFY2(statuses.value(QLatin1String(status)).toInt() > 0, status);
        QCOMPARE(summary.value("users"_L1).toArray().size(), 8);

        // Same requests, same stream ids, same steps and saga states in both stores.
        const auto sagas = sagasOf(first);
        QCOMPARE(sagas.size(), 200);
        QCOMPARE(sagasOf(second), sagas);
        int waitingForPayment = 0;
        for (const QString &s : sagas)
            waitingForPayment += s.endsWith(u"waiting_for_service"_s) ? 1 : 0;
        QVERIFY(waitingForPayment > 0);

        // The payment service is left down with the payments queued behind it.
        const CliRun health = runCli({u"health"_s, u"--json"_s, u"--store"_s, first});
        QCOMPARE(health.exitCode, 0);
        bool paymentChecked = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(health.out).object().value("services"_L1).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value("name"_L1).toString() != "payment"_L1)
                continue;
            QCOMPARE(s.value("mode"_L1).toString(), u"down"_s);
            QCOMPARE(s.value("queued"_L1).toInt(), waitingForPayment);
            paymentChecked = true;
        }
        QVERIFY(paymentChecked);

        // The demo's history verifies, and its users sign in with the README's password.
        QCOMPARE(runCli({u"verify"_s, u"--store"_s, first}).exitCode, 0);
        const CliRun wrong = runCli({u"users"_s, u"passwd"_s, u"sam"_s, u"--password-stdin"_s,
                                     u"--as"_s, u"sam"_s, u"--store"_s, first},
                                    "another-password-1\n", u"not-the-password"_s);
        QCOMPARE(wrong.exitCode, 1);
        const CliRun right = runCli({u"users"_s, u"passwd"_s, u"sam"_s, u"--password-stdin"_s,
                                     u"--as"_s, u"sam"_s, u"--store"_s, first},
                                    "another-password-1\n", u"eventdesk-demo"_s);
        QVERIFY2(right.exitCode == 0, right.err.constData());

        // The demo comes with its read models caught up, and a change runs what it set
        // off, the read models included: the new request is in the requests model too.
        const auto openRequests = [&first] {
            RawDb db(first, true);
            return db
                .scalar(u"SELECT count(DISTINCT stream_id) FROM proj_requests "
                        "WHERE valid_to IS NULL"_s)
                .toInt();
        };
        QCOMPARE(openRequests(), 200);
        const CliRun submitted =
            runCli({u"submit"_s, u"--as"_s, u"sam"_s, u"--workflow"_s, u"purchase"_s, u"--title"_s,
                    u"Whiteboard"_s, u"--amount"_s, u"180.00"_s, u"--store"_s, first},
                   {}, u"another-password-1"_s);
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        QCOMPARE(openRequests(), 201);
    }

    void refusesAnExistingPathAndAdminOptions()
    {
        const QString path = m_dir.filePath(u"taken.eventdesk"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a store");
        }
        const CliRun taken = runCli({u"init"_s, u"--demo"_s, u"--store"_s, path});
        QCOMPARE(taken.exitCode, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a store"));

        const QString fresh = m_dir.filePath(u"fresh.eventdesk"_s);
        const CliRun mixed =
            runCli({u"init"_s, u"--demo"_s, u"--admin"_s, u"boss"_s, u"--store"_s, fresh});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY(!QFileInfo::exists(fresh));
    }
};

QTEST_GUILESS_MAIN(tst_CliDemo)
#include "tst_cli_demo.moc"
