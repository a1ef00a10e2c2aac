// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/ProjectionRunner.h"

#include "projections/AuditProjection.h"
#include "projections/KpiProjection.h"
#include "projections/RequestsProjection.h"
#include "projections/SagasProjection.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::projections)
};

constexpr int BatchSize = 1000;
// How long one catch-up transaction may hold the store's writer.
constexpr qint64 MaxWriteHoldMs = 200;

// The projections of one catch-up or rebuild and what they share, used on the writer's
// thread one job at a time.
struct Run
{
    std::vector<std::unique_ptr<Projection>> projections;
    RequestFolds requests = makeRequestFolds();
    DefinitionLookup definitions;
};

Result<qint64> readCheckpoint(EventRows &rows, const QString &name)
{
    auto q = rows.run(u"SELECT position FROM checkpoints WHERE name = ?"_s, {name});
    if (!q)
        return q.error();
    const qint64 position = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return position;
}

Status writeCheckpoint(EventRows &rows, const QString &name, qint64 position)
{
    return rows.exec(u"INSERT INTO checkpoints (name, position) VALUES (?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET position = excluded.position"_s,
                     {name, position});
}

// Applies the events after each projection's checkpoint, up to one batch, inside the job's
// transaction. Returns the events read (0: every projection is at the head).
Result<qint64> applyBatch(Run &run, EventRows &rows, qint64 *reached)
{
    std::vector<qint64> checkpoints;
    for (const auto &p : run.projections) {
        auto cp = readCheckpoint(rows, p->checkpointName());
        if (!cp)
            return cp.error();
        checkpoints.push_back(*cp);
    }
    const qint64 from = *std::min_element(checkpoints.begin(), checkpoints.end());
    auto events = rows.after(from, 0, BatchSize);
    if (!events)
        return events.error();
    *reached = from;
    if (events->isEmpty())
        return qint64(0);
    ProjectionContext context{rows, run.requests, run.definitions};
    for (const RecordedEvent &e : std::as_const(events.value()))
        for (size_t i = 0; i < run.projections.size(); ++i)
            if (e.globalPosition > checkpoints[i])
                if (auto s = run.projections[i]->apply(e, context); !s)
                    return s.error();
    const qint64 last = events->constLast().globalPosition;
    for (size_t i = 0; i < run.projections.size(); ++i)
        if (last > checkpoints[i])
            if (auto s = writeCheckpoint(rows, run.projections[i]->checkpointName(), last); !s)
                return s.error();
    *reached = last;
    return qint64(events->size());
}

Error cancelled()
{
    return Error{
        ErrorCode::Cancelled,
        Text::tr("The read models were not rebuilt: cancelled. They are as they were before.")};
}
} // namespace

std::vector<std::unique_ptr<Projection>> makeProjections()
{
    std::vector<std::unique_ptr<Projection>> list;
    list.push_back(std::make_unique<RequestsProjection>());
    list.push_back(std::make_unique<SagasProjection>());
    list.push_back(std::make_unique<AuditProjection>());
    list.push_back(std::make_unique<KpiProjection>());
    return list;
}

QStringList projectionNames()
{
    QStringList names;
    for (const auto &p : makeProjections())
        names.append(p->name());
    return names;
}

std::optional<QString> resolveProjectionName(const QString &name)
{
    if (name == u"inbox"_s)
        return u"requests"_s;
    if (projectionNames().contains(name))
        return name;
    return std::nullopt;
}

Result<ProjectionCatchUp> catchUpProjections(SqliteEventStore &store,
                                             const ProgressCallback &progress,
                                             const std::atomic_bool *cancel)
{
    Run run;
    run.projections = makeProjections();
    ProjectionCatchUp result;
    qint64 start = -1;
    for (;;) {
        if (cancel && cancel->load())
            return Error{
                ErrorCode::Cancelled,
                Text::tr("Catching up the read models was cancelled at position %1; the next "
                         "catch-up goes on from there.")
                    .arg(result.position)};
        qint64 read = 0;
        qint64 reached = 0;
        qint64 head = 0;
        Status batch =
            store
                .runWrite([&](QSqlDatabase &db) -> Status {
                    EventRows rows(db, store.upcasters());
                    auto h = rows.head();
                    if (!h)
                        return h.error();
                    head = *h;
                    // Batches until the transaction has held the writer for
                    // a moment: a commit a batch made a long catch-up write
                    // its index pages over and over (9 GB for a million events);
                    // longer would keep people's commands waiting.
                    QElapsedTimer held;
                    held.start();
                    read = 0;
                    do {
                        auto n = applyBatch(run, rows, &reached);
                        if (!n)
                            return n.error();
                        read += *n;
                        if (*n == 0)
                            break;
                    } while (held.elapsed() < MaxWriteHoldMs && !(cancel && cancel->load()));
                    return success();
                })
                .result();
        if (!batch)
            return batch.error();
        if (start < 0)
            start = reached - (read > 0 ? read : 0);
        result.eventsRead += read;
        result.position = reached;
        if (progress)
            progress(reached - start, head - start);
        if (read == 0)
            return result;
    }
}

Result<ProjectionCatchUp> rebuildProjections(SqliteEventStore &store, const QString &name,
                                             const ProgressCallback &progress,
                                             const std::atomic_bool *cancel)
{
    Run run;
    if (name.isEmpty()) {
        run.projections = makeProjections();
    } else {
        const std::optional<QString> resolved = resolveProjectionName(name);
        if (!resolved)
            return Error::validation(
                Text::tr("There is no read model named \"%1\"; use one of %2.")
                    .arg(name, projectionNames().join(u", "_s) + Text::tr(" or inbox")));
        for (auto &p : makeProjections())
            if (p->name() == *resolved)
                run.projections.push_back(std::move(p));
    }
    ProjectionCatchUp result;
    Status done = store
                      .runWrite([&](QSqlDatabase &db) -> Status {
                          EventRows rows(db, store.upcasters());
                          auto head = rows.head();
                          if (!head)
                              return head.error();
                          for (const auto &p : run.projections) {
                              // Table names are fixed words of the code, never input.
                              for (const QString &table : p->tables())
                                  if (auto s = rows.exec(u"DELETE FROM "_s + table, {}); !s)
                                      return s;
                              if (auto s = writeCheckpoint(rows, p->checkpointName(), 0); !s)
                                  return s;
                          }
                          if (progress)
                              progress(0, *head);
                          for (;;) {
                              if (cancel && cancel->load())
                                  return cancelled();
                              qint64 reached = 0;
                              auto n = applyBatch(run, rows, &reached);
                              if (!n)
                                  return n.error();
                              result.eventsRead += *n;
                              result.position = reached;
                              if (*n == 0)
                                  return success();
                              if (progress)
                                  progress(reached, *head);
                          }
                      })
                      .result();
    if (!done)
        return done.error();
    return result;
}

Result<qint64> projectionCheckpoint(SqliteEventStore &store, const QString &name)
{
    auto q =
        sqlite::exec(store.readDatabase(), u"SELECT position FROM checkpoints WHERE name = ?"_s,
                     {QString(u"projection/"_s + name)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace eventdesk::projections
