// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli init and users, run as a script would: exit codes, stderr, JSON shapes.
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString AdminPassword = u"Admin-Password-1"_s;
const QString UserPassword = u"User-Password-22"_s;

QByteArray line(const QString &password)
{
    return password.toUtf8() + '\n';
}

// Every non-zero exit prints exactly one line on stderr.
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

class tst_CliUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void initCreatesAStoreWithItsAdministrator();
    void initRefusesAnExistingStore();
    void initWithATooShortPasswordLeavesNoFile();
    void initNeedsAnAdminAndAPassword();
    void initRefusesAnUnknownCurrency();
    void addAndListAsJson();
    void listAsTable();
    void rolesChange();
    void disableEnable();
    void lockAndUnlock();
    void passwdSelfButNotOthers();
    void wrongPasswordAndAccessDeniedExitOne();
    void noPasswordWithoutATerminalIsAUsageError();
    void usageErrors();
    void missingStoreExitsThree();

private:
    test::CliRun cli(QStringList args, const QByteArray &input = {}, const QString &password = {});
    test::CliRun addUser(const QString &name, const QString &roles, const QStringList &extra = {});
    QJsonArray listJson();
    QJsonObject userJson(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

test::CliRun tst_CliUsers::cli(QStringList args, const QByteArray &input, const QString &password)
{
    args << u"--store"_s << m_store;
    return test::runCli(args, input, password);
}

test::CliRun tst_CliUsers::addUser(const QString &name, const QString &roles,
                                   const QStringList &extra)
{
    return cli(QStringList{u"users"_s, u"add"_s, name, u"--role"_s, roles, u"--password-stdin"_s,
                           u"--as"_s, u"admin"_s} +
                   extra,
               line(UserPassword), AdminPassword);
}

QJsonArray tst_CliUsers::listJson()
{
    const test::CliRun run = cli({u"users"_s, u"list"_s, u"--json"_s});
    if (run.exitCode != 0) {
        qWarning("users list failed: %s", run.err.constData());
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("users list --json printed no JSON array: %s", run.out.constData());
    return doc.array();
}

QJsonObject tst_CliUsers::userJson(const QString &name)
{
    for (const QJsonValue &v : listJson())
        if (v.toObject().value("name"_L1).toString() == name)
            return v.toObject();
    return {};
}

void tst_CliUsers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(u"store.db"_s);
    if (QLatin1String(QTest::currentTestFunction()).startsWith("init"_L1))
        return;
    const test::CliRun made =
        cli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s}, line(AdminPassword));
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
}

void tst_CliUsers::cleanup()
{
    m_dir.reset();
}

void tst_CliUsers::initCreatesAStoreWithItsAdministrator()
{
    const test::CliRun made =
        cli({u"init"_s, u"--admin"_s, u"root"_s, u"--password-stdin"_s, u"--currency"_s, u"CHF"_s},
            line(AdminPassword));
    CHECK_EXIT(made, 0);
    QVERIFY(QFileInfo::exists(m_store));
    const QJsonArray users = listJson();
    QCOMPARE(users.size(), 1);
    const QJsonObject root = users.at(0).toObject();
    QCOMPARE(root.value("name"_L1).toString(), u"root"_s);
    QCOMPARE(root.value("roles"_L1).toArray(), QJsonArray{u"admin"_s});
    // The administrator can act with the password given at init; the base currency is CHF.
    CHECK_EXIT(cli({u"users"_s, u"add"_s, u"max"_s, u"--role"_s, u"manager"_s,
                    u"--password-stdin"_s, u"--as"_s, u"root"_s},
                   line(UserPassword), AdminPassword),
               0);
    // No limit of max's own: the shipped definitions' default, which is in euros.
    QCOMPARE(userJson(u"max"_s).value("approval_limit"_L1).toString(), u"5000.00"_s);
    QCOMPARE(userJson(u"max"_s).value("currency"_L1).toString(), u"EUR"_s);
    QCOMPARE(userJson(u"max"_s).value("approval_limit_source"_L1).toString(), u"default"_s);
}

void tst_CliUsers::initRefusesAnExistingStore()
{
    CHECK_EXIT(
        cli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s}, line(AdminPassword)), 0);
    const QByteArray before = [&] {
        QFile f(m_store);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const test::CliRun again = cli({u"init"_s, u"--admin"_s, u"other"_s, u"--password-stdin"_s},
                                   line(u"Other-Password-3"_s));
    CHECK_EXIT(again, 1);
    QVERIFY2(again.err.contains("already exists"), again.err.constData());
    QFile f(m_store);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(listJson().size(), 1);
}

void tst_CliUsers::initWithATooShortPasswordLeavesNoFile()
{
    const test::CliRun run =
        cli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s}, line(u"short"_s));
    CHECK_EXIT(run, 1);
    QVERIFY2(run.err.contains("8"), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_store));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void tst_CliUsers::initNeedsAnAdminAndAPassword()
{
    CHECK_EXIT(cli({u"init"_s}), 2);
    // No --password-stdin and no terminal: no password to be had.
    CHECK_EXIT(cli({u"init"_s, u"--admin"_s, u"admin"_s}), 2);
    // --password-stdin with nothing on standard input.
    CHECK_EXIT(cli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s}, QByteArray("")),
               2);
    CHECK_EXIT(
        cli({u"init"_s, u"--admin"_s, u"bad name"_s, u"--password-stdin"_s}, line(AdminPassword)),
        1);
    QVERIFY(!QFileInfo::exists(m_store));
    CHECK_EXIT(cli({u"init"_s, u"--help"_s}), 0);
}

void tst_CliUsers::initRefusesAnUnknownCurrency()
{
    const test::CliRun unknown =
        cli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s, u"--currency"_s, u"XYZ"_s},
            line(AdminPassword));
    CHECK_EXIT(unknown, 1);
    QVERIFY(unknown.err.contains("XYZ"));
    CHECK_EXIT(
        cli({u"init"_s, u"--admin"_s, u"admin"_s, u"--password-stdin"_s, u"--currency"_s, u"12"_s},
            line(AdminPassword)),
        2);
    QVERIFY(!QFileInfo::exists(m_store));
}

void tst_CliUsers::addAndListAsJson()
{
    CHECK_EXIT(addUser(u"max"_s, u"manager"_s, {u"--approval-limit"_s, u"7500.50"_s}), 0);
    CHECK_EXIT(addUser(u"ann"_s, u"requester,auditor"_s), 0);
    CHECK_EXIT(addUser(u"mia"_s, u"manager"_s), 0);

    const QJsonArray users = listJson();
    QCOMPARE(users.size(), 4);
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        for (const auto key :
             {"name"_L1, "roles"_L1, "approval_limit"_L1, "locked"_L1, "disabled"_L1})
            QVERIFY2(u.contains(key), qPrintable(QString(key)));
        QVERIFY(u.value("roles"_L1).isArray());
        QVERIFY(u.value("locked"_L1).isBool());
        QVERIFY(u.value("disabled"_L1).isBool());
    }
    const QJsonObject max = userJson(u"max"_s);
    QCOMPARE(max.value("roles"_L1).toArray(), QJsonArray{u"manager"_s});
    QCOMPARE(max.value("approval_limit"_L1).toString(), u"7500.50"_s);
    QCOMPARE(userJson(u"mia"_s).value("approval_limit"_L1).toString(), u"5000.00"_s);
    const QJsonObject ann = userJson(u"ann"_s);
    QCOMPARE(ann.value("roles"_L1).toArray(), (QJsonArray{u"requester"_s, u"auditor"_s}));
    QVERIFY(ann.value("approval_limit"_L1).isNull());
    QCOMPARE(ann.value("locked"_L1).toBool(), false);
    QCOMPARE(ann.value("disabled"_L1).toBool(), false);

    // The new user can sign in with the password given on standard input.
    CHECK_EXIT(cli({u"users"_s, u"passwd"_s, u"ann"_s, u"--password-stdin"_s, u"--as"_s, u"ann"_s},
                   line(u"Anns-Second-Password"_s), UserPassword),
               0);

    // A taken name, an unknown role, a limit for a non-manager: refused, nothing added.
    CHECK_EXIT(addUser(u"max"_s, u"requester"_s), 1);
    CHECK_EXIT(addUser(u"eve"_s, u"boss"_s), 1);
    CHECK_EXIT(addUser(u"eve"_s, u"requester"_s, {u"--approval-limit"_s, u"100"_s}), 1);
    CHECK_EXIT(addUser(u"eve"_s, u"manager"_s, {u"--approval-limit"_s, u"0"_s}), 1);
    CHECK_EXIT(addUser(u"eve"_s, u"manager"_s, {u"--approval-limit"_s, u"1.234"_s}), 1);
    // A limit that is not a number at all is a usage error.
    CHECK_EXIT(addUser(u"eve"_s, u"manager"_s, {u"--approval-limit"_s, u"abc"_s}), 2);
    CHECK_EXIT(addUser(u"eve"_s, u"manager"_s, {u"--approval-limit"_s, u"1e3"_s}), 2);
    // A password that breaks the policy.
    CHECK_EXIT(cli({u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"requester"_s,
                    u"--password-stdin"_s, u"--as"_s, u"admin"_s},
                   line(u"short"_s), AdminPassword),
               1);
    QCOMPARE(listJson().size(), 4);
}

void tst_CliUsers::listAsTable()
{
    CHECK_EXIT(addUser(u"max"_s, u"manager"_s), 0);
    const test::CliRun run = cli({u"users"_s, u"list"_s});
    CHECK_EXIT(run, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header, admin, max
    QVERIFY(lines.at(2).startsWith("max "));
    QVERIFY(lines.at(2).contains("5000.00 EUR"));
    // Aligned: the roles column starts at the same place on every line.
    const qsizetype column = lines.at(1).indexOf("admin", 5);
    QVERIFY(column > 0);
    QCOMPARE(lines.at(2).indexOf("manager"), column);
}

void tst_CliUsers::rolesChange()
{
    CHECK_EXIT(addUser(u"ann"_s, u"requester"_s), 0);
    CHECK_EXIT(cli({u"users"_s, u"roles"_s, u"ann"_s, u"--role"_s, u"requester,manager"_s,
                    u"--as"_s, u"admin"_s},
                   {}, AdminPassword),
               0);
    QJsonObject ann = userJson(u"ann"_s);
    QCOMPARE(ann.value("roles"_L1).toArray(), (QJsonArray{u"requester"_s, u"manager"_s}));
    QCOMPARE(ann.value("approval_limit"_L1).toString(), u"5000.00"_s);

    CHECK_EXIT(
        cli({u"users"_s, u"roles"_s, u"ann"_s, u"--role"_s, u"finance"_s, u"--as"_s, u"admin"_s},
            {}, AdminPassword),
        0);
    ann = userJson(u"ann"_s);
    QCOMPARE(ann.value("roles"_L1).toArray(), QJsonArray{u"finance"_s});
    QVERIFY(ann.value("approval_limit"_L1).isNull());

    // The last administrator keeps the admin role.
    const test::CliRun last =
        cli({u"users"_s, u"roles"_s, u"admin"_s, u"--role"_s, u"auditor"_s, u"--as"_s, u"admin"_s},
            {}, AdminPassword);
    CHECK_EXIT(last, 1);
    QVERIFY(last.err.contains("last"));
    QCOMPARE(userJson(u"admin"_s).value("roles"_L1).toArray(), QJsonArray{u"admin"_s});
    CHECK_EXIT(cli({u"users"_s, u"roles"_s, u"ann"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword),
               2);
    CHECK_EXIT(
        cli({u"users"_s, u"roles"_s, u"nobody"_s, u"--role"_s, u"auditor"_s, u"--as"_s, u"admin"_s},
            {}, AdminPassword),
        1);
}

void tst_CliUsers::disableEnable()
{
    CHECK_EXIT(addUser(u"ann"_s, u"requester"_s), 0);
    CHECK_EXIT(cli({u"users"_s, u"disable"_s, u"ann"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword),
               0);
    QCOMPARE(userJson(u"ann"_s).value("disabled"_L1).toBool(), true);
    // A disabled user cannot act.
    const test::CliRun refused =
        cli({u"users"_s, u"passwd"_s, u"ann"_s, u"--password-stdin"_s, u"--as"_s, u"ann"_s},
            line(u"Anns-Second-Password"_s), UserPassword);
    CHECK_EXIT(refused, 1);
    QVERIFY(refused.err.contains("disabled"));
    // The last administrator cannot be disabled.
    const test::CliRun last =
        cli({u"users"_s, u"disable"_s, u"admin"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword);
    CHECK_EXIT(last, 1);
    QVERIFY(last.err.contains("last"));

    CHECK_EXIT(cli({u"users"_s, u"enable"_s, u"ann"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword),
               0);
    QCOMPARE(userJson(u"ann"_s).value("disabled"_L1).toBool(), false);
    CHECK_EXIT(cli({u"users"_s, u"enable"_s, u"ann"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword),
               1);
    CHECK_EXIT(cli({u"users"_s, u"passwd"_s, u"ann"_s, u"--password-stdin"_s, u"--as"_s, u"ann"_s},
                   line(u"Anns-Second-Password"_s), UserPassword),
               0);
}

void tst_CliUsers::lockAndUnlock()
{
    CHECK_EXIT(addUser(u"ann"_s, u"requester"_s), 0);
    for (int i = 0; i < 5; ++i)
        CHECK_EXIT(
            cli({u"users"_s, u"passwd"_s, u"ann"_s, u"--password-stdin"_s, u"--as"_s, u"ann"_s},
                line(u"Anns-Second-Password"_s), u"Wrong-Password"_s),
            1);
    QJsonObject ann = userJson(u"ann"_s);
    QCOMPARE(ann.value("locked"_L1).toBool(), true);
    // The right password does not help while locked.
    const test::CliRun locked =
        cli({u"users"_s, u"passwd"_s, u"ann"_s, u"--password-stdin"_s, u"--as"_s, u"ann"_s},
            line(u"Anns-Second-Password"_s), UserPassword);
    CHECK_EXIT(locked, 1);
    QVERIFY(locked.err.contains("locked"));

    CHECK_EXIT(cli({u"users"_s, u"unlock"_s, u"ann"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword),
               0);
    QCOMPARE(userJson(u"ann"_s).value("locked"_L1).toBool(), false);
    CHECK_EXIT(cli({u"users"_s, u"passwd"_s, u"ann"_s, u"--password-stdin"_s, u"--as"_s, u"ann"_s},
                   line(u"Anns-Second-Password"_s), UserPassword),
               0);
    CHECK_EXIT(cli({u"users"_s, u"unlock"_s, u"ann"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword),
               1);
}

void tst_CliUsers::passwdSelfButNotOthers()
{
    CHECK_EXIT(addUser(u"ann"_s, u"requester"_s), 0);
    CHECK_EXIT(addUser(u"bob"_s, u"finance"_s), 0);
    const test::CliRun other =
        cli({u"users"_s, u"passwd"_s, u"bob"_s, u"--password-stdin"_s, u"--as"_s, u"ann"_s},
            line(u"Bob-Taken-Over-1"_s), UserPassword);
    CHECK_EXIT(other, 1);
    QVERIFY(other.err.contains("denied"));
    // bob's password still works; an admin may reset it.
    CHECK_EXIT(cli({u"users"_s, u"passwd"_s, u"bob"_s, u"--password-stdin"_s, u"--as"_s, u"bob"_s},
                   line(u"Bobs-Own-Choice-1"_s), UserPassword),
               0);
    CHECK_EXIT(
        cli({u"users"_s, u"passwd"_s, u"bob"_s, u"--password-stdin"_s, u"--as"_s, u"admin"_s},
            line(u"Bobs-Reset-Password"_s), AdminPassword),
        0);
    CHECK_EXIT(cli({u"users"_s, u"passwd"_s, u"bob"_s, u"--password-stdin"_s, u"--as"_s, u"bob"_s},
                   line(u"Bobs-Third-Password"_s), u"Bobs-Reset-Password"_s),
               0);
}

void tst_CliUsers::wrongPasswordAndAccessDeniedExitOne()
{
    CHECK_EXIT(addUser(u"ann"_s, u"requester"_s), 0);
    const test::CliRun wrong = cli({u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"requester"_s,
                                    u"--password-stdin"_s, u"--as"_s, u"admin"_s},
                                   line(UserPassword), u"Wrong-Password"_s);
    CHECK_EXIT(wrong, 1);
    const test::CliRun unknown = cli({u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"requester"_s,
                                      u"--password-stdin"_s, u"--as"_s, u"nobody"_s},
                                     line(UserPassword), u"Wrong-Password"_s);
    CHECK_EXIT(unknown, 1);
    QCOMPARE(unknown.err, wrong.err); // the message does not tell whether the user exists

    const test::CliRun denied = cli({u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"admin"_s,
                                     u"--password-stdin"_s, u"--as"_s, u"ann"_s},
                                    line(UserPassword), UserPassword);
    CHECK_EXIT(denied, 1);
    QVERIFY(denied.err.contains("denied"));
    QVERIFY(userJson(u"eve"_s).isEmpty());

    // The refusal is in the history, as an AccessDenied event in $security.
    const test::CliRun events = cli({u"events"_s, u"--json"_s, u"--stream"_s, u"$security"_s});
    if (events.exitCode == 0) {
        QVERIFY2(events.out.contains("\"AccessDenied\""), events.out.constData());
        QVERIFY(events.out.contains("\"actor\":\"ann\""));
    } else {
        auto store = SqliteEventStore::open(m_store);
        QVERIFY(store.ok());
        auto slice = (*store)->reader().readStream(u"$security"_s, 0, Direction::Forwards, 10);
        QCOMPARE(slice->events.size(), 1);
        QCOMPARE(slice->events.constFirst().type, u"AccessDenied"_s);
    }
}

void tst_CliUsers::noPasswordWithoutATerminalIsAUsageError()
{
    // No EVENTDESK_PASSWORD, and standard input is not a terminal.
    const test::CliRun run = cli({u"users"_s, u"disable"_s, u"admin"_s, u"--as"_s, u"admin"_s});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.err.contains("no password"), run.err.constData());
    // A new user's password: neither --password-stdin nor a terminal.
    const test::CliRun newPassword =
        cli({u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"requester"_s, u"--as"_s, u"admin"_s},
            {}, AdminPassword);
    CHECK_EXIT(newPassword, 2);
    QVERIFY(userJson(u"eve"_s).isEmpty());
}

void tst_CliUsers::usageErrors()
{
    CHECK_EXIT(cli({u"users"_s, u"list"_s, u"--no-such-option"_s}), 2);
    CHECK_EXIT(cli({u"users"_s}), 2);
    CHECK_EXIT(cli({u"users"_s, u"frobnicate"_s}), 2);
    CHECK_EXIT(cli({u"users"_s, u"disable"_s, u"--as"_s, u"admin"_s}, {}, AdminPassword), 2);
    CHECK_EXIT(cli({u"users"_s, u"disable"_s, u"ann"_s}, {}, AdminPassword), 2); // no --as
    CHECK_EXIT(cli({u"users"_s, u"add"_s, u"eve"_s, u"--password-stdin"_s, u"--as"_s, u"admin"_s},
                   line(UserPassword), AdminPassword),
               2); // no --role
    CHECK_EXIT(cli({u"users"_s, u"list"_s, u"--role"_s, u"admin"_s}), 2);
    CHECK_EXIT(cli({u"users"_s, u"list"_s, u"extra"_s}), 2);
    const test::CliRun help = cli({u"users"_s, u"--help"_s});
    CHECK_EXIT(help, 0);
    QVERIFY(help.out.contains("users add"));
    QCOMPARE(listJson().size(), 1);
}

void tst_CliUsers::missingStoreExitsThree()
{
    const QString missing = m_dir->filePath(u"missing.db"_s);
    CHECK_EXIT(test::runCli({u"users"_s, u"list"_s, u"--store"_s, missing}), 3);
    CHECK_EXIT(test::runCli(
                   {u"users"_s, u"disable"_s, u"x"_s, u"--as"_s, u"admin"_s, u"--store"_s, missing},
                   {}, AdminPassword),
               3);
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cli_users.moc"
