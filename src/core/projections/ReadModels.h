// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::projections {

// The console's queries over the read models. Each runs on the calling thread's reader
// connection (SqliteEventStore::readDatabase), so the GUI calls them off its own thread
// (QtConcurrent::run / readAsync) and gets plain values back. `asOf` > 0 answers "as it
// stood right after the event at that global position" (the timeline); 0 means now.
// They read what the projections have applied: call catchUpProjections first for "now".

// One request, as the requests list shows it.
struct RequestRow
{
    QString streamId;
    QString workflow;
    int workflowVersion = 0;
    QString title;
    Money amount;
    QString requester;
    QString status;   // CLI.md's status words: AwaitingApproval, Completed, ...
    QString step;     // the current step; empty once the request has ended
    QString stepKind; // approval, task, service, handler; empty without a step
    qint64 stepSince = 0;
    std::optional<qint64> dueAt; // when the current step is due, if it has a deadline
    QStringList approvers;       // the approvals standing in the chain
    qint64 submittedAt = 0;      // UTC ms; the age is now minus this
    qint64 updatedAt = 0;
    qint64 version = 0;  // the stream version this row stands at
    qint64 position = 0; // the global position of that event

    friend bool operator==(const RequestRow &, const RequestRow &) = default;
};

struct RequestFilter
{
    qint64 asOf = 0;
    QStringList statuses; // any of these; empty: all
    QString workflow;
    QString requester;
    QString text; // in the title, case-insensitive
    bool openOnly = false;
    int limit = 1000;
    int offset = 0;
};

// Newest submission first.
Result<QList<RequestRow>> queryRequests(SqliteEventStore &store, const RequestFilter &filter = {});
Result<std::optional<RequestRow>> queryRequest(SqliteEventStore &store, const QString &streamId,
                                               qint64 asOf = 0);

// What waits for a user (docs/PROJECTIONS.md "The inbox rule"): requests whose current
// approval or task step may be moved on by one of the user's roles (or by the submitter,
// where the definition says so), not the user's own request at an approval step, and
// not one the user has already approved in this chain. A manager whose limit is below
// the amount still sees it: their approval is recorded (limitCovers says so).
struct InboxItem
{
    RequestRow request;
    bool limitApplies = false;       // the step weighs the approver's limit
    std::optional<bool> limitCovers; // for such a step: whether the user's limit covers it
};

// Nearest deadline first (steps without one last), then the longest waiting.
// The user's roles and limit are those of $users as it stood at asOf.
Result<QList<InboxItem>> queryInbox(SqliteEventStore &store, const QString &user, qint64 asOf = 0);

// One saga instance, as the sagas page shows it.
struct SagaRow
{
    QString sagaId;
    QString request;
    QString workflow;
    int definitionVersion = 0;
    QString coordination;
    QString step;
    // running, waiting_for_person (the request waits at an approval or task step),
    // compensating, completed, failed (workflow::SagaStatus words).
    QString status;
    QString endStatus;
    QString cause;
    qint64 startedAt = 0; // the age is now minus this
    qint64 updatedAt = 0;
    std::optional<qint64> endedAt;
    qint64 position = 0;

    friend bool operator==(const SagaRow &, const SagaRow &) = default;
};

struct SagaFilter
{
    qint64 asOf = 0;
    QString workflow;
    QStringList statuses;
    bool activeOnly = false; // not completed or failed-and-ended
    int limit = 1000;
    int offset = 0;
};

// Newest first.
Result<QList<SagaRow>> querySagas(SqliteEventStore &store, const SagaFilter &filter = {});

struct AuditEntry
{
    qint64 position = 0;
    qint64 at = 0;
    QString streamId;
    QString type;
    QString actor;
    QString comment;
    QString reason;
    QString correlationId;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// A page of the audit log, newest first: pass the last entry's position as `before` for
// the next page (keyset paging).
struct AuditFilter
{
    qint64 before = 0; // only positions below this; 0: from the newest
    qint64 asOf = 0;   // only positions up to this
    QString actor;
    QString streamId;
    QString type;
    QString text; // in the comment or the reason
    int limit = 200;
};

Result<QList<AuditEntry>> queryAudit(SqliteEventStore &store, const AuditFilter &filter = {});

struct DayCount
{
    QDate day;
    int count = 0;
    friend bool operator==(const DayCount &, const DayCount &) = default;
};

struct KpiReport
{
    QList<DayCount> requestsPerDay; // by submission date (UTC), days with submissions
    int decided = 0;                // final approval decisions
    int approved = 0;
    int rejected = 0;
    double rejectionRate = 0;                  // rejected / decided; 0 when none was decided
    std::optional<double> leadTimeMedianHours; // submission -> final approval decision
    std::optional<double> leadTimeP90Hours;
    int deadlineReminders = 0; // steps that passed their deadline
    int deadlineEscalations = 0;
};

struct KpiFilter
{
    qint64 asOf = 0;
    QDate from; // inclusive, UTC; invalid: no bound
    QDate to;   // inclusive
    QString workflow;
};

Result<KpiReport> queryKpis(SqliteEventStore &store, const KpiFilter &filter = {});

} // namespace eventdesk::projections
