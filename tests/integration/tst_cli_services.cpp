// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli services and health, run as a script would: the JSON shape, changes seen
// by the next process and audited with the actor, and every refusal with its exit code,
// one line on stderr and nothing changed in the store.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString AdminPassword = u"Admin-Password-1"_s;
const QString UserPassword = u"User-Password-22"_s;

bool oneErrorLine(const test::CliRun &run)
{
    return run.err.endsWith('\n') && run.err.count('\n') == 1 && run.err.size() > 2;
}

QString describe(const test::CliRun &run)
{
    return u"exit %1, stdout: %2, stderr: %3"_s.arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not one JSON object: %s", bytes.constData());
    return doc.object();
}
} // namespace

#define CHECK_EXIT(run, code)                                                                      \
    do {                                                                                           \
        const test::CliRun &r_ = (run);                                                            \
        QVERIFY2(r_.exitCode == (code), qPrintable(describe(r_)));                                 \
        if ((code) != 0)                                                                           \
            QVERIFY2(oneErrorLine(r_), qPrintable(describe(r_)));                                  \
    } while (false)

class tst_CliServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listAsJsonHasTheContractShape();
    void healthAsJsonHasTheSameShape();
    void listAndHealthAsTables();
    void setModeIsSeenByTheNextProcessAndAudited();
    void setTimeoutAndModeTogether();
    void urlAndBackToSimulated();
    void sameValueChangesNothing();
    void breakerForcedAndReleased();
    void refusals_data();
    void refusals();
    void wrongPasswordIsRefused();
    void nonAdminIsDeniedAndRecorded();
    void missingStoreExitsThree();
    void helpExitsZero();

private:
    test::CliRun cli(QStringList args, const QString &password = {});
    QJsonObject service(const QString &name);
    // Everything a refusal must leave as it was: the events and the settings.
    QByteArray snapshot();

    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

test::CliRun tst_CliServices::cli(QStringList args, const QString &password)
{
    args << u"--store"_s << m_store;
    return test::runCli(args, {}, password);
}

QJsonObject tst_CliServices::service(const QString &name)
{
    const test::CliRun run = cli({u"services"_s, u"list"_s, u"--json"_s});
    for (const QJsonValue &v : parseObject(run.out).value("services"_L1).toArray())
        if (v.toObject().value("name"_L1).toString() == name)
            return v.toObject();
    return {};
}

QByteArray tst_CliServices::snapshot()
{
    const test::CliRun events = cli({u"events"_s, u"--json"_s});
    const test::CliRun list = cli({u"services"_s, u"list"_s, u"--json"_s});
    return events.out + '\n' + list.out + QByteArray::number(events.exitCode) +
           QByteArray::number(list.exitCode);
}

void tst_CliServices::initTestCase()
{
    // One store with an administrator and a requester, copied for each test: hashing two
    // passwords once instead of in every test.
    m_store = m_template.filePath(u"store.db"_s);
    CHECK_EXIT(test::runCli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s,
                             u"--store"_s, m_store},
                            AdminPassword.toUtf8() + '\n'),
               0);
    CHECK_EXIT(test::runCli({u"users"_s, u"add"_s, u"ann"_s, u"--role"_s, u"requester"_s,
                             u"--password-stdin"_s, u"--as"_s, u"admin"_s, u"--store"_s, m_store},
                            UserPassword.toUtf8() + '\n', AdminPassword),
               0);
}

void tst_CliServices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(u"store.db"_s);
    // The CLI closed the template cleanly, so its log is checkpointed; copy it if not.
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        const QString from = m_template.filePath(u"store.db"_s) + suffix;
        if (QFile::exists(from))
            QVERIFY(QFile::copy(from, m_store + suffix));
    }
}

void tst_CliServices::cleanup()
{
    m_dir.reset();
}

void tst_CliServices::listAsJsonHasTheContractShape()
{
    const test::CliRun run = cli({u"services"_s, u"list"_s, u"--json"_s});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonArray services = parseObject(run.out).value("services"_L1).toArray();
    QStringList names;
    for (const QJsonValue &v : services) {
        const QJsonObject s = v.toObject();
        names << s.value("name"_L1).toString();
        for (const char *key :
             {"name", "adapter", "mode", "breaker", "calls", "failures", "short_circuited",
              "failure_rate", "p50_ms", "p95_ms", "p99_ms", "queued"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value("adapter"_L1).toString(), u"simulated"_s);
        QCOMPARE(s.value("mode"_L1).toString(), u"up"_s);
        QCOMPARE(s.value("breaker"_L1).toString(), u"closed"_s);
        QCOMPARE(s.value("queued"_L1).toInteger(), 0);
        QCOMPARE(s.value("calls"_L1).toInteger(), 0);
        QVERIFY(s.value("failure_rate"_L1).isDouble());
    }
    QCOMPARE(names, (QStringList{u"payment"_s, u"notification"_s, u"inventory"_s, u"ledger"_s}));
}

void tst_CliServices::healthAsJsonHasTheSameShape()
{
    const test::CliRun health = cli({u"health"_s, u"--json"_s});
    CHECK_EXIT(health, 0);
    const test::CliRun list = cli({u"services"_s, u"list"_s, u"--json"_s});
    CHECK_EXIT(list, 0);
    QCOMPARE(parseObject(health.out), parseObject(list.out));
}

void tst_CliServices::listAndHealthAsTables()
{
    const test::CliRun list = cli({u"services"_s, u"list"_s});
    CHECK_EXIT(list, 0);
    QCOMPARE(list.out.count('\n'), 5);
    QVERIFY(list.out.contains("payment") && list.out.contains("simulated"));
    const test::CliRun health = cli({u"health"_s});
    CHECK_EXIT(health, 0);
    QCOMPARE(health.out.count('\n'), 5);
    QVERIFY(health.out.contains("ledger") && health.out.contains("closed"));
}

void tst_CliServices::setModeIsSeenByTheNextProcessAndAudited()
{
    const test::CliRun set = cli(
        {u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s, u"flaky:0.3"_s, u"--as"_s, u"admin"_s},
        AdminPassword);
    CHECK_EXIT(set, 0);
    QVERIFY2(set.out.contains("flaky:0.3"), set.out.constData());
    QCOMPARE(service(u"payment"_s).value("mode"_L1).toString(), u"flaky:0.3"_s);
    QCOMPARE(service(u"ledger"_s).value("mode"_L1).toString(), u"up"_s);

    CHECK_EXIT(cli({u"services"_s, u"set"_s, u"inventory"_s, u"--mode"_s, u"slow:250"_s, u"--as"_s,
                    u"admin"_s, u"--json"_s},
                   AdminPassword),
               0);
    CHECK_EXIT(
        cli({u"services"_s, u"set"_s, u"ledger"_s, u"--mode"_s, u"down"_s, u"--as"_s, u"admin"_s},
            AdminPassword),
        0);
    const QJsonObject health = parseObject(cli({u"health"_s, u"--json"_s}).out);
    QStringList modes;
    for (const QJsonValue &v : health.value("services"_L1).toArray())
        modes << v.toObject().value("mode"_L1).toString();
    QCOMPARE(modes, (QStringList{u"flaky:0.3"_s, u"up"_s, u"slow:250"_s, u"down"_s}));

    const test::CliRun events =
        cli({u"events"_s, u"--json"_s, u"--stream"_s, u"$health-payment"_s});
    CHECK_EXIT(events, 0);
    const QList<QByteArray> lines = events.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject event = parseObject(lines.constFirst());
    QCOMPARE(event.value("type"_L1).toString(), u"ServiceModeChanged"_s);
    QCOMPARE(event.value("metadata"_L1).toObject().value("actor"_L1).toString(), u"admin"_s);
    QCOMPARE(event.value("payload"_L1).toObject().value("mode"_L1).toString(), u"flaky:0.3"_s);
    QCOMPARE(event.value("payload"_L1).toObject().value("previousMode"_L1).toString(), u"up"_s);
}

void tst_CliServices::setTimeoutAndModeTogether()
{
    const test::CliRun set =
        cli({u"services"_s, u"set"_s, u"notification"_s, u"--timeout"_s, u"2500"_s, u"--mode"_s,
             u"down"_s, u"--as"_s, u"admin"_s, u"--json"_s},
            AdminPassword);
    CHECK_EXIT(set, 0);
    const QJsonArray one = parseObject(set.out).value("services"_L1).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).toObject().value("timeout_ms"_L1).toInt(), 2500);
    QCOMPARE(one.at(0).toObject().value("mode"_L1).toString(), u"down"_s);
}

void tst_CliServices::urlAndBackToSimulated()
{
    const test::CliRun url = cli({u"services"_s, u"url"_s, u"payment"_s,
                                  u"http://127.0.0.1:8080/payments"_s, u"--as"_s, u"admin"_s},
                                 AdminPassword);
    CHECK_EXIT(url, 0);
    QJsonObject payment = service(u"payment"_s);
    QCOMPARE(payment.value("adapter"_L1).toString(), u"http"_s);
    QCOMPARE(payment.value("url"_L1).toString(), u"http://127.0.0.1:8080/payments"_s);

    CHECK_EXIT(cli({u"services"_s, u"url"_s, u"ledger"_s, u"https://ledger.example.com/api"_s,
                    u"--as"_s, u"admin"_s},
                   AdminPassword),
               0);
    QCOMPARE(service(u"ledger"_s).value("adapter"_L1).toString(), u"http"_s);

    CHECK_EXIT(cli({u"services"_s, u"url"_s, u"payment"_s, u"simulated"_s, u"--as"_s, u"admin"_s},
                   AdminPassword),
               0);
    payment = service(u"payment"_s);
    QCOMPARE(payment.value("adapter"_L1).toString(), u"simulated"_s);
    QVERIFY(payment.value("url"_L1).isNull());

    const test::CliRun events =
        cli({u"events"_s, u"--json"_s, u"--stream"_s, u"$health-payment"_s});
    const QList<QByteArray> lines = events.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        const QJsonObject e = parseObject(line);
        QCOMPARE(e.value("type"_L1).toString(), u"ServiceUrlChanged"_s);
        QCOMPARE(e.value("metadata"_L1).toObject().value("actor"_L1).toString(), u"admin"_s);
    }
}

void tst_CliServices::sameValueChangesNothing()
{
    const QByteArray before = snapshot();
    const test::CliRun run =
        cli({u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s, u"up"_s, u"--as"_s, u"admin"_s},
            AdminPassword);
    CHECK_EXIT(run, 0);
    QVERIFY2(run.out.contains("nothing changed"), run.out.constData());
    QCOMPARE(snapshot(), before);
}

void tst_CliServices::breakerForcedAndReleased()
{
    const test::CliRun open = cli({u"services"_s, u"breaker"_s, u"payment"_s, u"force-open"_s,
                                   u"--reason"_s, u"maintenance window"_s, u"--as"_s, u"admin"_s},
                                  AdminPassword);
    CHECK_EXIT(open, 0);
    QVERIFY2(open.out.contains("forced_open"), open.out.constData());
    // Another process sees it.
    QCOMPARE(service(u"payment"_s).value("breaker"_L1).toString(), u"forced_open"_s);
    QCOMPARE(service(u"ledger"_s).value("breaker"_L1).toString(), u"closed"_s);
    const QJsonObject health = parseObject(cli({u"health"_s, u"--json"_s}).out);
    QCOMPARE(health.value("services"_L1).toArray().at(0).toObject().value("breaker"_L1).toString(),
             u"forced_open"_s);

    // Asking again changes nothing.
    const test::CliRun again =
        cli({u"services"_s, u"breaker"_s, u"payment"_s, u"force-open"_s, u"--as"_s, u"admin"_s},
            AdminPassword);
    CHECK_EXIT(again, 0);
    QVERIFY2(again.out.contains("nothing changed"), again.out.constData());

    CHECK_EXIT(
        cli({u"services"_s, u"breaker"_s, u"payment"_s, u"force-closed"_s, u"--as"_s, u"admin"_s},
            AdminPassword),
        0);
    QCOMPARE(service(u"payment"_s).value("breaker"_L1).toString(), u"forced_closed"_s);
    const test::CliRun released = cli(
        {u"services"_s, u"breaker"_s, u"payment"_s, u"auto"_s, u"--as"_s, u"admin"_s, u"--json"_s},
        AdminPassword);
    CHECK_EXIT(released, 0);
    QCOMPARE(parseObject(released.out)
                 .value("services"_L1)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("breaker"_L1)
                 .toString(),
             u"closed"_s);

    const test::CliRun events =
        cli({u"events"_s, u"--json"_s, u"--stream"_s, u"$health-payment"_s});
    const QList<QByteArray> lines = events.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(parseObject(lines.at(0)).value("type"_L1).toString(), u"BreakerForcedOpen"_s);
    QCOMPARE(parseObject(lines.at(0)).value("metadata"_L1).toObject().value("reason"_L1).toString(),
             u"maintenance window"_s);
    for (const QByteArray &line : lines)
        QCOMPARE(parseObject(line).value("metadata"_L1).toObject().value("actor"_L1).toString(),
                 u"admin"_s);
}

void tst_CliServices::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString as = u"--as"_s;
    const QString admin = u"admin"_s;
    // Refused (1): well-formed but not acceptable.
    QTest::newRow("unknown service")
        << QStringList{u"services"_s, u"set"_s, u"billing"_s, u"--mode"_s, u"down"_s, as, admin}
        << 1;
    QTest::newRow("unknown service url")
        << QStringList{u"services"_s, u"url"_s, u"billing"_s, u"https://x.example.com/"_s, as,
                       admin}
        << 1;
    QTest::newRow("flaky:1.5") << QStringList{u"services"_s,  u"set"_s, u"payment"_s, u"--mode"_s,
                                              u"flaky:1.5"_s, as,       admin}
                               << 1;
    QTest::newRow("flaky:-0.5") << QStringList{u"services"_s,   u"set"_s, u"payment"_s, u"--mode"_s,
                                               u"flaky:-0.5"_s, as,       admin}
                                << 1;
    QTest::newRow("slow:-1") << QStringList{u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s,
                                            u"slow:-1"_s,  as,       admin}
                             << 1;
    QTest::newRow("timeout out of range")
        << QStringList{u"services"_s, u"set"_s, u"payment"_s, u"--timeout"_s, u"5"_s, as, admin}
        << 1;
    QTest::newRow("http to a remote host")
        << QStringList{u"services"_s, u"url"_s, u"payment"_s, u"http://pay.example.com/api"_s, as,
                       admin}
        << 1;
    QTest::newRow("credentials in the url")
        << QStringList{u"services"_s, u"url"_s, u"payment"_s, u"https://u:p@pay.example.com/"_s, as,
                       admin}
        << 1;
    // Usage (2): the command line cannot be used.
    QTest::newRow("flaky:abc") << QStringList{u"services"_s,  u"set"_s, u"payment"_s, u"--mode"_s,
                                              u"flaky:abc"_s, as,       admin}
                               << 2;
    QTest::newRow("no such mode") << QStringList{u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s,
                                                 u"sideways"_s, as,       admin}
                                  << 2;
    QTest::newRow("slow:fast") << QStringList{u"services"_s,  u"set"_s, u"payment"_s, u"--mode"_s,
                                              u"slow:fast"_s, as,       admin}
                               << 2;
    QTest::newRow("timeout abc") << QStringList{u"services"_s,  u"set"_s, u"payment"_s,
                                                u"--timeout"_s, u"abc"_s, as,
                                                admin}
                                 << 2;
    QTest::newRow("malformed url")
        << QStringList{u"services"_s, u"url"_s, u"payment"_s, u"not a url"_s, as, admin} << 2;
    QTest::newRow("ftp url")
        << QStringList{u"services"_s, u"url"_s, u"payment"_s, u"ftp://files.example.com/"_s, as,
                       admin}
        << 2;
    QTest::newRow("missing --mode")
        << QStringList{u"services"_s, u"set"_s, u"payment"_s, as, admin} << 2;
    QTest::newRow("missing --as") << QStringList{u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s,
                                                 u"down"_s}
                                  << 2;
    QTest::newRow("missing name") << QStringList{u"services"_s, u"set"_s, u"--mode"_s,
                                                 u"down"_s,     as,       admin}
                                  << 2;
    QTest::newRow("missing url") << QStringList{u"services"_s, u"url"_s, u"payment"_s, as, admin}
                                 << 2;
    QTest::newRow("extra argument")
        << QStringList{u"services"_s, u"set"_s,  u"payment"_s, u"extra"_s,
                       u"--mode"_s,   u"down"_s, as,           admin}
        << 2;
    QTest::newRow("unknown subcommand") << QStringList{u"services"_s, u"reboot"_s} << 2;
    QTest::newRow("no subcommand") << QStringList{u"services"_s} << 2;
    QTest::newRow("unknown option") << QStringList{u"services"_s, u"list"_s, u"--colour"_s} << 2;
    QTest::newRow("--mode on url")
        << QStringList{u"services"_s, u"url"_s,  u"payment"_s, u"simulated"_s,
                       u"--mode"_s,   u"down"_s, as,           admin}
        << 2;
    QTest::newRow("health extra") << QStringList{u"health"_s, u"now"_s} << 2;
    QTest::newRow("breaker unknown service")
        << QStringList{u"services"_s, u"breaker"_s, u"billing"_s, u"force-open"_s, as, admin} << 1;
    QTest::newRow("breaker no such setting")
        << QStringList{u"services"_s, u"breaker"_s, u"payment"_s, u"half-open"_s, as, admin} << 2;
    QTest::newRow("breaker missing setting")
        << QStringList{u"services"_s, u"breaker"_s, u"payment"_s, as, admin} << 2;
    QTest::newRow("--reason on set")
        << QStringList{u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s, u"down"_s,
                       u"--reason"_s, u"x"_s,   as,           admin}
        << 2;
}

void tst_CliServices::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const QByteArray before = snapshot();
    const test::CliRun run = cli(args, AdminPassword);
    CHECK_EXIT(run, exitCode);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QCOMPARE(snapshot(), before);
}

void tst_CliServices::wrongPasswordIsRefused()
{
    const QByteArray before = snapshot();
    const test::CliRun run =
        cli({u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s, u"down"_s, u"--as"_s, u"admin"_s},
            u"Wrong-Password-9"_s);
    CHECK_EXIT(run, 1);
    QCOMPARE(snapshot(), before);
    // No password at all, and no terminal to ask on: a usage error.
    CHECK_EXIT(
        cli({u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s, u"down"_s, u"--as"_s, u"admin"_s}),
        2);
    QCOMPARE(snapshot(), before);
}

void tst_CliServices::nonAdminIsDeniedAndRecorded()
{
    const test::CliRun run = cli(
        {u"services"_s, u"url"_s, u"payment"_s, u"https://pay.example.com/"_s, u"--as"_s, u"ann"_s},
        UserPassword);
    CHECK_EXIT(run, 1);
    QVERIFY2(run.err.contains("admin"), run.err.constData());
    QCOMPARE(service(u"payment"_s).value("adapter"_L1).toString(), u"simulated"_s);
    const test::CliRun security = cli({u"events"_s, u"--json"_s, u"--stream"_s, u"$security"_s});
    CHECK_EXIT(security, 0);
    const QJsonObject denied = parseObject(security.out.trimmed().split('\n').constLast());
    QCOMPARE(denied.value("type"_L1).toString(), u"AccessDenied"_s);
    QCOMPARE(denied.value("payload"_L1).toObject().value("actor"_L1).toString(), u"ann"_s);
    QCOMPARE(denied.value("payload"_L1).toObject().value("target"_L1).toString(), u"payment"_s);
    const test::CliRun health =
        cli({u"events"_s, u"--json"_s, u"--stream"_s, u"$health-payment"_s});
    QVERIFY(health.out.trimmed().isEmpty());

    // Forcing a breaker is an administrator's too.
    const test::CliRun breaker =
        cli({u"services"_s, u"breaker"_s, u"payment"_s, u"force-open"_s, u"--as"_s, u"ann"_s},
            UserPassword);
    CHECK_EXIT(breaker, 1);
    QCOMPARE(service(u"payment"_s).value("breaker"_L1).toString(), u"closed"_s);
}

void tst_CliServices::missingStoreExitsThree()
{
    const QString missing = m_dir->filePath(u"missing.db"_s);
    for (const QStringList &args :
         {QStringList{u"services"_s, u"list"_s}, QStringList{u"health"_s, u"--json"_s},
          QStringList{u"services"_s, u"set"_s, u"payment"_s, u"--mode"_s, u"down"_s, u"--as"_s,
                      u"admin"_s}}) {
        const test::CliRun run =
            test::runCli(args + QStringList{u"--store"_s, missing}, {}, AdminPassword);
        CHECK_EXIT(run, 3);
    }
    QVERIFY(!QFile::exists(missing));
}

void tst_CliServices::helpExitsZero()
{
    const test::CliRun services = test::runCli({u"services"_s, u"--help"_s});
    CHECK_EXIT(services, 0);
    QVERIFY(services.out.contains("flaky:RATE"));
    CHECK_EXIT(test::runCli({u"health"_s, u"--help"_s}), 0);
}

QTEST_GUILESS_MAIN(tst_CliServices)
#include "tst_cli_services.moc"
