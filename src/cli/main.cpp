// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli: the headless face of EventDesk (contract: shared/design/CLI.md).
#include "Cli.h"

#include "app/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace eventdesk;
using namespace eventdesk::cli;
using namespace Qt::Literals::StringLiterals;

namespace {
void printOverview(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: eventdesk-cli COMMAND [SUBCOMMAND] [OPTIONS]")
        << u"\n\n"_s << QCoreApplication::translate("cli", "Commands:") << u'\n';
    for (const Command &c : allCommands())
        out << u"  "_s << c.synopsis.section(u'\n', 0, 0) << u'\n';
    out << u'\n'
        << QCoreApplication::translate(
               "cli", "Run \"eventdesk-cli COMMAND --help\" for a command's options.")
        << u'\n';
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    applyApplicationIdentity();
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (args.size() < 2) {
        printOverview(err);
        err << u"eventdesk-cli: "_s
            << QCoreApplication::translate("cli", "no command given; see the list above.") << u'\n';
        return ExitUsage;
    }
    const QString word = args.at(1);
    if (word == u"--version"_s || word == u"-v"_s) {
        out << u"eventdesk-cli "_s << versionString() << u'\n';
        return ExitOk;
    }
    if (word == u"--help"_s || word == u"-h"_s || word == u"help"_s) {
        printOverview(out);
        return ExitOk;
    }
    const QList<Command> commands = allCommands();
    for (const Command &command : commands) {
        if (command.name != word)
            continue;
        Cli cli(command, args);
        int exitCode = ExitOk;
        if (!cli.parse(&exitCode))
            return exitCode;
        return command.run(cli);
    }
    err << u"eventdesk-cli: "_s
        << QCoreApplication::translate(
               "cli", "unknown command \"%1\"; run \"eventdesk-cli --help\" for the list.")
               .arg(word)
        << u'\n';
    return ExitUsage;
}
