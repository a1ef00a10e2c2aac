// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StateLoader.h"

#include <QCoreApplication>

#include <algorithm>

namespace eventdesk {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::StateLoader)
};

constexpr int PageSize = 500;
} // namespace

Result<StreamState> loadStreamState(EventStore &store, const QString &streamId,
                                    const StateFold &fold, qint64 version)
{
    StreamState result;
    result.state = fold.initial;
    auto snapshot = store.loadSnapshot(streamId, version, fold.stateSchemaVersion);
    if (!snapshot)
        return snapshot.error();
    qint64 next = 0;
    if (snapshot->has_value()) {
        result.state = (*snapshot)->state;
        result.version = (*snapshot)->streamVersion;
        result.snapshotVersion = result.version;
        next = result.version + 1;
    }
    IEventReader &reader = store.reader();
    for (;;) {
        // Up to the version asked for, not a whole page: the rest of a long stream would be
        // read only to be skipped.
        const int wanted =
            version >= 0 ? int(std::clamp<qint64>(version - next + 1, 1, PageSize)) : PageSize;
        auto slice = reader.readStream(streamId, next, Direction::Forwards, wanted);
        if (!slice)
            return slice.error();
        for (const RecordedEvent &e : std::as_const(slice->events)) {
            if (version >= 0 && e.streamVersion > version)
                break;
            result.state = fold.evolve(result.state, e);
            result.version = e.streamVersion;
            result.position = e.globalPosition;
            ++result.eventsFolded;
        }
        if (slice->events.size() < wanted ||
            (version >= 0 && slice->events.constLast().streamVersion >= version))
            break;
        next = slice->events.constLast().streamVersion + 1;
    }
    if (version >= 0 && result.version < version)
        return Error::notFound(Text::tr("Stream %1 has no version %2.").arg(streamId).arg(version));
    if (result.eventsFolded == 0 && result.snapshotVersion >= 0) {
        // The state comes whole from the snapshot; find its event's position.
        auto slice = reader.readStream(streamId, result.version, Direction::Forwards, 1);
        if (slice && !slice->events.isEmpty())
            result.position = slice->events.constFirst().globalPosition;
    }
    if (store.snapshotEvery() > 0 && result.eventsFolded >= store.snapshotEvery())
        store.saveSnapshot({streamId, result.version, fold.stateSchemaVersion, result.state});
    return result;
}

Result<StreamState> loadStreamStateAtPosition(EventStore &store, const QString &streamId,
                                              const StateFold &fold, qint64 position)
{
    auto version = store.reader().streamVersionAt(streamId, position);
    if (!version)
        return version.error();
    if (*version < 0)
        return Error::notFound(Text::tr("Stream %1 had no events at or before position %2.")
                                   .arg(streamId)
                                   .arg(position));
    return loadStreamState(store, streamId, fold, *version);
}

} // namespace eventdesk
