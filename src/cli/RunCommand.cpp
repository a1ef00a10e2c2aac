// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli run: carry on headless what the events already decided — run the sagas
// and deliver the outbox through the circuit breakers — until --for elapses or
// SIGINT/SIGTERM.
#include "Cli.h"
#include "projections/ProjectionRunner.h"

#include "messaging/Outbox.h"
#include "messaging/StoreDispatcher.h"
#include "workflow/SagaRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk::messaging;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::run", text);
}

std::atomic_bool g_stopRequested{false};

extern "C" void requestStop(int)
{
    g_stopRequested.store(true);
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString outcomeText(const DeliveryReport &r)
{
    switch (r.kind) {
    case DeliveryReport::Kind::Delivered:
        return tr("delivered");
    case DeliveryReport::Kind::RetryScheduled:
        return tr("failed, retry at %1 UTC").arg(when(r.nextAttemptAt));
    case DeliveryReport::Kind::ShortCircuited:
        return tr("held back by the open breaker until %1 UTC").arg(when(r.nextAttemptAt));
    case DeliveryReport::Kind::DeadLettered:
        return tr("parked as dead letter %1").arg(r.deadLetterId);
    }
    return {};
}

QJsonObject reportJson(const DeliveryReport &r)
{
    QJsonObject o{{"at"_L1, r.at},
                  {"outcome"_L1, deliveryKindName(r.kind)},
                  {"message_id"_L1, uuidText(r.messageId)},
                  {"service"_L1, r.service},
                  {"operation"_L1, r.call.operation},
                  {"idempotency_key"_L1, r.call.idempotencyKey},
                  {"ordering_key"_L1, r.orderingKey},
                  {"attempts"_L1, r.attempts},
                  {"http_status"_L1, r.result.httpStatus},
                  {"adapter"_L1, r.result.adapter}};
    if (!r.error.isEmpty())
        o.insert("error"_L1, r.error);
    if (r.nextAttemptAt > 0)
        o.insert("next_attempt_at"_L1, r.nextAttemptAt);
    if (r.deadLetterId > 0)
        o.insert("dead_letter"_L1, r.deadLetterId);
    return o;
}

int runRun(Cli &cli)
{
    int exitCode = ExitOk;
    if (!cli.noExtraArguments(0, &exitCode))
        return exitCode;
    qint64 seconds = -1;
    if (!cli.integerOption(u"for"_s, 0, &seconds, &exitCode))
        return exitCode;
    auto store = cli.openStore(&exitCode);
    if (!store)
        return exitCode;

    g_stopRequested.store(false);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    const auto dispatcher = makeStoreDispatcher(*store);
    // The saga engine runs its passes on this thread; deliveries wake it.
    workflow::SagaEngine engine(*store);
    dispatcher->addObserver(engine.observer());
    int sagaAppends = 0;
    QStringList sagaProblems;
    auto sagaPass = [&] {
        auto pass = engine.runOnce();
        if (!pass) {
            sagaProblems.append(pass.error().message);
            return;
        }
        sagaAppends += pass->appended;
        for (const QString &p : std::as_const(pass->problems))
            if (!sagaProblems.contains(p))
                sagaProblems.append(p);
    };
    // Reports come on the dispatcher's thread; they are printed on this one.
    QObject printer;
    const bool json = cli.json();
    dispatcher->addObserver([&printer, &cli, json](const DeliveryReport &report) {
        QMetaObject::invokeMethod(
            &printer,
            [&cli, json, report] {
                if (json) {
                    cli.printJson(QJsonDocument(reportJson(report)));
                    return;
                }
                const QString operation =
                    report.call.operation.isEmpty() ? u"-"_s : report.call.operation;
                const QString key = report.call.idempotencyKey.isEmpty()
                                        ? uuidText(report.messageId)
                                        : report.call.idempotencyKey;
                cli.out() << when(report.at) << u"  "_s << report.service << u' ' << operation
                          << u"  "_s << key << u"  "_s << outcomeText(report);
                if (report.kind != DeliveryReport::Kind::Delivered && !report.error.isEmpty())
                    cli.out() << u" ("_s << report.error << u')';
                cli.out() << u'\n';
                cli.out().flush();
            },
            Qt::QueuedConnection);
    });
    if (!json) {
        cli.out() << (seconds >= 0
                          ? tr("Running the sagas and delivering the outbox for %1 s (Ctrl+C "
                               "stops).")
                                .arg(seconds)
                          : tr("Running the sagas and delivering the outbox until stopped "
                               "(Ctrl+C)."))
                  << u'\n';
        cli.out().flush();
    }
    dispatcher->start();

    QEventLoop loop;
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&loop] {
        if (g_stopRequested.load())
            loop.quit();
    });
    watch.start();
    // Deadlines and other processes' commits are found by the tick; deliveries and this
    // process's commits make the next tick do something.
    QTimer sagaTick;
    sagaTick.setInterval(250);
    QObject::connect(&sagaTick, &QTimer::timeout, &loop, sagaPass);
    // The read models follow the store about once a second (a short write transaction
    // each, even when nothing is new, so not on every saga tick).
    QStringList projectionProblems;
    const auto catchUpReadModels = [&store, &projectionProblems] {
        if (auto caught = projections::catchUpProjections(*store); !caught)
            projectionProblems.append(caught.error().message);
    };
    QTimer projectionTick;
    projectionTick.setInterval(1000);
    QObject::connect(&projectionTick, &QTimer::timeout, &loop, catchUpReadModels);
    projectionTick.start();
    if (seconds > 0)
        QTimer::singleShot(std::chrono::seconds(seconds), &loop, &QEventLoop::quit);
    if (seconds == 0) {
        // Look once: whatever can go now, and what it sets off.
        auto settled = workflow::runUntilSettled(engine, *dispatcher, 10'000);
        if (!settled)
            sagaProblems.append(settled.error().message);
        else {
            sagaAppends += settled->appended;
            sagaProblems += settled->problems;
        }
    } else {
        sagaPass();
        sagaTick.start();
        loop.exec();
        sagaTick.stop();
    }
    projectionTick.stop();
    dispatcher->stop();
    catchUpReadModels();
    for (const QString &problem : std::as_const(projectionProblems))
        if (!sagaProblems.contains(problem))
            sagaProblems.append(problem);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    // The last reports queued to this thread.
    QCoreApplication::sendPostedEvents(&printer);

    const DispatcherStats stats = dispatcher->stats();
    auto queued = queuedByService(*store);
    qint64 pending = 0;
    if (queued)
        for (const qint64 n : std::as_const(queued.value()))
            pending += n;
    if (json) {
        cli.printJson(QJsonDocument(
            QJsonObject{{"summary"_L1, true},
                        {"delivered"_L1, stats.delivered},
                        {"retries_scheduled"_L1, stats.retriesScheduled},
                        {"short_circuited"_L1, stats.shortCircuited},
                        {"dead_lettered"_L1, stats.deadLettered},
                        {"pending"_L1, pending},
                        {"saga_events"_L1, sagaAppends},
                        {"saga_problems"_L1, QJsonArray::fromStringList(sagaProblems)}}));
    } else {
        cli.out() << tr("Delivered %1, retries scheduled %2, held back by a breaker %3, "
                        "dead-lettered %4; %5 still pending.")
                         .arg(stats.delivered)
                         .arg(stats.retriesScheduled)
                         .arg(stats.shortCircuited)
                         .arg(stats.deadLettered)
                         .arg(pending)
                  << u'\n' << tr("Saga events and outcomes written: %1.").arg(sagaAppends) << u'\n';
        for (const QString &p : std::as_const(sagaProblems))
            cli.out() << tr("A saga could not go on: %1").arg(p) << u'\n';
        cli.out().flush();
    }
    return ExitOk;
}

Command runCommand()
{
    return Command{
        u"run"_s,
        u"eventdesk-cli run [--for SECONDS] [--json]"_s,
        tr("Carries on headless what the events already decided: runs the sagas (steps, "
           "compensations, deadlines, the choreographed handlers) and delivers the outbox to the "
           "services through their circuit breakers, retrying and parking dead letters as the "
           "retry policy says, and prints each outcome (JSON Lines with --json, then a summary). "
           "Runs until --for SECONDS elapse (0: what can go now, then stop) or SIGINT/SIGTERM. "
           "Several processes may run at once on one store: each message is claimed by one."),
        {
            {u"for"_s, tr("Stop after this many seconds."), u"SECONDS"_s},
        },
        runRun,
    };
}

const bool registered = registerCommand(&runCommand);
} // namespace

} // namespace eventdesk::cli
