// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

class QRegularExpression;

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::gui {

// What the timeline's filter bar asks for. Every field narrows; empty fields do not.
struct TimelineFilter
{
    QString stream;      // the start of the stream id: a category ("purchase"), a stream id
    QString type;        // exactly this event type
    QString actor;       // exactly this metadata actor
    qint64 fromTime = 0; // recorded_at >= fromTime (UTC ms); 0: no lower bound
    qint64 toTime = 0;   // recorded_at < toTime (UTC ms); 0: no upper bound
    QString text;        // a substring of the payload (exact bytes), or a pattern when regex
    bool regex = false;

    bool isEmpty() const
    {
        return stream.isEmpty() && type.isEmpty() && actor.isEmpty() && fromTime == 0 &&
               toTime == 0 && text.isEmpty();
    }
    friend bool operator==(const TimelineFilter &, const TimelineFilter &) = default;
};

// The light form of an event the list shows: no payload, so a page of rows stays small.
struct TimelineRow
{
    qint64 position = 0;
    qint64 recordedAt = 0;
    QString stream;
    QString type;
    QString actor;
};

// The whole store at one moment (one statement, so both numbers agree).
struct TimelineOverview
{
    qint64 count = 0;
    qint64 head = 0;
};

// The matching positions among (after, scannedTo].
struct TimelineScanChunk
{
    std::vector<qint64> positions;
    qint64 scannedTo = 0;
};

// Events per time bucket over the whole store: counts[i] is the number of events with
// recorded_at in [firstBucket + i * bucketMs, … + bucketMs).
struct TimelineDensity
{
    qint64 firstBucket = 0;
    qint64 bucketMs = 0;
    QList<qint64> counts;
};

// The timeline's reads, run on a worker thread through that thread's read connection
// (Session::run); every statement is prepared with bound values, user text never becomes
// SQL. None of these may run on the GUI thread.
namespace timelinequery {

Result<TimelineOverview> overview(SqliteEventStore &store);
// The rows at these positions (ascending), in that order; a position with no event is left
// out. A contiguous run is read as one range, anything else by point lookups on the rowid.
Result<QList<TimelineRow>> rowsAt(SqliteEventStore &store, const std::vector<qint64> &positions);
// The positions in (after, upTo] that match the filter. The SQL part of the filter narrows in
// SQLite; a regex filter's pattern (re, valid, not null then) is matched here on each payload.
// Stops with Cancelled when cancel becomes true.
Result<TimelineScanChunk> scan(SqliteEventStore &store, const TimelineFilter &filter,
                               const QRegularExpression *re, qint64 after, qint64 upTo,
                               const std::atomic_bool *cancel = nullptr);
// The distinct event types and actors, sorted, for the filter bar's lists.
Result<QStringList> distinctTypes(SqliteEventStore &store);
Result<QStringList> distinctActors(SqliteEventStore &store);
// About `buckets` buckets spanning the store's recorded times (whole minutes at least).
Result<TimelineDensity> density(SqliteEventStore &store, int buckets);

} // namespace timelinequery

} // namespace eventdesk::gui
