// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli submit, approve, reject, act: a person's changes to requests, through the
// command layer (commands/RequestCommandService), which authorizes, decides and appends.
#include "Cli.h"
#include "PendingWork.h"
#include "SignIn.h"

#include "commands/RequestCommandService.h"
#include "commands/RequestLoader.h"
#include "domain/Money.h"
#include "domain/RequestAggregate.h"
#include "security/Users.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using commands::CommandOutcome;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::requests", text);
}

// --field key=value, repeatable. A value without "=" or a key given twice is a usage
// error; what a key or value may be is the decider's to say.
bool readFields(Cli &cli, QJsonObject *fields, int *exitCode)
{
    for (const QString &field : cli.parser().values(u"field"_s)) {
        const qsizetype eq = field.indexOf(u'=');
        if (eq <= 0) {
            *exitCode = cli.fail(ExitUsage, tr("--field takes key=value, not \"%1\".").arg(field));
            return false;
        }
        const QString key = field.left(eq);
        if (fields->contains(key)) {
            *exitCode = cli.fail(ExitUsage, tr("--field %1 is given twice.").arg(key));
            return false;
        }
        fields->insert(key, field.mid(eq + 1));
    }
    return true;
}

QJsonObject outcomeJson(const CommandOutcome &o)
{
    return QJsonObject{
        {"stream"_L1, o.streamId},
        {"version"_L1, o.streamVersion},
        {"position"_L1, o.lastPosition},
        {"workflow"_L1, o.workflow},
        {"workflow_version"_L1, o.workflowVersion},
        {"status"_L1, domain::statusName(o.status)},
        {"step"_L1, o.step.isEmpty() ? QJsonValue() : QJsonValue(o.step)},
        {"events"_L1, QJsonArray::fromStringList(o.eventTypes)},
    };
}

// Runs what the change set off (CLI.md), and says so when some of it is still pending.
void runWhatItSetOff(Cli &cli, SqliteEventStore &store, qint64 seconds)
{
    if (seconds <= 0)
        return;
    const PendingWorkRun run = runPendingWork(store, seconds);
    if (!run.settled && !cli.json())
        cli.out() << tr("Some of the work this set off is still pending after %1 s; "
                        "\"eventdesk-cli run\" carries it on.")
                         .arg(seconds)
                  << u'\n';
}

// Where the request stands now, after the work it set off.
QString statusNow(SqliteEventStore &store, const QString &streamId, const QString &fallback)
{
    auto loaded = commands::loadRequest(store, streamId);
    if (!loaded)
        return fallback;
    return domain::statusName(loaded->request.status());
}

const QList<QCommandLineOption> &submitOptions()
{
    static const QList<QCommandLineOption> options = [] {
        QList<QCommandLineOption> list{
            {u"workflow"_s, tr("The workflow: purchase, expense, order or transfer."), u"NAME"_s},
            {u"title"_s, tr("What the request is for: 1 to 200 characters."), u"TEXT"_s},
            {u"amount"_s, tr("The amount, e.g. 1234.50 (\".\" as the decimal separator)."),
             u"AMOUNT"_s},
            {u"currency"_s, tr("The currency (default: the store's base currency)."), u"CODE"_s},
            {u"field"_s, tr("A further field of the request, key=value; repeatable."),
             u"KEY=VALUE"_s},
        };
        list += waitOptions();
        return list;
    }();
    return options;
}

int runSubmit(Cli &cli)
{
    int exitCode = ExitOk;
    for (const QString &option : {u"as"_s, u"workflow"_s, u"amount"_s})
        if (!cli.require(option, &exitCode))
            return exitCode;
    // An empty title is there but out of bounds: the decider refuses it (exit 1).
    if (!cli.isSet(u"title"_s))
        return cli.fail(ExitUsage, tr("the option --title is required; see \"eventdesk-cli "
                                      "submit --help\"."));
    if (!cli.noExtraArguments(0, &exitCode))
        return exitCode;
    qint64 seconds = 0;
    if (!waitSeconds(cli, &seconds, &exitCode))
        return exitCode;
    QJsonObject fields;
    if (!readFields(cli, &fields, &exitCode))
        return exitCode;
    const QString workflow = cli.value(u"workflow"_s);
    if (!domain::RequestAggregate::forWorkflow(workflow))
        return cli.fail(ExitRefused, tr("There is no workflow \"%1\"; use one of purchase, "
                                        "expense, order, transfer.")
                                         .arg(workflow));
    // The form of the amount is the command line's business (exit 2) whatever the currency;
    // whether it is allowed (0, too many decimals, too large) is the store's (exit 1).
    const QString amountText = cli.value(u"amount"_s);
    bool malformed = false;
    if (auto probe = Money::parse(amountText, u"EUR"_s, &malformed); !probe && malformed)
        return cli.fail(ExitUsage, tr("--amount: %1").arg(probe.error().message));

    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    QString currency = cli.value(u"currency"_s).trimmed();
    if (currency.isEmpty()) {
        auto base = security::baseCurrency(*store);
        if (!base)
            return cli.fail(base.error());
        currency = base.value();
    }
    auto amount = Money::parse(amountText, currency, &malformed);
    if (!amount)
        return malformed ? cli.fail(ExitUsage, tr("--amount: %1").arg(amount.error().message))
                         : cli.fail(amount.error());
    const std::optional<security::SignedInUser> actor = signIn(cli, *store, &exitCode);
    if (!actor)
        return exitCode;

    commands::RequestCommandService service(*store);
    commands::SubmitInput input;
    input.workflow = workflow;
    input.title = cli.value(u"title"_s);
    input.amount = amount.value();
    input.fields = fields;
    auto outcome = service.submit(*actor, input);
    if (!outcome)
        return cli.fail(outcome.error());
    runWhatItSetOff(cli, *store, seconds);
    const QString status =
        statusNow(*store, outcome->streamId, domain::statusName(outcome->status));
    if (cli.json()) {
        QJsonObject o = outcomeJson(outcome.value());
        o.insert("status"_L1, status);
        cli.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        cli.out() << tr("%1 submitted a %2 request for %3 (version %4 of the workflow); it is %5.")
                         .arg(actor->name, workflow, amount->toDisplayString())
                         .arg(outcome->workflowVersion)
                         .arg(status)
                  << u'\n';
    }
    // The last line, alone: scripts take it with `tail -n1`.
    cli.out() << outcome->streamId << u'\n';
    cli.out().flush();
    return ExitOk;
}

// approve, reject and act share everything but where the action comes from.
int runAction(Cli &cli, const QString &fixedAction)
{
    int exitCode = ExitOk;
    if (!cli.require(u"as"_s, &exitCode) || !cli.require(u"request"_s, &exitCode))
        return exitCode;
    if (fixedAction.isEmpty() && !cli.require(u"action"_s, &exitCode))
        return exitCode;
    // An empty reason is there but refused by the decider (exit 1), like any other action's.
    if (fixedAction == u"reject"_s && !cli.isSet(u"reason"_s))
        return cli.fail(ExitUsage, tr("the option --reason is required: a rejection says why; "
                                      "see \"eventdesk-cli reject --help\"."));
    if (!cli.noExtraArguments(0, &exitCode))
        return exitCode;
    qint64 seconds = 0;
    if (!waitSeconds(cli, &seconds, &exitCode))
        return exitCode;
    QJsonObject fields;
    if (fixedAction.isEmpty() && !readFields(cli, &fields, &exitCode))
        return exitCode;
    const QString action = fixedAction.isEmpty() ? cli.value(u"action"_s).trimmed() : fixedAction;

    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    const std::optional<security::SignedInUser> actor = signIn(cli, *store, &exitCode);
    if (!actor)
        return exitCode;

    commands::ActInput input;
    input.streamId = cli.value(u"request"_s).trimmed();
    input.action = action;
    input.comment = cli.isSet(u"comment"_s) ? cli.value(u"comment"_s) : QString();
    // approve takes no --reason (asking the parser about it would warn).
    if (fixedAction != u"approve"_s && cli.isSet(u"reason"_s))
        input.reason = cli.value(u"reason"_s);
    input.fields = fields;
    commands::RequestCommandService service(*store);
    auto outcome = service.act(*actor, input);
    if (!outcome)
        return cli.fail(outcome.error());
    runWhatItSetOff(cli, *store, seconds);
    const QString status =
        statusNow(*store, outcome->streamId, domain::statusName(outcome->status));
    if (cli.json()) {
        QJsonObject o = outcomeJson(outcome.value());
        o.insert("status"_L1, status);
        cli.printJson(QJsonDocument(o));
        return ExitOk;
    }
    cli.out() << tr("%1: %2 recorded (%3); the request is %4.")
                     .arg(outcome->streamId, action, outcome->eventTypes.join(u", "_s), status)
              << u'\n';
    cli.out().flush();
    return ExitOk;
}

QList<QCommandLineOption> actionOptions(bool withAction, bool withReason, bool withFields)
{
    QList<QCommandLineOption> list{
        {u"request"_s, tr("The request's stream id, as submit printed it."), u"STREAM"_s},
        {u"comment"_s, tr("A comment recorded with the action."), u"TEXT"_s},
    };
    if (withAction)
        list.append({u"action"_s,
                     tr("What to do: an action the workflow offers at the request's current "
                        "step (e.g. pack, ship, deliver, cancel)."),
                     u"NAME"_s});
    if (withReason)
        list.append({u"reason"_s, tr("Why: a rejection needs one."), u"TEXT"_s});
    if (withFields)
        list.append({u"field"_s, tr("A field recorded with the action, key=value; repeatable."),
                     u"KEY=VALUE"_s});
    list += waitOptions();
    return list;
}

Command submitCommand()
{
    return Command{
        u"submit"_s,
        u"eventdesk-cli submit --as USER --workflow purchase|expense|order|transfer --title TEXT "
        "--amount 1234.50 [--currency EUR] [--field key=value]... [--wait SECONDS | --no-wait]"_s,
        tr("Submits a new request on the current version of its workflow definition and prints "
           "its stream id alone on the last line of standard output (with --json, one JSON "
           "object line comes before it). Amounts use \".\" as the decimal separator, at most "
           "the currency's minor digits, greater than 0 and at most 1,000,000,000. Titles have "
           "1 to 200 characters."),
        submitOptions(),
        runSubmit,
    };
}

Command approveCommand()
{
    return Command{
        u"approve"_s,
        u"eventdesk-cli approve --as USER --request STREAM [--comment TEXT] [--wait SECONDS | "
        "--no-wait]"_s,
        tr("Approves a request at its current step. Nobody approves their own request or twice "
           "in one chain; a manager whose limit is below the amount is recorded, and the request "
           "waits for a manager whose limit covers it. When two people approve the same step at "
           "once, one succeeds and the other is told who was first (exit 1)."),
        actionOptions(false, false, false),
        [](Cli &cli) { return runAction(cli, u"approve"_s); },
    };
}

Command rejectCommand()
{
    return Command{
        u"reject"_s,
        u"eventdesk-cli reject --as USER --request STREAM --reason TEXT [--wait SECONDS | "
        "--no-wait]"_s,
        tr("Rejects a request at its current step, with a reason; the approvals it had are "
           "revoked (recorded as events), and the request ends Rejected."),
        actionOptions(false, true, false),
        [](Cli &cli) { return runAction(cli, u"reject"_s); },
    };
}

Command actCommand()
{
    return Command{
        u"act"_s,
        u"eventdesk-cli act --as USER --request STREAM --action NAME [--comment TEXT] "
        "[--reason TEXT] [--field key=value]... [--wait SECONDS | --no-wait]"_s,
        tr("Takes any action the request's workflow definition offers at its current step "
           "(e.g. pack, ship, deliver, cancel for orders); approve and reject are shorthands."),
        actionOptions(true, true, true),
        [](Cli &cli) { return runAction(cli, QString()); },
    };
}

const bool registeredSubmit = registerCommand(&submitCommand);
const bool registeredApprove = registerCommand(&approveCommand);
const bool registeredReject = registerCommand(&rejectCommand);
const bool registeredAct = registerCommand(&actCommand);
} // namespace

} // namespace eventdesk::cli
