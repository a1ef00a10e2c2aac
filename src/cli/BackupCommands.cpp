// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli backup / restore: consistent copies, verified before they are kept.
#include "Cli.h"

#include "store/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cli::backup", text); }

void report(Cli &cli, const VerifyReport &r, const QString &path, const QString &what)
{
    if (cli.json()) {
        QJsonObject o = r.toJson();
        o.insert(u"path"_s, QDir::toNativeSeparators(path));
        cli.printJson(QJsonDocument(o));
        return;
    }
    cli.out() << what.arg(QDir::toNativeSeparators(path)).arg(r.events) << u'\n'
              << tr("Head hash: %1").arg(hexText(r.headHash)) << u'\n';
    cli.out().flush();
}

int runBackup(Cli &cli)
{
    int code = ExitOk;
    if (!cli.noExtraArguments(0, &code) || !cli.require(u"out"_s, &code))
        return code;
    auto store = cli.openStore(&code);
    if (!store)
        return code;
    const QString target = cli.value(u"out"_s);
    auto r = store->backupTo(target);
    if (!r)
        return cli.fail(r.error());
    report(cli, *r, target, tr("Backup written to %1: %2 events, verified."));
    return ExitOk;
}

int runRestore(Cli &cli)
{
    int code = ExitOk;
    if (!cli.noExtraArguments(0, &code) || !cli.require(u"from"_s, &code) || !cli.require(u"to"_s, &code))
        return code;
    const QString target = cli.value(u"to"_s);
    auto r = restoreBackup(cli.value(u"from"_s), target);
    if (!r)
        return cli.fail(r.error());
    report(cli, *r, target, tr("Restored to %1: %2 events, verified."));
    return ExitOk;
}

Command backupCommand()
{
    return Command{u"backup"_s, u"eventdesk-cli backup --out FILE"_s,
                   tr("Writes a consistent copy of the store to FILE (which must not exist) while "
                      "it stays in use, verifies the copy (hash chain and integrity check), and "
                      "keeps it only if it verifies."),
                   {{u"out"_s, tr("Where to write the backup."), u"FILE"_s}},
                   runBackup};
}

Command restoreCommand()
{
    return Command{u"restore"_s, u"eventdesk-cli restore --from FILE --to PATH"_s,
                   tr("Makes a new store at PATH (which must not exist) from the backup FILE. The "
                      "copy is verified before it is moved into place; the backup is only read."),
                   {{u"from"_s, tr("The backup to restore."), u"FILE"_s},
                    {u"to"_s, tr("Where the restored store goes."), u"PATH"_s}},
                   runRestore};
}

const bool registeredBackup = registerCommand(&backupCommand);
const bool registeredRestore = registerCommand(&restoreCommand);
} // namespace

} // namespace eventdesk::cli
