// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli rebuild: rebuilds the read models from the first event (all of them, or
// the one named by --projection). It carries on what the events decided: no sign-in.
#include "Cli.h"

#include "projections/ProjectionRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::rebuild", text);
}

// Ctrl+C asks the rebuild to stop; its transaction rolls back and the old models stay.
std::atomic_bool interrupted{false};
extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

int run(Cli &cli)
{
    int code = ExitOk;
    if (!cli.noExtraArguments(0, &code))
        return code;
    const QString name = cli.value(u"projection"_s);
    QStringList names = projections::projectionNames();
    if (cli.isSet(u"projection"_s)) {
        const std::optional<QString> resolved = projections::resolveProjectionName(name);
        if (!resolved)
            return cli.fail(ExitRefused,
                            tr("there is no read model named \"%1\"; use one of %2 or inbox.")
                                .arg(name, names.join(u", "_s)));
        names = QStringList{*resolved};
    }
    auto store = cli.openStore(&code);
    if (!store)
        return code;

    // Progress goes to stderr: rewritten in place on a terminal, else a line every 10%.
    const bool terminal = isatty(fileno(stderr));
    int lastTenth = -1;
    auto progress = [&cli, terminal, &lastTenth](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (!terminal && tenth == lastTenth)
            return;
        lastTenth = tenth;
        const QString line = tr("rebuilding: %1 of %2 events").arg(done).arg(total);
        cli.err() << (terminal ? QString(u"\r"_s + line) : QString(line + u'\n'));
        cli.err().flush();
    };
    std::signal(SIGINT, onInterrupt);
    auto done = projections::rebuildProjections(
        *store, cli.isSet(u"projection"_s) ? name : QString(), progress, &interrupted);
    std::signal(SIGINT, SIG_DFL);
    if (terminal)
        cli.err() << u"\r\033[K"_s;
    cli.err().flush();
    if (!done)
        return cli.fail(done.error());
    if (cli.json()) {
        cli.printJson(
            QJsonDocument(QJsonObject{{"projections"_L1, QJsonArray::fromStringList(names)},
                                      {"events"_L1, done->eventsRead},
                                      {"position"_L1, done->position}}));
    } else {
        cli.out() << tr("Rebuilt %1 from %2 events, up to global position %3.")
                         .arg(names.join(u", "_s))
                         .arg(done->eventsRead)
                         .arg(done->position)
                  << u'\n';
        cli.out().flush();
    }
    return ExitOk;
}

Command rebuildCommand()
{
    return Command{
        u"rebuild"_s,
        u"eventdesk-cli rebuild [--projection NAME] [--json]"_s,
        tr("Rebuilds the read models (requests, sagas, audit, kpis; inbox is served by requests) "
           "from the first event, in one transaction: the console sees the old models until the "
           "new ones are complete, and an interrupted rebuild leaves them as they were. Progress "
           "goes to stderr. Needs no sign-in."),
        {{u"projection"_s, tr("Only this read model."), u"NAME"_s}},
        run};
}

const bool registered = registerCommand(&rebuildCommand);
} // namespace

} // namespace eventdesk::cli
