-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: the services' settings, and what the simulated services did.
-- docs/SERVICES.md describes both tables.

-- One row per service: the projection of the ServiceModeChanged, ServiceUrlChanged and
-- ServiceTimeoutChanged events of $health-<service> up to applied_position (the events
-- are the truth; a reader folds in any that the row has not caught up with).
CREATE TABLE service_settings (
    service          TEXT    PRIMARY KEY,
    adapter          TEXT    NOT NULL DEFAULT 'simulated' CHECK (adapter IN ('simulated', 'http')),
    url              TEXT    NOT NULL DEFAULT '',
    mode             TEXT    NOT NULL DEFAULT 'up',
    timeout_ms       INTEGER NOT NULL DEFAULT 10000,
    applied_position INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
-- statement
INSERT INTO service_settings (service) VALUES ('payment'), ('notification'), ('inventory'), ('ledger');
-- statement
-- The simulated services' memory of idempotency keys, like a payment provider's: every
-- call that reached the service is counted; the effect happens once per key.
-- request_hash (SHA-256 of operation and body) refuses a key used with another request.
CREATE TABLE service_effects (
    service         TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL,
    operation       TEXT    NOT NULL,
    request_id      TEXT    NOT NULL DEFAULT '',
    request_hash    TEXT    NOT NULL,
    calls           INTEGER NOT NULL,
    effects         INTEGER NOT NULL CHECK (effects IN (0, 1)),
    first_call_at   INTEGER NOT NULL,
    effected_at     INTEGER,
    last_call_at    INTEGER NOT NULL,
    PRIMARY KEY (service, idempotency_key)
) WITHOUT ROWID;
-- statement
CREATE INDEX service_effects_by_request ON service_effects (service, operation, request_id);
