// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/Projection.h"
#include "store/Verifier.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::projections {

// What a catch-up or a rebuild did.
struct ProjectionCatchUp
{
    qint64 eventsRead = 0; // events read from the store (each applied to the models behind)
    qint64 position = 0;   // every model it ran has caught up to this global position
};

// The read models, in the order they are caught up: requests, sagas, audit, kpis. The
// approvals inbox has no table of its own: it is a query over the requests model.
std::vector<std::unique_ptr<Projection>> makeProjections();
QStringList projectionNames();
// "inbox" names the requests model that serves it; anything else unknown is nullopt.
std::optional<QString> resolveProjectionName(const QString &name);

// Brings every read model up to the head of the store from its checkpoint, in batches of
// at most 1,000 events; each batch is one write transaction on the store's writer thread
// (the model rows and the checkpoint together), so appends are held up for one batch at a
// time. Runs on the calling thread (not the GUI's: it waits for the writer). progress(done,
// total) is called after each batch on the calling thread; when *cancel turns true it stops
// after the current batch with a Cancelled error, everything committed so far being
// consistent. Safe with another process catching up the same store at the same time.
Result<ProjectionCatchUp> catchUpProjections(SqliteEventStore &store,
                                             const ProgressCallback &progress = {},
                                             const std::atomic_bool *cancel = nullptr);

// Rebuilds one read model (name, see resolveProjectionName) or all of them (empty name)
// from the first event, in ONE write transaction: readers see the old model until it
// commits, a failure or a cancel leaves the old model and its checkpoint as they were.
// Appends wait while it runs (docs/PROJECTIONS.md has the figures). progress is called
// from the store's writer thread every 1,000 events. An unknown name is a Validation
// error.
Result<ProjectionCatchUp> rebuildProjections(SqliteEventStore &store, const QString &name = {},
                                             const ProgressCallback &progress = {},
                                             const std::atomic_bool *cancel = nullptr);

// A model's checkpoint: the last global position it has applied (0: none).
Result<qint64> projectionCheckpoint(SqliteEventStore &store, const QString &name);

} // namespace eventdesk::projections
