// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqliteEventStore.h"
#include "util/Error.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace eventdesk::cli {

// Exit codes of CLI.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitRefused = 1,   // well-formed but refused
    ExitUsage = 2,     // the command line cannot be used
    ExitStore = 3,     // the store cannot be opened
};

class Cli;

// One command: its options and what it does. Options may follow the command in any
// order; the common ones (--store, --json, --as, --help) are added for every command.
struct Command
{
    QString name;
    QString synopsis;     // the usage line(s) of CLI.md
    QString description;  // one paragraph for --help
    QList<QCommandLineOption> options;
    std::function<int(Cli &)> run;
};

// What a running command needs: its parsed arguments, output streams, the store, and
// the mapping from errors to exit codes with one clear line on stderr.
class Cli final
{
public:
    Cli(const Command &command, QStringList arguments);

    // Parses the arguments; on a usage error prints it and returns false.
    bool parse(int *exitCode);

    const Command &command() const { return m_command; }
    QCommandLineParser &parser() { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonDocument &doc);  // one compact document and a newline

    QString storePath() const;  // --store, else the per-user default
    // Opens the store named by --store; on failure prints why and sets *exitCode (3).
    std::unique_ptr<SqliteEventStore> openStore(int *exitCode, StoreOptions options = {});

    // Prints "eventdesk-cli: <message>" on stderr and returns the exit code.
    int fail(int exitCode, const QString &message);
    int fail(const Error &error);
    static int exitCodeFor(ErrorCode code);

    // A required option; prints the usage error when missing.
    bool require(const QString &option, int *exitCode);
    // Reads an optional whole-number option into *value (left alone when absent). A value
    // that is not a whole number is a usage error (2); one below minimum is refused (1).
    bool integerOption(const QString &option, qint64 minimum, qint64 *value, int *exitCode);
    // Refuses positional arguments beyond the first `allowed` (usage error).
    bool noExtraArguments(qsizetype allowed, int *exitCode);

private:
    const Command &m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

// Each command lives in its own file and registers itself at start-up:
//   static const bool registered = registerCommand(&myCommand);
using CommandFactory = Command (*)();
bool registerCommand(CommandFactory factory);
QList<Command> allCommands();  // in the order of CLI.md

} // namespace eventdesk::cli
