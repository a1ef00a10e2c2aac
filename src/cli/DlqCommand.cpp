// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli dlq: the dead letters; list and show them, and as an administrator retry,
// retry all, edit and retry, or discard them.
#include "Cli.h"
#include "PendingWork.h"
#include "SignIn.h"

#include "messaging/DeadLetters.h"
#include "messaging/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk::messaging;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::dlq", text);
}

QString trn(const char *text, qint64 n)
{
    return QCoreApplication::translate("cli::dlq", text, nullptr, int(n));
}

const QStringList Subcommands{u"list"_s,      u"show"_s, u"retry"_s,
                              u"retry-all"_s, u"edit"_s, u"discard"_s};

// Which of the dlq options each subcommand takes.
QStringList optionsOf(const QString &sub)
{
    if (sub == u"list"_s)
        return {u"all"_s};
    if (sub == u"retry"_s)
        return {u"wait"_s, u"no-wait"_s};
    if (sub == u"retry-all"_s)
        return {u"yes"_s, u"wait"_s, u"no-wait"_s};
    if (sub == u"edit"_s)
        return {u"payload"_s, u"reason"_s, u"wait"_s, u"no-wait"_s};
    if (sub == u"discard"_s)
        return {u"reason"_s};
    return {};
}

bool takesId(const QString &sub)
{
    return sub != u"list"_s && sub != u"retry-all"_s;
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void printTable(Cli &cli, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        cli.out() << line << u'\n';
    }
}

QString stateText(DeadLetter::State state)
{
    switch (state) {
    case DeadLetter::State::Parked:
        return tr("parked");
    case DeadLetter::State::Retried:
        return tr("retried");
    case DeadLetter::State::Edited:
        return tr("edited and retried");
    case DeadLetter::State::Discarded:
        return tr("discarded");
    }
    return {};
}

int listLetters(Cli &cli, SqliteEventStore &store)
{
    DeadLetters letters(store);
    auto list = letters.list(cli.isSet(u"all"_s));
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray array;
        for (const DeadLetter &d : std::as_const(list.value()))
            array.append(d.toListJson());
        cli.printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (list->isEmpty()) {
        cli.out() << tr("(no dead letters)") << u'\n';
        cli.out().flush();
        return ExitOk;
    }
    QList<QStringList> rows{{tr("ID"), tr("SERVICE"), tr("OPERATION"), tr("ATTEMPTS"),
                             tr("FIRST FAILED (UTC)"), tr("LAST FAILED (UTC)"), tr("STATE"),
                             tr("ERROR")}};
    for (const DeadLetter &d : std::as_const(list.value()))
        rows.append({QString::number(d.id), d.service, d.operation(), QString::number(d.attempts),
                     when(d.firstFailedAt), when(d.lastFailedAt), stateText(d.state),
                     d.error.left(100)});
    printTable(cli, rows);
    cli.out().flush();
    return ExitOk;
}

int showLetter(Cli &cli, SqliteEventStore &store, qint64 id)
{
    DeadLetters letters(store);
    auto letter = letters.find(id);
    if (!letter)
        return cli.fail(letter.error());
    const DeadLetter &d = letter.value();
    if (cli.json()) {
        cli.printJson(QJsonDocument(d.toJson()));
        return ExitOk;
    }
    QList<QStringList> rows{
        {tr("Dead letter:"), QString::number(d.id)},
        {tr("State:"), stateText(d.state)},
        {tr("Service:"), d.service},
        {tr("Operation:"), d.operation()},
        {tr("Message:"), uuidText(d.messageId)},
        {tr("Ordering key:"), d.orderingKey},
        {tr("Error:"), d.error},
        {tr("Failure:"), d.permanent ? tr("permanent") : tr("retries exhausted")},
        {tr("HTTP status:"), d.httpStatus > 0 ? QString::number(d.httpStatus) : u"-"_s},
        {tr("Attempts:"), QString::number(d.attempts)},
        {tr("First failed:"), when(d.firstFailedAt) + u" UTC"_s},
        {tr("Last failed:"), when(d.lastFailedAt) + u" UTC"_s},
    };
    if (d.state != DeadLetter::State::Parked) {
        rows.append({tr("Resolved by:"), d.resolvedBy});
        rows.append({tr("Resolved at:"), when(d.resolvedAt) + u" UTC"_s});
        if (!d.reason.isEmpty())
            rows.append({tr("Reason:"), d.reason});
        if (!d.retryMessageId.isNull())
            rows.append({tr("Retried as:"), uuidText(d.retryMessageId)});
    }
    printTable(cli, rows);
    const QJsonValue payload = d.toJson().value("payload"_L1);
    cli.out() << tr("Payload:") << u'\n'
              << (payload.isObject()
                      ? QString::fromUtf8(
                            QJsonDocument(payload.toObject()).toJson(QJsonDocument::Indented))
                      : payload.toString() + u'\n');
    if (!d.response.isEmpty())
        cli.out() << tr("Response:") << u'\n' << QString::fromUtf8(d.response) << u'\n';
    cli.out().flush();
    return ExitOk;
}

// What became of a queued message after the work it set off ran.
QString messageStatus(SqliteEventStore &store, const QUuid &messageId, QString *sentence)
{
    auto entry = findOutboxMessage(store, messageId);
    if (!entry || !entry->has_value()) {
        *sentence = tr("The message is queued.");
        return u"pending"_s;
    }
    const OutboxEntry &e = **entry;
    switch (e.status) {
    case OutboxStatus::Delivered:
        *sentence =
            tr("The message %1 was delivered to %2.").arg(uuidText(messageId), e.destination);
        break;
    case OutboxStatus::Dead: {
        QString deadLetter;
        if (auto letters = DeadLetters(store).list(); letters) {
            for (const DeadLetter &d : std::as_const(letters.value()))
                if (d.messageId == messageId)
                    deadLetter = QString::number(d.id);
        }
        *sentence = tr("The message %1 failed again (%2) and is parked as dead letter %3.")
                        .arg(uuidText(messageId), e.lastError, deadLetter);
        break;
    }
    case OutboxStatus::Pending:
        *sentence =
            e.lastError.isEmpty()
                ? tr("The message %1 is queued for %2.").arg(uuidText(messageId), e.destination)
                : tr("The message %1 is still pending (%2); it is tried again from %3 UTC.")
                      .arg(uuidText(messageId), e.lastError, when(e.nextAttemptAt));
        break;
    }
    return outboxStatusName(e.status);
}

// Runs what the retried messages set off, then says how each one stands.
int reportQueued(Cli &cli, SqliteEventStore &store, qint64 waitSeconds,
                 const QList<QPair<qint64, QUuid>> &queued, const QString &done,
                 const QString &state)
{
    runPendingWork(store, waitSeconds);
    QJsonArray list;
    QStringList lines{done};
    for (const auto &[id, messageId] : queued) {
        QString sentence;
        const QString status = messageStatus(store, messageId, &sentence);
        list.append(QJsonObject{{"id"_L1, id},
                                {"state"_L1, state},
                                {"message_id"_L1, uuidText(messageId)},
                                {"message_status"_L1, status}});
        lines << sentence;
    }
    if (cli.json()) {
        cli.printJson(QJsonDocument(list));
        return ExitOk;
    }
    for (const QString &line : std::as_const(lines))
        cli.out() << line << u'\n';
    cli.out().flush();
    return ExitOk;
}

// --payload FILE: a JSON object. An unreadable file is a usage error; content that is not
// a JSON object is refused.
std::optional<QJsonObject> readPayload(Cli &cli, int *exitCode)
{
    const QString path = cli.value(u"payload"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = cli.fail(ExitUsage, tr("--payload: %1 cannot be read (%2); give a file that "
                                           "holds the edited payload as JSON.")
                                            .arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        *exitCode = cli.fail(ExitRefused, tr("--payload: %1 is not JSON (%2 at byte %3); nothing "
                                             "was changed.")
                                              .arg(path, error.errorString())
                                              .arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *exitCode = cli.fail(ExitRefused, tr("--payload: %1 holds no JSON object; the payload is "
                                             "an object like the one \"dlq show ID --json\" prints "
                                             "under \"payload\". Nothing was changed.")
                                              .arg(path));
        return std::nullopt;
    }
    return doc.object();
}

int runDlq(Cli &cli)
{
    int exitCode = ExitOk;
    const QStringList args = cli.positional();
    if (args.isEmpty())
        return cli.fail(ExitUsage, tr("say what to do: dlq %1; see \"eventdesk-cli dlq --help\".")
                                       .arg(Subcommands.join(u'|')));
    const QString sub = args.constFirst();
    if (!Subcommands.contains(sub))
        return cli.fail(
            ExitUsage,
            tr("unknown dlq command \"%1\"; use one of %2.").arg(sub, Subcommands.join(u", "_s)));
    if (takesId(sub) && args.size() < 2)
        return cli.fail(ExitUsage, tr("dlq %1 needs a dead letter id; \"eventdesk-cli dlq list\" "
                                      "shows them.")
                                       .arg(sub));
    if (!cli.noExtraArguments(takesId(sub) ? 2 : 1, &exitCode))
        return exitCode;
    const QStringList allowed = optionsOf(sub);
    for (const QString &option :
         {u"all"_s, u"yes"_s, u"payload"_s, u"reason"_s, u"wait"_s, u"no-wait"_s})
        if (cli.isSet(option) && !allowed.contains(option))
            return cli.fail(ExitUsage,
                            tr("dlq %1 does not take --%2; see \"eventdesk-cli dlq --help\".")
                                .arg(sub, option));
    qint64 id = 0;
    if (takesId(sub)) {
        bool ok = false;
        id = args.at(1).toLongLong(&ok);
        if (!ok || id < 1)
            return cli.fail(ExitUsage, tr("\"%1\" is no dead letter id: ids are whole numbers "
                                          "from 1, as \"eventdesk-cli dlq list\" shows them.")
                                           .arg(args.at(1)));
    }

    if (sub == u"list"_s || sub == u"show"_s) {
        auto store = cli.openStore(&exitCode);
        if (!store)
            return exitCode;
        return sub == u"list"_s ? listLetters(cli, *store) : showLetter(cli, *store, id);
    }

    // The changes: check the command line first, then the store, then who is acting.
    qint64 wait = 0;
    if (allowed.contains(u"wait"_s) && !waitSeconds(cli, &wait, &exitCode))
        return exitCode;
    if (sub == u"discard"_s && !cli.require(u"reason"_s, &exitCode))
        return exitCode;
    std::optional<QJsonObject> payload;
    if (sub == u"edit"_s) {
        if (!cli.require(u"payload"_s, &exitCode))
            return exitCode;
        payload = readPayload(cli, &exitCode);
        if (!payload)
            return exitCode;
    }
    const bool confirmed = cli.isSet(u"yes"_s);
    if (!(sub == u"retry-all"_s && !confirmed) && !cli.require(u"as"_s, &exitCode))
        return exitCode;
    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;
    DeadLetters letters(*store);

    if (sub == u"retry-all"_s && !confirmed) {
        // A bulk replay is deliberate: say how many, change nothing.
        auto parked = letters.countParked();
        if (!parked)
            return cli.fail(parked.error());
        return cli.fail(ExitRefused,
                        trn("%n dead letter(s) would be retried; nothing was done. Run \"dlq "
                            "retry-all --yes\" to retry them.",
                            parked.value()));
    }

    const std::optional<security::SignedInUser> actor = signIn(cli, *store, &exitCode);
    if (!actor)
        return exitCode;

    if (sub == u"discard"_s) {
        if (Status s = letters.discard(*actor, id, cli.value(u"reason"_s)); !s)
            return cli.fail(s.error());
        if (cli.json()) {
            cli.printJson(QJsonDocument(letters.find(id)->toJson()));
        } else {
            cli.out() << tr("Discarded dead letter %1.").arg(id) << u'\n';
            cli.out().flush();
        }
        return ExitOk;
    }
    if (sub == u"retry"_s) {
        auto retried = letters.retry(*actor, id);
        if (!retried)
            return cli.fail(retried.error());
        return reportQueued(
            cli, *store, wait, {{id, retried.value()}},
            tr("Retried dead letter %1 as message %2.").arg(id).arg(uuidText(retried.value())),
            u"retried"_s);
    }
    if (sub == u"edit"_s) {
        auto retried = letters.editAndRetry(*actor, id, *payload, cli.value(u"reason"_s));
        if (!retried)
            return cli.fail(retried.error());
        return reportQueued(cli, *store, wait, {{id, retried.value()}},
                            tr("Edited dead letter %1 and retried it as message %2 with a new "
                               "idempotency key; the original payload stays recorded.")
                                .arg(id)
                                .arg(uuidText(retried.value())),
                            u"edited"_s);
    }
    // retry-all --yes
    auto all = letters.retryAll(*actor, true);
    if (!all)
        return cli.fail(all.error());
    QList<QPair<qint64, QUuid>> queued;
    for (const RetryAllResult::Retried &r : std::as_const(all->retried))
        queued.append({r.deadLetterId, r.messageId});
    return reportQueued(cli, *store, wait, queued,
                        trn("Retried %n dead letter(s).", qint64(all->retried.size())),
                        u"retried"_s);
}

Command dlqCommand()
{
    return Command{
        u"dlq"_s,
        u"eventdesk-cli dlq list [--all] [--json]\n"
        "eventdesk-cli dlq show ID [--json]\n"
        "eventdesk-cli dlq retry ID --as ADMIN\n"
        "eventdesk-cli dlq retry-all --yes --as ADMIN\n"
        "eventdesk-cli dlq edit ID --payload FILE [--reason TEXT] --as ADMIN\n"
        "eventdesk-cli dlq discard ID --reason TEXT --as ADMIN"_s,
        tr("The dead letters: messages to a service that failed for good or ran out of retries, "
           "kept with their error, attempts and times. An administrator retries one as it was "
           "(the same idempotency key), all of them (--yes confirms; without it the count is "
           "shown and nothing is done), edits one's payload and retries it (FILE holds the "
           "payload object as \"dlq show ID --json\" prints it; it is sent with a new "
           "idempotency key and the original stays recorded), or discards one with a reason. "
           "Every change is an event in $deadletters. A retry runs the message it queues until "
           "it is delivered or has to wait (--wait, --no-wait)."),
        QList<QCommandLineOption>{
            {u"all"_s, tr("List retried and discarded dead letters too.")},
            {u"yes"_s, tr("Confirm retry-all.")},
            {u"payload"_s, tr("The edited payload, a JSON file."), u"FILE"_s},
            {u"reason"_s, tr("Why (required to discard)."), u"TEXT"_s},
        } + waitOptions(),
        runDlq,
    };
}

const bool registered = registerCommand(&dlqCommand);
} // namespace

} // namespace eventdesk::cli
