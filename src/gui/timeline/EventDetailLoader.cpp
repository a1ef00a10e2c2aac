// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDetailLoader.h"

#include "commands/RequestLoader.h"
#include "domain/RequestAggregate.h"
#include "store/EventStore.h"
#include "store/SqliteEventStore.h"
#include "workflow/SagaEvents.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::gui::EventDetailLoader)
};

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::storageFailure(Text::tr("Could not %1: %2").arg(what, q.lastError().text()));
}

bool isRequestStream(const QString &streamId)
{
    return !streamId.startsWith(u'$') && domain::RequestAggregate::forWorkflow(
                                             domain::RequestAggregate::workflowOfStream(streamId))
                                             .has_value();
}

Result<RecordedEvent> eventAt(SqliteEventStore &store, qint64 position)
{
    ReadAllQuery q;
    q.fromPosition = position;
    q.toPosition = position;
    q.maxCount = 1;
    auto read = store.reader().readAll(q);
    if (!read)
        return read.error();
    if (read->isEmpty() || read->constFirst().globalPosition != position)
        return Error::notFound(Text::tr("There is no event at position %1.").arg(position));
    return read->constFirst();
}

// The generic fold of a stream up to the event's version: before and after it.
Status foldStream(SqliteEventStore &store, const RecordedEvent &event, EventDetail &out)
{
    QJsonObject state;
    qint64 next = 0;
    while (next <= event.streamVersion) {
        auto slice = store.reader().readStream(event.streamId, next, Direction::Forwards, 1000);
        if (!slice)
            return slice.error();
        if (slice->events.isEmpty())
            break;
        for (const RecordedEvent &e : std::as_const(slice->events)) {
            if (e.streamVersion > event.streamVersion)
                break;
            if (e.streamVersion == event.streamVersion)
                out.stateBefore = state;
            foldPayload(state, e.payloadObject());
            next = e.streamVersion + 1;
        }
    }
    out.stateAfter = state;
    return success();
}

Status requestStates(SqliteEventStore &store, const RecordedEvent &event, EventDetail &out)
{
    auto after = commands::loadRequest(store, event.streamId, event.globalPosition);
    if (!after)
        return after.error();
    out.stateAfter = after->request.toJson();
    // The stream's first event has nothing before it; otherwise the state at the position
    // just before this event is the state after the stream's previous event.
    if (event.streamVersion > 0 && event.globalPosition > 1) {
        auto before = commands::loadRequest(store, event.streamId, event.globalPosition - 1);
        if (!before)
            return before.error();
        if (before->request.exists())
            out.stateBefore = before->request.toJson();
    }
    return success();
}

// A stream's event: the first one (version 0), or its last one at or before position.
Result<std::optional<ThreadLink>> streamLink(QSqlDatabase &db, const QString &streamId,
                                             qint64 atOrBefore, ThreadLink::Relation relation)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool prepared =
        atOrBefore > 0
            ? q.prepare(u"SELECT global_position, type FROM events WHERE stream_id = ? AND "
                        "global_position <= ? ORDER BY stream_version DESC LIMIT 1"_s)
            : q.prepare(u"SELECT global_position, type FROM events WHERE stream_id = ? AND "
                        "stream_version = 0"_s);
    if (!prepared)
        return sqlError(q, Text::tr("prepare the thread query"));
    q.addBindValue(streamId);
    if (atOrBefore > 0)
        q.addBindValue(atOrBefore);
    if (!q.exec())
        return sqlError(q, Text::tr("read the thread"));
    if (!q.next())
        return std::optional<ThreadLink>();
    return std::optional<ThreadLink>(
        ThreadLink{relation, q.value(0).toLongLong(), streamId, q.value(1).toString(), {}});
}

// A saga's first event after position.
Result<std::optional<ThreadLink>> streamLinkAfter(QSqlDatabase &db, const QString &streamId,
                                                  qint64 after)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT global_position, type FROM events WHERE stream_id = ? AND "
                   "global_position > ? ORDER BY stream_version LIMIT 1"_s))
        return sqlError(q, Text::tr("prepare the thread query"));
    q.addBindValue(streamId);
    q.addBindValue(after);
    if (!q.exec())
        return sqlError(q, Text::tr("read the thread"));
    if (!q.next())
        return std::optional<ThreadLink>();
    return std::optional<ThreadLink>(ThreadLink{
        ThreadLink::Relation::Saga, q.value(0).toLongLong(), streamId, q.value(1).toString(), {}});
}

Result<QList<ThreadLink>> threadOf(SqliteEventStore &store, const RecordedEvent &event)
{
    QSqlDatabase &db = store.readDatabase();
    QList<ThreadLink> links;
    const QJsonObject meta = event.metadataObject();
    const QString causation = meta.value("causationId"_L1).toString();
    if (!causation.isEmpty()) {
        const QUuid id = QUuid::fromString(causation);
        ThreadLink link{ThreadLink::Relation::CausedBy, 0, {}, {}, causation};
        if (!id.isNull()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.prepare(u"SELECT global_position, stream_id, type FROM events "
                           "WHERE event_id = ?"_s))
                return sqlError(q, Text::tr("prepare the thread query"));
            q.addBindValue(id.toRfc4122());
            if (!q.exec())
                return sqlError(q, Text::tr("read the thread"));
            if (q.next()) {
                link.position = q.value(0).toLongLong();
                link.streamId = q.value(1).toString();
                link.type = q.value(2).toString();
                link.note.clear();
            }
        }
        if (link.position == 0 && !id.isNull()) {
            // Not an event: a message of the outbox (a service's reply is caused by the
            // call), written by the event that sent it.
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.prepare(u"SELECT o.event_position, o.destination, e.stream_id, e.type "
                           "FROM outbox o JOIN events e ON e.global_position = o.event_position "
                           "WHERE o.message_id = ?"_s))
                return sqlError(q, Text::tr("prepare the thread query"));
            q.addBindValue(id.toRfc4122());
            if (!q.exec())
                return sqlError(q, Text::tr("read the thread"));
            if (q.next()) {
                link.position = q.value(0).toLongLong();
                link.streamId = q.value(2).toString();
                link.type = q.value(3).toString();
                link.note = Text::tr("through its message to %1").arg(q.value(1).toString());
            }
        }
        if (link.position == 0)
            link.note = Text::tr("%1 (no event or message of this store)").arg(causation);
        links.append(link);
    }
    const QString correlation = meta.value("correlationId"_L1).toString();
    if (!correlation.isEmpty()) {
        const QString request = correlation.startsWith(workflow::SagaStreamPrefix)
                                    ? workflow::requestStreamOfSaga(correlation)
                                    : correlation;
        const QString saga = workflow::sagaStreamOf(request);
        if (saga != event.streamId) {
            auto started = streamLink(db, saga, 0, ThreadLink::Relation::Saga);
            if (!started)
                return started.error();
            if (*started) {
                ThreadLink l = **started;
                l.note = Text::tr("started");
                links.append(l);
            }
            auto current = streamLink(db, saga, event.globalPosition, ThreadLink::Relation::Saga);
            if (!current)
                return current.error();
            if (*current && (!*started || (*current)->position != (*started)->position)) {
                ThreadLink l = **current;
                l.note = Text::tr("last step before this event");
                links.append(l);
            }
            // What the saga did next: its reaction to this event, often.
            auto next = streamLinkAfter(db, saga, event.globalPosition);
            if (!next)
                return next.error();
            if (*next) {
                ThreadLink l = **next;
                l.note = Text::tr("next step after this event");
                links.append(l);
            }
        }
        if (request != event.streamId) {
            auto at = streamLink(db, request, event.globalPosition, ThreadLink::Relation::Request);
            if (!at)
                return at.error();
            if (*at)
                links.append(**at);
        }
    }
    return links;
}

} // namespace

void foldPayload(QJsonObject &state, const QJsonObject &payload)
{
    for (auto it = payload.begin(); it != payload.end(); ++it)
        state.insert(it.key(), it.value());
}

Result<EventDetail> loadEventDetail(SqliteEventStore &store, qint64 position,
                                    const QString &inboxUser)
{
    EventDetail out;
    out.position = position;
    auto event = eventAt(store, position);
    if (!event)
        return event.error();
    out.event = std::move(event).value();
    out.requestState = isRequestStream(out.event.streamId);
    const Status states =
        out.requestState ? requestStates(store, out.event, out) : foldStream(store, out.event, out);
    if (!states)
        return states.error();
    auto thread = threadOf(store, out.event);
    if (!thread)
        return thread.error();
    out.thread = std::move(thread).value();
    projections::RequestFilter filter;
    filter.asOf = position;
    auto requests = projections::queryRequests(store, filter);
    if (!requests)
        return requests.error();
    out.requestsAsOf = std::move(requests).value();
    if (!inboxUser.isEmpty()) {
        auto inbox = projections::queryInbox(store, inboxUser, position);
        if (!inbox)
            return inbox.error();
        out.inboxUser = inboxUser;
        out.inboxAsOf = std::move(inbox).value();
    }
    return out;
}

Result<QList<ThreadLink>> findCausedEvents(SqliteEventStore &store, const QUuid &eventId,
                                           qint64 after, qint64 upTo, int limit)
{
    QSqlDatabase &db = store.readDatabase();
    // Its own id, and the ids of the messages it sent: a service's reply names the call.
    QStringList ids{uuidText(eventId)};
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT message_id FROM outbox WHERE event_position = "
                       "(SELECT global_position FROM events WHERE event_id = ?)"_s))
            return sqlError(q, Text::tr("prepare the thread query"));
        q.addBindValue(eventId.toRfc4122());
        if (!q.exec())
            return sqlError(q, Text::tr("read the thread"));
        while (q.next())
            ids.append(uuidText(QUuid::fromRfc4122(q.value(0).toByteArray())));
    }
    QStringList quick, marks;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        quick.append(u"instr(metadata, ?) > 0"_s);
        marks.append(u"?"_s);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Caused events come after their cause. instr() on the raw bytes is a cheap filter;
    // json_extract then checks the key itself (metadata is a BLOB: cast to text first).
    if (!q.prepare(
            u"SELECT global_position, stream_id, type FROM events "
            "WHERE global_position > ? AND global_position <= ? AND (%1) "
            "AND json_extract(CAST(metadata AS TEXT), '$.causationId') IN (%2) "
            "ORDER BY global_position LIMIT ?"_s.arg(quick.join(u" OR "_s), marks.join(u", "_s))))
        return sqlError(q, Text::tr("prepare the thread query"));
    q.addBindValue(after);
    q.addBindValue(upTo > 0 ? upTo : std::numeric_limits<qint64>::max());
    for (const QString &id : std::as_const(ids))
        q.addBindValue(id.toUtf8());
    for (const QString &id : std::as_const(ids))
        q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, Text::tr("look for the events it caused"));
    QList<ThreadLink> links;
    while (q.next())
        links.append(ThreadLink{ThreadLink::Relation::Caused,
                                q.value(0).toLongLong(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                {}});
    return links;
}

} // namespace eventdesk::gui
