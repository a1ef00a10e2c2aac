// SPDX-License-Identifier: GPL-3.0-or-later
#include "resilience/BreakerTable.h"

#include "resilience/BreakerEvents.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

#include <memory>

namespace eventdesk::resilience::detail {

using namespace Qt::Literals::StringLiterals;

namespace {
// Appends that lose a race are reconciled and tried again this often before the next
// flush takes over.
constexpr int MaxRecordRounds = 3;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

Result<BreakerRow> rowFromQuery(const QSqlQuery &q, const BreakerSettings &settings)
{
    BreakerRow row;
    row.service = q.value(0).toString();
    const CircuitBreakerConfig &config = settings.configFor(row.service);
    auto state = BreakerState::fromJson(parseObject(q.value(1).toByteArray()), config);
    row.state = state ? std::move(state).value() : freshRow(row.service, config).state;
    row.streamVersion = q.value(2).toLongLong();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toByteArray()).array())
        if (auto p = PendingEvent::fromJson(v.toObject()))
            row.pending.append(std::move(*p));
    return row;
}

// Appends the pending events; false when another writer got there first (the caller
// reconciles and tries again).
Result<bool> appendPending(SqliteEventStore &store, const BreakerRow &row)
{
    const QString stream = healthStream(row.service);
    QList<NewEvent> health;
    QList<NewEvent> others;
    QStringList otherStreams;
    for (const PendingEvent &p : row.pending) {
        auto event = NewEvent::fromBytes(p.id, p.type, 1, compact(p.payload), compact(p.metadata));
        if (!event)
            return event.error();
        if (p.stream == stream) {
            health.append(std::move(event).value());
        } else {
            others.append(std::move(event).value());
            otherStreams.append(p.stream);
        }
    }
    if (!health.isEmpty()) {
        AppendRequest request;
        request.streamId = stream;
        request.expected = row.streamVersion < 0 ? ExpectedVersion::noStream()
                                                 : ExpectedVersion::exact(row.streamVersion);
        request.events = std::move(health);
        const AppendResult r = store.append(std::move(request)).result();
        if (!r) {
            if (r.error().code == ErrorCode::Conflict)
                return false;
            return r.error();
        }
        if (r->alreadyStored)
            return false;
    }
    // Alerts follow the transition they report; appending a stored id again is a no-op.
    for (qsizetype i = 0; i < others.size(); ++i) {
        AppendRequest request;
        request.streamId = otherStreams.at(i);
        request.expected = ExpectedVersion::any();
        request.events.append(others.at(i));
        const AppendResult r = store.append(std::move(request)).result();
        if (!r)
            return r.error();
    }
    return true;
}
} // namespace

QJsonObject PendingEvent::toJson() const
{
    return QJsonObject{{"stream"_L1, stream},
                       {"id"_L1, uuidText(id)},
                       {"type"_L1, type},
                       {"payload"_L1, payload},
                       {"metadata"_L1, metadata}};
}

std::optional<PendingEvent> PendingEvent::fromJson(const QJsonObject &json)
{
    PendingEvent p;
    p.stream = json.value("stream"_L1).toString();
    p.id = QUuid::fromString(json.value("id"_L1).toString());
    p.type = json.value("type"_L1).toString();
    p.payload = json.value("payload"_L1).toObject();
    p.metadata = json.value("metadata"_L1).toObject();
    if (p.stream.isEmpty() || p.id.isNull() || p.type.isEmpty())
        return std::nullopt;
    return p;
}

BreakerRow freshRow(const QString &service, const CircuitBreakerConfig &config)
{
    BreakerRow row;
    row.service = service;
    row.state.window = SlidingWindow(config);
    return row;
}

Result<QHash<QString, BreakerRow>> loadRows(QSqlDatabase &db, const BreakerSettings &settings)
{
    auto q = sqlite::exec(db, u"SELECT service, state, stream_version, pending FROM breakers"_s);
    if (!q)
        return q.error();
    QHash<QString, BreakerRow> rows;
    while (q->next()) {
        auto row = rowFromQuery(q.value(), settings);
        if (!row)
            return row.error();
        rows.insert(row->service, std::move(row).value());
    }
    q->finish();
    return rows;
}

Result<BreakerRow> loadRow(QSqlDatabase &db, const QString &service,
                           const BreakerSettings &settings)
{
    auto q = sqlite::exec(
        db, u"SELECT service, state, stream_version, pending FROM breakers WHERE service = ?"_s,
        {service});
    if (!q)
        return q.error();
    if (!q->next())
        return freshRow(service, settings.configFor(service));
    auto row = rowFromQuery(q.value(), settings);
    q->finish();
    return row;
}

Status reconcile(QSqlDatabase &db, BreakerRow &row)
{
    QList<PendingEvent> remaining;
    for (const PendingEvent &p : std::as_const(row.pending)) {
        auto q = sqlite::exec(db, u"SELECT 1 FROM events WHERE event_id = ?"_s, {p.id.toRfc4122()});
        if (!q)
            return q.error();
        if (!q->next())
            remaining.append(p);
        q->finish();
    }
    row.pending = std::move(remaining);
    auto v = sqlite::exec(
        db, u"SELECT coalesce(max(stream_version), -1) FROM events WHERE stream_id = ?"_s,
        {healthStream(row.service)});
    if (!v)
        return v.error();
    row.streamVersion = v->next() ? v->value(0).toLongLong() : -1;
    v->finish();
    return success();
}

Status saveRow(QSqlDatabase &db, const BreakerRow &row, qint64 now)
{
    QJsonArray pending;
    for (const PendingEvent &p : row.pending)
        pending.append(p.toJson());
    return sqlite::execStatus(
        db,
        u"INSERT OR REPLACE INTO breakers (service, mode, state, stream_version, pending, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {row.service, QString(breakerModeName(row.state.mode)), compact(row.state.toJson()),
         row.streamVersion, QJsonDocument(pending).toJson(QJsonDocument::Compact), now});
}

EventMetadata systemMetadata()
{
    EventMetadata meta;
    meta.actor = QString(security::SystemActor);
    meta.host = QSysInfo::machineHostName();
    return meta;
}

QLatin1String eventTypeFor(const BreakerTransition &t)
{
    switch (t.to) {
    case BreakerMode::Open:
        return BreakerEvents::BreakerOpened;
    case BreakerMode::HalfOpen:
        return BreakerEvents::BreakerHalfOpened;
    case BreakerMode::ForcedOpen:
        return BreakerEvents::BreakerForcedOpen;
    case BreakerMode::ForcedClosed:
        return BreakerEvents::BreakerForcedClosed;
    case BreakerMode::Closed:
        return t.reason == TransitionReason::Released ? BreakerEvents::BreakerReleased
                                                      : BreakerEvents::BreakerClosed;
    }
    return BreakerEvents::BreakerClosed;
}

void addTransition(BreakerRow &row, const BreakerTransition &t, const EventMetadata &metadata)
{
    QJsonObject payload{{"service"_L1, row.service},
                        {"from"_L1, breakerModeName(t.from)},
                        {"to"_L1, breakerModeName(t.to)},
                        {"reason"_L1, transitionReasonName(t.reason)},
                        {"at"_L1, t.at},
                        {"calls"_L1, t.counts.calls},
                        {"failures"_L1, t.counts.failures},
                        {"slowCalls"_L1, t.counts.slowCalls},
                        {"failureRate"_L1, t.counts.failureRate()},
                        {"slowCallRate"_L1, t.counts.slowCallRate()}};
    if (t.to == BreakerMode::Open)
        payload.insert("openUntil"_L1, t.openUntil);
    PendingEvent health;
    health.stream = healthStream(row.service);
    health.id = QUuid::createUuid();
    health.type = eventTypeFor(t);
    health.payload = payload;
    health.metadata = metadata.toJson();
    row.pending.append(health);

    // A breaker that keeps failing its probes reopens every wait; only the first opening
    // is news for the people watching.
    if (t.to != BreakerMode::Open || t.from != BreakerMode::Closed)
        return;
    PendingEvent alert;
    alert.stream = QString(AlertsStream);
    alert.id = QUuid::createUuid();
    alert.type = QString(BreakerEvents::AlertRaised);
    alert.payload = QJsonObject{{"alert"_L1, BreakerOpenedAlert},
                                {"severity"_L1, u"warning"_s},
                                {"service"_L1, row.service},
                                {"reason"_L1, transitionReasonName(t.reason)},
                                {"failureRate"_L1, t.counts.failureRate()},
                                {"slowCallRate"_L1, t.counts.slowCallRate()},
                                {"calls"_L1, t.counts.calls},
                                {"failures"_L1, t.counts.failures},
                                {"at"_L1, t.at},
                                {"openUntil"_L1, t.openUntil},
                                {"healthStream"_L1, health.stream}};
    EventMetadata alertMeta = metadata;
    alertMeta.causationId = uuidText(health.id);
    alert.metadata = alertMeta.toJson();
    row.pending.append(alert);
}

Result<QList<BreakerRow>> recordPending(SqliteEventStore &store, QList<BreakerRow> rows,
                                        const BreakerSettings &settings)
{
    for (int round = 0; round < MaxRecordRounds; ++round) {
        QStringList touched;
        for (const BreakerRow &row : std::as_const(rows)) {
            if (row.pending.isEmpty())
                continue;
            auto appended = appendPending(store, row);
            if (!appended)
                return appended.error();
            touched.append(row.service);
        }
        if (touched.isEmpty())
            return rows;
        // Take the stored events off the rows (and learn the streams' versions), inside
        // the writer's transaction so no other process interleaves.
        auto updated = std::make_shared<QHash<QString, BreakerRow>>();
        const qint64 now = store.options().effectiveClock().nowMs();
        const Status s =
            store
                .runWrite([touched, settings, now, updated](QSqlDatabase &db) -> Status {
                    for (const QString &service : touched) {
                        auto row = loadRow(db, service, settings);
                        if (!row)
                            return row.error();
                        if (auto r = reconcile(db, row.value()); !r)
                            return r;
                        if (auto w = saveRow(db, row.value(), now); !w)
                            return w;
                        updated->insert(service, std::move(row).value());
                    }
                    return success();
                })
                .result();
        if (!s)
            return s.error();
        for (BreakerRow &row : rows)
            if (const auto it = updated->constFind(row.service); it != updated->constEnd())
                row = it.value();
    }
    // Still losing races: the events stay pending in their rows and the next flush (of
    // this process or another) appends them.
    return rows;
}

} // namespace eventdesk::resilience::detail
