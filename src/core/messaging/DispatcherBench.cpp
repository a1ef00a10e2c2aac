// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/DispatcherBench.h"

#include "messaging/Dispatcher.h"
#include "messaging/Messages.h"
#include "messaging/StoreDispatcher.h"
#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <condition_variable>
#include <ctime>
#include <mutex>

namespace eventdesk::messaging {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::messaging::DispatcherBench)
};

double processCpuSeconds()
{
    timespec ts{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
        return 0;
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// A request's saga steps: four calls, one per service, in order.
ServiceCall benchCall(int n)
{
    static const QString services[] = {u"inventory"_s, u"payment"_s, u"ledger"_s,
                                       u"notification"_s};
    static const QString operations[] = {u"reserve"_s, u"authorize"_s, u"post"_s, u"send"_s};
    const int request = n / 4;
    const int step = n % 4;
    ServiceCall call;
    call.service = services[step];
    call.operation = operations[step];
    call.idempotencyKey = u"bench-%1-%2"_s.arg(request).arg(step);
    call.correlationId = u"purchase-bench-%1"_s.arg(request);
    call.body = QJsonObject{
        {u"requestId"_s, call.correlationId},
        {u"sagaId"_s, u"$saga-bench-%1"_s.arg(request)},
        {u"amount"_s, QJsonObject{{u"value"_s, u"1200.50"_s}, {u"currency"_s, u"EUR"_s}}}};
    return call;
}
} // namespace

QJsonObject DispatcherThroughput::toJson() const
{
    return QJsonObject{{u"messages"_s, messages},
                       {u"seconds"_s, seconds},
                       {u"messages_per_second"_s, messagesPerSecond},
                       {u"transactions"_s, transactions},
                       {u"cpu_us_per_message"_s, cpuUsPerMessage},
                       {u"adapter"_s, adapter}};
}

Result<DispatcherThroughput> measureDispatcherThroughput(int messages)
{
    if (messages < 1)
        return Error::validation(Text::tr("The dispatcher benchmark needs at least one message."));
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storageFailure(Text::tr("No temporary folder for the dispatcher benchmark."));
    const QString path = dir.filePath(u"dispatcher-bench.db"_s);
    if (Status s = SqliteEventStore::create(path); !s)
        return s.error();
    auto opened = SqliteEventStore::open(path);
    if (!opened)
        return opened.error();
    SqliteEventStore &store = **opened;

    // The outbox rows, as commands write them: with an event, many to an append.
    constexpr int PerAppend = 1000;
    QList<QFuture<AppendResult>> appends;
    for (int first = 0; first < messages; first += PerAppend) {
        AppendRequest request;
        request.streamId = u"bench-%1"_s.arg(first / PerAppend);
        EventMetadata meta;
        meta.actor = u"bench"_s;
        request.events.append(
            NewEvent::make(u"BenchStepsRequested"_s, QJsonObject{{u"first"_s, first}}, meta));
        for (int n = first; n < std::min(messages, first + PerAppend); ++n) {
            const ServiceCall call = benchCall(n);
            request.outbox.append(outboxMessageFor(call, call.correlationId));
        }
        appends.append(store.append(std::move(request)));
    }
    for (QFuture<AppendResult> &f : appends)
        if (const AppendResult r = f.result(); !r)
            return r.error();

    struct Progress
    {
        std::mutex mutex;
        std::condition_variable cv;
        int delivered = 0;
        int other = 0;
    };
    auto progress = std::make_shared<Progress>();
    DispatcherOptions options;
    options.pollIntervalMs = 0;
    options.seed = 1;
    const std::unique_ptr<Dispatcher> owned = makeStoreDispatcher(store, options);
    Dispatcher &dispatcher = *owned;
    dispatcher.addObserver([progress](const DeliveryReport &report) {
        std::lock_guard lock(progress->mutex);
        if (report.kind == DeliveryReport::Kind::Delivered)
            ++progress->delivered;
        else
            ++progress->other;
        progress->cv.notify_all();
    });

    const double cpuBefore = processCpuSeconds();
    QElapsedTimer elapsed;
    elapsed.start();
    dispatcher.start();
    bool done = false;
    {
        std::unique_lock lock(progress->mutex);
        const auto limit = std::chrono::seconds(60 + messages / 1000);
        done = progress->cv.wait_for(lock, limit, [&] { return progress->delivered >= messages; });
    }
    const qint64 ns = elapsed.nsecsElapsed();
    const double cpu = processCpuSeconds() - cpuBefore;
    const DispatcherStats stats = dispatcher.stats();
    dispatcher.stop();
    if (!done)
        return Error::internal(
            Text::tr("The dispatcher delivered %1 of %2 messages in time (%3 did "
                     "not go through at once).")
                .arg(progress->delivered)
                .arg(messages)
                .arg(progress->other));
    DispatcherThroughput t;
    t.messages = messages;
    t.seconds = double(ns) / 1e9;
    t.messagesPerSecond = t.seconds > 0 ? messages / t.seconds : 0;
    t.transactions = stats.transactions;
    t.cpuUsPerMessage = cpu * 1e6 / messages;
    t.adapter = u"simulated"_s;
    return t;
}

} // namespace eventdesk::messaging
