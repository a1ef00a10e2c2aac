// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli workflows: list the workflow definitions; validate a definition file.
#include "Cli.h"

#include "workflow/Definition.h"

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

const QStringList Subcommands{u"list"_s, u"validate"_s};

QJsonValue callText(const std::optional<workflow::ServiceCallSpec> &call)
{
    return call ? QJsonValue(call->text()) : QJsonValue();
}

QJsonObject listEntry(const Definition &d)
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
        {"name"_L1, d.name},
        {"version"_L1, d.version},
        {"title"_L1, d.title},
        {"coordination"_L1, workflow::coordinationName(d.coordination)},
        {"source"_L1, u"shipped"_s},
        {"steps"_L1, steps},
    };
}

int listWorkflows(Cli &cli)
{
    // The shipped definitions need no store; a store named with --store must still be one.
    if (cli.isSet(u"store"_s)) {
        int exitCode = ExitOk;
        if (!cli.openStore(&exitCode))
            return exitCode;
    }
    auto definitions = workflow::shippedDefinitions();
    if (!definitions)
        return cli.fail(definitions.error());
    if (cli.json()) {
        QJsonArray list;
        for (const Definition &d : definitions.value())
            list.append(listEntry(d));
        cli.printJson(QJsonDocument(list));
        return ExitOk;
    }
    QList<QStringList> rows{{tr("NAME"), tr("VERSION"), tr("COORDINATION"), tr("STEPS")}};
    for (const Definition &d : definitions.value())
        rows.append({d.name, QString::number(d.version), workflow::coordinationName(d.coordination),
                     d.stepIds().join(u", "_s)});
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
        return cli.fail(ExitUsage, tr("workflows validate needs a file; see \"eventdesk-cli "
                                      "workflows --help\"."));
    if (!cli.noExtraArguments(2, &exitCode))
        return exitCode;
    return validateFile(cli, args.at(1));
}

Command workflowsCommand()
{
    return Command{
        u"workflows"_s,
        u"eventdesk-cli workflows list [--json]\n"
        "eventdesk-cli workflows validate FILE [--json]"_s,
        tr("Lists the workflow definitions (name, version, steps), or checks a definition "
           "file without loading it: \"valid\" and exit 0, or one line naming the file, the "
           "place in the JSON and what is wrong, and exit 1. docs/WORKFLOWS.md describes how "
           "to write a definition."),
        {},
        runWorkflows,
    };
}

const bool registered = registerCommand(&workflowsCommand);
} // namespace

} // namespace eventdesk::cli
