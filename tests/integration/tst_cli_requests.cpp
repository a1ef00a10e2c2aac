// SPDX-License-Identifier: GPL-3.0-or-later
// submit, approve, reject, act, state and workflows load, run as a script would: exit
// codes, one line on stderr, the stream id on the last line, and two processes approving
// the same step at the same moment.
#include "TestSupport.h"

#include "commands/RequestLoader.h"
#include "domain/RequestAggregate.h"
#include "security/Authenticator.h"
#include "security/UserAdministration.h"
#include "workflow/DefinitionRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::security;
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

QString dataFile(const QString &name)
{
    return test::sourceDir() + u"/tests/data/workflows/"_s + name;
}
} // namespace

#define CHECK_EXIT(run, code)                                                                      \
    do {                                                                                           \
        const test::CliRun &r_ = (run);                                                            \
        QVERIFY2(r_.exitCode == (code), qPrintable(describe(r_)));                                 \
        if ((code) != 0)                                                                           \
            QVERIFY2(oneErrorLine(r_), qPrintable(describe(r_)));                                  \
    } while (false)

class tst_CliRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void purchaseReachesAwaitingPayment();
    void expenseRejectedByFinanceRevokesTheManagerApproval();
    void orderIsPackedShippedDeliveredOrCancelled();
    void stateAtAPosition();
    void exitCodes();
    void accessDeniedIsRecorded();
    void workflowsLoad();
    void twoProcessesApproveTheSameStep();

private:
    test::CliRun cli(QStringList args, const QString &password = UserPassword)
    {
        args << u"--store"_s << m_temp.path();
        return test::runCli(args, {}, password);
    }
    QString submit(const QString &as, const QString &workflow, const QString &amount);
    QJsonObject state(const QString &stream, qint64 at = 0);
    QList<QJsonObject> events(const QString &stream);
    // What the saga engine records when the stock is reserved (it runs elsewhere).
    void stockReserved(const QString &stream);

    test::TempStore m_temp;
};

void tst_CliRequests::initTestCase()
{
    const test::CliRun init = test::runCli(
        {u"init"_s, u"--store"_s, m_temp.path(), u"--admin"_s, u"admin"_s, u"--password-stdin"_s},
        AdminPassword.toUtf8() + '\n');
    CHECK_EXIT(init, 0);
    // Users are added in-process: hashing a password in each of many processes is slow.
    auto store = SqliteEventStore::open(m_temp.path());
    QVERIFY(store.ok());
    auto root = Authenticator(**store).signIn(u"admin"_s, Secret(AdminPassword.toUtf8()));
    QVERIFY(root.ok());
    UserAdministration admin(**store);
    const QList<std::pair<QString, RoleSet>> users{
        {u"ann"_s, {Role::Requester}}, {u"max"_s, {Role::Manager}},   {u"mia"_s, {Role::Manager}},
        {u"fin"_s, {Role::Finance}},   {u"wes"_s, {Role::Warehouse}}, {u"bob"_s, {Role::Requester}},
    };
    for (const auto &[name, roles] : users) {
        const std::optional<Money> limit = roles.has(Role::Manager)
                                               ? std::optional<Money>(Money(1'000'000, u"EUR"_s))
                                               : std::nullopt;
        const Status added =
            admin.addUser(*root, {name, roles, limit}, Secret(UserPassword.toUtf8()));
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    }
}

QString tst_CliRequests::submit(const QString &as, const QString &workflow, const QString &amount)
{
    const test::CliRun run =
        cli({u"submit"_s, u"--as"_s, as, u"--workflow"_s, workflow, u"--title"_s, u"Chair"_s,
             u"--amount"_s, amount, u"--field"_s, u"vendor=ACME"_s, u"--no-wait"_s});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(describe(run)));
        return {};
    }
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    return QString::fromUtf8(lines.constLast()).trimmed();
}

QJsonObject tst_CliRequests::state(const QString &stream, qint64 at)
{
    QStringList args{u"state"_s, u"--stream"_s, stream, u"--json"_s};
    if (at > 0)
        args << u"--at"_s << QString::number(at);
    const test::CliRun run = cli(args);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(describe(run)));
    return QJsonDocument::fromJson(run.out).object();
}

QList<QJsonObject> tst_CliRequests::events(const QString &stream)
{
    const test::CliRun run = cli({u"events"_s, u"--stream"_s, stream, u"--json"_s});
    QList<QJsonObject> list;
    for (const QByteArray &line : run.out.split('\n'))
        if (!line.trimmed().isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    return list;
}

void tst_CliRequests::stockReserved(const QString &stream)
{
    auto store = SqliteEventStore::open(m_temp.path());
    QVERIFY(store.ok());
    auto loaded = commands::loadRequest(**store, stream);
    QVERIFY(loaded.ok());
    auto registry = workflow::DefinitionRegistry::load(**store);
    QVERIFY(registry.ok());
    const domain::Decision d = loaded->request.decide(
        domain::RecordStepOutcome{u"reserve-stock"_s, domain::StepOutcome::Succeeded, {}, {}, 0},
        *registry->find(u"order", loaded->request.request().workflowVersion));
    QVERIFY(d.ok());
    AppendRequest append{stream, ExpectedVersion::exact(loaded->version), {}, {}};
    EventMetadata meta;
    meta.actor = u"$saga"_s;
    for (const domain::DomainEvent &e : d.value())
        append.events.append(NewEvent::make(e.type, e.payload, meta));
    QVERIFY((*store)->append(std::move(append)).result().ok());
}

void tst_CliRequests::purchaseReachesAwaitingPayment()
{
    const QString stream = submit(u"ann"_s, u"purchase"_s, u"1200.50"_s);
    QVERIFY2(stream.startsWith(u"purchase-"_s), qPrintable(stream));
    QCOMPARE(state(stream).value("status"_L1).toString(), u"AwaitingApproval"_s);
    CHECK_EXIT(cli({u"approve"_s, u"--as"_s, u"max"_s, u"--request"_s, stream, u"--comment"_s,
                    u"ok"_s, u"--no-wait"_s}),
               0);
    QCOMPARE(state(stream).value("status"_L1).toString(), u"AwaitingFinance"_s);
    const test::CliRun fin = cli(
        {u"approve"_s, u"--as"_s, u"fin"_s, u"--request"_s, stream, u"--json"_s, u"--no-wait"_s});
    CHECK_EXIT(fin, 0);
    QCOMPARE(QJsonDocument::fromJson(fin.out).object().value("status"_L1).toString(),
             u"AwaitingPayment"_s);
    const QJsonObject s = state(stream);
    QCOMPARE(s.value("stream"_L1).toString(), stream);
    QCOMPARE(s.value("workflow"_L1).toString(), u"purchase"_s);
    QCOMPARE(s.value("status"_L1).toString(), u"AwaitingPayment"_s);
    QCOMPARE(s.value("version"_L1).toInteger(), 2);
    QVERIFY(s.value("position"_L1).toInteger() > 0);
    QVERIFY(s.value("state"_L1).isObject());
    const QList<QJsonObject> history = events(stream);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).value("type"_L1).toString(), u"ManagerApproved"_s);
    QCOMPARE(history.at(1).value("metadata"_L1).toObject().value("actor"_L1).toString(), u"max"_s);
    QCOMPARE(history.at(2).value("type"_L1).toString(), u"FinanceApproved"_s);
}

void tst_CliRequests::expenseRejectedByFinanceRevokesTheManagerApproval()
{
    const QString stream = submit(u"ann"_s, u"expense"_s, u"80.00"_s);
    QVERIFY(stream.startsWith(u"expense-"_s));
    CHECK_EXIT(cli({u"approve"_s, u"--as"_s, u"max"_s, u"--request"_s, stream, u"--no-wait"_s}), 0);
    CHECK_EXIT(cli({u"reject"_s, u"--as"_s, u"fin"_s, u"--request"_s, stream, u"--reason"_s,
                    u"no receipt"_s, u"--no-wait"_s}),
               0);
    QCOMPARE(state(stream).value("status"_L1).toString(), u"Rejected"_s);
    QStringList types;
    for (const QJsonObject &e : events(stream))
        types << e.value("type"_L1).toString();
    QCOMPARE(types, (QStringList{u"ExpenseSubmitted"_s, u"ManagerApproved"_s, u"FinanceRejected"_s,
                                 u"ManagerApprovalRevoked"_s}));
}

void tst_CliRequests::orderIsPackedShippedDeliveredOrCancelled()
{
    const QString order = submit(u"ann"_s, u"order"_s, u"240.00"_s);
    QCOMPARE(state(order).value("status"_L1).toString(), u"Pending"_s);
    stockReserved(order);
    for (const auto &[action, status] :
         {std::pair{u"pack"_s, u"Packed"_s}, std::pair{u"ship"_s, u"Shipped"_s},
          std::pair{u"deliver"_s, u"Delivered"_s}}) {
        CHECK_EXIT(cli({u"act"_s, u"--as"_s, u"wes"_s, u"--request"_s, order, u"--action"_s, action,
                        u"--no-wait"_s}),
                   0);
        QCOMPARE(state(order).value("status"_L1).toString(), status);
    }
    const QString cancelled = submit(u"ann"_s, u"order"_s, u"10.00"_s);
    stockReserved(cancelled);
    CHECK_EXIT(cli({u"act"_s, u"--as"_s, u"bob"_s, u"--request"_s, cancelled, u"--action"_s,
                    u"cancel"_s, u"--reason"_s, u"not mine"_s, u"--no-wait"_s}),
               1);
    CHECK_EXIT(cli({u"act"_s, u"--as"_s, u"ann"_s, u"--request"_s, cancelled, u"--action"_s,
                    u"cancel"_s, u"--reason"_s, u"ordered twice"_s, u"--no-wait"_s}),
               0);
    QCOMPARE(state(cancelled).value("status"_L1).toString(), u"Cancelled"_s);
}

void tst_CliRequests::stateAtAPosition()
{
    const QString stream = submit(u"ann"_s, u"purchase"_s, u"99.00"_s);
    CHECK_EXIT(cli({u"approve"_s, u"--as"_s, u"max"_s, u"--request"_s, stream, u"--no-wait"_s}), 0);
    const QList<QJsonObject> history = events(stream);
    QCOMPARE(history.size(), 2);
    const qint64 submitted = history.at(0).value("global_position"_L1).toInteger();
    const QJsonObject then = state(stream, submitted);
    QCOMPARE(then.value("status"_L1).toString(), u"AwaitingApproval"_s);
    QCOMPARE(then.value("version"_L1).toInteger(), 0);
    QCOMPARE(then.value("position"_L1).toInteger(), submitted);
    // A position between two events of the stream: the state after the earlier one.
    const qint64 approved = history.at(1).value("global_position"_L1).toInteger();
    if (approved > submitted + 1)
        QCOMPARE(state(stream, approved - 1).value("status"_L1).toString(), u"AwaitingApproval"_s);
    QCOMPARE(state(stream, approved).value("status"_L1).toString(), u"AwaitingFinance"_s);
    QCOMPARE(state(stream).value("status"_L1).toString(), u"AwaitingFinance"_s);
    // Before the stream began, and beyond the end of the store: refused.
    CHECK_EXIT(cli({u"state"_s, u"--stream"_s, stream, u"--at"_s, u"1"_s}), 1);
    CHECK_EXIT(cli({u"state"_s, u"--stream"_s, stream, u"--at"_s, u"99999999"_s}), 1);
    CHECK_EXIT(cli({u"state"_s, u"--stream"_s, stream, u"--at"_s, u"abc"_s}), 2);
    // The human-readable form names the status.
    const test::CliRun text = cli({u"state"_s, u"--stream"_s, stream});
    CHECK_EXIT(text, 0);
    QVERIFY(text.out.contains("AwaitingFinance"));
}

void tst_CliRequests::exitCodes()
{
    const QStringList base{u"submit"_s,   u"--as"_s,    u"ann"_s,   u"--workflow"_s,
                           u"purchase"_s, u"--title"_s, u"Chair"_s, u"--no-wait"_s};
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"abc"_s}), 2);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"1e5"_s}), 2);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"-5"_s}), 1);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"0"_s}), 1);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"1.234"_s}), 1);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"1000000000.01"_s}), 1);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"5"_s, u"--currency"_s, u"XYZ"_s}), 1);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"5"_s, u"--field"_s, u"novalue"_s}), 2);
    CHECK_EXIT(cli(base), 2); // no --amount
    CHECK_EXIT(cli({u"submit"_s, u"--as"_s, u"ann"_s, u"--workflow"_s, u"travel"_s, u"--title"_s,
                    u"T"_s, u"--amount"_s, u"5"_s}),
               1);
    CHECK_EXIT(cli({u"submit"_s, u"--as"_s, u"ann"_s, u"--workflow"_s, u"purchase"_s, u"--title"_s,
                    QString(201, u'x'), u"--amount"_s, u"5"_s}),
               1);
    CHECK_EXIT(cli({u"submit"_s, u"--as"_s, u"ann"_s, u"--workflow"_s, u"purchase"_s, u"--title"_s,
                    QString(), u"--amount"_s, u"5"_s}),
               1);
    CHECK_EXIT(cli(base + QStringList{u"--amount"_s, u"5"_s}, u"Wrong-Password-9"_s), 1);
    // Nothing of the refused submissions was written: no purchase stream with title 201 x.
    const test::CliRun all = cli({u"events"_s, u"--json"_s});
    QVERIFY(!all.out.contains(QString(201, u'x').toUtf8()));
    QVERIFY(!all.out.contains("travel-"));

    const QString stream = submit(u"ann"_s, u"purchase"_s, u"10.00"_s);
    CHECK_EXIT(cli({u"reject"_s, u"--as"_s, u"max"_s, u"--request"_s, stream}), 2);
    CHECK_EXIT(
        cli({u"reject"_s, u"--as"_s, u"max"_s, u"--request"_s, stream, u"--reason"_s, u""_s}), 1);
    CHECK_EXIT(cli({u"approve"_s, u"--as"_s, u"max"_s}), 2);
    CHECK_EXIT(cli({u"approve"_s, u"--as"_s, u"max"_s, u"--request"_s,
                    u"purchase-00000000-0000-0000-0000-000000000000"_s}),
               1);
    CHECK_EXIT(
        cli({u"act"_s, u"--as"_s, u"max"_s, u"--request"_s, stream, u"--action"_s, u"ship"_s}), 1);
    CHECK_EXIT(test::runCli({u"approve"_s, u"--as"_s, u"max"_s, u"--request"_s, stream,
                             u"--store"_s, m_temp.dir.filePath(u"missing.db"_s)},
                            {}, UserPassword),
               3);
    QCOMPARE(state(stream).value("status"_L1).toString(), u"AwaitingApproval"_s);
}

void tst_CliRequests::accessDeniedIsRecorded()
{
    const QString stream = submit(u"ann"_s, u"purchase"_s, u"10.00"_s);
    const test::CliRun own =
        cli({u"approve"_s, u"--as"_s, u"bob"_s, u"--request"_s, stream, u"--no-wait"_s});
    CHECK_EXIT(own, 1);
    QVERIFY(own.err.contains("Only manager may approve"));
    const QList<QJsonObject> denials = events(u"$security"_s);
    QVERIFY(!denials.isEmpty());
    const QJsonObject last = denials.constLast();
    QCOMPARE(last.value("type"_L1).toString(), u"AccessDenied"_s);
    QCOMPARE(last.value("payload"_L1).toObject().value("actor"_L1).toString(), u"bob"_s);
    QCOMPARE(last.value("payload"_L1).toObject().value("target"_L1).toString(), stream);
    QVERIFY(last.value("payload"_L1)
                .toObject()
                .value("reason"_L1)
                .toString()
                .contains(u"Only manager may approve"_s));
    // The password is in no event.
    const test::CliRun all = cli({u"events"_s, u"--json"_s});
    QVERIFY(!all.out.contains(UserPassword.toUtf8()));
    QVERIFY(!all.out.contains(AdminPassword.toUtf8()));
}

void tst_CliRequests::workflowsLoad()
{
    // A separate store: loading a definition changes what every later submission uses.
    test::TempStore temp;
    const QString store = temp.path();
    CHECK_EXIT(test::runCli({u"init"_s, u"--store"_s, store, u"--admin"_s, u"admin"_s,
                             u"--password-stdin"_s},
                            AdminPassword.toUtf8() + '\n'),
               0);
    CHECK_EXIT(test::runCli({u"users"_s, u"add"_s, u"max"_s, u"--role"_s, u"manager"_s,
                             u"--password-stdin"_s, u"--as"_s, u"admin"_s, u"--store"_s, store},
                            UserPassword.toUtf8() + '\n', AdminPassword),
               0);
    auto load = [&](const QString &file, const QString &as, const QString &password) {
        return test::runCli({u"workflows"_s, u"load"_s, file, u"--as"_s, as, u"--store"_s, store},
                            {}, password);
    };
    const test::CliRun denied = load(dataFile(u"valid-purchase-v2.json"_s), u"max"_s, UserPassword);
    CHECK_EXIT(denied, 1);
    QVERIFY(denied.err.contains("admin role"));
    const test::CliRun bad = load(dataFile(u"unknown-role.json"_s), u"admin"_s, AdminPassword);
    CHECK_EXIT(bad, 1);
    QVERIFY2(bad.err.contains("unknown-role.json") && bad.err.contains("steps[0]") &&
                 bad.err.contains("boss"),
             bad.err.constData());
    CHECK_EXIT(load(dataFile(u"not-json.json"_s), u"admin"_s, AdminPassword), 1);
    CHECK_EXIT(load(dataFile(u"no-such-file.json"_s), u"admin"_s, AdminPassword), 1);
    CHECK_EXIT(load(dataFile(u"valid-purchase-v2.json"_s), u"admin"_s, AdminPassword), 0);
    const test::CliRun again =
        load(dataFile(u"valid-purchase-v2.json"_s), u"admin"_s, AdminPassword);
    CHECK_EXIT(again, 1);
    QVERIFY(again.err.contains("not newer"));

    const test::CliRun list =
        test::runCli({u"workflows"_s, u"list"_s, u"--json"_s, u"--store"_s, store});
    CHECK_EXIT(list, 0);
    bool sawV1 = false, sawV2 = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject d = v.toObject();
        if (d.value("name"_L1).toString() != u"purchase"_s)
            continue;
        if (d.value("version"_L1).toInt() == 1)
            sawV1 =
                d.value("source"_L1).toString() == u"shipped"_s && !d.value("current"_L1).toBool();
        if (d.value("version"_L1).toInt() == 2)
            sawV2 = d.value("source"_L1).toString() == u"valid-purchase-v2.json"_s &&
                    d.value("current"_L1).toBool();
    }
    QVERIFY2(sawV1 && sawV2, list.out.constData());

    // The AccessDenied of max and the loaded definition are events.
    const test::CliRun evs = test::runCli({u"events"_s, u"--json"_s, u"--store"_s, store});
    QVERIFY(evs.out.contains("\"WorkflowDefinitionLoaded\""));
    QVERIFY(evs.out.contains("\"AccessDenied\""));

    // v2 lets managers submit (v1 does not), and records its version.
    const test::CliRun submitted = test::runCli(
        {u"submit"_s, u"--as"_s, u"max"_s, u"--workflow"_s, u"purchase"_s, u"--title"_s, u"Desk"_s,
         u"--amount"_s, u"10"_s, u"--no-wait"_s, u"--store"_s, store},
        {}, UserPassword);
    CHECK_EXIT(submitted, 0);
    QVERIFY(submitted.out.contains("version 2"));
}

void tst_CliRequests::twoProcessesApproveTheSameStep()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"EVENTDESK_PASSWORD"_s, UserPassword);
    for (int round = 0; round < 10; ++round) {
        const QString stream = submit(u"ann"_s, u"purchase"_s, u"500.00"_s);
        QVERIFY(!stream.isEmpty());
        QProcess a, b;
        for (QProcess *p : {&a, &b})
            p->setProcessEnvironment(env);
        const QStringList common{u"--request"_s, stream, u"--no-wait"_s, u"--store"_s,
                                 m_temp.path()};
        a.start(test::cliPath(), QStringList{u"approve"_s, u"--as"_s, u"max"_s} + common);
        b.start(test::cliPath(), QStringList{u"approve"_s, u"--as"_s, u"mia"_s} + common);
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const int ea = a.exitCode(), eb = b.exitCode();
        const QByteArray erra = a.readAllStandardError(), errb = b.readAllStandardError();
        const QString info = u"round %1: max exit %2 (%3), mia exit %4 (%5)"_s.arg(round)
                                 .arg(ea)
                                 .arg(QString::fromUtf8(erra))
                                 .arg(eb)
                                 .arg(QString::fromUtf8(errb));
        QVERIFY2((ea == 0 && eb == 1) || (ea == 1 && eb == 0), qPrintable(info));
        const QByteArray loserErr = ea == 1 ? erra : errb;
        const QByteArray winner = ea == 0 ? "max" : "mia";
        QVERIFY2(loserErr.contains(QByteArray(QByteArray("already approved by ") + winner)),
                 qPrintable(info));
        QCOMPARE(loserErr.count('\n'), 1);
        int approvals = 0;
        for (const QJsonObject &e : events(stream))
            approvals += e.value("type"_L1).toString() == u"ManagerApproved"_s;
        QCOMPARE(approvals, 1);
        QCOMPARE(state(stream).value("status"_L1).toString(), u"AwaitingFinance"_s);
    }
}

QTEST_GUILESS_MAIN(tst_CliRequests)
#include "tst_cli_requests.moc"
