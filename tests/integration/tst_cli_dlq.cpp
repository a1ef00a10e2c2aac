// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli dlq and run, as a script drives them: JSON shapes, exit codes, one line on
// stderr for every failure, nothing changed by a refused command.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "messaging/Messages.h"
#include "store/SqliteEventStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString AdminPassword = u"Admin-Password-1"_s;
const QString ClerkPassword = u"Clerk-Password-22"_s;

bool oneErrorLine(const test::CliRun &run)
{
    return run.err.endsWith('\n') && run.err.count('\n') == 1 && run.err.size() > 2;
}

QString describe(const test::CliRun &run)
{
    return u"exit %1, stdout: %2, stderr: %3"_s.arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}
} // namespace

#define CHECK_EXIT(run, code)                                                                      \
    do {                                                                                           \
        const test::CliRun &r_ = (run);                                                            \
        QVERIFY2(r_.exitCode == (code), qPrintable(describe(r_)));                                 \
        if ((code) != 0)                                                                           \
            QVERIFY2(oneErrorLine(r_), qPrintable(describe(r_)));                                  \
    } while (false)

class tst_CliDlq : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void runParksWhatCannotBeSent();
    void listAndShow();
    void retryAllWithoutYesDoesNothing();
    void editRetriesWithANewKeyAndKeepsTheOriginal();
    void retryRequeuesAndRunsIt();
    void discardNeedsAReasonAndAnAdmin();
    void badInputChangesNothing();
    void runStopsAfterFor();
    void missingStoreExitsThree();

private:
    test::CliRun cli(QStringList args, const QString &password = {}, const QByteArray &input = {});
    QJsonArray listJson(bool all = false);
    // Rows that tell whether anything changed.
    QList<qint64> footprint();
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

test::CliRun tst_CliDlq::cli(QStringList args, const QString &password, const QByteArray &input)
{
    args << u"--store"_s << m_store;
    return test::runCli(args, input, password);
}

QJsonArray tst_CliDlq::listJson(bool all)
{
    QStringList args{u"dlq"_s, u"list"_s, u"--json"_s};
    if (all)
        args << u"--all"_s;
    const test::CliRun run = cli(args);
    if (run.exitCode != 0)
        qWarning("dlq list failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

QList<qint64> tst_CliDlq::footprint()
{
    test::RawDb raw(m_store, true);
    return {raw.scalar(u"SELECT count(*) FROM events"_s).toLongLong(),
            raw.scalar(u"SELECT count(*) FROM outbox"_s).toLongLong(),
            raw.scalar(u"SELECT count(*) FROM dead_letters"_s).toLongLong(),
            raw.scalar(u"SELECT count(*) FROM outbox WHERE status = 'pending'"_s).toLongLong()};
}

QString tst_CliDlq::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void tst_CliDlq::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(u"store.db"_s);
    const test::CliRun made = cli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s}, {},
                                  AdminPassword.toUtf8() + '\n');
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    const test::CliRun clerk = cli({u"users"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"requester"_s,
                                    u"--password-stdin"_s, u"--as"_s, u"admin"_s},
                                   AdminPassword, ClerkPassword.toUtf8() + '\n');
    QVERIFY2(clerk.exitCode == 0, qPrintable(describe(clerk)));

    // Two messages that cannot be sent: a payment without an idempotency key, and a call
    // to a service nobody knows. A third that goes.
    auto store = SqliteEventStore::open(m_store);
    QVERIFY(store);
    AppendRequest request;
    request.streamId = u"purchase-cli"_s;
    EventMetadata meta;
    meta.actor = u"tester"_s;
    request.events.append(NewEvent::make(u"StepsRequested"_s, QJsonObject{{"n"_L1, 3}}, meta));
    OutboxMessage broken;
    broken.messageId = QUuid::createUuid();
    broken.destination = u"payment"_s;
    broken.orderingKey = u"purchase-cli"_s;
    broken.payload =
        R"({"service":"payment","operation":"authorize","correlationId":"purchase-cli",)"
        R"("body":{"requestId":"purchase-cli","amount":{"value":"120.00","currency":"EUR"}}})";
    request.outbox.append(broken);
    ServiceCall unknown;
    unknown.service = u"telex"_s;
    unknown.operation = u"send"_s;
    unknown.idempotencyKey = u"telex-1"_s;
    request.outbox.append(messaging::outboxMessageFor(unknown, u"purchase-cli-telex"_s));
    ServiceCall note;
    note.service = u"notification"_s;
    note.operation = u"send"_s;
    note.idempotencyKey = u"note-1"_s;
    note.correlationId = u"purchase-cli"_s;
    note.body = QJsonObject{{"requestId"_L1, u"purchase-cli"_s}, {"to"_L1, u"finance"_s}};
    request.outbox.append(messaging::outboxMessageFor(note, u"purchase-cli-notes"_s));
    QVERIFY(store.value()->append(request).result());
}

void tst_CliDlq::cleanup()
{
    m_dir.reset();
}

void tst_CliDlq::runParksWhatCannotBeSent()
{
    const test::CliRun run = cli({u"run"_s, u"--for"_s, u"0"_s});
    CHECK_EXIT(run, 0);
    QVERIFY2(run.out.contains("delivered"), run.out.constData());
    QVERIFY2(run.out.contains("dead letter"), run.out.constData());
    test::RawDb raw(m_store, true);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox WHERE status = 'delivered'"_s).toInt(), 1);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM dead_letters"_s).toInt(), 2);

    // JSON Lines: one object an outcome, then the summary.
    const test::CliRun again = cli({u"run"_s, u"--for"_s, u"0"_s, u"--json"_s});
    CHECK_EXIT(again, 0);
    const QList<QByteArray> lines = again.out.trimmed().split('\n');
    const QJsonObject summary = QJsonDocument::fromJson(lines.constLast()).object();
    QCOMPARE(summary.value("summary"_L1).toBool(), true);
    QCOMPARE(summary.value("pending"_L1).toInt(), 0);
}

void tst_CliDlq::listAndShow()
{
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"0"_s}), 0);
    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *k :
             {"id", "service", "error", "attempts", "first_failed_at", "last_failed_at"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        QVERIFY(o.value("first_failed_at"_L1).toInteger() > 0);
        QVERIFY(!o.value("error"_L1).toString().isEmpty());
    }
    QCOMPARE(list.at(0).toObject().value("id"_L1).toInt(), 1);
    QCOMPARE(list.at(0).toObject().value("service"_L1).toString(), u"payment"_s);
    QCOMPARE(list.at(1).toObject().value("service"_L1).toString(), u"telex"_s);

    const test::CliRun table = cli({u"dlq"_s, u"list"_s});
    CHECK_EXIT(table, 0);
    QVERIFY(table.out.contains("telex"));
    QVERIFY(table.out.contains("ID"));

    const test::CliRun show = cli({u"dlq"_s, u"show"_s, u"1"_s, u"--json"_s});
    CHECK_EXIT(show, 0);
    const QJsonObject one = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(one.value("id"_L1).toInt(), 1);
    QCOMPARE(one.value("payload"_L1).toObject().value("operation"_L1).toString(), u"authorize"_s);
    QCOMPARE(one.value("state"_L1).toString(), u"parked"_s);
    const test::CliRun human = cli({u"dlq"_s, u"show"_s, u"2"_s});
    CHECK_EXIT(human, 0);
    QVERIFY(human.out.contains("telex"));

    CHECK_EXIT(cli({u"dlq"_s, u"show"_s, u"99"_s}), 1);
    CHECK_EXIT(cli({u"dlq"_s, u"show"_s, u"abc"_s}), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"show"_s}), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"list"_s, u"extra"_s}), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"frobnicate"_s}), 2);
    CHECK_EXIT(cli({u"dlq"_s}), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"list"_s, u"--yes"_s}), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"--help"_s}), 0);
}

void tst_CliDlq::retryAllWithoutYesDoesNothing()
{
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"0"_s}), 0);
    const QList<qint64> before = footprint();
    const test::CliRun refused =
        cli({u"dlq"_s, u"retry-all"_s, u"--as"_s, u"admin"_s}, AdminPassword);
    CHECK_EXIT(refused, 1);
    QVERIFY2(refused.err.contains("2 dead letter"), refused.err.constData());
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QCOMPARE(footprint(), before);
    // Without --as either: still only the count.
    CHECK_EXIT(cli({u"dlq"_s, u"retry-all"_s}), 1);
    QCOMPARE(footprint(), before);
    // --yes needs an administrator.
    CHECK_EXIT(cli({u"dlq"_s, u"retry-all"_s, u"--yes"_s}), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"retry-all"_s, u"--yes"_s, u"--as"_s, u"clerk"_s}, ClerkPassword),
               1);
    QCOMPARE(listJson().size(), 2);

    const test::CliRun done = cli(
        {u"dlq"_s, u"retry-all"_s, u"--yes"_s, u"--as"_s, u"admin"_s, u"--json"_s}, AdminPassword);
    CHECK_EXIT(done, 0);
    const QJsonArray retried = QJsonDocument::fromJson(done.out).array();
    QCOMPARE(retried.size(), 2);
    // Both fail again at once (they still cannot be sent) and are parked anew.
    for (const QJsonValue &v : retried)
        QCOMPARE(v.toObject().value("message_status"_L1).toString(), u"dead"_s);
    QCOMPARE(listJson().size(), 2);
    QCOMPARE(listJson(true).size(), 4);
}

void tst_CliDlq::editRetriesWithANewKeyAndKeepsTheOriginal()
{
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"0"_s}), 0);
    const test::CliRun shown = cli({u"dlq"_s, u"show"_s, u"1"_s, u"--json"_s});
    const QJsonObject original =
        QJsonDocument::fromJson(shown.out).object().value("payload"_L1).toObject();
    QJsonObject edited = original;
    edited.insert("idempotencyKey"_L1, u"ignored"_s);
    const QString file =
        writeFile(u"payload.json"_s, QJsonDocument(edited).toJson(QJsonDocument::Indented));
    const test::CliRun run = cli({u"dlq"_s, u"edit"_s, u"1"_s, u"--payload"_s, file, u"--reason"_s,
                                  u"key was missing"_s, u"--as"_s, u"admin"_s},
                                 AdminPassword);
    CHECK_EXIT(run, 0);
    QVERIFY2(run.out.contains("delivered"), run.out.constData());

    const QJsonObject after =
        QJsonDocument::fromJson(cli({u"dlq"_s, u"show"_s, u"1"_s, u"--json"_s}).out).object();
    QCOMPARE(after.value("state"_L1).toString(), u"edited"_s);
    QCOMPARE(after.value("payload"_L1).toObject(), original); // kept as it was
    const QJsonObject resolution = after.value("resolution"_L1).toObject();
    QCOMPARE(resolution.value("by"_L1).toString(), u"admin"_s);
    QCOMPARE(resolution.value("reason"_L1).toString(), u"key was missing"_s);
    const QString newKey =
        resolution.value("event"_L1).toObject().value("idempotencyKey"_L1).toString();
    QVERIFY(!newKey.isEmpty() && newKey != u"ignored"_s);

    // The edit is an audited event; the new message went to the simulated payment service.
    const test::CliRun events = cli({u"events"_s, u"--stream"_s, u"$deadletters"_s, u"--json"_s});
    CHECK_EXIT(events, 0);
    const QJsonObject event =
        QJsonDocument::fromJson(events.out.trimmed().split('\n').constLast()).object();
    QCOMPARE(event.value("type"_L1).toString(), u"DeadLetterEdited"_s);
    QCOMPARE(event.value("metadata"_L1).toObject().value("actor"_L1).toString(), u"admin"_s);
    test::RawDb raw(m_store, true);
    QCOMPARE(raw.scalar(u"SELECT status FROM outbox WHERE CAST(payload AS TEXT) LIKE ?"_s,
                        {QVariant(u"%"_s + newKey + u"%"_s)})
                 .toString(),
             u"delivered"_s);
    // Once: the same dead letter cannot be edited or retried again.
    const QList<qint64> before = footprint();
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"1"_s, u"--as"_s, u"admin"_s}, AdminPassword), 1);
    CHECK_EXIT(cli({u"dlq"_s, u"edit"_s, u"1"_s, u"--payload"_s, file, u"--as"_s, u"admin"_s},
                   AdminPassword),
               1);
    QCOMPARE(footprint(), before);
}

void tst_CliDlq::retryRequeuesAndRunsIt()
{
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"0"_s}), 0);
    const test::CliRun run =
        cli({u"dlq"_s, u"retry"_s, u"2"_s, u"--as"_s, u"admin"_s, u"--json"_s}, AdminPassword);
    CHECK_EXIT(run, 0);
    const QJsonArray result = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.at(0).toObject().value("id"_L1).toInt(), 2);
    QCOMPARE(result.at(0).toObject().value("message_status"_L1).toString(), u"dead"_s);
    // --no-wait queues only.
    const test::CliRun queued =
        cli({u"dlq"_s, u"retry"_s, u"3"_s, u"--no-wait"_s, u"--as"_s, u"admin"_s}, AdminPassword);
    CHECK_EXIT(queued, 0);
    QVERIFY2(queued.out.contains("queued"), queued.out.constData());
    QCOMPARE(footprint().at(3), 1);
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"3"_s, u"--wait"_s, u"abc"_s, u"--as"_s, u"admin"_s},
                   AdminPassword),
               2);
}

void tst_CliDlq::discardNeedsAReasonAndAnAdmin()
{
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"0"_s}), 0);
    const QList<qint64> before = footprint();
    CHECK_EXIT(cli({u"dlq"_s, u"discard"_s, u"2"_s, u"--as"_s, u"admin"_s}, AdminPassword), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"discard"_s, u"2"_s, u"--reason"_s, u""_s, u"--as"_s, u"admin"_s},
                   AdminPassword),
               2);
    CHECK_EXIT(cli({u"dlq"_s, u"discard"_s, u"2"_s, u"--reason"_s, u"   "_s, u"--as"_s, u"admin"_s},
                   AdminPassword),
               1);
    QCOMPARE(footprint(), before);
    const test::CliRun denied =
        cli({u"dlq"_s, u"discard"_s, u"2"_s, u"--reason"_s, u"obsolete"_s, u"--as"_s, u"clerk"_s},
            ClerkPassword);
    CHECK_EXIT(denied, 1);
    QVERIFY2(denied.err.contains("denied"), denied.err.constData());
    test::RawDb raw(m_store, true);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM events WHERE type = 'AccessDenied'"_s).toInt(), 1);

    const test::CliRun done =
        cli({u"dlq"_s, u"discard"_s, u"2"_s, u"--reason"_s, u"obsolete"_s, u"--as"_s, u"admin"_s},
            AdminPassword);
    CHECK_EXIT(done, 0);
    QCOMPARE(listJson().size(), 1);
    const QJsonArray all = listJson(true);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).toObject().value("state"_L1).toString(), u"discarded"_s);
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"2"_s, u"--as"_s, u"admin"_s}, AdminPassword), 1);
    CHECK_EXIT(cli({u"dlq"_s, u"discard"_s, u"99"_s, u"--reason"_s, u"x"_s, u"--as"_s, u"admin"_s},
                   AdminPassword),
               1);
}

void tst_CliDlq::badInputChangesNothing()
{
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"0"_s}), 0);
    const QList<qint64> before = footprint();
    const QString array = writeFile(u"array.json"_s, "[1, 2, 3]");
    const QString text = writeFile(u"text.json"_s, "this is not json");
    const QString noOperation = writeFile(u"noop.json"_s, R"({"body": {}})");
    const QString otherService =
        writeFile(u"other.json"_s, R"({"service": "ledger", "operation": "post", "body": {}})");
    const QString missing = m_dir->filePath(u"missing.json"_s);
    const auto edit = [&](const QString &file) {
        return cli({u"dlq"_s, u"edit"_s, u"1"_s, u"--payload"_s, file, u"--as"_s, u"admin"_s},
                   AdminPassword);
    };
    CHECK_EXIT(edit(missing), 2);
    CHECK_EXIT(edit(array), 1);
    CHECK_EXIT(edit(text), 1);
    CHECK_EXIT(edit(noOperation), 1);
    CHECK_EXIT(edit(otherService), 1);
    CHECK_EXIT(cli({u"dlq"_s, u"edit"_s, u"1"_s, u"--as"_s, u"admin"_s}, AdminPassword), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"edit"_s, u"99"_s, u"--payload"_s,
                    writeFile(u"ok.json"_s, R"({"operation": "authorize", "body": {}})"), u"--as"_s,
                    u"admin"_s},
                   AdminPassword),
               1);
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"99"_s, u"--as"_s, u"admin"_s}, AdminPassword), 1);
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"0"_s, u"--as"_s, u"admin"_s}, AdminPassword), 2);
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"1"_s}), 2); // no --as
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"1"_s, u"--as"_s, u"admin"_s}, u"Wrong-Password-9"_s),
               1);
    CHECK_EXIT(cli({u"dlq"_s, u"retry"_s, u"1"_s, u"--reason"_s, u"x"_s, u"--as"_s, u"admin"_s},
                   AdminPassword),
               2);
    QCOMPARE(footprint(), before);
    QCOMPARE(listJson().size(), 2);
}

void tst_CliDlq::runStopsAfterFor()
{
    const test::CliRun run = cli({u"run"_s, u"--for"_s, u"1"_s});
    CHECK_EXIT(run, 0);
    QVERIFY2(run.out.contains("Delivered 1"), run.out.constData());
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"abc"_s}), 2);
    CHECK_EXIT(cli({u"run"_s, u"--for"_s, u"-1"_s}), 1);
    CHECK_EXIT(cli({u"run"_s, u"extra"_s}), 2);
    CHECK_EXIT(cli({u"run"_s, u"--help"_s}), 0);
}

void tst_CliDlq::missingStoreExitsThree()
{
    const QString nowhere = m_dir->filePath(u"nowhere.db"_s);
    for (const QStringList &args :
         {QStringList{u"dlq"_s, u"list"_s}, QStringList{u"run"_s, u"--for"_s, u"0"_s},
          QStringList{u"dlq"_s, u"show"_s, u"1"_s}}) {
        const test::CliRun run = test::runCli(args + QStringList{u"--store"_s, nowhere});
        CHECK_EXIT(run, 3);
    }
    QVERIFY(!QFileInfo::exists(nowhere));
}

QTEST_GUILESS_MAIN(tst_CliDlq)
#include "tst_cli_dlq.moc"
