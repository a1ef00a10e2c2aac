// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli workflows: list the workflow definitions; validate a definition file; load
// one into the store as an administrator.
#include "Cli.h"
#include "SignIn.h"

#include "workflow/Definition.h"
#include "workflow/DefinitionRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using workflow::Definition;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::workflows", text);
}

const QStringList Subcommands{u"list"_s, u"validate"_s, u"load"_s};

QJsonValue callText(const std::optional<workflow::ServiceCallSpec> &call)
{
    return call ? QJsonValue(call->text()) : QJsonValue();
}

QJsonObject listEntry(const Definition &d, const QString &source, bool current)
{
    QJsonArray steps;
    for (const workflow::StepSpec &s : d.steps)
        steps.append(QJsonObject{
            {"id"_L1, s.id},
            {"kind"_L1, workflow::stepKindName(s.kind)},
            {"title"_L1, s.title},
            {"actions"_L1, QJsonArray::fromStringList(s.actionNames())},
            {"call"_L1, callText(s.call)},
            {"compensation"_L1, callText(s.compensation)},
        });
    return QJsonObject{
        {"name"_L1, d.name},   {"version"_L1, d.version},
        {"title"_L1, d.title}, {"coordination"_L1, workflow::coordinationName(d.coordination)},
        {"source"_L1, source}, {"current"_L1, current},
        {"steps"_L1, steps},
    };
}

int listWorkflows(Cli &cli)
{
    // Every version a request may run on, with where it came from: the shipped definitions
    // alone without --store, else those plus the ones an administrator loaded there.
    struct Row
    {
        Definition definition;
        QString source;
        bool current = true;
    };
    QList<Row> definitions;
    if (cli.isSet(u"store"_s)) {
        int exitCode = ExitOk;
        auto store = cli.openStore(&exitCode);
        if (!store)
            return exitCode;
        auto registry = workflow::DefinitionRegistry::load(*store);
        if (!registry)
            return cli.fail(registry.error());
        for (const Definition &d : registry->all())
            definitions.append({d, registry->sourceOf(d.name, d.version),
                                registry->latest(d.name)->version == d.version});
    } else {
        auto shipped = workflow::shippedDefinitions();
        if (!shipped)
            return cli.fail(shipped.error());
        for (const Definition &d : shipped.value())
            definitions.append({d, u"shipped"_s, true});
    }
    if (cli.json()) {
        QJsonArray list;
        for (const Row &r : std::as_const(definitions))
            list.append(listEntry(r.definition, r.source, r.current));
        cli.printJson(QJsonDocument(list));
        return ExitOk;
    }
    QList<QStringList> rows{
        {tr("NAME"), tr("VERSION"), tr("SOURCE"), tr("COORDINATION"), tr("STEPS")}};
    for (const Row &r : std::as_const(definitions)) {
        const Definition &d = r.definition;
        rows.append(
            {d.name, r.current ? tr("%1 (current)").arg(d.version) : QString::number(d.version),
             r.source, workflow::coordinationName(d.coordination), d.stepIds().join(u", "_s)});
    }
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
    cli.out().flush();
    return ExitOk;
}

int validateFile(Cli &cli, const QString &path)
{
    workflow::DefinitionProblem problem;
    auto definition = Definition::loadFile(path, &problem);
    if (!definition) {
        if (cli.json())
            cli.printJson(QJsonDocument(QJsonObject{{"valid"_L1, false},
                                                    {"file"_L1, path},
                                                    {"path"_L1, problem.path},
                                                    {"problem"_L1, problem.problem}}));
        return cli.fail(definition.error());
    }
    if (cli.json()) {
        cli.printJson(QJsonDocument(QJsonObject{{"valid"_L1, true},
                                                {"file"_L1, path},
                                                {"name"_L1, definition->name},
                                                {"version"_L1, definition->version}}));
        return ExitOk;
    }
    cli.out() << tr("valid: %1 defines the %2 workflow, version %3, with %4 steps.")
                     .arg(path, definition->name)
                     .arg(definition->version)
                     .arg(definition->steps.size())
              << u'\n';
    cli.out().flush();
    return ExitOk;
}

// workflows load FILE --as ADMIN: the definition is checked whole, then recorded in
// $workflows; new requests of that workflow use it, running ones keep their version.
int loadFile(Cli &cli, const QString &path)
{
    int exitCode = ExitOk;
    if (!cli.require(u"as"_s, &exitCode))
        return exitCode;
    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    const std::optional<security::SignedInUser> admin = signIn(cli, *store, &exitCode);
    if (!admin)
        return exitCode;
    auto definition = Definition::loadFile(path);
    if (!definition)
        return cli.fail(definition.error());
    auto position = workflow::loadDefinition(*store, admin->name, definition.value(), path);
    if (!position)
        return cli.fail(position.error());
    if (cli.json()) {
        cli.printJson(QJsonDocument(QJsonObject{{"loaded"_L1, true},
                                                {"file"_L1, path},
                                                {"name"_L1, definition->name},
                                                {"version"_L1, definition->version},
                                                {"position"_L1, position.value()}}));
        return ExitOk;
    }
    cli.out() << tr("loaded: version %1 of the %2 workflow from %3; new requests use it, "
                    "requests already running keep the version they started with.")
                     .arg(definition->version)
                     .arg(definition->name, path)
              << u'\n';
    cli.out().flush();
    return ExitOk;
}

int runWorkflows(Cli &cli)
{
    const QStringList args = cli.positional();
    if (args.isEmpty())
        return cli.fail(ExitUsage, tr("say what to do: workflows %1; see \"eventdesk-cli "
                                      "workflows --help\".")
                                       .arg(Subcommands.join(u'|')));
    const QString sub = args.constFirst();
    if (!Subcommands.contains(sub))
        return cli.fail(ExitUsage, tr("unknown workflows command \"%1\"; use one of %2.")
                                       .arg(sub, Subcommands.join(u", "_s)));
    int exitCode = ExitOk;
    if (sub == u"list"_s)
        return cli.noExtraArguments(1, &exitCode) ? listWorkflows(cli) : exitCode;
    if (args.size() < 2)
        return cli.fail(ExitUsage, tr("workflows %1 needs a file; see \"eventdesk-cli "
                                      "workflows --help\".")
                                       .arg(sub));
    if (!cli.noExtraArguments(2, &exitCode))
        return exitCode;
    if (sub == u"load"_s)
        return loadFile(cli, args.at(1));
    return validateFile(cli, args.at(1));
}

Command workflowsCommand()
{
    return Command{
        u"workflows"_s,
        u"eventdesk-cli workflows list [--json]\n"
        "eventdesk-cli workflows validate FILE [--json]\n"
        "eventdesk-cli workflows load FILE --as ADMIN [--json]"_s,
        tr("Lists the workflow definitions (name, version, source, steps; with --store, the "
           "versions an administrator loaded there too), checks a definition file without "
           "loading it (\"valid\" and exit 0, or one line naming the file, the place in the "
           "JSON and what is wrong, and exit 1), or loads one as an administrator: its version "
           "must be newer than the current one; new requests use it, running ones finish on "
           "the version they started with. docs/WORKFLOWS.md describes how to write a "
           "definition."),
        {},
        runWorkflows,
    };
}

const bool registered = registerCommand(&workflowsCommand);
} // namespace

} // namespace eventdesk::cli
