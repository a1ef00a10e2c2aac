-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: the CQRS read models (docs/PROJECTIONS.md). Every row here is derived from
-- the events and can be rebuilt from zero (`eventdesk-cli rebuild`); each projection's
-- progress is its row `projection/<name>` in checkpoints.

-- Requests, one row per version: the event at global position valid_from made it, the
-- event at valid_to replaced it (NULL: the current version). "As it stood at N" is
-- valid_from <= N AND (valid_to IS NULL OR valid_to > N).
--   step_kind:         approval, task, service, handler, or '' when no step is current
--   waiting_roles:     bit mask (1 << role index in security::AllRoles) of the roles that
--                      may move the step on (its actions other than reject and cancel)
--   waiting_submitter: 1 when such an action admits the submitter
--   approvers:         ",max,lou," the approvals standing in the chain (not revoked)
--   due_at:            when the current step is due (UTC ms), NULL without a deadline
CREATE TABLE proj_requests (
    stream_id         TEXT    NOT NULL,
    valid_from        INTEGER NOT NULL,
    valid_to          INTEGER,
    stream_version    INTEGER NOT NULL,
    workflow          TEXT    NOT NULL,
    workflow_version  INTEGER NOT NULL,
    title             TEXT    NOT NULL,
    amount_minor      INTEGER NOT NULL,
    currency          TEXT    NOT NULL,
    requester         TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    step              TEXT    NOT NULL,
    step_kind         TEXT    NOT NULL,
    step_since        INTEGER NOT NULL,
    due_at            INTEGER,
    limit_applies     INTEGER NOT NULL,
    waiting_roles     INTEGER NOT NULL,
    waiting_submitter INTEGER NOT NULL,
    approvers         TEXT    NOT NULL,
    submitted_at      INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (stream_id, valid_from)
) WITHOUT ROWID;
-- statement
-- The current versions only: what the console lists and the inbox looks at now.
CREATE INDEX proj_requests_current ON proj_requests (submitted_at, stream_id)
    WHERE valid_to IS NULL;
-- statement
CREATE INDEX proj_requests_closed ON proj_requests (valid_to, valid_from);
-- statement
-- Saga instances, versioned like proj_requests. status is what the saga stream alone
-- says (running, compensating, completed, failed); the query adds waiting_for_person
-- from the request's step as it stood at the same position.
CREATE TABLE proj_sagas (
    saga_id            TEXT    NOT NULL,
    valid_from         INTEGER NOT NULL,
    valid_to           INTEGER,
    stream_version     INTEGER NOT NULL,
    request            TEXT    NOT NULL,
    workflow           TEXT    NOT NULL,
    definition_version INTEGER NOT NULL,
    coordination       TEXT    NOT NULL,
    step               TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    call_in_flight     INTEGER NOT NULL,
    message_id         TEXT    NOT NULL,
    end_status         TEXT    NOT NULL,
    cause              TEXT    NOT NULL,
    started_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    ended_at           INTEGER,
    PRIMARY KEY (saga_id, valid_from)
) WITHOUT ROWID;
-- statement
CREATE INDEX proj_sagas_current ON proj_sagas (started_at, saga_id) WHERE valid_to IS NULL;
-- statement
CREATE INDEX proj_sagas_closed ON proj_sagas (valid_to, valid_from);
-- statement
-- Who did what, when, with which comment: one row per event that names an actor.
-- at is the payload's `at` (the time of the command), else the time it was recorded.
CREATE TABLE proj_audit (
    position       INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    stream_id      TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    comment        TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    correlation_id TEXT    NOT NULL
);
-- statement
CREATE INDEX proj_audit_by_actor ON proj_audit (actor, position);
-- statement
CREATE INDEX proj_audit_by_stream ON proj_audit (stream_id, position);
-- statement
-- The facts the KPIs count, one row per fact at the position of the event that made it:
--   kind: submitted, approved (the final approval decision), rejected, reminder, escalation
--   day:  the UTC date of `at` (yyyy-MM-dd); lead_ms: submission to decision
CREATE TABLE proj_kpi_facts (
    position  INTEGER PRIMARY KEY,
    kind      TEXT    NOT NULL,
    workflow  TEXT    NOT NULL,
    stream_id TEXT    NOT NULL,
    day       TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    lead_ms   INTEGER
);
-- statement
CREATE INDEX proj_kpi_facts_by_day ON proj_kpi_facts (kind, day);
