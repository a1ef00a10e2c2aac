// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/ReadModels.h"

#include "projections/EventRows.h"
#include "projections/Projection.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"
#include "workflow/SagaEvents.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::projections)
};

// A statement put together from fixed fragments; every value is bound.
struct Sql
{
    QString text;
    QVariantList values;

    void where(const QString &condition, const QVariantList &bound = {})
    {
        text += (text.contains(u" WHERE "_s) ? u" AND "_s : u" WHERE "_s) + condition;
        values += bound;
    }
};

Result<QSqlQuery> run(SqliteEventStore &store, const Sql &sql)
{
    QSqlDatabase &db = store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(
            Text::tr("The store %1 cannot be read.").arg(store.location()));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql.text))
        return sqlite::describe(q.lastError(), store.location(), Text::tr("read the read models"));
    for (qsizetype i = 0; i < sql.values.size(); ++i)
        q.bindValue(int(i), sql.values.at(i));
    if (!q.exec())
        return sqlite::describe(q.lastError(), store.location(), Text::tr("read the read models"));
    return q;
}

// The versions standing at asOf (0: the current ones) of a versioned table.
void standingAt(Sql &sql, qint64 asOf, const QString &prefix = {})
{
    if (asOf > 0)
        sql.where(u"%1valid_from <= ? AND (%1valid_to IS NULL OR %1valid_to > ?)"_s.arg(prefix),
                  {asOf, asOf});
    else
        sql.where(u"%1valid_to IS NULL"_s.arg(prefix));
}

std::optional<qint64> optionalInteger(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const QString RequestColumns =
    u"r.stream_id, r.workflow, r.workflow_version, r.title, r.amount_minor, r.currency, "
    "r.requester, r.status, r.step, r.step_kind, r.step_since, r.due_at, r.approvers, "
    "r.submitted_at, r.updated_at, r.stream_version, r.valid_from, r.limit_applies"_s;

RequestRow requestRow(const QSqlQuery &q)
{
    RequestRow r;
    r.streamId = q.value(0).toString();
    r.workflow = q.value(1).toString();
    r.workflowVersion = q.value(2).toInt();
    r.title = q.value(3).toString();
    r.amount = Money(q.value(4).toLongLong(), q.value(5).toString());
    r.requester = q.value(6).toString();
    r.status = q.value(7).toString();
    r.step = q.value(8).toString();
    r.stepKind = q.value(9).toString();
    r.stepSince = q.value(10).toLongLong();
    r.dueAt = optionalInteger(q.value(11));
    r.approvers = q.value(12).toString().split(u',', Qt::SkipEmptyParts);
    r.submittedAt = q.value(13).toLongLong();
    r.updatedAt = q.value(14).toLongLong();
    r.version = q.value(15).toLongLong();
    r.position = q.value(16).toLongLong();
    return r;
}

double percentile(const QList<qint64> &sorted, double p)
{
    const double index = p * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(index));
    const auto hi = qsizetype(std::ceil(index));
    return double(sorted.at(lo)) +
           (double(sorted.at(hi)) - double(sorted.at(lo))) * (index - double(lo));
}
} // namespace

Result<QList<RequestRow>> queryRequests(SqliteEventStore &store, const RequestFilter &filter)
{
    Sql sql{u"SELECT "_s + RequestColumns + u" FROM proj_requests r"_s, {}};
    standingAt(sql, filter.asOf, u"r."_s);
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : filter.statuses) {
            marks.append(u"?"_s);
            sql.values.append(s);
        }
        sql.where(u"r.status IN ("_s + marks.join(u", "_s) + u")"_s);
    }
    if (!filter.workflow.isEmpty())
        sql.where(u"r.workflow = ?"_s, {filter.workflow});
    if (!filter.requester.isEmpty())
        sql.where(u"r.requester = ?"_s, {filter.requester});
    if (!filter.text.isEmpty())
        sql.where(u"instr(lower(r.title), lower(?)) > 0"_s, {filter.text});
    if (filter.openOnly)
        sql.where(u"r.step <> ''"_s);
    sql.text += u" ORDER BY r.submitted_at DESC, r.stream_id LIMIT ? OFFSET ?"_s;
    sql.values << filter.limit << filter.offset;
    auto q = run(store, sql);
    if (!q)
        return q.error();
    QList<RequestRow> rows;
    while (q->next())
        rows.append(requestRow(*q));
    return rows;
}

Result<std::optional<RequestRow>> queryRequest(SqliteEventStore &store, const QString &streamId,
                                               qint64 asOf)
{
    Sql sql{u"SELECT "_s + RequestColumns + u" FROM proj_requests r"_s, {}};
    sql.where(u"r.stream_id = ?"_s, {streamId});
    standingAt(sql, asOf, u"r."_s);
    auto q = run(store, sql);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RequestRow>();
    return std::optional<RequestRow>(requestRow(*q));
}

Result<QList<InboxItem>> queryInbox(SqliteEventStore &store, const QString &user, qint64 asOf)
{
    // The user as $users had them at asOf: a handful of events, folded here.
    EventRows events(store.readDatabase(), store.upcasters());
    auto userEvents = events.streamUpTo(QString(security::UsersStream), asOf);
    if (!userEvents)
        return userEvents.error();
    security::UserDirectory directory;
    for (const RecordedEvent &e : std::as_const(userEvents.value()))
        directory.apply(e);
    const security::User *who = directory.find(user);
    if (!who || who->disabled)
        return QList<InboxItem>();

    Sql sql{u"SELECT "_s + RequestColumns + u" FROM proj_requests r"_s, {}};
    standingAt(sql, asOf, u"r."_s);
    sql.where(u"r.step_kind IN ('approval', 'task')"_s);
    sql.where(u"((r.waiting_roles & ?) <> 0 OR (r.waiting_submitter = 1 AND r.requester = ?))"_s,
              {roleMask(who->roles), user});
    sql.where(u"NOT (r.step_kind = 'approval' AND r.requester = ?)"_s, {user});
    sql.where(u"instr(r.approvers, ?) = 0"_s, {QString(u","_s + user + u","_s)});
    sql.text += u" ORDER BY r.due_at IS NULL, r.due_at, r.step_since, r.stream_id"_s;
    auto q = run(store, sql);
    if (!q)
        return q.error();
    DefinitionLookup definitions;
    QList<InboxItem> items;
    while (q->next()) {
        InboxItem item;
        item.request = requestRow(*q);
        item.limitApplies = q->value(17).toInt() != 0;
        if (item.limitApplies) {
            const workflow::Definition *d =
                definitions.find(item.request.workflow, item.request.workflowVersion, events);
            const std::optional<Money> limit =
                d ? d->approvalLimitFor(who->approvalLimit) : who->approvalLimit;
            item.limitCovers = limit && limit->currency() == item.request.amount.currency() &&
                               limit->minorUnits() >= item.request.amount.minorUnits();
        }
        items.append(item);
    }
    return items;
}

Result<QList<SagaRow>> querySagas(SqliteEventStore &store, const SagaFilter &filter)
{
    // The request as it stood at the same position says whether the saga waits for a person.
    Sql sql{u"SELECT s.saga_id, s.request, s.workflow, s.definition_version, s.coordination, "
            "s.step, s.status, s.call_in_flight, s.end_status, s.cause, s.started_at, "
            "s.updated_at, s.ended_at, s.valid_from, r.step, r.step_kind "
            "FROM proj_sagas s LEFT JOIN proj_requests r ON r.stream_id = s.request AND "_s +
                (filter.asOf > 0 ? u"r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to > ?)"_s
                                 : u"r.valid_to IS NULL"_s),
            {}};
    if (filter.asOf > 0)
        sql.values << filter.asOf << filter.asOf;
    standingAt(sql, filter.asOf, u"s."_s);
    if (!filter.workflow.isEmpty())
        sql.where(u"s.workflow = ?"_s, {filter.workflow});
    if (filter.activeOnly)
        sql.where(u"s.ended_at IS NULL"_s);
    sql.text += u" ORDER BY s.started_at DESC, s.saga_id"_s;
    auto q = run(store, sql);
    if (!q)
        return q.error();
    QList<SagaRow> rows;
    int skipped = 0;
    while (q->next()) {
        SagaRow s;
        s.sagaId = q->value(0).toString();
        s.request = q->value(1).toString();
        s.workflow = q->value(2).toString();
        s.definitionVersion = q->value(3).toInt();
        s.coordination = q->value(4).toString();
        s.step = q->value(5).toString();
        s.status = q->value(6).toString();
        const bool callInFlight = q->value(7).toInt() != 0;
        s.endStatus = q->value(8).toString();
        s.cause = q->value(9).toString();
        s.startedAt = q->value(10).toLongLong();
        s.updatedAt = q->value(11).toLongLong();
        s.endedAt = optionalInteger(q->value(12));
        s.position = q->value(13).toLongLong();
        const QString requestStepKind = q->value(15).toString();
        if (s.status == workflow::SagaStatus::Running && !callInFlight &&
            (requestStepKind == u"approval"_s || requestStepKind == u"task"_s)) {
            s.status = workflow::SagaStatus::WaitingForPerson;
            s.step = q->value(14).toString();
        }
        // The status filter applies to the status as shown, so it is applied here.
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(s.status))
            continue;
        if (skipped < filter.offset) {
            ++skipped;
            continue;
        }
        rows.append(s);
        if (rows.size() >= filter.limit)
            break;
    }
    return rows;
}

Result<QList<AuditEntry>> queryAudit(SqliteEventStore &store, const AuditFilter &filter)
{
    Sql sql{u"SELECT position, at, stream_id, type, actor, comment, reason, correlation_id "
            "FROM proj_audit"_s,
            {}};
    if (filter.before > 0)
        sql.where(u"position < ?"_s, {filter.before});
    if (filter.asOf > 0)
        sql.where(u"position <= ?"_s, {filter.asOf});
    if (!filter.actor.isEmpty())
        sql.where(u"actor = ?"_s, {filter.actor});
    if (!filter.streamId.isEmpty())
        sql.where(u"stream_id = ?"_s, {filter.streamId});
    if (!filter.type.isEmpty())
        sql.where(u"type = ?"_s, {filter.type});
    if (!filter.text.isEmpty())
        sql.where(u"(instr(lower(comment), lower(?)) > 0 OR instr(lower(reason), lower(?)) > 0)"_s,
                  {filter.text, filter.text});
    sql.text += u" ORDER BY position DESC LIMIT ?"_s;
    sql.values << filter.limit;
    auto q = run(store, sql);
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next())
        entries.append(AuditEntry{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                  q->value(2).toString(), q->value(3).toString(),
                                  q->value(4).toString(), q->value(5).toString(),
                                  q->value(6).toString(), q->value(7).toString()});
    return entries;
}

Result<KpiReport> queryKpis(SqliteEventStore &store, const KpiFilter &filter)
{
    Sql sql{u"SELECT kind, day, lead_ms FROM proj_kpi_facts"_s, {}};
    if (filter.asOf > 0)
        sql.where(u"position <= ?"_s, {filter.asOf});
    if (filter.from.isValid())
        sql.where(u"day >= ?"_s, {filter.from.toString(Qt::ISODate)});
    if (filter.to.isValid())
        sql.where(u"day <= ?"_s, {filter.to.toString(Qt::ISODate)});
    if (!filter.workflow.isEmpty())
        sql.where(u"workflow = ?"_s, {filter.workflow});
    sql.text += u" ORDER BY day, position"_s;
    auto q = run(store, sql);
    if (!q)
        return q.error();
    KpiReport report;
    QList<qint64> leadTimes;
    while (q->next()) {
        const QString kind = q->value(0).toString();
        if (kind == u"submitted"_s) {
            const QDate day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            if (report.requestsPerDay.isEmpty() || report.requestsPerDay.constLast().day != day)
                report.requestsPerDay.append(DayCount{day, 0});
            ++report.requestsPerDay.last().count;
        } else if (kind == u"approved"_s || kind == u"rejected"_s) {
            ++report.decided;
            ++(kind == u"approved"_s ? report.approved : report.rejected);
            leadTimes.append(q->value(2).toLongLong());
        } else if (kind == u"reminder"_s) {
            ++report.deadlineReminders;
        } else if (kind == u"escalation"_s) {
            ++report.deadlineEscalations;
        }
    }
    if (report.decided > 0)
        report.rejectionRate = double(report.rejected) / double(report.decided);
    if (!leadTimes.isEmpty()) {
        std::sort(leadTimes.begin(), leadTimes.end());
        constexpr double MsPerHour = 3'600'000.0;
        report.leadTimeMedianHours = percentile(leadTimes, 0.5) / MsPerHour;
        report.leadTimeP90Hours = percentile(leadTimes, 0.9) / MsPerHour;
    }
    return report;
}

} // namespace eventdesk::projections
