// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include "messaging/Dispatcher.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace eventdesk::cli {

// A command that changes state also runs what it sets off (CLI.md): --wait SECONDS
// (default 10) bounds it, --no-wait skips it.
QList<QCommandLineOption> waitOptions();
// Seconds to run the work set off: 0 with --no-wait. False on a usage error.
bool waitSeconds(Cli &cli, qint64 *seconds, int *exitCode);

struct PendingWorkRun
{
    QList<messaging::DeliveryReport> reports; // in the order they were recorded
    bool settled = false; // nothing left that could go now (the rest waits for time)
    int sagaAppends = 0;  // what the saga engine wrote
    int sagasWaitingForService = 0;
    QStringList problems; // sagas that could not go on, and why
};

// Runs what a change set off: the saga engine and the outbox (the store's services and
// breakers), in turn, until only people, deadlines, backoffs or open breakers are left to
// wait for, or `seconds` passed.
PendingWorkRun runPendingWork(SqliteEventStore &store, qint64 seconds);

} // namespace eventdesk::cli
