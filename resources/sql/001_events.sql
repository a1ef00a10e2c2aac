-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: the append-only event log and the outbox written with it.
-- Statements are separated by a line holding only "-- statement".

-- global_position is the rowid: assigned by the writer inside the write transaction,
-- so positions are gap-free and in commit order.
CREATE TABLE events (
    global_position INTEGER PRIMARY KEY,
    stream_id       TEXT    NOT NULL,
    stream_version  INTEGER NOT NULL,
    event_id        BLOB    NOT NULL,
    type            TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    payload         BLOB    NOT NULL,
    metadata        BLOB    NOT NULL,
    recorded_at     INTEGER NOT NULL,
    hash            BLOB    NOT NULL
);
-- statement
CREATE UNIQUE INDEX events_by_stream ON events (stream_id, stream_version);
-- statement
CREATE UNIQUE INDEX events_by_event_id ON events (event_id);
-- statement
-- Index entries end with the rowid, so these also give position order within a type
-- or a category without storing the position twice.
CREATE INDEX events_by_type ON events (type);
-- statement
CREATE INDEX events_by_category ON events (substr(stream_id, 1, instr(stream_id || '-', '-') - 1));
-- statement
CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: an event cannot be changed');
END;
-- statement
CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: an event cannot be deleted');
END;
-- statement
CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY,
    message_id     BLOB    NOT NULL UNIQUE,
    destination    TEXT    NOT NULL,
    ordering_key   TEXT    NOT NULL,
    payload        BLOB    NOT NULL,
    event_position INTEGER NOT NULL,
    created_at     INTEGER NOT NULL
);
-- statement
CREATE TABLE store_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
