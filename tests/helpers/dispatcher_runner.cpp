// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_dispatcher_crash: opens the store given on the command line and
// delivers its outbox until it is killed ("work"), or until nothing is pending ("drain").
//
//   dispatcher_runner <store> work|drain
//
// The service it delivers to is the test's own: each call's effect is a row in
// crash_effects, applied through the inbox (Inbox::processOnce keyed by the idempotency
// key), so an effect whose answer was lost in a kill is not applied again when the message
// is delivered again. Keys ending in "-perm" are refused for good; a seeded share of the
// other calls fails retryably. Answers come a few milliseconds after the effect, so a kill
// often falls between the two. Leases last a second, so a killed process's claims are
// taken over quickly.
#include "messaging/Dispatcher.h"
#include "messaging/Inbox.h"
#include "messaging/Outbox.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace eventdesk;
using namespace eventdesk::messaging;
using namespace Qt::Literals::StringLiterals;

namespace {

// Made on the dispatcher's thread (by the directory factory) and answering there.
class CrashService final : public QObject, public ServiceAdapter
{
public:
    explicit CrashService(SqliteEventStore &store)
        : m_inbox(store)
        , m_random(quint32(QCoreApplication::applicationPid()))
    {}

    QString kind() const override { return u"simulated"_s; }

    QFuture<CallResult> call(const ServiceCall &call) override
    {
        CallResult r;
        r.adapter = kind();
        if (call.idempotencyKey.endsWith(u"-perm"_s)) {
            r.outcome = CallOutcome::PermanentFailure;
            r.httpStatus = 422;
            r.error = u"422 refused"_s;
            return QtFuture::makeReadyFuture(r);
        }
        if (m_random.bounded(10) == 0) {
            r.outcome = CallOutcome::RetryableFailure;
            r.httpStatus = 503;
            r.error = u"503 unavailable"_s;
            return QtFuture::makeReadyFuture(r);
        }
        auto promise = std::make_shared<QPromise<CallResult>>();
        promise->start();
        QFuture<CallResult> answer = promise->future();
        const QString key = call.idempotencyKey;
        const QString order = call.correlationId;
        const int delay = int(m_random.bounded(8));
        m_inbox
            .processOnce(key, u"crash-service"_s,
                         [key, order](QSqlDatabase &db) {
                             return sqlite::execStatus(
                                 db,
                                 u"INSERT INTO crash_effects (key, ordering_key) VALUES (?, ?)"_s,
                                 {key, order});
                         })
            .then(this, [this, promise, delay](Result<bool> applied) {
                CallResult answered;
                answered.adapter = u"simulated"_s;
                if (applied) {
                    answered.outcome = CallOutcome::Success;
                    answered.httpStatus = 200;
                } else {
                    answered.outcome = CallOutcome::RetryableFailure;
                    answered.error = applied.error().message;
                }
                QTimer::singleShot(delay, this, [promise, answered] {
                    promise->addResult(answered);
                    promise->finish();
                });
            });
        return answer;
    }

private:
    Inbox m_inbox;
    QRandomGenerator m_random;
};

class CrashDirectory final : public ServiceDirectory
{
public:
    explicit CrashDirectory(SqliteEventStore &store)
        : m_service(store)
    {}
    ServiceAdapter *adapterFor(const QString &) override { return &m_service; }

private:
    CrashService m_service;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(2) != u"work"_s && args.at(2) != u"drain"_s)) {
        std::fprintf(stderr, "usage: dispatcher_runner <store> work|drain\n");
        return 2;
    }
    auto opened = SqliteEventStore::open(args.at(1)); // synchronous FULL, the default
    if (!opened) {
        std::fprintf(stderr, "dispatcher_runner: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    SqliteEventStore &store = **opened;
    DispatcherOptions options;
    options.leaseMs = 1000;
    options.pollIntervalMs = 50;
    options.batchSize = 32;
    options.maxInFlight = 64; // a kill leaves few claims to wait out
    options.maxChain = 4;
    RetryPolicy quick;
    quick.initialBackoffMs = 10;
    quick.maxBackoffMs = 40;
    quick.maxAttempts = 4;
    quick.retryWindowMs = 0;
    options.retry.setFallback(quick);
    options.retry.set(u"payment"_s, quick);
    Dispatcher dispatcher(
        store, [&store] { return std::make_unique<CrashDirectory>(store); }, {}, options);
    dispatcher.start();
    std::printf("ready\n");
    std::fflush(stdout);
    if (args.at(2) == u"work"_s)
        return app.exec(); // until killed

    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 120'000) {
        dispatcher.runUntilIdle(5000);
        auto pending = countOutbox(store, OutboxStatus::Pending);
        if (pending && pending.value() == 0) {
            dispatcher.stop();
            std::printf("drained\n");
            std::fflush(stdout);
            return 0;
        }
        QThread::msleep(100); // claims of the killed processes run out, backoffs pass
    }
    std::fprintf(stderr, "dispatcher_runner: messages still pending after two minutes\n");
    return 1;
}
