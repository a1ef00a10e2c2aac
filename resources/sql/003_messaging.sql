-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: the dispatcher's bookkeeping on the outbox, dead letters, the inbox.
-- docs/MESSAGING.md describes every column. Outbox rows and dead letters are not events:
-- the audited changes (retry, edit, discard) are events in $deadletters.

-- pending: waiting or being delivered; delivered; dead: parked in dead_letters.
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';
-- statement
-- Attempts that reached the service (a call short-circuited by an open breaker is none).
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
-- statement
ALTER TABLE outbox ADD COLUMN short_circuits INTEGER NOT NULL DEFAULT 0;
-- statement
-- Not before this time (UTC ms): backoff, Retry-After, an open breaker.
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
-- statement
-- The claim: the dispatcher that holds the row and until when. An expired claim (its
-- process was killed) is taken over by the next dispatcher that looks.
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
-- statement
ALTER TABLE outbox ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;
-- statement
ALTER TABLE outbox ADD COLUMN first_failed_at INTEGER;
-- statement
ALTER TABLE outbox ADD COLUMN last_failed_at INTEGER;
-- statement
ALTER TABLE outbox ADD COLUMN last_error TEXT;
-- statement
-- The last answer: HTTP status (0 when none), adapter, response body (truncated).
ALTER TABLE outbox ADD COLUMN http_status INTEGER;
-- statement
ALTER TABLE outbox ADD COLUMN adapter TEXT;
-- statement
ALTER TABLE outbox ADD COLUMN response BLOB;
-- statement
-- Delivered or dead-lettered at.
ALTER TABLE outbox ADD COLUMN finished_at INTEGER;
-- statement
-- The dispatcher walks the pending rows in id order; this index holds exactly them, with
-- what the walk and the per-service counts read (status too, or SQLite reads the table to
-- check it), so delivered rows cost the walk nothing.
CREATE INDEX outbox_pending ON outbox (id, ordering_key, destination, status)
    WHERE status = 'pending';
-- statement
-- The keys that wait: a row not due yet, or claimed by a live lease. Looked up by time, so
-- finding them costs what waits, not what is pending.
CREATE INDEX outbox_waiting ON outbox (next_attempt_at, ordering_key, status)
    WHERE status = 'pending';
-- statement
CREATE INDEX outbox_leased ON outbox (lease_until, ordering_key, status)
    WHERE status = 'pending';
-- statement
-- Messages that failed permanently or exhausted their retries. Never deleted; the payload
-- as it was sent is never changed (an edit is an event and a new outbox message). Whether
-- a dead letter was retried or discarded is the event with resolution_event_id.
CREATE TABLE dead_letters (
    id                  INTEGER PRIMARY KEY,
    message_id          BLOB    NOT NULL UNIQUE,
    outbox_id           INTEGER NOT NULL,
    service             TEXT    NOT NULL,
    ordering_key        TEXT    NOT NULL,
    payload             BLOB    NOT NULL,
    error               TEXT    NOT NULL,
    permanent           INTEGER NOT NULL,
    http_status         INTEGER NOT NULL DEFAULT 0,
    response            BLOB,
    attempts            INTEGER NOT NULL,
    first_failed_at     INTEGER NOT NULL,
    last_failed_at      INTEGER NOT NULL,
    dead_at             INTEGER NOT NULL,
    resolution_event_id BLOB    NOT NULL UNIQUE
);
-- statement
CREATE TRIGGER dead_letters_refuse_delete BEFORE DELETE ON dead_letters
BEGIN
    SELECT RAISE(ABORT, 'dead letters are never deleted: discard one with a reason instead');
END;
-- statement
CREATE TRIGGER dead_letters_refuse_update BEFORE UPDATE ON dead_letters
BEGIN
    SELECT RAISE(ABORT, 'a dead letter is kept as it was parked: edit and retry it instead');
END;
-- statement
-- The receiving side's de-duplication: a handler processes each message id once.
CREATE TABLE inbox (
    handler      TEXT    NOT NULL,
    message_id   TEXT    NOT NULL,
    processed_at INTEGER NOT NULL,
    PRIMARY KEY (handler, message_id)
) WITHOUT ROWID;
