// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli health: each service's adapter, fault mode, circuit breaker, rolling
// metrics and the messages waiting for it.
#include "Cli.h"

#include "services/ServiceStatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk::services;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::health", text);
}

int runHealth(Cli &cli)
{
    int exitCode = ExitOk;
    if (!cli.noExtraArguments(0, &exitCode))
        return exitCode;
    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    auto statuses = serviceStatuses(*store);
    if (!statuses)
        return cli.fail(statuses.error());
    if (cli.json()) {
        QJsonArray list;
        for (const ServiceStatus &s : statuses.value())
            list.append(s.toJson());
        cli.printJson(QJsonDocument(QJsonObject{{"services"_L1, list}}));
        return ExitOk;
    }
    QList<QStringList> rows{{tr("SERVICE"), tr("ADAPTER"), tr("MODE"), tr("BREAKER"), tr("CALLS"),
                             tr("FAILURES"), tr("SHORT-CIRCUITED"), tr("FAILURE RATE"),
                             tr("P50 MS"), tr("P95 MS"), tr("P99 MS"), tr("QUEUED")}};
    for (const ServiceStatus &s : statuses.value())
        rows.append({s.settings.name, s.settings.adapter, s.settings.mode.toText(), s.breaker,
                     QString::number(s.calls), QString::number(s.failures),
                     QString::number(s.shortCircuited),
                     QString::number(s.failureRate * 100, 'f', 1) + u'%', QString::number(s.p50Ms),
                     QString::number(s.p95Ms), QString::number(s.p99Ms),
                     QString::number(s.queued)});
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

Command healthCommand()
{
    return Command{
        u"health"_s,
        u"eventdesk-cli health [--json]"_s,
        tr("Shows each service the workflows call: its adapter (simulated or http), the "
           "simulated fault mode, its circuit breaker (closed, open, half_open, forced_open, "
           "forced_closed), the calls, failures and short-circuited calls with the failure rate "
           "and latency percentiles over the last minute, and how many messages wait for it. "
           "Every process working on the store sees the same breakers and counts."),
        {},
        runHealth,
    };
}

const bool registered = registerCommand(&healthCommand);
} // namespace

} // namespace eventdesk::cli
