// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace eventdesk::bench {

// What `eventdesk-cli bench` measures, and how much of it. docs/PERFORMANCE.md explains
// each figure; the sample sizes below are the defaults it quotes.
struct BenchOptions
{
    qint64 events = 100000;     // events in the store at the end
    QString storePath;          // a new store here (must not exist); empty: a temporary one
    int batchSize = 1000;       // events a transaction in the batched phase
    qint64 singleSample = 3000; // one event a transaction, durable (at most N / 10)
    qint64 groupSample = 50000; // group commit appends (at most N / 10)
    int groupSubmitters = 64;   // concurrent submitters in the group commit phase
    int streamLength = 250;     // events a stream on average
    int snapshotEvery = 100;    // the store's snapshot interval
    int stateSamples = 1000;    // state-at-position loads
    int timelineSamples = 1000; // timeline pages
    int timelinePageSize = 200; // events a timeline page
    bool forceQtSql = false;    // keep the store on its Qt SQL path (see StoreOptions)
    // The store starts as the demo company (its users, workflows, requests and sagas) and
    // the benchmark's events follow it: a large store the console can be signed in to.
    bool startFromDemo = false;
    int breakerCalls = 1000000;     // calls through a closed breaker, and through the gate
    int dispatcherMessages = 20000; // outbox messages the dispatcher delivers (0: skip)
    // Progress for a person (one line each call), from the calling thread.
    std::function<void(const QString &line)> progress;
};

// The smallest store the benchmark can fill meaningfully.
inline constexpr qint64 MinimumEvents = 1000;
inline constexpr qint64 MaximumEvents = 100'000'000;

struct BenchReport
{
    qint64 events = 0;     // the benchmark's own events
    qint64 demoEvents = 0; // the demo company's events before them (startFromDemo)
    qint64 streams = 0;
    double averageEventBytes = 0; // payload + metadata JSON

    double appendBatchedEps = 0;
    double appendSingleDurableEps = 0;
    double appendGroupCommitEps = 0;
    double readAllEps = 0;
    double stateAtP50Ms = 0;
    double stateAtP99Ms = 0;
    double timelinePageP50Ms = 0;
    double timelinePageP99Ms = 0;
    double timelinePageMeanMs = 0;
    double bytesPerEvent = 0;
    double peakRssMib = 0;

    // Processor time of the whole process an event (all threads): a figure that other
    // programs' load on the machine disturbs less than the rates.
    double appendBatchedCpuUs = 0;
    double appendSingleCpuUs = 0;
    double appendGroupCpuUs = 0;
    double readAllCpuUs = 0;
    double baselineInsertCpuUs = 0;

    double baselineRawSqliteEps = 0;
    double baselineBytesPerEvent = 0;
    double baselineRawReadEps = 0;

    qint64 batchedEvents = 0;
    qint64 singleDurableEvents = 0;
    qint64 groupCommitEvents = 0;
    qint64 snapshots = 0;
    int groupSubmitters = 0;
    int stateSamples = 0;
    int timelineSamples = 0;
    int timelinePageSize = 0;
    double averageGroupSize = 0; // appends a commit in the group commit phase

    bool rawSqlitePath = false; // the store used the SQLite C API on its hot paths
    int writerCacheKiB = 0;     // the store writer's (and the baseline's) page cache
    int walAutocheckpointPages = 0;
    QString sqliteVersion;
    QString sha256Implementation;
    // Messaging and resilience (issue 3): the median cost of one call through a closed
    // breaker (policy alone, and the store-backed gate the dispatcher uses), and how fast
    // one dispatcher delivers outbox messages to the simulated services.
    double breakerOverheadNs = 0;
    double breakerGateOverheadNs = 0;
    int dispatcherMessages = 0;
    double dispatcherMessagesPerSecond = 0;
    double dispatcherCpuUsPerMessage = 0;
    qint64 dispatcherTransactions = 0;

    QJsonObject toJson() const;
};

// Fills a new store and measures it. Blocks; takes minutes for a million events.
Result<BenchReport> runBench(const BenchOptions &options);

} // namespace eventdesk::bench
