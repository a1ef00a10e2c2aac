// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli state: a request's state now, or right after a global position.
#include "Cli.h"

#include "commands/RequestLoader.h"
#include "domain/RequestAggregate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::state", text);
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"-"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        // Money reads as people write it.
        if (o.size() == 2 && o.contains("value"_L1) && o.contains("currency"_L1))
            return o.value("value"_L1).toString() + u' ' + o.value("currency"_L1).toString();
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

int runState(Cli &cli)
{
    int exitCode = ExitOk;
    if (!cli.require(u"stream"_s, &exitCode) || !cli.noExtraArguments(0, &exitCode))
        return exitCode;
    qint64 at = 0;
    if (!cli.integerOption(u"at"_s, 1, &at, &exitCode))
        return exitCode;
    const QString streamId = cli.value(u"stream"_s).trimmed();
    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    if (at > 0) {
        auto head = store->reader().headPosition();
        if (!head)
            return cli.fail(head.error());
        if (at > head.value())
            return cli.fail(ExitRefused,
                            tr("--at %1 is beyond the last event of the store (position %2).")
                                .arg(at)
                                .arg(head.value()));
    }
    auto loaded = commands::loadRequest(*store, streamId, at);
    if (!loaded)
        return cli.fail(loaded.error());
    if (!loaded->request.exists())
        return cli.fail(
            ExitRefused,
            at > 0 ? tr("The stream %1 had no events yet at position %2.").arg(streamId).arg(at)
                   : tr("There is no stream %1; \"eventdesk-cli events\" lists the "
                        "streams.")
                         .arg(streamId));
    const domain::RequestAggregate &request = loaded->request;
    const QJsonObject state = request.toJson();
    const QString status = domain::statusName(request.status());
    if (cli.json()) {
        cli.printJson(QJsonDocument(QJsonObject{
            {"stream"_L1, streamId},
            {"version"_L1, loaded->version},
            {"position"_L1, loaded->position},
            {"workflow"_L1, request.workflow()},
            {"status"_L1, status},
            {"state"_L1, state},
        }));
        return ExitOk;
    }
    QList<std::pair<QString, QString>> rows{
        {tr("stream"), streamId},
        {tr("workflow"), tr("%1 (definition version %2)")
                             .arg(request.workflow())
                             .arg(request.request().workflowVersion)},
        {tr("status"), status},
        {tr("version"), tr("%1 (global position %2)").arg(loaded->version).arg(loaded->position)},
    };
    for (auto it = state.begin(); it != state.end(); ++it)
        rows.append({it.key(), valueText(it.value())});
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size());
    for (const auto &row : std::as_const(rows))
        cli.out() << row.first.leftJustified(width + 2) << row.second << u'\n';
    cli.out().flush();
    return ExitOk;
}

Command stateCommand()
{
    return Command{
        u"state"_s,
        u"eventdesk-cli state --stream STREAM [--at POS] [--json]"_s,
        tr("Prints a request's state: its status, current step, approvals and history, folded "
           "from its stream. --at POS gives the state right after the event at global position "
           "POS (the stream's last event at or before it). With --json: {\"stream\", "
           "\"version\", \"position\", \"workflow\", \"status\", \"state\"}."),
        {
            {u"stream"_s, tr("The request's stream id."), u"STREAM"_s},
            {u"at"_s, tr("A global position: the state right after it."), u"POS"_s},
        },
        runState,
    };
}

const bool registered = registerCommand(&stateCommand);
} // namespace

} // namespace eventdesk::cli
