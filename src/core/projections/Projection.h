// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RequestAggregate.h"
#include "projections/EventRows.h"
#include "security/Roles.h"
#include "store/Event.h"
#include "util/Result.h"
#include "workflow/Definition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <unordered_map>

namespace eventdesk::projections {

// A stream's state right before and right after one of its events, folded once per
// catch-up and shared by every projection that needs it. Events never change, so an
// entry that has folded versions 0..v is right whoever applied them; a gap (the cache was
// cleared, or the projection starts mid-stream) is filled by reading the stream.
template<typename State> class FoldCache final
{
public:
    struct Change
    {
        State before;
        State after;
    };
    // The empty state of a stream, or nullopt when this cache does not fold it.
    using Initial = std::function<std::optional<State>(const QString &streamId)>;
    using Evolve = std::function<void(State &, const RecordedEvent &)>;

    FoldCache(Initial initial, Evolve evolve)
        : m_initial(std::move(initial))
        , m_evolve(std::move(evolve))
    {}

    // nullptr (and no error) for a stream this cache does not fold.
    Result<const Change *> change(const RecordedEvent &event, EventRows &rows)
    {
        auto it = m_entries.find(event.streamId);
        if (it != m_entries.end() && it->second.version == event.streamVersion)
            return &it->second.change;
        if (it == m_entries.end() || it->second.version != event.streamVersion - 1) {
            std::optional<State> state = m_initial(event.streamId);
            if (!state)
                return static_cast<const Change *>(nullptr);
            auto earlier = rows.streamBefore(event.streamId, event.streamVersion);
            if (!earlier)
                return earlier.error();
            for (const RecordedEvent &e : std::as_const(earlier.value()))
                m_evolve(*state, e);
            if (m_entries.size() >= MaxEntries)
                m_entries.clear(); // bounded memory; a miss only costs a stream read
            it =
                m_entries.insert_or_assign(event.streamId, Entry{-1, Change{*state, *state}}).first;
        }
        Entry &entry = it->second;
        entry.change.before = entry.change.after;
        m_evolve(entry.change.after, event);
        entry.version = event.streamVersion;
        return &entry.change;
    }

private:
    static constexpr size_t MaxEntries = 50000;
    struct Entry
    {
        qint64 version = -1;
        Change change;
    };
    Initial m_initial;
    Evolve m_evolve;
    std::unordered_map<QString, Entry> m_entries;
};

using RequestFolds = FoldCache<domain::RequestAggregate>;
RequestFolds makeRequestFolds();

// The workflow definitions requests run on: the shipped ones and those loaded into
// $workflows, read through the projection's own connection. Reloaded when a version is
// missing (a definition loaded after the catch-up began).
class DefinitionLookup final
{
public:
    const workflow::Definition *find(const QString &workflow, int version, EventRows &rows);

private:
    Status load(EventRows &rows);
    QList<workflow::Definition> m_definitions;
    qint64 m_loadedAt = -1;
};

// What a projection gets to apply one event: the connection of the job's transaction,
// and the folds and definitions shared by the projections of one catch-up.
struct ProjectionContext
{
    EventRows &rows;
    RequestFolds &requests;
    DefinitionLookup &definitions;
};

// One read model: the tables it owns (emptied by a rebuild) and how an event changes
// them. apply() runs inside the writer's transaction with the projection's checkpoint,
// so a model and its checkpoint always move together.
class Projection
{
public:
    virtual ~Projection() = default;
    virtual QString name() const = 0;
    virtual QStringList tables() const = 0;
    virtual Status apply(const RecordedEvent &event, ProjectionContext &context) = 0;

    // The projection's row in the checkpoints table.
    QString checkpointName() const { return QStringLiteral("projection/") + name(); }
};

// Bit (1 << index in security::AllRoles) per role: how proj_requests.waiting_roles and
// the inbox query match roles.
qint64 roleMask(const security::RoleSet &roles);
// The payload's `at` (the time of the command), else the time the event was recorded.
qint64 eventTime(const RecordedEvent &event, const QJsonObject &payload);
// yyyy-MM-dd of a UTC time in ms.
QString utcDay(qint64 ms);

} // namespace eventdesk::projections
