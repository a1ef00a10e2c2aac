// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli rebuild, run as a script would: no sign-in, progress on stderr, the
// models rebuilt in the file, --projection, and the refusals with their exit codes.
#include "TestSupport.h"

#include "projections/ProjectionRunner.h"
#include "projections/ReadModels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString AdminPassword = u"Admin-Password-1"_s;

QString describe(const test::CliRun &run)
{
    return u"exit %1, stdout: %2, stderr: %3"_s.arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

bool oneErrorLine(const test::CliRun &run)
{
    return run.err.endsWith('\n') && run.err.count('\n') == 1 && run.err.size() > 2;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_CliRebuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rebuildsEveryModelWithProgress();
    void rebuildsOneModelAsJson();
    void unknownProjectionIsRefused();
    void missingStoreExitsThree();
    void extraArgumentIsAUsageError();
    void helpExitsZero();

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_request; // ann's purchase, submitted through the CLI
};

void tst_CliRebuild::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"store.eventdesk"_s);
    const auto init = test::runCli(
        {u"init"_s, u"--store"_s, m_store, u"--admin"_s, u"admin"_s, u"--password-stdin"_s},
        AdminPassword.toUtf8() + '\n');
    QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    const auto add =
        test::runCli({u"users"_s, u"add"_s, u"max"_s, u"--role"_s, u"manager"_s,
                      u"--password-stdin"_s, u"--as"_s, u"admin"_s, u"--store"_s, m_store},
                     "Manager-Password-22\n", AdminPassword);
    QVERIFY2(add.exitCode == 0, qPrintable(describe(add)));
    const auto ann =
        test::runCli({u"users"_s, u"add"_s, u"ann"_s, u"--role"_s, u"requester"_s,
                      u"--password-stdin"_s, u"--as"_s, u"admin"_s, u"--store"_s, m_store},
                     "Requester-Password-3\n", AdminPassword);
    QVERIFY2(ann.exitCode == 0, qPrintable(describe(ann)));
    const auto submit = test::runCli({u"submit"_s, u"--as"_s, u"ann"_s, u"--workflow"_s,
                                      u"purchase"_s, u"--title"_s, u"Laptop"_s, u"--amount"_s,
                                      u"1200.00"_s, u"--no-wait"_s, u"--store"_s, m_store},
                                     {}, u"Requester-Password-3"_s);
    QVERIFY2(submit.exitCode == 0, qPrintable(describe(submit)));
    m_request = QString::fromUtf8(submit.out).trimmed().split(u'\n').constLast();
}

void tst_CliRebuild::rebuildsEveryModelWithProgress()
{
    // No --as and no password: rebuilding carries on what the events decided.
    const auto run = test::runCli({u"rebuild"_s, u"--store"_s, m_store});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("rebuilding: "), qPrintable(describe(run)));
    QVERIFY2(run.out.contains("requests, sagas, audit, kpis"), qPrintable(describe(run)));

    auto store = SqliteEventStore::open(m_store);
    QVERIFY(store.ok());
    const qint64 head = (*store)->reader().headPosition().value();
    QVERIFY(head >= 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"%1 of %1 events"_s.arg(head)),
             qPrintable(describe(run)));
    for (const QString &name : projections::projectionNames())
        QCOMPARE(projections::projectionCheckpoint(**store, name).value(), head);
    projections::AuditFilter byAdmin;
    byAdmin.actor = u"admin"_s;
    const auto audit = projections::queryAudit(**store, byAdmin).value();
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.constFirst().type, u"UserCreated"_s);
    // The request submitted through the command layer, and the manager it waits for.
    const auto requests = projections::queryRequests(**store).value();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().streamId, m_request);
    QCOMPARE(requests.constFirst().status, u"AwaitingApproval"_s);
    QCOMPARE(requests.constFirst().requester, u"ann"_s);
    const auto inbox = projections::queryInbox(**store, u"max"_s).value();
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.constFirst().request.streamId, m_request);
    QVERIFY(projections::queryInbox(**store, u"ann"_s)->isEmpty());
}

void tst_CliRebuild::rebuildsOneModelAsJson()
{
    const auto run = test::runCli(
        {u"rebuild"_s, u"--projection"_s, u"audit"_s, u"--json"_s, u"--store"_s, m_store});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value("projections"_L1).toArray(), QJsonArray{u"audit"_s});
    QVERIFY(o.value("events"_L1).toInteger() >= 2);
    QCOMPARE(o.value("position"_L1).toInteger(), o.value("events"_L1).toInteger());
    // "inbox" is served by the requests model.
    const auto inbox = test::runCli(
        {u"rebuild"_s, u"--projection"_s, u"inbox"_s, u"--json"_s, u"--store"_s, m_store});
    QVERIFY2(inbox.exitCode == 0, qPrintable(describe(inbox)));
    QCOMPARE(QJsonDocument::fromJson(inbox.out).object().value("projections"_L1).toArray(),
             QJsonArray{u"requests"_s});
}

void tst_CliRebuild::unknownProjectionIsRefused()
{
    const QByteArray before = fileBytes(m_store);
    const auto run =
        test::runCli({u"rebuild"_s, u"--projection"_s, u"nope"_s, u"--store"_s, m_store});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(oneErrorLine(run), qPrintable(describe(run)));
    QVERIFY(run.err.contains("nope"));
    QVERIFY(run.err.contains("requests"));
    QCOMPARE(fileBytes(m_store), before);
}

void tst_CliRebuild::missingStoreExitsThree()
{
    const QString missing = m_dir.filePath(u"missing.eventdesk"_s);
    const auto run = test::runCli({u"rebuild"_s, u"--store"_s, missing});
    QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
    QVERIFY2(oneErrorLine(run), qPrintable(describe(run)));
    QVERIFY(!QFile::exists(missing));
}

void tst_CliRebuild::extraArgumentIsAUsageError()
{
    const auto run = test::runCli({u"rebuild"_s, u"requests"_s, u"--store"_s, m_store});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(oneErrorLine(run), qPrintable(describe(run)));
}

void tst_CliRebuild::helpExitsZero()
{
    const auto run = test::runCli({u"rebuild"_s, u"--help"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains("--projection"));
}

QTEST_GUILESS_MAIN(tst_CliRebuild)
#include "tst_cli_rebuild.moc"
