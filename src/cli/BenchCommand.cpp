// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli bench: fills a new store and measures it (docs/PERFORMANCE.md).
#include "Cli.h"

#include "bench/Bench.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::bench", text);
}

// Aligned "label  value unit  (note)" lines.
class Table
{
public:
    void add(const QString &label, const QString &value, const QString &unit,
             const QString &note = {})
    {
        m_rows.append({label, value, unit, note});
    }
    void heading(const QString &text) { m_rows.append({text, {}, {}, {}, true}); }

    void print(QTextStream &out) const
    {
        qsizetype labelWidth = 0, valueWidth = 0, unitWidth = 0;
        for (const Row &r : m_rows) {
            if (r.heading)
                continue;
            labelWidth = std::max(labelWidth, r.label.size());
            valueWidth = std::max(valueWidth, r.value.size());
            unitWidth = std::max(unitWidth, r.unit.size());
        }
        for (const Row &r : m_rows) {
            if (r.heading) {
                out << r.label << u'\n';
                continue;
            }
            QString line = u"  "_s + r.label.leftJustified(labelWidth) + u"  "_s +
                           r.value.rightJustified(valueWidth) + u' ' +
                           r.unit.leftJustified(unitWidth);
            if (!r.note.isEmpty())
                line += u"  "_s + r.note;
            out << line.trimmed().prepend(u"  "_s) << u'\n';
        }
    }

private:
    struct Row
    {
        QString label, value, unit, note;
        bool heading = false;
    };
    QList<Row> m_rows;
};

QString met(bool ok)
{
    return ok ? tr("met") : tr("NOT met");
}

int run(Cli &cli)
{
    if (!cli.positional().isEmpty())
        return cli.fail(ExitUsage,
                        tr("unexpected argument \"%1\"; see \"eventdesk-cli bench --help\".")
                            .arg(cli.positional().constFirst()));
    bench::BenchOptions options;
    if (cli.isSet(u"events"_s)) {
        bool ok = false;
        options.events = cli.value(u"events"_s).toLongLong(&ok);
        if (!ok)
            return cli.fail(ExitUsage, tr("--events takes a whole number of events, not \"%1\".")
                                           .arg(cli.value(u"events"_s)));
    }
    if (cli.isSet(u"messages"_s)) {
        bool ok = false;
        options.dispatcherMessages = cli.value(u"messages"_s).toInt(&ok);
        if (!ok || options.dispatcherMessages < 0 || options.dispatcherMessages > 10'000'000)
            return cli.fail(ExitUsage,
                            tr("--messages takes a whole number from 0 to 10,000,000, not \"%1\".")
                                .arg(cli.value(u"messages"_s)));
    }
    // Only a new store: never the user's default one.
    if (cli.isSet(u"store"_s)) {
        options.storePath = cli.value(u"store"_s);
        if (options.storePath.isEmpty())
            return cli.fail(ExitUsage, tr("--store needs the path of a new store file."));
    }
    options.forceQtSql = cli.isSet(u"qt-sql"_s);
    options.startFromDemo = cli.isSet(u"demo"_s);
    // Progress goes to stderr, never into the JSON on stdout.
    const bool showProgress = !cli.json() || isatty(fileno(stderr));
    if (showProgress)
        options.progress = [&cli](const QString &line) {
            cli.err() << line << u'\n';
            cli.err().flush();
        };

    auto result = bench::runBench(options);
    if (!result)
        return cli.fail(result.error());
    const bench::BenchReport &r = *result;
    if (cli.json()) {
        cli.printJson(QJsonDocument(r.toJson()));
        return ExitOk;
    }

    const QLocale locale;
    const auto count = [&locale](double v) { return locale.toString(qint64(std::llround(v))); };
    const auto ms = [&locale](double v) { return locale.toString(v, 'f', 3); };
    const auto ratio = [&locale](double v) { return locale.toString(v, 'f', 2); };
    const QString eps = tr("events/s");
    const QString rows = tr("rows/s");

    Table t;
    t.heading(tr("EventDesk store: %1 events in %2 streams, %3 bytes of JSON an event on average")
                  .arg(count(double(r.events)), count(double(r.streams)),
                       locale.toString(r.averageEventBytes, 'f', 0)));
    if (r.demoEvents > 0)
        t.heading(tr("after the demo company's %1 events").arg(count(double(r.demoEvents))));
    t.add(tr("append, %1 a transaction").arg(1000), count(r.appendBatchedEps), eps,
          tr("(%1 appends)").arg(count(double(r.batchedEvents))));
    t.add(tr("append, one durable transaction each"), count(r.appendSingleDurableEps), eps,
          tr("(%1 appends)").arg(count(double(r.singleDurableEvents))));
    t.add(
        tr("append, group commit, %1 submitters").arg(r.groupSubmitters),
        count(r.appendGroupCommitEps), eps,
        tr("(%1 appends, %2 a commit on average)")
            .arg(count(double(r.groupCommitEvents)), locale.toString(r.averageGroupSize, 'f', 1)));
    t.add(tr("read all, decoded"), count(r.readAllEps), eps);
    t.add(tr("state at a position, p50"), ms(r.stateAtP50Ms), tr("ms"),
          tr("(%1 samples, %2 snapshots)").arg(r.stateSamples).arg(count(double(r.snapshots))));
    t.add(tr("state at a position, p99"), ms(r.stateAtP99Ms), tr("ms"));
    t.add(tr("timeline page of %1, p99").arg(r.timelinePageSize), ms(r.timelinePageP99Ms), tr("ms"),
          tr("(p50 %1 ms, mean %2 ms, %3 samples)")
              .arg(ms(r.timelinePageP50Ms), ms(r.timelinePageMeanMs))
              .arg(r.timelineSamples));
    t.add(tr("size on disk"), locale.toString(r.bytesPerEvent, 'f', 1), tr("bytes/event"));
    t.add(tr("peak memory"), locale.toString(r.peakRssMib, 'f', 1), tr("MiB"));
    t.heading(tr("Raw SQLite %1 C API, the same rows (two unique indexes, WAL, synchronous=FULL, "
                 "%2 KiB page cache, checkpoint every %3 pages, as the store's writer)")
                  .arg(r.sqliteVersion)
                  .arg(r.writerCacheKiB)
                  .arg(r.walAutocheckpointPages));
    t.add(tr("insert, %1 a transaction").arg(1000), count(r.baselineRawSqliteEps), rows);
    t.add(tr("read all"), count(r.baselineRawReadEps), rows);
    t.add(tr("size on disk"), locale.toString(r.baselineBytesPerEvent, 'f', 1), tr("bytes/row"));
    t.heading(tr("Messaging and resilience"));
    const QString ns = tr("ns");
    t.add(tr("circuit breaker, one call, median"), locale.toString(r.breakerOverheadNs, 'f', 0),
          ns);
    t.add(tr("store-backed breaker gate, one call, median"),
          locale.toString(r.breakerGateOverheadNs, 'f', 0), ns);
    if (r.dispatcherMessages > 0)
        t.add(tr("dispatcher, outbox row to delivered"), count(r.dispatcherMessagesPerSecond),
              tr("messages/s"),
              tr("(%1 messages, %2 µs of processor time each)")
                  .arg(count(double(r.dispatcherMessages)),
                       locale.toString(r.dispatcherCpuUsPerMessage, 'f', 1)));
    t.heading(tr("Targets"));
    const double batched = r.appendBatchedEps / std::max(r.baselineRawSqliteEps, 1.0);
    const double group = r.appendGroupCommitEps / std::max(r.appendSingleDurableEps, 1.0);
    const double bytes = r.bytesPerEvent / std::max(r.baselineBytesPerEvent, 1.0);
    t.add(tr("batched append / raw baseline"), ratio(batched), u"x"_s,
          tr("(at least 0.6: %1)").arg(met(batched >= 0.6)));
    t.add(tr("group commit / single durable"), ratio(group), u"x"_s,
          tr("(at least 10: %1)").arg(met(group >= 10)));
    t.add(tr("read all"), count(r.readAllEps), eps,
          tr("(at least 1,000,000: %1)").arg(met(r.readAllEps >= 1e6)));
    t.add(tr("state at a position, p99"), ms(r.stateAtP99Ms), tr("ms"),
          tr("(at most 5: %1)").arg(met(r.stateAtP99Ms <= 5)));
    t.add(tr("timeline page, p99"), ms(r.timelinePageP99Ms), tr("ms"),
          tr("(at most 2: %1)").arg(met(r.timelinePageP99Ms <= 2)));
    t.add(tr("size / raw baseline size"), ratio(bytes), u"x"_s,
          tr("(at most 1.5: %1)").arg(met(bytes <= 1.5)));
    t.add(tr("breaker gate, one call"), locale.toString(r.breakerGateOverheadNs, 'f', 0), ns,
          tr("(well under 1,000: %1)").arg(met(r.breakerGateOverheadNs < 1000)));
    if (r.dispatcherMessages > 0)
        t.add(tr("dispatcher"), count(r.dispatcherMessagesPerSecond), tr("messages/s"),
              tr("(at least 20,000: %1)").arg(met(r.dispatcherMessagesPerSecond >= 20000)));
    t.print(cli.out());
    cli.out() << tr("The store used %1; SHA-256 from %2.")
                     .arg(r.rawSqlitePath ? tr("the SQLite C API on its hot paths")
                                          : tr("Qt SQL only"),
                          r.sha256Implementation)
              << u'\n';
    cli.out().flush();
    return ExitOk;
}

Command benchCommand()
{
    return Command{
        u"bench"_s,
        u"eventdesk-cli bench [--events N] [--json] [--store NEW_PATH]"_s,
        tr("Fills a new store with N approval events (default 100,000) and measures appends "
           "(batched, one durable transaction each, group commit), reading, state at a position, "
           "timeline pages and size on disk, against the same rows written through the raw "
           "SQLite C API; then the circuit breaker's cost per call and the outbox dispatcher's "
           "throughput. --store keeps the store at a path that holds no file yet; without it a "
           "temporary store is used and removed. docs/PERFORMANCE.md explains every figure."),
        {QCommandLineOption(u"events"_s, tr("Events in the store at the end (at least 1,000)."),
                            u"N"_s),
         QCommandLineOption(u"messages"_s,
                            tr("Outbox messages the dispatcher delivers (default 20,000; 0 "
                               "skips the dispatcher)."),
                            u"N"_s),
         QCommandLineOption(u"qt-sql"_s, tr("Keep the store on its Qt SQL path (for comparison).")),
         QCommandLineOption(u"demo"_s,
                            tr("Start the store as the demo company, so that the console can "
                               "be tried on a large store: eventdesk --store NEW_PATH signs in "
                               "as the demo administrator. Its size figure then includes the "
                               "demo's events and read models."))},
        run};
}

const bool registered = registerCommand(&benchCommand);
} // namespace

} // namespace eventdesk::cli
