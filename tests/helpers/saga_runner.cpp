// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_saga_crash: opens the store given on the command line and runs
// the saga engine with a dispatcher to the store's simulated services until it is killed
// ("work"), or until every saga has ended ("drain").
//
//   saga_runner <store> work|drain
//
// Retries are quick and leases last a second, so a killed process's claims are taken
// over soon and nothing is parked in dead letters. No circuit breakers: their waits are
// measured in seconds, and they are not what this test is about.
#include "messaging/Dispatcher.h"
#include "messaging/Outbox.h"
#include "services/StoreServiceDirectory.h"
#include "store/SqliteEventStore.h"
#include "workflow/SagaEvents.h"
#include "workflow/SagaList.h"
#include "workflow/SagaRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
bool allEnded(SqliteEventStore &store, int *open)
{
    auto sagas = workflow::listSagas(store);
    if (!sagas)
        return false;
    *open = 0;
    for (const workflow::SagaSummary &s : sagas.value())
        if (s.status != workflow::SagaStatus::Completed && s.status != workflow::SagaStatus::Failed)
            ++*open;
    return *open == 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(2) != u"work"_s && args.at(2) != u"drain"_s)) {
        std::fprintf(stderr, "usage: saga_runner <store> work|drain\n");
        return 2;
    }
    auto opened = SqliteEventStore::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "saga_runner: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    SqliteEventStore &store = **opened;
    messaging::DispatcherOptions options;
    options.leaseMs = 1000;
    options.pollIntervalMs = 50;
    options.batchSize = 16;
    options.maxInFlight = 32;
    messaging::RetryPolicy quick;
    quick.initialBackoffMs = 5;
    quick.maxBackoffMs = 20;
    quick.maxAttempts = 1000;
    quick.retryWindowMs = 0;
    options.retry.setFallback(quick);
    options.retry.set(u"payment"_s, quick);
    messaging::Dispatcher dispatcher(
        store,
        [&store]() -> std::unique_ptr<ServiceDirectory> {
            return std::make_unique<services::StoreServiceDirectory>(store);
        },
        {}, options);
    workflow::SagaEngine engine(store);
    dispatcher.addObserver(engine.observer());
    dispatcher.start();
    std::printf("ready\n");
    std::fflush(stdout);

    if (args.at(2) == u"work"_s) {
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &app, [&engine] {
            auto pass = engine.runOnce();
            if (!pass)
                std::fprintf(stderr, "saga_runner: %s\n", qPrintable(pass.error().message));
        });
        tick.start(10);
        return app.exec(); // until killed
    }

    QElapsedTimer elapsed;
    elapsed.start();
    int open = -1;
    while (elapsed.elapsed() < 150'000) {
        auto settled = workflow::runUntilSettled(engine, dispatcher, 5000);
        if (!settled) {
            std::fprintf(stderr, "saga_runner: %s\n", qPrintable(settled.error().message));
            return 1;
        }
        for (const QString &p : std::as_const(settled->problems))
            std::fprintf(stderr, "saga_runner: %s\n", qPrintable(p));
        auto pending = messaging::countOutbox(store, messaging::OutboxStatus::Pending);
        if (allEnded(store, &open) && pending && pending.value() == 0) {
            dispatcher.stop();
            std::printf("drained\n");
            std::fflush(stdout);
            return 0;
        }
        QThread::msleep(50); // claims of the killed processes run out, backoffs pass
    }
    std::fprintf(stderr, "saga_runner: %d sagas still open after two and a half minutes\n", open);
    return 1;
}
