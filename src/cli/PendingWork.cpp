// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingWork.h"

#include "messaging/StoreDispatcher.h"
#include "projections/ProjectionRunner.h"
#include "workflow/SagaRunner.h"

#include <QCoreApplication>
#include <QMutex>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

QList<QCommandLineOption> waitOptions()
{
    return {
        {u"wait"_s,
         QCoreApplication::translate("cli", "Run what the change sets off for at most this long "
                                            "(default 10)."),
         u"SECONDS"_s},
        {u"no-wait"_s, QCoreApplication::translate("cli", "Return at once; the work set off "
                                                          "waits for the next run.")},
    };
}

bool waitSeconds(Cli &cli, qint64 *seconds, int *exitCode)
{
    *seconds = 10;
    if (cli.isSet(u"no-wait"_s)) {
        if (cli.isSet(u"wait"_s)) {
            *exitCode =
                cli.fail(ExitUsage, QCoreApplication::translate(
                                        "cli", "--wait and --no-wait cannot be used together."));
            return false;
        }
        *seconds = 0;
        return true;
    }
    return cli.integerOption(u"wait"_s, 0, seconds, exitCode);
}

PendingWorkRun runPendingWork(SqliteEventStore &store, qint64 seconds)
{
    PendingWorkRun run;
    if (seconds <= 0)
        return run;
    messaging::DispatcherOptions options;
    options.pollIntervalMs = 0;
    const auto dispatcher = messaging::makeStoreDispatcher(store, options);
    QMutex mutex;
    dispatcher->addObserver([&](const messaging::DeliveryReport &report) {
        QMutexLocker lock(&mutex);
        run.reports.append(report);
    });
    workflow::SagaEngine engine(store);
    dispatcher->addObserver(engine.observer());
    dispatcher->start();
    auto settled =
        workflow::runUntilSettled(engine, *dispatcher, std::min<qint64>(seconds, 24 * 3600) * 1000);
    dispatcher->stop();
    // The read models follow what the change and its sagas recorded.
    if (auto caught = projections::catchUpProjections(store); !caught)
        run.problems.append(caught.error().message);
    if (!settled) {
        run.problems.append(settled.error().message);
        return run;
    }
    run.settled = settled->settled;
    run.sagaAppends = settled->appended;
    run.sagasWaitingForService = settled->waitingForService;
    run.problems += settled->problems;
    return run;
}

} // namespace eventdesk::cli
