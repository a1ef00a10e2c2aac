// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Event.h"
#include "store/Verifier.h"
#include "util/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace eventdesk {

enum class Direction { Forwards, Backwards };

// A page of the global event list, by position (keyset paging, never OFFSET).
struct ReadAllQuery
{
    qint64 fromPosition = 1;  // inclusive; for Backwards, the highest position wanted
    qint64 toPosition = 0;    // inclusive bound in the reading direction; 0 = none
    QString category;         // only streams `category-…` (or the stream named exactly so)
    QString type;             // only this event type
    int maxCount = 1000;
    Direction direction = Direction::Forwards;
    bool applyUpcasters = true;  // false gives the rows exactly as stored (verification)
};

struct StreamSlice
{
    QList<RecordedEvent> events;
    qint64 lastStreamVersion = -1;  // the stream's current version; -1 when it has no events
};

// Reading the store. Methods block on the calling thread; each thread reads through its
// own connection. The GUI calls them through readAsync (AsyncReads.h), never directly.
class IEventReader
{
public:
    virtual ~IEventReader() = default;

    // Events of one stream starting at fromVersion (inclusive), forwards or backwards.
    // For Backwards, fromVersion -1 means "from the end".
    virtual Result<StreamSlice> readStream(const QString &streamId, qint64 fromVersion,
                                           Direction direction, int maxCount) = 0;
    virtual Result<QList<RecordedEvent>> readAll(const ReadAllQuery &query) = 0;
    virtual Result<qint64> headPosition() = 0;  // 0 on an empty store
    virtual Result<qint64> countEvents(const QString &category = {}, const QString &type = {}) = 0;
    virtual Result<qint64> streamVersion(const QString &streamId) = 0;  // -1 when none
    // The stream's version as it stood at a global position; -1 when it had no events yet.
    virtual Result<qint64> streamVersionAt(const QString &streamId, qint64 position) = 0;
};

// Appending. Asynchronous: the result arrives on a QFuture; a script may wait on it.
class IEventWriter
{
public:
    virtual ~IEventWriter() = default;
    // All events and outbox messages of the request are written in one transaction, or
    // none of them. Re-appending stored event ids writes nothing and returns the stored
    // positions (alreadyStored).
    virtual QFuture<AppendResult> append(AppendRequest request) = 0;
};

struct Snapshot
{
    QString streamId;
    qint64 streamVersion = -1;
    int stateSchemaVersion = 1;
    QJsonObject state;
};

class ISnapshotStore
{
public:
    virtual ~ISnapshotStore() = default;
    virtual QFuture<Status> saveSnapshot(Snapshot snapshot) = 0;
    // The newest snapshot of the stream at or below maxVersion with this state schema.
    virtual Result<std::optional<Snapshot>> loadSnapshot(const QString &streamId,
                                                         qint64 maxVersion,
                                                         int stateSchemaVersion) = 0;
};

class UpcasterRegistry;

// One event store, whatever its backend: the conformance suite in tests/ is written
// against this class, so every backend passes the same tests.
class EventStore : public QObject, public IEventWriter, public ISnapshotStore
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The calling thread's reader (each thread reads through its own connection).
    virtual IEventReader &reader() = 0;
    virtual UpcasterRegistry &upcasters() = 0;
    virtual QString location() const = 0;
    virtual int snapshotEvery() const = 0;

    // Re-checks the whole hash chain and the backend's own integrity check.
    virtual Result<VerifyReport> verify(const ProgressCallback &progress = {},
                                        const std::atomic_bool *cancel = nullptr) = 0;
    // A consistent copy at target (which must not exist), verified before it is kept.
    virtual Result<VerifyReport> backupTo(const QString &target) = 0;

Q_SIGNALS:
    // Emitted (from the writer's thread) after each commit that stored events.
    void eventsCommitted(qint64 headPosition);
};

} // namespace eventdesk

Q_DECLARE_METATYPE(eventdesk::RecordedEvent)
