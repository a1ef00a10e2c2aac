// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventStore.h"

#include <QJsonObject>

#include <functional>

namespace eventdesk {

// How a stream's events fold into its state: a pure evolve(state, event) -> state.
// stateSchemaVersion names the shape of the state, so snapshots of an older shape are
// ignored after the fold changes.
struct StateFold
{
    int stateSchemaVersion = 1;
    QJsonObject initial;
    std::function<QJsonObject(const QJsonObject &state, const RecordedEvent &event)> evolve;
};

struct StreamState
{
    QJsonObject state;
    qint64 version = -1;        // the stream version the state stands at; -1 for no events
    qint64 position = 0;        // the global position of that event
    int eventsFolded = 0;       // events read after the snapshot (or from the start)
    qint64 snapshotVersion = -1;  // the snapshot used; -1 when none
};

// Loads a stream's state as it stood right after `version` (-1: now): the newest
// snapshot at or below it, plus the events after the snapshot. When more than the
// store's snapshotEvery events had to be folded, a new snapshot is saved for next time.
Result<StreamState> loadStreamState(EventStore &store, const QString &streamId,
                                    const StateFold &fold, qint64 version = -1);

// The same, as it stood right after the event at global position `position`: the last
// event of the stream at or before that position.
Result<StreamState> loadStreamStateAtPosition(EventStore &store, const QString &streamId,
                                              const StateFold &fold, qint64 position);

} // namespace eventdesk
