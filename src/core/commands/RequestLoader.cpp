// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RequestLoader.h"

#include "store/EventStore.h"

#include <QCoreApplication>

namespace eventdesk::commands {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::commands)
};

// A request has a handful of events; pages only bound the memory of an odd long stream.
constexpr int PageSize = 500;
} // namespace

Result<LoadedRequest> loadRequest(EventStore &store, const QString &streamId, qint64 atPosition)
{
    const QString workflow = domain::RequestAggregate::workflowOfStream(streamId);
    std::optional<domain::RequestAggregate> aggregate =
        domain::RequestAggregate::forWorkflow(workflow);
    if (streamId.startsWith(u'$') || !aggregate)
        return Error::notFound(Text::tr("%1 is not a request stream; a request's stream is its "
                                        "workflow and an id, e.g. purchase-7f3a2c1e-….")
                                   .arg(streamId));
    IEventReader &reader = store.reader();
    qint64 upTo = -1; // the last version to fold; -1: to the end
    if (atPosition > 0) {
        auto at = reader.streamVersionAt(streamId, atPosition);
        if (!at)
            return at.error();
        upTo = at.value();
        if (upTo < 0)
            return LoadedRequest{streamId, std::move(*aggregate), -1, 0, {}};
    }
    LoadedRequest loaded{streamId, std::move(*aggregate), -1, 0, {}};
    qint64 from = 0;
    for (;;) {
        auto slice = reader.readStream(streamId, from, Direction::Forwards, PageSize);
        if (!slice)
            return slice.error();
        for (const RecordedEvent &e : slice->events) {
            if (upTo >= 0 && e.streamVersion > upTo)
                return loaded;
            loaded.request.apply(e);
            loaded.version = e.streamVersion;
            loaded.position = e.globalPosition;
            loaded.lastEventId = e.eventId;
        }
        if (slice->events.size() < PageSize)
            break;
        from = slice->events.constLast().streamVersion + 1;
    }
    return loaded;
}

} // namespace eventdesk::commands
