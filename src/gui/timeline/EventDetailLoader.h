// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/ReadModels.h"
#include "store/Event.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::gui {

// One link of an event's thread: the event that caused it, its saga, its request, the
// events it caused.
struct ThreadLink
{
    enum class Relation
    {
        CausedBy,
        Saga,
        Request,
        Caused
    };
    Relation relation = Relation::CausedBy;
    qint64 position = 0; // 0: not an event of this store (only a note)
    QString streamId;
    QString type;
    QString note; // with a position: how it relates ("through its message to ledger");
                  // without: what the causation id was

    friend bool operator==(const ThreadLink &, const ThreadLink &) = default;
};

// Everything the panel shows for one event, read on a worker thread.
struct EventDetail
{
    qint64 position = 0;
    RecordedEvent event;
    // true: a workflow request stream, rebuilt by commands::loadRequest and shown in the
    // aggregate's JSON form; false: the generic fold (foldPayloads).
    bool requestState = false;
    QJsonObject stateBefore; // empty for the stream's first event
    QJsonObject stateAfter;
    QList<ThreadLink> thread; // caused by, saga, request (the caused events come later)
    QList<projections::RequestRow> requestsAsOf;
    QString inboxUser; // whose inbox was read (empty: none)
    QList<projections::InboxItem> inboxAsOf;
};

// The generic rule for streams that are no request: the state is the stream's event
// payloads merged in order, each payload's top-level keys replacing the same keys of the
// state (nothing is ever removed). It shows what the stream's events last said.
void foldPayload(QJsonObject &state, const QJsonObject &payload);

// Reads the event at a global position, the stream's state right after and right before
// it, the thread's cause/saga/request links, the requests and inboxUser's inbox as they
// stood then. NotFound when there is no event at that position.
Result<EventDetail> loadEventDetail(SqliteEventStore &store, qint64 position,
                                    const QString &inboxUser = {});

// The events whose metadata causationId is eventId or the id of an outbox message that
// event wrote (a service's reply names the call), among positions (after, upTo] (upTo
// 0: to the end), at most `limit`, in position order. The store has no index on
// metadata, so this scans those events: on a large store it takes a while (run it in the
// background; later calls scan only the positions committed since).
Result<QList<ThreadLink>> findCausedEvents(SqliteEventStore &store, const QUuid &eventId,
                                           qint64 after, qint64 upTo = 0, int limit = 200);

} // namespace eventdesk::gui
