// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli sagas: every saga, the step it is at and how it stands.
#include "Cli.h"

#include "workflow/SagaList.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::sagas", text);
}

int runSagas(Cli &cli)
{
    int exitCode = ExitOk;
    if (!cli.noExtraArguments(0, &exitCode))
        return exitCode;
    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    auto sagas = workflow::listSagas(*store);
    if (!sagas)
        return cli.fail(sagas.error());
    if (cli.json()) {
        QJsonArray list;
        for (const workflow::SagaSummary &s : sagas.value())
            list.append(s.toJson());
        cli.printJson(QJsonDocument(list));
        return ExitOk;
    }
    if (sagas->isEmpty()) {
        cli.out() << tr("No sagas yet.") << u'\n';
        cli.out().flush();
        return ExitOk;
    }
    QList<QStringList> rows{{tr("SAGA"), tr("WORKFLOW"), tr("STEP"), tr("STATUS")}};
    for (const workflow::SagaSummary &s : sagas.value())
        rows.append({s.sagaId, s.workflow + u" v"_s + QString::number(s.definitionVersion),
                     s.step.isEmpty() ? u"-"_s : s.step, s.status});
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

Command sagasCommand()
{
    return Command{
        u"sagas"_s,
        u"eventdesk-cli sagas [--json]"_s,
        tr("Lists every saga (one per request, its stream is $saga-<request>): its workflow and "
           "definition version, the step it is at, and its status: running, waiting_for_person, "
           "waiting_for_service (a call failed and is retried, or a breaker holds it back), "
           "compensating, completed or failed."),
        {},
        runSagas,
    };
}

const bool registered = registerCommand(&sagasCommand);
} // namespace

} // namespace eventdesk::cli
