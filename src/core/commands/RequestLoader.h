// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RequestAggregate.h"
#include "util/Result.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace eventdesk {
class EventStore;
} // namespace eventdesk

namespace eventdesk::commands {

// A request as its stream left it: the aggregate folded from every event, and where the
// stream stood, so that a change can be appended with that exact expected version.
struct LoadedRequest
{
    QString streamId;
    domain::RequestAggregate request;
    qint64 version = -1; // the stream version folded up to; -1 when it has no events
    qint64 position = 0; // the global position of that event
    QUuid lastEventId;   // that event's id
};

// Loads a request stream (`purchase-<uuid>`…). A stream whose category is no workflow is
// NotFound; a stream with no events loads as an empty request (exists() is false), so
// callers decide what "no such request" means for them. atPosition > 0 loads the state as
// it stood right after that global position (the stream's last event at or before it).
Result<LoadedRequest> loadRequest(EventStore &store, const QString &streamId,
                                  qint64 atPosition = 0);

} // namespace eventdesk::commands
