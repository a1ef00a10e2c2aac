-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: snapshots, checkpoints, and credentials kept outside the chain.

CREATE TABLE snapshots (
    stream_id            TEXT    NOT NULL,
    stream_version       INTEGER NOT NULL,
    state_schema_version INTEGER NOT NULL,
    state                BLOB    NOT NULL,
    taken_at             INTEGER NOT NULL,
    PRIMARY KEY (stream_id, stream_version)
) WITHOUT ROWID;
-- statement
CREATE TABLE checkpoints (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) WITHOUT ROWID;
-- statement
-- Password hashes are not events: replaceable, never exported, never in the chain.
CREATE TABLE credentials (
    user_name       TEXT    PRIMARY KEY,
    password_hash   TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL
) WITHOUT ROWID;
