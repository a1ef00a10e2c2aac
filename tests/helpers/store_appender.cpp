// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_crash_safety: opens the store given on the command line and
// appends until it is killed. Three threads append at once (so appends are committed in
// groups), single and multi-event appends, some with outbox messages. After an append's
// result arrives, one line "<event_id> <position>" per event goes to stdout, flushed: the
// test holds the store to every line it read.
//
//   store_appender <store> <tag>
//
// Each event's payload names its append ("group"), the append's size and the event's
// index in it, and how many outbox messages came with it, so the test can check that no
// append was stored in part.
#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

std::mutex g_outMutex;

void appendLoop(SqliteEventStore &store, const QString &tag, int thread)
{
    QRandomGenerator rng(quint32(qHash(tag)) ^ quint32(thread * 7919));
    const QString stream = u"crash-%1-%2"_s.arg(tag).arg(thread);
    qint64 version = -1;
    for (quint64 n = 0;; ++n) {
        const int size = rng.bounded(3) == 0 ? 2 + int(rng.bounded(4)) : 1;
        const int outboxCount = rng.bounded(3) == 0 ? 1 + int(rng.bounded(2)) : 0;
        const QString group = uuidText(QUuid::createUuid());
        AppendRequest request;
        request.streamId = stream;
        // Half of the appends state the exact version: the stream is this thread's alone.
        request.expected = n % 2 ? ExpectedVersion::exact(version) : ExpectedVersion::any();
        EventMetadata meta;
        meta.actor = u"appender"_s;
        meta.correlationId = group;
        for (int i = 0; i < size; ++i)
            request.events << NewEvent::make(
                u"CrashTested"_s,
                QJsonObject{{u"group"_s, group},
                            {u"size"_s, size},
                            {u"index"_s, i},
                            {u"outbox"_s, outboxCount},
                            {u"pad"_s, QString(rng.bounded(600), u'p')}},
                meta);
        for (int i = 0; i < outboxCount; ++i) {
            OutboxMessage m;
            m.messageId = QUuid::createUuid();
            m.destination = u"payment"_s;
            m.orderingKey = stream;
            m.payload =
                QJsonDocument(QJsonObject{{u"group"_s, group}}).toJson(QJsonDocument::Compact);
            request.outbox << m;
        }
        const AppendResult result = store.append(request).result();
        if (!result.ok()) {
            std::fprintf(stderr, "store_appender: append failed: %s\n",
                         qPrintable(result.error().message));
            std::fflush(stderr);
            std::_Exit(4);
        }
        version = result->streamVersion;
        std::lock_guard lock(g_outMutex);
        for (int i = 0; i < size; ++i)
            std::printf("%s %lld\n", qPrintable(uuidText(request.events.at(i).eventId)),
                        static_cast<long long>(result->firstPosition + i));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: store_appender <store> <tag>\n");
        return 2;
    }
    auto opened = SqliteEventStore::open(args.at(1)); // synchronous FULL, the default
    if (!opened) {
        std::fprintf(stderr, "store_appender: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    {
        std::lock_guard lock(g_outMutex);
        std::printf("ready\n");
        std::fflush(stdout);
    }
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t)
        threads.emplace_back(appendLoop, std::ref(**opened), args.at(2), t);
    for (std::thread &t : threads)
        t.join();
    return 0;
}
