// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli services: list the services; set a simulated service's fault mode, point a
// service at a real system, force its circuit breaker (administrators).
#include "Cli.h"
#include "SignIn.h"

#include "resilience/StoreBackedBreakers.h"
#include "services/ServicePort.h"
#include "services/ServiceSettings.h"
#include "services/ServiceStatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk::services;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::services", text);
}

const QStringList Subcommands{u"list"_s, u"set"_s, u"url"_s, u"breaker"_s};

// The positional arguments each subcommand takes after its own word.
qsizetype argumentsOf(const QString &sub)
{
    if (sub == u"set"_s)
        return 1; // NAME
    if (sub == u"url"_s)
        return 2; // NAME URL|simulated
    if (sub == u"breaker"_s)
        return 2; // NAME force-open|force-closed|auto
    return 0;
}

void printTable(Cli &cli, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        cli.out() << line << u'\n';
    }
    cli.out().flush();
}

QJsonObject statusJson(const QList<ServiceStatus> &statuses)
{
    QJsonArray list;
    for (const ServiceStatus &s : statuses)
        list.append(s.toJson());
    return QJsonObject{{"services"_L1, list}};
}

int listServices(Cli &cli, SqliteEventStore &store)
{
    auto statuses = serviceStatuses(store);
    if (!statuses)
        return cli.fail(statuses.error());
    if (cli.json()) {
        cli.printJson(QJsonDocument(statusJson(statuses.value())));
        return ExitOk;
    }
    QList<QStringList> rows{{tr("SERVICE"), tr("ADAPTER"), tr("MODE"), tr("TIMEOUT"), tr("BREAKER"),
                             tr("QUEUED"), tr("URL")}};
    for (const ServiceStatus &s : statuses.value())
        rows.append({s.settings.name, s.settings.adapter, s.settings.mode.toText(),
                     tr("%1 ms").arg(s.settings.timeoutMs), s.breaker, QString::number(s.queued),
                     s.settings.isHttp() ? s.settings.url : u"-"_s});
    printTable(cli, rows);
    return ExitOk;
}

// After a change: the service's line as `services list --json` prints it, or a sentence.
int done(Cli &cli, SqliteEventStore &store, const QString &name, const QString &sentence)
{
    if (!cli.json()) {
        cli.out() << sentence << u'\n';
        cli.out().flush();
        return ExitOk;
    }
    auto statuses = serviceStatuses(store);
    if (!statuses)
        return cli.fail(statuses.error());
    QList<ServiceStatus> one;
    for (const ServiceStatus &s : statuses.value())
        if (s.settings.name == name)
            one.append(s);
    cli.printJson(QJsonDocument(statusJson(one)));
    return ExitOk;
}

QString breakerOf(SqliteEventStore &store, const QString &name)
{
    auto statuses = serviceStatuses(store);
    if (statuses)
        for (const ServiceStatus &s : statuses.value())
            if (s.settings.name == name)
                return s.breaker;
    return {};
}

int setBreaker(Cli &cli, SqliteEventStore &store, const security::SignedInUser &actor,
               const QString &name, resilience::BreakerOverride what)
{
    const QString before = breakerOf(store, name);
    const Status s = resilience::overrideBreaker(store, actor, name, what, cli.value(u"reason"_s));
    if (!s)
        return cli.fail(s.error());
    const QString after = breakerOf(store, name);
    return done(cli, store, name,
                after == before
                    ? tr("The %1 breaker is already %2; nothing changed.").arg(name, after)
                    : tr("The %1 breaker is now %2 (was %3).").arg(name, after, before));
}

int runServices(Cli &cli)
{
    int exitCode = ExitOk;
    const QStringList args = cli.positional();
    if (args.isEmpty())
        return cli.fail(ExitUsage, tr("say what to do: services %1; see \"eventdesk-cli services "
                                      "--help\".")
                                       .arg(Subcommands.join(u'|')));
    const QString sub = args.constFirst();
    if (!Subcommands.contains(sub))
        return cli.fail(ExitUsage, tr("unknown services command \"%1\"; use one of %2.")
                                       .arg(sub, Subcommands.join(u", "_s)));
    const qsizetype wanted = argumentsOf(sub);
    if (args.size() < 1 + wanted)
        return cli.fail(ExitUsage,
                        sub == u"url"_s
                            ? tr("services url needs a service name and a URL (or "
                                 "\"simulated\"); see \"eventdesk-cli services --help\".")
                        : sub == u"breaker"_s
                            ? tr("services breaker needs a service name and force-open, "
                                 "force-closed or auto; see \"eventdesk-cli services --help\".")
                            : tr("services %1 needs a service name; see \"eventdesk-cli services "
                                 "--help\".")
                                  .arg(sub));
    if (!cli.noExtraArguments(1 + wanted, &exitCode))
        return exitCode;
    const QList<std::pair<QString, QString>> ownOptions{
        {u"mode"_s, u"set"_s}, {u"timeout"_s, u"set"_s}, {u"reason"_s, u"breaker"_s}};
    for (const auto &[option, owner] : ownOptions)
        if (cli.isSet(option) && sub != owner)
            return cli.fail(ExitUsage, tr("services %1 does not take --%2; see \"eventdesk-cli "
                                          "services --help\".")
                                           .arg(sub, option));

    if (sub == u"list"_s) {
        auto store = cli.openStore(&exitCode);
        return store ? listServices(cli, *store) : exitCode;
    }

    // Everything of the command line first: a usage error (2) before a refusal (1).
    const QString name = args.at(1);
    std::optional<FaultMode> mode;
    std::optional<int> timeout;
    std::optional<ServiceEndpoint> endpoint;
    std::optional<resilience::BreakerOverride> breaker;
    QList<Error> refusals;
    if (sub == u"set"_s) {
        if (!cli.isSet(u"mode"_s) && !cli.isSet(u"timeout"_s))
            return cli.fail(ExitUsage, tr("services set needs --mode up|down|flaky:RATE|slow:MS "
                                          "(or --timeout MS); see \"eventdesk-cli services "
                                          "--help\"."));
        if (cli.isSet(u"mode"_s)) {
            bool malformed = false;
            auto parsed = FaultMode::parse(cli.value(u"mode"_s), &malformed);
            if (!parsed && malformed)
                return cli.fail(ExitUsage, tr("--mode: %1").arg(parsed.error().message));
            if (parsed)
                mode = parsed.value();
            else
                refusals.append(parsed.error());
        }
        qint64 ms = -1;
        if (!cli.integerOption(u"timeout"_s, std::numeric_limits<qint64>::min(), &ms, &exitCode))
            return exitCode;
        if (cli.isSet(u"timeout"_s)) {
            if (ms < MinTimeoutMs || ms > MaxTimeoutMs)
                refusals.append(
                    Error::validation(tr("--timeout must be from %1 to %2 milliseconds.")
                                          .arg(MinTimeoutMs)
                                          .arg(MaxTimeoutMs)));
            else
                timeout = int(ms);
        }
    } else if (sub == u"breaker"_s) {
        breaker = resilience::breakerOverrideFromName(args.at(2));
        if (!breaker)
            return cli.fail(ExitUsage, tr("\"%1\" is no breaker setting; use force-open, "
                                          "force-closed or auto.")
                                           .arg(args.at(2)));
    } else {
        bool malformed = false;
        auto parsed = ServiceEndpoint::parse(args.at(2), &malformed);
        if (!parsed && malformed)
            return cli.fail(ExitUsage, parsed.error().message);
        if (parsed)
            endpoint = parsed.value();
        else
            refusals.append(parsed.error());
    }
    if (!cli.require(u"as"_s, &exitCode))
        return exitCode;
    if (!isKnownService(name))
        return cli.fail(unknownService(name));
    if (!refusals.isEmpty())
        return cli.fail(refusals.constFirst());

    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    const std::optional<security::SignedInUser> actor = signIn(cli, *store, &exitCode);
    if (!actor)
        return exitCode;

    if (breaker)
        return setBreaker(cli, *store, *actor, name, *breaker);

    ServiceSettingsStore settings(*store);
    auto before = settings.find(name);
    if (!before)
        return cli.fail(before.error());
    QStringList sentences;
    if (endpoint) {
        auto changed = settings.setEndpoint(*actor, name, *endpoint);
        if (!changed)
            return cli.fail(changed.error());
        const QString where = endpoint->isHttp() ? endpoint->url.toString(QUrl::FullyEncoded)
                                                 : QString(SimulatedAdapterKind);
        sentences << (changed.value()
                          ? tr("%1 now calls %2.").arg(name, where)
                          : tr("%1 already calls %2; nothing changed.").arg(name, where));
    }
    if (mode) {
        auto changed = settings.setMode(*actor, name, *mode);
        if (!changed)
            return cli.fail(changed.error());
        sentences
            << (changed.value()
                    ? tr("%1 is now %2 (was %3).").arg(name, mode->toText(), before->mode.toText())
                    : tr("%1 is already %2; nothing changed.").arg(name, mode->toText()));
        if (before->isHttp())
            sentences << tr("The mode applies to the simulated adapter; %1 calls %2 now.")
                             .arg(name, before->url);
    }
    if (timeout) {
        auto changed = settings.setTimeout(*actor, name, *timeout);
        if (!changed)
            return cli.fail(changed.error());
        sentences << (changed.value() ? tr("%1 now times out after %2 ms (was %3 ms).")
                                            .arg(name)
                                            .arg(*timeout)
                                            .arg(before->timeoutMs)
                                      : tr("%1 already times out after %2 ms; nothing changed.")
                                            .arg(name)
                                            .arg(*timeout));
    }
    return done(cli, *store, name, sentences.join(u' '));
}

Command servicesCommand()
{
    return Command{
        u"services"_s,
        u"eventdesk-cli services list [--json]\n"
        "eventdesk-cli services set NAME --mode up|down|flaky:RATE|slow:MS [--timeout MS] --as "
        "ADMIN\n"
        "eventdesk-cli services url NAME URL|simulated --as ADMIN\n"
        "eventdesk-cli services breaker NAME force-open|force-closed|auto [--reason TEXT] --as "
        "ADMIN"_s,
        tr("Lists the services workflows call (payment, notification, inventory, ledger), or "
           "changes them as an administrator. --mode sets the fault the simulated adapter "
           "injects: up, down, flaky:RATE (that share of the calls fails, RATE from 0 to 1) or "
           "slow:MS (every answer comes MS milliseconds late). url points the service at a real "
           "system over HTTP (https://, or http:// for a loopback address; see "
           "docs/SERVICES.md), or back at the simulated adapter. --timeout sets how long a "
           "call may take (default %1 ms). breaker forces the service's circuit breaker open "
           "or closed for every process, or gives it back to the automatic rules (auto). "
           "Every change is recorded as an event in $health-NAME with who made it; running "
           "processes pick it up before their next batch of calls.")
            .arg(DefaultTimeoutMs),
        {
            {u"mode"_s, tr("The simulated fault: up, down, flaky:RATE or slow:MS."), u"MODE"_s},
            {u"timeout"_s, tr("How long a call may take, in milliseconds."), u"MS"_s},
            {u"reason"_s, tr("Why the breaker is forced (recorded with the event)."), u"TEXT"_s},
        },
        runServices,
    };
}

const bool registered = registerCommand(&servicesCommand);
} // namespace

} // namespace eventdesk::cli
