-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: circuit breakers shared by every process, and their rolling metric samples.
-- docs/RESILIENCE.md describes both. Breaker transitions are events ($health-<service>,
-- $alerts); these tables hold what changes with every call and is not worth an event.

-- One row per service: the breaker every process adopts at each flush.
--   state:          JSON, the mode, when it changed, the open wait, the sliding window and
--                   the half-open probes (BreakerState::toJson)
--   mode:           the state's mode again, for people and queries reading the table
--   stream_version: the version of $health-<service> when the row was last reconciled
--   pending:        JSON array of transition events decided with this row and not yet
--                   appended; each keeps its event id, so appending it twice is a no-op
CREATE TABLE breakers (
    service        TEXT    PRIMARY KEY,
    mode           TEXT    NOT NULL,
    state          BLOB    NOT NULL,
    stream_version INTEGER NOT NULL,
    pending        BLOB    NOT NULL,
    updated_at     INTEGER NOT NULL
) WITHOUT ROWID;
-- statement
-- Calls per second, outcome and latency: calls alike share a row with a count, so the
-- percentiles stay exact and a busy service costs few rows. Pruned after 24 hours.
--   bucket:  the start of the second (UTC ms, a multiple of 1000)
--   outcome: 0 success, 1 failure (retryable), 2 short-circuited by the breaker
CREATE TABLE breaker_samples (
    bucket     INTEGER NOT NULL,
    service    TEXT    NOT NULL,
    outcome    INTEGER NOT NULL,
    latency_ms INTEGER NOT NULL,
    calls      INTEGER NOT NULL,
    PRIMARY KEY (bucket, service, outcome, latency_ms)
) WITHOUT ROWID;
