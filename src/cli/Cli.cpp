// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "app/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

Cli::Cli(const Command &command, QStringList arguments)
    : m_command(command)
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        {u"store"_s,
         QCoreApplication::translate("cli", "The store file (default: the per-user store)."),
         u"PATH"_s});
    m_parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Machine-readable output.")});
    m_parser.addOption(
        {u"as"_s,
         QCoreApplication::translate(
             "cli", "Act as this user (password from EVENTDESK_PASSWORD or a prompt)."),
         u"USER"_s});
    m_parser.addOption(
        {{u"h"_s, u"help"_s}, QCoreApplication::translate("cli", "Show this command's help.")});
    m_parser.addOptions(command.options);
}

bool Cli::parse(int *exitCode)
{
    // The first argument is the program, the second the command word.
    QStringList args = m_arguments;
    args.removeAt(1);
    if (!m_parser.parse(args)) {
        *exitCode = fail(ExitUsage,
                         QCoreApplication::translate("cli", "%1; see \"eventdesk-cli %2 --help\".")
                             .arg(m_parser.errorText(), m_command.name));
        return false;
    }
    if (m_parser.isSet(u"help"_s)) {
        m_out << QCoreApplication::translate("cli", "Usage:") << u'\n' << m_command.synopsis
              << u"\n\n"_s << m_command.description << u"\n\n"_s
              << QCoreApplication::translate("cli", "Options:") << u'\n';
        QString help = m_parser.helpText();
        const qsizetype at = help.indexOf(u"Options:"_s);
        if (at >= 0)
            help = help.mid(at + 9);
        m_out << help;
        m_out.flush();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

void Cli::printJson(const QJsonDocument &doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << u'\n';
    m_out.flush();
}

QString Cli::storePath() const
{
    return m_parser.isSet(u"store"_s) ? m_parser.value(u"store"_s) : defaultStorePath();
}

std::unique_ptr<SqliteEventStore> Cli::openStore(int *exitCode, StoreOptions options)
{
    auto store = SqliteEventStore::open(storePath(), options);
    if (!store) {
        *exitCode = fail(store.error());
        return nullptr;
    }
    if (const QString backup = (*store)->migrationBackupPath(); !backup.isEmpty())
        m_err << QCoreApplication::translate(
                     "cli", "eventdesk-cli: the store was upgraded; a verified copy of the "
                            "old one is at %1")
                     .arg(QDir::toNativeSeparators(backup))
              << u'\n';
    return std::move(store).value();
}

int Cli::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::StoreUnavailable:
        return ExitStore;
    default:
        return ExitRefused;
    }
}

int Cli::fail(int exitCode, const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    m_out.flush();
    m_err << u"eventdesk-cli: "_s << line << u'\n';
    m_err.flush();
    return exitCode;
}

int Cli::fail(const Error &error)
{
    return fail(exitCodeFor(error.code), error.message);
}

bool Cli::require(const QString &option, int *exitCode)
{
    if (m_parser.isSet(option) && !m_parser.value(option).isEmpty())
        return true;
    *exitCode =
        fail(ExitUsage, QCoreApplication::translate(
                            "cli", "the option --%1 is required; see \"eventdesk-cli %2 --help\".")
                            .arg(option, m_command.name));
    return false;
}

bool Cli::integerOption(const QString &option, qint64 minimum, qint64 *value, int *exitCode)
{
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = m_parser.value(option);
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok) {
        *exitCode = fail(
            ExitUsage, QCoreApplication::translate("cli", "--%1 takes a whole number, not \"%2\".")
                           .arg(option, text));
        return false;
    }
    if (parsed < minimum) {
        *exitCode =
            fail(ExitRefused, QCoreApplication::translate("cli", "--%1 must be at least %2.")
                                  .arg(option)
                                  .arg(minimum));
        return false;
    }
    *value = parsed;
    return true;
}

bool Cli::noExtraArguments(qsizetype allowed, int *exitCode)
{
    const QStringList args = positional();
    if (args.size() <= allowed)
        return true;
    *exitCode =
        fail(ExitUsage, QCoreApplication::translate(
                            "cli", "unexpected argument \"%1\"; see \"eventdesk-cli %2 --help\".")
                            .arg(args.at(allowed), m_command.name));
    return false;
}

static QList<CommandFactory> &factories()
{
    static QList<CommandFactory> list;
    return list;
}

bool registerCommand(CommandFactory factory)
{
    factories().append(factory);
    return true;
}

QList<Command> allCommands()
{
    static const QStringList order{
        u"init"_s,          u"users"_s,    u"workflows"_s, u"submit"_s, u"approve"_s, u"reject"_s,
        u"act"_s,           u"events"_s,   u"state"_s,     u"sagas"_s,  u"verify"_s,  u"export"_s,
        u"verify-export"_s, u"services"_s, u"health"_s,    u"dlq"_s,    u"run"_s,     u"rebuild"_s,
        u"backup"_s,        u"restore"_s,  u"bench"_s};
    QList<Command> commands;
    for (CommandFactory f : std::as_const(factories()))
        commands.append(f());
    std::sort(commands.begin(), commands.end(), [](const Command &a, const Command &b) {
        return order.indexOf(a.name) < order.indexOf(b.name);
    });
    return commands;
}

} // namespace eventdesk::cli
