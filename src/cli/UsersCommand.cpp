// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli users: list users; add them and change their roles, password and state.
#include "Cli.h"
#include "SignIn.h"

#include "domain/Money.h"
#include "security/Password.h"
#include "security/UserAdministration.h"
#include "security/Users.h"
#include "workflow/DefinitionRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk::security;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::users", text);
}

const QStringList Subcommands{u"list"_s,    u"add"_s,    u"roles"_s, u"passwd"_s,
                              u"disable"_s, u"enable"_s, u"unlock"_s};

// Which of the users options each subcommand takes.
QStringList optionsOf(const QString &sub)
{
    if (sub == u"add"_s)
        return {u"role"_s, u"approval-limit"_s, u"password-stdin"_s};
    if (sub == u"roles"_s)
        return {u"role"_s, u"approval-limit"_s};
    if (sub == u"passwd"_s)
        return {u"password-stdin"_s};
    return {};
}

QString statusText(const User &user, qint64 now)
{
    if (user.disabled)
        return tr("disabled");
    if (user.isLockedAt(now))
        return tr("locked until %1")
            .arg(QDateTime::fromMSecsSinceEpoch(user.lockedUntilMs, Qt::UTC)
                     .toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    return tr("active");
}

// The limit of a manager who has none of their own: the default of the current
// definitions whose steps apply limits, when they agree on one; none when they differ
// (then it depends on the workflow).
Result<std::optional<Money>> definitionDefault(SqliteEventStore &store)
{
    auto registry = workflow::DefinitionRegistry::load(store);
    if (!registry)
        return registry.error();
    std::optional<Money> common;
    bool first = true;
    for (const QString &name : {u"purchase"_s, u"expense"_s, u"order"_s, u"transfer"_s}) {
        const workflow::Definition *d = registry->latest(name);
        if (!d || std::none_of(d->steps.cbegin(), d->steps.cend(),
                               [](const workflow::StepSpec &s) { return s.limitApplies; }))
            continue;
        if (first)
            common = d->defaultApprovalLimit;
        else if (common != d->defaultApprovalLimit)
            return std::optional<Money>();
        first = false;
    }
    return common;
}

// users list --json's entry. approval_limit is the limit the manager works with: their
// own ("approval_limit_source": "own"), else the definitions' default ("default"; null
// when the workflows' defaults differ). Null for everyone who is no manager.
QJsonObject userEntry(const User &user, qint64 now, const std::optional<Money> &fallback)
{
    QJsonObject entry = user.toJson(now);
    QJsonValue source;
    if (user.roles.has(Role::Manager)) {
        source = user.approvalLimit ? u"own"_s : u"default"_s;
        if (!user.approvalLimit && fallback) {
            entry.insert("approval_limit"_L1, fallback->toString());
            entry.insert("currency"_L1, fallback->currency());
        }
    }
    entry.insert("approval_limit_source"_L1, source);
    return entry;
}

QString limitText(const User &user, const std::optional<Money> &fallback)
{
    if (user.approvalLimit)
        return user.approvalLimit->toDisplayString();
    if (!user.roles.has(Role::Manager))
        return u"-"_s;
    if (fallback)
        return tr("%1 (default)").arg(fallback->toDisplayString());
    return tr("the workflow's default");
}

int listUsers(Cli &cli, SqliteEventStore &store)
{
    auto directory = loadUserDirectory(store);
    if (!directory)
        return cli.fail(directory.error());
    auto fallback = definitionDefault(store);
    if (!fallback)
        return cli.fail(fallback.error());
    const qint64 now = store.options().effectiveClock().nowMs();
    const QList<User> users = directory->users();
    if (cli.json()) {
        QJsonArray list;
        for (const User &u : users)
            list.append(userEntry(u, now, fallback.value()));
        cli.printJson(QJsonDocument(list));
        return ExitOk;
    }
    QList<QStringList> rows{{tr("NAME"), tr("ROLES"), tr("APPROVAL LIMIT"), tr("STATUS")}};
    for (const User &u : users)
        rows.append({u.name, u.roles.names().join(u","_s), limitText(u, fallback.value()),
                     statusText(u, now)});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        cli.out() << line << u'\n';
    }
    if (users.isEmpty())
        cli.out() << tr("(no users)") << u'\n';
    cli.out().flush();
    return ExitOk;
}

// --approval-limit in the store's base currency: a malformed number is a usage error,
// a refused one (0, too many decimals, too large) a validation error.
std::optional<Money> approvalLimit(Cli &cli, SqliteEventStore &store, int *exitCode)
{
    if (!cli.isSet(u"approval-limit"_s))
        return std::nullopt;
    auto currency = baseCurrency(store);
    if (!currency) {
        *exitCode = cli.fail(currency.error());
        return std::nullopt;
    }
    bool malformed = false;
    auto limit = Money::parse(cli.value(u"approval-limit"_s), currency.value(), &malformed);
    if (!limit) {
        *exitCode = malformed
                        ? cli.fail(ExitUsage, tr("--approval-limit: %1").arg(limit.error().message))
                        : cli.fail(limit.error());
        return std::nullopt;
    }
    return limit.value();
}

int done(Cli &cli, SqliteEventStore &store, const QString &name, const QString &sentence)
{
    if (cli.json()) {
        auto directory = loadUserDirectory(store);
        if (!directory)
            return cli.fail(directory.error());
        auto fallback = definitionDefault(store);
        if (!fallback)
            return cli.fail(fallback.error());
        const User *user = directory->find(name);
        cli.printJson(QJsonDocument(
            user ? userEntry(*user, store.options().effectiveClock().nowMs(), fallback.value())
                 : QJsonObject()));
    } else {
        cli.out() << sentence << u'\n';
        cli.out().flush();
    }
    return ExitOk;
}

int runUsers(Cli &cli)
{
    int exitCode = ExitOk;
    const QStringList args = cli.positional();
    if (args.isEmpty())
        return cli.fail(ExitUsage, tr("say what to do: users %1; see \"eventdesk-cli users "
                                      "--help\".")
                                       .arg(Subcommands.join(u'|')));
    const QString sub = args.constFirst();
    if (!Subcommands.contains(sub))
        return cli.fail(
            ExitUsage,
            tr("unknown users command \"%1\"; use one of %2.").arg(sub, Subcommands.join(u", "_s)));
    const bool takesName = sub != u"list"_s;
    if (takesName && args.size() < 2)
        return cli.fail(ExitUsage, tr("users %1 needs a user name; see \"eventdesk-cli users "
                                      "--help\".")
                                       .arg(sub));
    if (args.size() > (takesName ? 2 : 1))
        return cli.fail(ExitUsage, tr("unexpected argument \"%1\"; see \"eventdesk-cli users "
                                      "--help\".")
                                       .arg(args.at(takesName ? 2 : 1)));
    const QStringList allowed = optionsOf(sub);
    for (const QString &option : {u"role"_s, u"approval-limit"_s, u"password-stdin"_s})
        if (cli.isSet(option) && !allowed.contains(option))
            return cli.fail(ExitUsage,
                            tr("users %1 does not take --%2; see \"eventdesk-cli users --help\".")
                                .arg(sub, option));
    const QString name = takesName ? args.at(1) : QString();

    if (sub == u"list"_s) {
        auto store = cli.openStore(&exitCode);
        return store ? listUsers(cli, *store) : exitCode;
    }

    // Every other subcommand changes users and needs a signed-in actor.
    if (!cli.require(u"as"_s, &exitCode))
        return exitCode;
    std::optional<RoleSet> roles;
    if (sub == u"add"_s || sub == u"roles"_s) {
        if (!cli.require(u"role"_s, &exitCode))
            return exitCode;
        auto parsed = RoleSet::parse(cli.value(u"role"_s));
        if (!parsed)
            return cli.fail(parsed.error());
        roles = parsed.value();
    }
    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    const std::optional<Money> limit = approvalLimit(cli, *store, &exitCode);
    if (exitCode != ExitOk)
        return exitCode;
    const std::optional<SignedInUser> actor = signIn(cli, *store, &exitCode);
    if (!actor)
        return exitCode;

    UserAdministration admin(*store);
    if (sub == u"add"_s || sub == u"passwd"_s) {
        auto password = readNewPassword(cli, name);
        if (!password)
            return cli.fail(ExitUsage, password.error().message);
        const Status s = sub == u"add"_s
                             ? admin.addUser(*actor, {name, *roles, limit}, password.value())
                             : admin.changePassword(*actor, name, password.value());
        if (!s)
            return cli.fail(s.error());
        return done(cli, *store, name,
                    sub == u"add"_s ? tr("Added the user %1.").arg(name)
                                    : tr("Changed the password of %1.").arg(name));
    }
    Status s = success();
    QString sentence;
    if (sub == u"roles"_s) {
        s = admin.setRoles(*actor, name, *roles, limit);
        sentence = tr("%1 now has the roles %2.").arg(name, roles->names().join(u", "_s));
    } else if (sub == u"disable"_s) {
        s = admin.disable(*actor, name);
        sentence = tr("Disabled the user %1.").arg(name);
    } else if (sub == u"enable"_s) {
        s = admin.enable(*actor, name);
        sentence = tr("Enabled the user %1.").arg(name);
    } else {
        s = admin.unlock(*actor, name);
        sentence = tr("Unlocked the user %1.").arg(name);
    }
    if (!s)
        return cli.fail(s.error());
    return done(cli, *store, name, sentence);
}

Command usersCommand()
{
    return Command{
        u"users"_s,
        u"eventdesk-cli users list [--json]\n"
        "eventdesk-cli users add NAME --role ROLE[,ROLE...] [--approval-limit AMOUNT] "
        "--password-stdin --as ADMIN\n"
        "eventdesk-cli users roles NAME --role ROLE[,ROLE...] [--approval-limit AMOUNT] --as "
        "ADMIN\n"
        "eventdesk-cli users passwd NAME --password-stdin --as USER\n"
        "eventdesk-cli users disable|enable|unlock NAME --as ADMIN"_s,
        tr("Lists the users, or changes them as an administrator (a user may change their own "
           "password). Roles: requester, manager, finance, warehouse, auditor, admin. A "
           "manager's approval limit is in the store's base currency; a manager without one "
           "works with the workflow definition's default (5,000.00 EUR in the shipped ones), "
           "which \"users list\" shows as \"(default)\" (approval_limit_source \"default\" "
           "in --json). Passwords need at least %1 characters and are never given as an "
           "argument. The last enabled administrator cannot be disabled or lose the admin role.")
            .arg(Password::MinCharacters),
        {
            {u"role"_s, tr("Roles, separated by commas."), u"ROLE[,ROLE...]"_s},
            {u"approval-limit"_s, tr("A manager's approval limit, e.g. 5000.00."), u"AMOUNT"_s},
            {u"password-stdin"_s, tr("Read the new password from standard input.")},
        },
        runUsers,
    };
}

const bool registered = registerCommand(&usersCommand);
} // namespace

} // namespace eventdesk::cli
