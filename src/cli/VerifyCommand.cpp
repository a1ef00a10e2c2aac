// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli verify: re-checks the hash chain and SQLite's integrity check.
#include "Cli.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cli::verify", text); }

int run(Cli &cli)
{
    int code = ExitOk;
    if (!cli.noExtraArguments(0, &code))
        return code;
    auto store = cli.openStore(&code);
    if (!store)
        return code;
    // Progress on a terminal only, so scripts and --json output stay clean.
    const bool showProgress = isatty(fileno(stderr)) && !cli.json();
    auto progress = [&cli, showProgress](qint64 done, qint64 total) {
        if (!showProgress)
            return;
        cli.err() << u"\r"_s << tr("verifying: %1 of %2 events").arg(done).arg(total);
        cli.err().flush();
    };
    auto report = store->verify(progress);
    if (showProgress)
        cli.err() << u"\r\033[K"_s;
    if (!report)
        return cli.fail(report.error());
    if (cli.json()) {
        cli.printJson(QJsonDocument(report->toJson()));
    } else if (report->ok) {
        cli.out() << tr("OK: %1 events; the hash chain and the integrity check pass.")
                         .arg(report->events)
                  << u'\n'
                  << tr("Head hash: %1").arg(hexText(report->headHash)) << u'\n';
    } else {
        cli.out() << tr("FAILED: %1").arg(report->reason) << u'\n';
    }
    cli.out().flush();
    if (!report->ok) {
        const QString where = report->firstBadPosition
                                  ? tr("verification failed at global position %1: %2")
                                        .arg(*report->firstBadPosition)
                                        .arg(report->reason)
                                  : tr("verification failed: %1").arg(report->reason);
        return cli.fail(ExitRefused, where + tr(" Restore the store from a backup, and keep this "
                                                "copy for the investigation."));
    }
    return ExitOk;
}

Command verifyCommand()
{
    return Command{u"verify"_s, u"eventdesk-cli verify [--json]"_s,
                   tr("Re-computes every event's hash from its contents and its predecessor (the "
                      "chain formula in docs/ARCHITECTURE.md) and runs SQLite's integrity check. "
                      "Exits 1 and names the first bad global position when the store was "
                      "changed or damaged."),
                   {},
                   run};
}

const bool registered = registerCommand(&verifyCommand);
} // namespace

} // namespace eventdesk::cli
