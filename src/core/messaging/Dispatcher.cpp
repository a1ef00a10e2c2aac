// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/Dispatcher.h"

#include "messaging/Messages.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteRaw.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace eventdesk::messaging {

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDispatcher, "eventdesk.messaging.dispatcher", QtInfoMsg)

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::messaging::Dispatcher)
};

// While busy, the breakers are written to the store at most this often.
constexpr qint64 GateFlushIntervalMs = 250;

// Transactions of one dispatcher queued on the writer at once.
constexpr int MaxOutstandingCycles = 2;

// A short-circuited message is looked at again after at least this long.
constexpr qint64 MinShortCircuitDelayMs = 1'000;

// A claimed outbox row.
struct Claimed
{
    qint64 id = 0;
    QUuid messageId;
    QString destination;
    QString orderingKey;
    QByteArray payload;
    int attempts = 0;
    qint64 firstFailedAt = 0;
};

enum class Outcome
{
    Delivered,
    Retry,
    ShortCircuit,
    DeadLetter,
    Release
};

// What to record about one claimed message.
struct Completion
{
    Outcome outcome = Outcome::Release;
    Claimed message;
    ServiceCall call;
    CallResult result;
    int attempts = 0;
    qint64 at = 0;
    qint64 nextAttemptAt = 0;
    qint64 firstFailedAt = 0;
    QString error;
    bool permanent = false;
    // Filled in by the write.
    bool applied = false;
    qint64 deadLetterId = 0;
};

// One write transaction: record outcomes, renew claims, claim more.
struct Cycle
{
    QString owner;
    qint64 leaseMs = 0;
    int claimLimit = 0;
    int maxChain = 1;
    int maxResponseBytes = 0;
    bool useRawSqlite = false;
    bool renew = false;
    QSet<qint64> inFlight;
    quint64 generation = 0;
    QList<Completion> completions;
    // Messages held back by an open breaker whose service has answered since: due now.
    QList<qint64> wake;

    // Results.
    QList<QList<Claimed>> chains; // each: consecutive messages of one key, in order
    int claimed = 0;
    bool scanComplete = false;
    qint64 nextWakeAt = 0; // 0: nothing waits for a time
    qint64 now = 0;
    sqlite3 *raw = nullptr; // the writer's handle, when the C API may be used on it
};

bool prepare(QSqlDatabase &db, QSqlQuery &q, const QString &sql)
{
    q = QSqlQuery(db);
    q.setForwardOnly(true);
    return q.prepare(sql);
}

Status failed(QSqlDatabase &db, const QSqlQuery &q, const QString &what)
{
    return sqlite::describe(q.lastError(), db.databaseName(), what);
}

// Appends a JSON string of UTF-8 text.
void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += ch;
        }
    }
    out += '"';
}

Status recordOutcomes(QSqlDatabase &db, Cycle &c)
{
    if (c.completions.isEmpty())
        return success();
    QSqlQuery delivered, retry, shortCircuit, dead, insertDead, release;
    const bool prepared =
        prepare(db, delivered,
                u"UPDATE outbox SET status = 'delivered', attempts = ?, finished_at = ?, "
                "http_status = ?, adapter = ?, response = ?, lease_owner = NULL, lease_until = 0 "
                "WHERE id = ? AND status = 'pending'"_s) &&
        prepare(db, retry,
                u"UPDATE outbox SET attempts = ?, next_attempt_at = ?, first_failed_at = ?, "
                "last_failed_at = ?, last_error = ?, http_status = ?, adapter = ?, response = ?, "
                "lease_owner = NULL, lease_until = 0 WHERE id = ? AND status = 'pending' AND "
                "lease_owner = ?"_s) &&
        prepare(db, shortCircuit,
                u"UPDATE outbox SET short_circuits = short_circuits + 1, next_attempt_at = ?, "
                "last_error = ?, lease_owner = NULL, lease_until = 0 WHERE id = ? AND "
                "status = 'pending' AND lease_owner = ?"_s) &&
        prepare(db, dead,
                u"UPDATE outbox SET status = 'dead', attempts = ?, first_failed_at = ?, "
                "last_failed_at = ?, last_error = ?, http_status = ?, adapter = ?, response = ?, "
                "finished_at = ?, lease_owner = NULL, lease_until = 0 WHERE id = ? AND "
                "status = 'pending' AND lease_owner = ?"_s) &&
        prepare(db, insertDead,
                u"INSERT INTO dead_letters (message_id, outbox_id, service, ordering_key, "
                "payload, error, permanent, http_status, response, attempts, first_failed_at, "
                "last_failed_at, dead_at, resolution_event_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s) &&
        prepare(db, release,
                u"UPDATE outbox SET lease_owner = NULL, lease_until = 0 WHERE id = ? AND "
                "status = 'pending' AND lease_owner = ?"_s);
    if (!prepared)
        return sqlite::describe(db.lastError(), db.databaseName(),
                                Text::tr("prepare the dispatcher"));

    QHash<qint64, Completion *> batched;
    if (c.raw) {
        // Deliveries, the bulk of the outcomes, through the C API: one reused statement.
        sqlite::RawStatement one;
        if (!one.prepare(c.raw, "UPDATE outbox SET status = 'delivered', attempts = ?1, "
                                "finished_at = ?2, http_status = ?3, adapter = ?4, response = ?5, "
                                "lease_owner = NULL, lease_until = 0 WHERE id = ?6 AND "
                                "status = 'pending'"))
            return sqlite::describe(sqlite::rawError(c.raw), db.databaseName(),
                                    Text::tr("prepare the dispatcher"));
        for (Completion &done : c.completions) {
            if (done.outcome != Outcome::Delivered)
                continue;
            const QByteArray adapter = done.result.adapter.toUtf8();
            const QByteArray response = done.result.responseBody.left(c.maxResponseBytes);
            one.bindInt64(1, done.attempts);
            one.bindInt64(2, done.at);
            one.bindInt64(3, done.result.httpStatus);
            if (adapter.isEmpty())
                one.bindNull(4);
            else
                one.bindText(4, adapter);
            if (response.isEmpty())
                one.bindNull(5);
            else
                one.bindBlob(5, response);
            one.bindInt64(6, done.message.id);
            const int rc = one.step();
            if (!one.isDone(rc)) {
                const QSqlError error = one.error();
                one.reset();
                return sqlite::describe(error, db.databaseName(), Text::tr("record deliveries"));
            }
            one.reset();
            done.applied = sqlite3_changes(c.raw) == 1;
            batched.insert(done.message.id, &done);
        }
    }
    // Otherwise deliveries in one statement: a JSON array of them.
    QByteArray batch = "[";
    for (Completion &done : c.completions) {
        if (c.raw || done.outcome != Outcome::Delivered)
            continue;
        const QByteArray response = done.result.responseBody.left(c.maxResponseBytes);
        if (!QUtf8StringView(response).isValidUtf8())
            continue; // bytes JSON cannot carry: the statement of its own below
        if (batched.size() > 0)
            batch += ',';
        batch += "{\"i\":" + QByteArray::number(done.message.id) +
                 ",\"a\":" + QByteArray::number(done.attempts) +
                 ",\"t\":" + QByteArray::number(done.at) +
                 ",\"h\":" + QByteArray::number(done.result.httpStatus);
        if (!done.result.adapter.isEmpty()) {
            batch += ",\"d\":";
            appendJsonString(batch, done.result.adapter.toUtf8());
        }
        if (!response.isEmpty()) {
            batch += ",\"r\":";
            appendJsonString(batch, response);
        }
        batch += '}';
        batched.insert(done.message.id, &done);
    }
    batch += ']';
    if (!c.raw && !batched.isEmpty()) {
        QSqlQuery many;
        if (!prepare(db, many,
                     u"UPDATE outbox SET status = 'delivered', "
                     "attempts = json_extract(j.value, '$.a'), "
                     "finished_at = json_extract(j.value, '$.t'), "
                     "http_status = json_extract(j.value, '$.h'), "
                     "adapter = json_extract(j.value, '$.d'), "
                     "response = CAST(json_extract(j.value, '$.r') AS BLOB), "
                     "lease_owner = NULL, lease_until = 0 "
                     "FROM json_each(?) AS j WHERE outbox.id = json_extract(j.value, '$.i') "
                     "AND outbox.status = 'pending' RETURNING outbox.id"_s))
            return failed(db, many, Text::tr("prepare the dispatcher"));
        many.bindValue(0, QString::fromUtf8(batch));
        if (!many.exec())
            return failed(db, many, Text::tr("record deliveries"));
        while (many.next())
            if (Completion *done = batched.value(many.value(0).toLongLong()))
                done->applied = true;
        if (many.lastError().isValid())
            return failed(db, many, Text::tr("record deliveries"));
        many.finish();
    }

    for (Completion &done : c.completions) {
        if (batched.contains(done.message.id))
            continue;
        const Claimed &m = done.message;
        const QByteArray response = done.result.responseBody.left(c.maxResponseBytes);
        QSqlQuery *q = nullptr;
        switch (done.outcome) {
        case Outcome::Delivered:
            // Recorded whoever holds the claim: the effect happened.
            q = &delivered;
            q->bindValue(0, done.attempts);
            q->bindValue(1, done.at);
            q->bindValue(2, done.result.httpStatus);
            q->bindValue(3, done.result.adapter);
            q->bindValue(4, response);
            q->bindValue(5, m.id);
            break;
        case Outcome::Retry:
            q = &retry;
            q->bindValue(0, done.attempts);
            q->bindValue(1, done.nextAttemptAt);
            q->bindValue(2, done.firstFailedAt);
            q->bindValue(3, done.at);
            q->bindValue(4, done.error);
            q->bindValue(5, done.result.httpStatus);
            q->bindValue(6, done.result.adapter);
            q->bindValue(7, response);
            q->bindValue(8, m.id);
            q->bindValue(9, c.owner);
            break;
        case Outcome::ShortCircuit:
            q = &shortCircuit;
            q->bindValue(0, done.nextAttemptAt);
            q->bindValue(1, done.error);
            q->bindValue(2, m.id);
            q->bindValue(3, c.owner);
            break;
        case Outcome::DeadLetter:
            q = &dead;
            q->bindValue(0, done.attempts);
            q->bindValue(1, done.firstFailedAt);
            q->bindValue(2, done.at);
            q->bindValue(3, done.error);
            q->bindValue(4, done.result.httpStatus);
            q->bindValue(5, done.result.adapter);
            q->bindValue(6, response);
            q->bindValue(7, done.at);
            q->bindValue(8, m.id);
            q->bindValue(9, c.owner);
            break;
        case Outcome::Release:
            q = &release;
            q->bindValue(0, m.id);
            q->bindValue(1, c.owner);
            break;
        }
        if (!q->exec())
            return failed(db, *q, Text::tr("record a delivery"));
        done.applied = q->numRowsAffected() == 1;
        if (done.outcome != Outcome::DeadLetter || !done.applied)
            continue;
        insertDead.bindValue(0, m.messageId.toRfc4122());
        insertDead.bindValue(1, m.id);
        insertDead.bindValue(2, m.destination);
        insertDead.bindValue(3, m.orderingKey);
        insertDead.bindValue(4, m.payload);
        insertDead.bindValue(5, done.error);
        insertDead.bindValue(6, done.permanent ? 1 : 0);
        insertDead.bindValue(7, done.result.httpStatus);
        insertDead.bindValue(8, response);
        insertDead.bindValue(9, done.attempts);
        insertDead.bindValue(10, done.firstFailedAt);
        insertDead.bindValue(11, done.at);
        insertDead.bindValue(12, done.at);
        insertDead.bindValue(13,
                             messagingUuid(u"dead-letter/"_s + uuidText(m.messageId)).toRfc4122());
        if (!insertDead.exec())
            return failed(db, insertDead, Text::tr("park a dead letter"));
        done.deadLetterId = insertDead.lastInsertId().toLongLong();
    }
    return success();
}

// Walks the pending rows in id order. A key's first pending row decides for the key: when
// it can go now (due, not claimed by a live lease, not under way here) it is claimed with
// the rows of the same key that follow, up to maxChain; otherwise the key waits, and so do
// all its later rows. Every earlier pending row of a key is seen before its later ones, so
// a message is claimed only when nothing before it with its key is still pending.
Status claim(QSqlDatabase &db, Cycle &c)
{
    if (c.claimLimit <= 0)
        return success();
    // A key waits whole while any of its pending rows waits for a time or is claimed by a
    // live lease (here or elsewhere): SQLite leaves those keys out, so the walk below sees
    // only keys that can go now.
    QSqlQuery scan;
    if (!prepare(db, scan,
                 u"SELECT id, ordering_key FROM outbox WHERE status = 'pending' AND "
                 "ordering_key NOT IN (SELECT ordering_key FROM outbox WHERE status = 'pending' "
                 "AND lease_until > ? UNION ALL SELECT ordering_key FROM outbox WHERE "
                 "status = 'pending' AND next_attempt_at > ?) ORDER BY id"_s))
        return failed(db, scan, Text::tr("prepare the dispatcher"));
    scan.bindValue(0, c.now);
    scan.bindValue(1, c.now);
    if (!scan.exec())
        return failed(db, scan, Text::tr("look for messages to send"));
    QHash<QString, qsizetype> keys; // -1: the key waits; else its chain
    QList<QList<qint64>> chainIds;
    c.scanComplete = true;
    while (scan.next()) {
        const qint64 id = scan.value(0).toLongLong();
        const QString key = scan.value(1).toString();
        // Under way here past its lease (a very slow call): its key still waits.
        const bool free = !c.inFlight.contains(id);
        auto it = keys.find(key);
        if (it != keys.end()) {
            if (it.value() < 0)
                continue;
            QList<qint64> &chain = chainIds[it.value()];
            if (free && chain.size() < c.maxChain) {
                chain.append(id);
                ++c.claimed;
            } else {
                it.value() = -1;
            }
        } else if (free) {
            keys.insert(key, chainIds.size());
            chainIds.append(QList<qint64>{id});
            ++c.claimed;
        } else {
            keys.insert(key, -1);
        }
        if (c.claimed >= c.claimLimit) {
            c.scanComplete = false;
            break;
        }
    }
    scan.finish();
    if (c.scanComplete) {
        // When the first waiting message may go: its backoff ends, or a claim runs out (one
        // of this dispatcher's own is renewed before: looking then costs one walk).
        QSqlQuery wake;
        if (!prepare(db, wake,
                     u"SELECT (SELECT min(next_attempt_at) FROM outbox WHERE status = 'pending' "
                     "AND next_attempt_at > ?), (SELECT min(lease_until) FROM outbox WHERE "
                     "status = 'pending' AND lease_until > ?)"_s))
            return failed(db, wake, Text::tr("prepare the dispatcher"));
        wake.bindValue(0, c.now);
        wake.bindValue(1, c.now);
        if (!wake.exec() || !wake.next())
            return failed(db, wake, Text::tr("look for messages to send"));
        const qint64 due = wake.value(0).toLongLong();
        const qint64 leased = wake.value(1).toLongLong();
        c.nextWakeAt = due > 0 && leased > 0 ? std::min(due, leased) : std::max(due, leased);
        wake.finish();
    }
    if (c.claimed == 0)
        return success();

    // One statement claims them all and reads them back.
    QByteArray ids = "[";
    for (const QList<qint64> &chain : std::as_const(chainIds))
        for (const qint64 id : chain) {
            if (ids.size() > 1)
                ids += ',';
            ids += QByteArray::number(id);
        }
    ids += ']';
    QSqlQuery lease;
    if (!prepare(db, lease,
                 u"UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id IN (SELECT value "
                 "FROM json_each(?)) RETURNING id, message_id, destination, ordering_key, payload, "
                 "attempts, first_failed_at"_s))
        return failed(db, lease, Text::tr("prepare the dispatcher"));
    lease.bindValue(0, c.owner);
    lease.bindValue(1, c.now + c.leaseMs);
    lease.bindValue(2, QString::fromLatin1(ids));
    if (!lease.exec())
        return failed(db, lease, Text::tr("claim messages"));
    QHash<qint64, Claimed> rows;
    rows.reserve(c.claimed);
    while (lease.next()) {
        Claimed m;
        m.id = lease.value(0).toLongLong();
        m.messageId = QUuid::fromRfc4122(lease.value(1).toByteArray());
        m.destination = lease.value(2).toString();
        m.orderingKey = lease.value(3).toString();
        m.payload = lease.value(4).toByteArray();
        m.attempts = lease.value(5).toInt();
        m.firstFailedAt = lease.value(6).toLongLong();
        rows.insert(m.id, std::move(m));
    }
    if (lease.lastError().isValid())
        return failed(db, lease, Text::tr("claim messages"));
    lease.finish();
    if (rows.size() != c.claimed)
        return Error::internal(Text::tr("%1 messages were to be claimed, but %2 were.")
                                   .arg(c.claimed)
                                   .arg(rows.size()));
    c.chains.reserve(chainIds.size());
    for (const QList<qint64> &chainOfIds : std::as_const(chainIds)) {
        QList<Claimed> chain;
        chain.reserve(chainOfIds.size());
        for (const qint64 id : chainOfIds)
            chain.append(rows.take(id));
        c.chains.append(std::move(chain));
    }
    return success();
}

// claim() through the C API: the same statements, without Qt's per-value costs.
Status claimRaw(QSqlDatabase &db, Cycle &c)
{
    if (c.claimLimit <= 0)
        return success();
    const auto rawFailure = [&db](const sqlite::RawStatement &st, const QString &what) {
        return Status(sqlite::describe(st.error(), db.databaseName(), what));
    };
    sqlite::RawStatement scan;
    if (!scan.prepare(c.raw, "SELECT id, ordering_key FROM outbox WHERE status = 'pending' AND "
                             "ordering_key NOT IN (SELECT ordering_key FROM outbox WHERE "
                             "status = 'pending' AND lease_until > ?1 UNION ALL SELECT "
                             "ordering_key FROM outbox WHERE status = 'pending' AND "
                             "next_attempt_at > ?1) ORDER BY id"))
        return sqlite::describe(sqlite::rawError(c.raw), db.databaseName(),
                                Text::tr("prepare the dispatcher"));
    scan.bindInt64(1, c.now);
    QHash<QByteArray, qsizetype> keys; // -1: the key waits; else its chain
    QList<QList<qint64>> chainIds;
    c.scanComplete = true;
    for (;;) {
        const int rc = scan.step();
        if (scan.isDone(rc))
            break;
        if (!scan.isRow(rc))
            return rawFailure(scan, Text::tr("look for messages to send"));
        const qint64 id = scan.int64(0);
        const QByteArray key = scan.bytes(1).toByteArray();
        const bool free = !c.inFlight.contains(id);
        auto it = keys.find(key);
        if (it != keys.end()) {
            if (it.value() < 0)
                continue;
            QList<qint64> &chain = chainIds[it.value()];
            if (free && chain.size() < c.maxChain) {
                chain.append(id);
                ++c.claimed;
            } else {
                it.value() = -1;
            }
        } else if (free) {
            keys.insert(key, chainIds.size());
            chainIds.append(QList<qint64>{id});
            ++c.claimed;
        } else {
            keys.insert(key, -1);
        }
        if (c.claimed >= c.claimLimit) {
            c.scanComplete = false;
            break;
        }
    }
    scan.reset();
    if (c.scanComplete) {
        sqlite::RawStatement wake;
        if (!wake.prepare(c.raw, "SELECT (SELECT min(next_attempt_at) FROM outbox WHERE "
                                 "status = 'pending' AND next_attempt_at > ?1), (SELECT "
                                 "min(lease_until) FROM outbox WHERE status = 'pending' AND "
                                 "lease_until > ?1)"))
            return sqlite::describe(sqlite::rawError(c.raw), db.databaseName(),
                                    Text::tr("prepare the dispatcher"));
        wake.bindInt64(1, c.now);
        if (!wake.isRow(wake.step()))
            return rawFailure(wake, Text::tr("look for messages to send"));
        const qint64 due = wake.int64(0);
        const qint64 leased = wake.int64(1);
        c.nextWakeAt = due > 0 && leased > 0 ? std::min(due, leased) : std::max(due, leased);
        wake.reset();
    }
    if (c.claimed == 0)
        return success();

    // One statement claims them all and reads them back.
    QByteArray ids = "[";
    for (const QList<qint64> &chain : std::as_const(chainIds))
        for (const qint64 id : chain) {
            if (ids.size() > 1)
                ids += ',';
            ids += QByteArray::number(id);
        }
    ids += ']';
    sqlite::RawStatement lease;
    if (!lease.prepare(c.raw, "UPDATE outbox SET lease_owner = ?1, lease_until = ?2 WHERE id IN "
                              "(SELECT value FROM json_each(?3)) RETURNING id, message_id, "
                              "destination, ordering_key, payload, attempts, first_failed_at"))
        return sqlite::describe(sqlite::rawError(c.raw), db.databaseName(),
                                Text::tr("prepare the dispatcher"));
    const QByteArray owner = c.owner.toUtf8();
    lease.bindText(1, owner);
    lease.bindInt64(2, c.now + c.leaseMs);
    lease.bindText(3, ids);
    QHash<qint64, Claimed> rows;
    rows.reserve(c.claimed);
    for (;;) {
        const int rc = lease.step();
        if (lease.isDone(rc))
            break;
        if (!lease.isRow(rc))
            return rawFailure(lease, Text::tr("claim messages"));
        Claimed m;
        m.id = lease.int64(0);
        m.messageId = QUuid::fromRfc4122(lease.bytes(1));
        m.destination = QString::fromUtf8(lease.bytes(2));
        m.orderingKey = QString::fromUtf8(lease.bytes(3));
        m.payload = lease.bytes(4).toByteArray();
        m.attempts = int(lease.int64(5));
        m.firstFailedAt = lease.int64(6);
        rows.insert(m.id, std::move(m));
    }
    lease.reset();
    if (rows.size() != c.claimed)
        return Error::internal(Text::tr("%1 messages were to be claimed, but %2 were.")
                                   .arg(c.claimed)
                                   .arg(rows.size()));
    c.chains.reserve(chainIds.size());
    for (const QList<qint64> &chainOfIds : std::as_const(chainIds)) {
        QList<Claimed> chain;
        chain.reserve(chainOfIds.size());
        for (const qint64 id : chainOfIds)
            chain.append(rows.take(id));
        c.chains.append(std::move(chain));
    }
    return success();
}

Status runCycle(QSqlDatabase &db, Cycle &c, const Clock &clock)
{
    c.now = clock.nowMs();
    c.raw = c.useRawSqlite ? sqlite::rawHandle(db) : nullptr;
    if (auto s = recordOutcomes(db, c); !s)
        return s;
    if (!c.wake.isEmpty()) {
        QSqlQuery wake;
        if (!prepare(db, wake,
                     u"UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND "
                     "status = 'pending' AND next_attempt_at > ?"_s))
            return failed(db, wake, Text::tr("prepare the dispatcher"));
        for (const qint64 id : std::as_const(c.wake)) {
            wake.bindValue(0, c.now);
            wake.bindValue(1, id);
            wake.bindValue(2, c.now);
            if (!wake.exec())
                return failed(db, wake, Text::tr("record a delivery"));
        }
    }
    if (c.renew) {
        QSqlQuery renew;
        if (!prepare(db, renew,
                     u"UPDATE outbox SET lease_until = ? WHERE status = 'pending' AND "
                     "lease_until > ? AND lease_owner = ?"_s))
            return failed(db, renew, Text::tr("prepare the dispatcher"));
        renew.bindValue(0, c.now + c.leaseMs);
        renew.bindValue(1, c.now);
        renew.bindValue(2, c.owner);
        if (!renew.exec())
            return failed(db, renew, Text::tr("renew the claims"));
    }
    return c.raw ? claimRaw(db, c) : claim(db, c);
}

DeliveryReport::Kind reportKind(Outcome o)
{
    switch (o) {
    case Outcome::Delivered:
        return DeliveryReport::Kind::Delivered;
    case Outcome::Retry:
        return DeliveryReport::Kind::RetryScheduled;
    case Outcome::ShortCircuit:
        return DeliveryReport::Kind::ShortCircuited;
    default:
        return DeliveryReport::Kind::DeadLettered;
    }
}

QString defaultOwner()
{
    return u"%1/%2/%3"_s.arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
}
} // namespace

QString deliveryKindName(DeliveryReport::Kind kind)
{
    switch (kind) {
    case DeliveryReport::Kind::Delivered:
        return u"delivered"_s;
    case DeliveryReport::Kind::RetryScheduled:
        return u"retry_scheduled"_s;
    case DeliveryReport::Kind::ShortCircuited:
        return u"short_circuited"_s;
    case DeliveryReport::Kind::DeadLettered:
        return u"dead_lettered"_s;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// What the Dispatcher and its worker share across the two threads.
struct Dispatcher::Shared
{
    DispatcherOptions options;
    QList<DeliveryObserver> observers; // fixed once started

    std::atomic<quint64> requested{0}; // generations of wake() calls
    std::mutex mutex;
    std::condition_variable cv;
    quint64 idleGeneration = 0; // under mutex
    bool stopped = false;       // under mutex

    std::atomic<qint64> delivered{0}, retries{0}, shortCircuited{0}, deadLettered{0}, claimed{0},
        transactions{0}, failedWrites{0}, lostClaims{0};

    QThread *thread = nullptr;
    QObject *worker = nullptr;
};

// Answers to calls, handed from whatever thread fulfils them to the worker's.
struct Answer
{
    std::shared_ptr<void> run;
    quint64 token = 0;
    CallResult result;
};

class Answers
{
public:
    explicit Answers(QObject *worker)
        : m_worker(worker)
    {}

    void add(std::shared_ptr<void> run, quint64 token, CallResult result);
    QList<Answer> take()
    {
        QMutexLocker lock(&m_mutex);
        m_scheduled = false;
        return std::exchange(m_items, {});
    }
    // No more answers once the worker is done (it may be deleted after).
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_worker = nullptr;
        m_items.clear();
    }

private:
    QMutex m_mutex;
    QObject *m_worker;
    QList<Answer> m_items;
    bool m_scheduled = false;
};

// Lives on the dispatcher's thread; every member is touched there only.
class Dispatcher::Worker final : public QObject
{
    friend class Answers;

public:
    Worker(Dispatcher *owner, SqliteEventStore &store, std::shared_ptr<Shared> shared)
        : m_owner(owner)
        , m_store(store)
        , m_shared(std::move(shared))
        , m_options(m_shared->options)
        , m_clock(store.options().effectiveClock())
    {
        if (m_options.seed)
            m_random.seed(*m_options.seed);
        else
            m_random.seed(QRandomGenerator::global()->generate());
    }

    // On the dispatcher's thread, first thing.
    void begin(const DirectoryFactory &directory, const GateFactory &gate)
    {
        if (directory)
            m_directory = directory();
        if (gate)
            m_gate = gate();
        m_lastGateFlush.start();
        m_wakeTimer = new QTimer(this);
        m_wakeTimer->setSingleShot(true);
        connect(m_wakeTimer, &QTimer::timeout, this, [this] { requestPump(); });
        m_sweepTimer = new QTimer(this);
        m_sweepTimer->setInterval(1000);
        connect(m_sweepTimer, &QTimer::timeout, this, [this] { sweep(); });
        requestPump();
    }

    void requestPump()
    {
        if (m_pumpQueued || m_finished)
            return;
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this, [this] { pump(); }, Qt::QueuedConnection);
    }

    void beginStop()
    {
        if (m_stopping)
            return;
        m_stopping = true;
        QTimer::singleShot(std::max<qint64>(0, m_options.stopTimeoutMs), this,
                           [this] { abandonCalls(); });
        requestPump();
    }

private:
    struct Run
    {
        QList<Claimed> messages;
        qsizetype next = 0;
        bool waiting = false;   // a call is under way
        bool abandoned = false; // timed out, or given up at stop
        qint64 callStartedAt = 0;
        quint64 token = 0; // of the call under way
        ServiceCall call;
    };
    using RunPtr = std::shared_ptr<Run>;

    double random()
    {
        if (m_options.random)
            return m_options.random();
        return m_random.generateDouble();
    }

    qint64 now() const { return m_clock.nowMs(); }

    void pump()
    {
        m_pumpQueued = false;
        if (m_finished)
            return;
        // Two transactions may be queued at once: the writer records one batch's outcomes
        // and claims the next while this thread delivers.
        if (m_outstanding >= MaxOutstandingCycles ||
            (m_outstanding > 0 && m_completions.isEmpty() && m_wake.isEmpty() && !m_moreToClaim)) {
            m_pumpAgain = true;
            return;
        }
        m_pumpAgain = false;
        if (m_directory)
            m_directory->refresh();
        // The breakers' window and metrics go to the store a few times a second while
        // busy, and whenever the dispatcher falls idle (settle()).
        if (m_gate && m_gateDirty && m_lastGateFlush.hasExpired(GateFlushIntervalMs))
            flushGate();
        auto cycle = std::make_shared<Cycle>();
        cycle->owner = m_ownerId;
        cycle->leaseMs = m_options.leaseMs;
        cycle->maxChain = std::max(1, m_options.maxChain);
        cycle->maxResponseBytes = std::max(0, m_options.maxResponseBytes);
        cycle->useRawSqlite = m_store.options().useRawSqlite;
        cycle->generation = m_shared->requested.load();
        cycle->claimLimit =
            m_stopping
                ? 0
                : int(std::clamp<qsizetype>(m_options.maxInFlight - m_inFlight.size() - m_reserved,
                                            0, m_options.batchSize));
        const qint64 t = now();
        cycle->renew = !m_inFlight.isEmpty() && t - m_lastRenewal >= m_options.leaseMs / 4;
        if (m_completions.isEmpty() && m_wake.isEmpty() && cycle->claimLimit <= 0 &&
            !cycle->renew) {
            if (m_outstanding == 0)
                settle(cycle->generation, false, 0);
            return;
        }
        cycle->completions = std::exchange(m_completions, {});
        cycle->wake = std::exchange(m_wake, {});
        cycle->inFlight = m_inFlight;
        if (cycle->renew)
            m_lastRenewal = t;
        ++m_outstanding;
        m_reserved += std::max(0, cycle->claimLimit);

        m_moreToClaim = false;
        const Clock *clock = &m_clock;
        QFuture<Status> future = m_store.runWrite(
            [cycle, clock](QSqlDatabase &db) { return runCycle(db, *cycle, *clock); });
        auto *watcher = new QFutureWatcher<Status>(this);
        connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, cycle] {
            const QFuture<Status> f = watcher->future();
            watcher->deleteLater();
            Status status = f.resultCount() > 0
                                ? f.result()
                                : Status(Error::internal(Text::tr("The write was lost.")));
            written(cycle, std::move(status));
        });
        watcher->setFuture(future);
    }

    void written(const std::shared_ptr<Cycle> &cycle, Status status)
    {
        --m_outstanding;
        m_reserved -= std::max(0, cycle->claimLimit);

        ++m_shared->transactions;
        if (!status && m_stopping) {
            // Closing, and the store will not take the outcomes: the claims run out and
            // the messages go again (at least once).
            ++m_shared->failedWrites;
            qCWarning(lcDispatcher) << "dispatcher stopping without recording its last outcomes:"
                                    << status.error().message;
            m_completions.clear();
            m_wake.clear();
            m_inFlight.clear();
            if (m_outstanding == 0)
                finish();
            return;
        }
        if (!status) {
            ++m_shared->failedWrites;
            qCWarning(lcDispatcher)
                << "dispatcher write failed, trying again in a second:" << status.error().message;
            // Nothing of the cycle was kept: its outcomes are recorded with the next one.
            m_completions = cycle->completions + m_completions;
            m_wake += cycle->wake;
            QTimer::singleShot(1000, this, [this] { requestPump(); });
            return;
        }
        for (const Completion &done : std::as_const(cycle->completions)) {
            m_inFlight.remove(done.message.id);
            if (done.outcome == Outcome::Release)
                continue;
            if (!done.applied) {
                ++m_shared->lostClaims;
                continue;
            }
            switch (done.outcome) {
            case Outcome::Delivered:
                ++m_shared->delivered;
                break;
            case Outcome::Retry:
                ++m_shared->retries;
                break;
            case Outcome::ShortCircuit:
                ++m_shared->shortCircuited;
                break;
            case Outcome::DeadLetter:
                ++m_shared->deadLettered;
                break;
            case Outcome::Release:
                break;
            }
            report(done);
        }
        m_shared->claimed += cycle->claimed;
        QList<RunPtr> runs;
        runs.reserve(cycle->chains.size());
        for (QList<Claimed> &chain : cycle->chains) {
            auto run = std::make_shared<Run>();
            run->messages = std::move(chain);
            for (const Claimed &m : std::as_const(run->messages))
                m_inFlight.insert(m.id);
            runs.append(std::move(run));
        }
        m_moreToClaim = cycle->claimLimit > 0 && !cycle->scanComplete;
        // Could not look (the claims under way were at the limit) and now there is room.
        const bool lookAgain = cycle->claimLimit <= 0 && !m_stopping &&
                               m_inFlight.size() + m_reserved < m_options.maxInFlight;
        // A full batch: claim the next one now, so the writer works on it while this
        // thread delivers these.
        if (m_moreToClaim && !m_stopping)
            pump();
        for (const RunPtr &run : std::as_const(runs))
            advance(run);
        if (!m_completions.isEmpty() || !m_wake.isEmpty() || m_pumpAgain || m_moreToClaim ||
            lookAgain) {
            requestPump();
            return;
        }
        if (m_outstanding > 0)
            return; // the transaction still queued decides
        settle(cycle->generation, cycle->claimLimit > 0 && cycle->scanComplete, cycle->nextWakeAt);
    }

    // Nothing more to write now: idle when nothing is under way either; arms the timer
    // for the next due message.
    void settle(quint64 generation, bool looked, qint64 nextWakeAt)
    {
        if (m_stopping) {
            if (m_inFlight.isEmpty() && m_completions.isEmpty() && m_outstanding == 0)
                finish();
            return;
        }
        if (looked) {
            qint64 delay = -1;
            if (nextWakeAt > 0)
                delay = std::max<qint64>(0, nextWakeAt - now());
            if (m_options.pollIntervalMs > 0)
                delay = delay < 0 ? m_options.pollIntervalMs
                                  : std::min(delay, m_options.pollIntervalMs);
            if (delay >= 0)
                m_wakeTimer->start(int(std::min<qint64>(delay, 24 * 3'600'000)));
            else
                m_wakeTimer->stop();
        }
        if (looked && m_inFlight.isEmpty() && m_completions.isEmpty() && m_wake.isEmpty() &&
            m_outstanding == 0) {
            if (m_gate && m_gateDirty)
                flushGate();
            std::lock_guard lock(m_shared->mutex);
            m_shared->idleGeneration = std::max(m_shared->idleGeneration, generation);
            m_shared->cv.notify_all();
        }
    }

    void flushGate()
    {
        m_gateDirty = false;
        m_lastGateFlush.start();
        if (Status s = m_gate->flush(); !s)
            qCWarning(lcDispatcher) << "breaker flush failed:" << s.error().message;
    }

    void report(const Completion &done)
    {
        if (m_shared->observers.isEmpty() && !m_owner->reportsWanted())
            return;
        DeliveryReport r;
        r.kind = reportKind(done.outcome);
        r.messageId = done.message.messageId;
        r.outboxId = done.message.id;
        r.service = done.message.destination;
        r.orderingKey = done.message.orderingKey;
        r.call = done.call;
        r.result = done.result;
        r.attempts = done.attempts;
        r.nextAttemptAt = done.nextAttemptAt;
        r.deadLetterId = done.deadLetterId;
        r.error = done.error;
        r.at = done.at;
        for (const DeliveryObserver &observer : std::as_const(m_shared->observers))
            observer(r);
        m_owner->emitSettled(r);
    }

    void complete(Completion done)
    {
        m_completions.append(std::move(done));
        requestPump();
    }

    Completion outcomeFor(const Claimed &m, Outcome outcome)
    {
        Completion c;
        c.outcome = outcome;
        c.message = m;
        c.attempts = m.attempts;
        c.at = now();
        c.firstFailedAt = m.firstFailedAt;
        return c;
    }

    void deadLetter(const Claimed &m, const QString &error, int attempts)
    {
        Completion c = outcomeFor(m, Outcome::DeadLetter);
        c.attempts = attempts;
        c.error = error;
        c.permanent = true;
        c.result.outcome = CallOutcome::PermanentFailure;
        c.result.error = error;
        if (c.firstFailedAt == 0)
            c.firstFailedAt = c.at;
        complete(std::move(c));
    }

    // Gives back the claims of the run's messages not yet sent.
    void releaseRest(Run &run)
    {
        for (qsizetype i = run.next; i < run.messages.size(); ++i)
            complete(outcomeFor(run.messages.at(i), Outcome::Release));
        run.next = run.messages.size();
    }

    // Sends the run's messages one after another while they succeed or are parked.
    void advance(const RunPtr &run)
    {
        while (run->next < run->messages.size()) {
            if (m_stopping) {
                releaseRest(*run);
                return;
            }
            const Claimed &m = run->messages.at(run->next);
            auto decoded = decodeServiceCall(m.payload);
            if (!decoded) {
                ++run->next;
                deadLetter(m,
                           Text::tr("The message cannot be sent: %1").arg(decoded.error().message),
                           m.attempts);
                continue;
            }
            ServiceAdapter *adapter =
                m_directory ? m_directory->adapterFor(m.destination) : nullptr;
            if (!adapter) {
                ++run->next;
                deadLetter(m, Text::tr("No service named \"%1\" is known.").arg(m.destination),
                           m.attempts);
                continue;
            }
            if (m_gate) {
                m_gateDirty = true;
                if (!m_heldBack.isEmpty())
                    m_heldBack[m.destination].remove(m.id);
                if (m_gate->beforeCall(m.destination) == BreakerGate::Decision::ShortCircuit) {
                    m_heldBack[m.destination].insert(m.id);
                    const RetryPolicy &policy = m_options.retry.forService(m.destination);
                    Completion c = outcomeFor(m, Outcome::ShortCircuit);
                    c.call = decoded.value();
                    // Until the breaker lets calls through again (not sooner than a second,
                    // so a half-open breaker whose probes are taken is not asked in a loop);
                    // while it is held open or cannot say, after the policy's delay.
                    const qint64 permitAt = m_gate->nextPermitAt(m.destination);
                    c.nextAttemptAt = permitAt > 0
                                          ? std::max(permitAt, c.at + MinShortCircuitDelayMs)
                                          : c.at + policy.shortCircuitDelayMs;
                    c.error = Text::tr("The circuit breaker of %1 is open.").arg(m.destination);
                    ++run->next;
                    complete(std::move(c));
                    releaseRest(*run);
                    return;
                }
            }
            run->call = decoded.value();
            run->callStartedAt = now();
            QFuture<CallResult> future = adapter->call(run->call);
            if (future.isFinished()) {
                if (!answered(*run, resultOf(future)))
                    return;
                continue;
            }
            run->waiting = true;
            const quint64 token = ++m_nextToken;
            run->token = token;
            m_waiting.insert(run);
            if (!m_sweepTimer->isActive())
                m_sweepTimer->start();
            // The answer comes on whatever thread the adapter fulfils it (usually this
            // one): it is queued, and the answers of one turn are taken together.
            future.then(QtFuture::Launch::Sync,
                        [answers = m_answers, run, token](const QFuture<CallResult> &f) {
                            answers->add(run, token, resultOf(f));
                        });
            return;
        }
    }

    // Answers that came, processed on this thread in one go.
    void takeAnswers()
    {
        for (Answer &a : m_answers->take()) {
            const RunPtr run = std::static_pointer_cast<Run>(a.run);
            if (run->abandoned || !run->waiting || run->token != a.token)
                continue; // given up already: a late answer changes nothing
            run->waiting = false;
            m_waiting.remove(run);
            if (answered(*run, std::move(a.result)))
                advance(run);
        }
    }

    static CallResult resultOf(const QFuture<CallResult> &future)
    {
        try {
            if (future.resultCount() > 0)
                return future.result();
        } catch (...) {
            // An adapter that threw: an unknown failure, worth trying again.
        }
        CallResult r;
        r.outcome = CallOutcome::RetryableFailure;
        r.error = Text::tr("The service adapter gave no answer.");
        return r;
    }

    // Records the answer to the run's current message. True when the run goes on with its
    // next message (this one is done: delivered or parked).
    bool answered(Run &run, CallResult result)
    {
        const Claimed &m = run.messages.at(run.next);
        ++run.next;
        if (result.latencyMs <= 0)
            result.latencyMs = std::max<qint64>(0, now() - run.callStartedAt);
        if (m_gate) {
            m_gateDirty = true;
            m_gate->afterCall(m.destination, result.outcome == CallOutcome::RetryableFailure,
                              result.latencyMs);
        }
        Completion c = outcomeFor(m, Outcome::Delivered);
        c.call = run.call;
        c.attempts = m.attempts + 1;
        if (result.ok()) {
            // The service answers again: what its breaker held back here need not wait
            // out the time the breaker named (it cannot know when probes will answer).
            if (const auto held = m_heldBack.find(m.destination); held != m_heldBack.end()) {
                for (const qint64 id : std::as_const(held.value()))
                    m_wake.append(id);
                m_heldBack.erase(held);
            }
            c.result = std::move(result);
            complete(std::move(c));
            return true;
        }
        if (c.firstFailedAt == 0)
            c.firstFailedAt = c.at;
        const RetryPolicy &policy = m_options.retry.forService(m.destination);
        const RetryDecision decision =
            policy.afterFailure(result, c.attempts, c.firstFailedAt, c.at, random());
        c.error = result.error.isEmpty()
                      ? Text::tr("The service answered %1.").arg(result.httpStatus)
                      : result.error;
        c.result = std::move(result);
        if (decision.deadLetter) {
            c.outcome = Outcome::DeadLetter;
            c.permanent = c.result.outcome == CallOutcome::PermanentFailure;
            c.error = Text::tr("%1 (%2)").arg(c.error, decision.reason);
            complete(std::move(c));
            return true;
        }
        c.outcome = Outcome::Retry;
        c.nextAttemptAt = c.at + decision.delayMs;
        complete(std::move(c));
        releaseRest(run);
        return false;
    }

    // Calls that never answered count as retryable failures after callTimeoutMs.
    void sweep()
    {
        const qint64 t = now();
        const QList<RunPtr> waiting = m_waiting.values();
        for (const RunPtr &run : waiting) {
            if (!run->waiting || t - run->callStartedAt < m_options.callTimeoutMs)
                continue;
            run->waiting = false;
            m_waiting.remove(run);
            CallResult r;
            r.outcome = CallOutcome::RetryableFailure;
            r.error = Text::tr("No answer within %1 seconds.").arg(m_options.callTimeoutMs / 1000);
            if (answered(*run, r))
                advance(run);
        }
        if (m_waiting.isEmpty())
            m_sweepTimer->stop();
        // Long calls keep their claims.
        if (!m_inFlight.isEmpty() && t - m_lastRenewal >= m_options.leaseMs / 4)
            requestPump();
    }

    // At stop, calls that did not answer in time: their message keeps its claim until the
    // lease runs out (it may still be under way); what comes after it is given back.
    void abandonCalls()
    {
        const QList<RunPtr> waiting = m_waiting.values();
        for (const RunPtr &run : waiting) {
            run->abandoned = true;
            run->waiting = false;
            m_inFlight.remove(run->messages.at(run->next).id);
            ++run->next;
            releaseRest(*run);
        }
        m_waiting.clear();
        requestPump();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_answers->close();
        m_wakeTimer->stop();
        m_sweepTimer->stop();
        if (m_gate) {
            if (Status s = m_gate->flush(); !s)
                qCWarning(lcDispatcher) << "breaker flush failed:" << s.error().message;
        }
        m_gate.reset();
        m_directory.reset();
        {
            std::lock_guard lock(m_shared->mutex);
            m_shared->stopped = true;
            m_shared->cv.notify_all();
        }
        thread()->quit();
    }

public:
    QString m_ownerId;

private:
    Dispatcher *m_owner;
    SqliteEventStore &m_store;
    std::shared_ptr<Shared> m_shared;
    const DispatcherOptions &m_options;
    const Clock &m_clock;
    QRandomGenerator m_random;
    std::unique_ptr<ServiceDirectory> m_directory;
    std::unique_ptr<BreakerGate> m_gate;
    QTimer *m_wakeTimer = nullptr;
    QTimer *m_sweepTimer = nullptr;

    QList<Completion> m_completions; // outcomes not yet written
    QSet<qint64> m_inFlight;         // claimed here, outcome not yet written
    QSet<RunPtr> m_waiting;          // runs with a call under way
    std::shared_ptr<Answers> m_answers = std::make_shared<Answers>(this);
    QHash<QString, QSet<qint64>> m_heldBack; // short-circuited here, by service
    QList<qint64> m_wake;                    // held back, and their service answers again
    quint64 m_nextToken = 0;
    qint64 m_lastRenewal = 0;
    int m_outstanding = 0; // transactions queued on the writer
    int m_reserved = 0;    // messages those may claim
    bool m_moreToClaim = false;
    bool m_pumpQueued = false;
    bool m_pumpAgain = false;
    bool m_gateDirty = false;
    QElapsedTimer m_lastGateFlush;
    bool m_stopping = false;
    bool m_finished = false;
};

void Answers::add(std::shared_ptr<void> run, quint64 token, CallResult result)
{
    QMutexLocker lock(&m_mutex);
    if (!m_worker)
        return;
    m_items.append(Answer{std::move(run), token, std::move(result)});
    if (m_scheduled)
        return;
    m_scheduled = true;
    auto *worker = static_cast<Dispatcher::Worker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->takeAnswers(); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------
Dispatcher::Dispatcher(SqliteEventStore &store, DirectoryFactory directory, GateFactory gate,
                       DispatcherOptions options)
    : m_store(store)
    , m_directoryFactory(std::move(directory))
    , m_gateFactory(std::move(gate))
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<DeliveryReport>();
    if (options.ownerId.isEmpty())
        options.ownerId = defaultOwner();
    options.batchSize = std::max(1, options.batchSize);
    options.maxInFlight = std::max(options.batchSize, options.maxInFlight);
    options.leaseMs = std::max<qint64>(1000, options.leaseMs);
    m_shared->options = std::move(options);
}

namespace {
// Hands out an object owned elsewhere through the factory interface.
class BorrowedDirectory final : public ServiceDirectory
{
public:
    explicit BorrowedDirectory(ServiceDirectory &d)
        : m_d(d)
    {}
    ServiceAdapter *adapterFor(const QString &service) override { return m_d.adapterFor(service); }
    void refresh() override { m_d.refresh(); }

private:
    ServiceDirectory &m_d;
};

class BorrowedGate final : public BreakerGate
{
public:
    explicit BorrowedGate(BreakerGate &g)
        : m_g(g)
    {}
    Decision beforeCall(const QString &service) override { return m_g.beforeCall(service); }
    void afterCall(const QString &service, bool failed, qint64 latencyMs) override
    {
        m_g.afterCall(service, failed, latencyMs);
    }
    void shortCircuited(const QString &service) override { m_g.shortCircuited(service); }
    qint64 nextPermitAt(const QString &service) override { return m_g.nextPermitAt(service); }
    Status flush() override { return m_g.flush(); }

private:
    BreakerGate &m_g;
};
} // namespace

Dispatcher::Dispatcher(SqliteEventStore &store, ServiceDirectory &directory, BreakerGate *gate,
                       DispatcherOptions options)
    : Dispatcher(
          store,
          [&directory]() -> std::unique_ptr<ServiceDirectory> {
              return std::make_unique<BorrowedDirectory>(directory);
          },
          gate ? GateFactory([gate]() -> std::unique_ptr<BreakerGate> {
              return std::make_unique<BorrowedGate>(*gate);
          })
               : GateFactory(),
          std::move(options))
{}

Dispatcher::~Dispatcher()
{
    stop();
}

void Dispatcher::addObserver(DeliveryObserver observer)
{
    Q_ASSERT(!m_shared->thread);
    m_shared->observers.append(std::move(observer));
}

void Dispatcher::start()
{
    if (m_shared->thread)
        return;
    auto *thread = new QThread;
    thread->setObjectName(u"eventdesk-dispatcher"_s);
    auto *worker = new Worker(this, m_store, m_shared);
    worker->m_ownerId = m_shared->options.ownerId;
    worker->moveToThread(thread);
    m_shared->thread = thread;
    m_shared->worker = worker;
    // begin() is queued first, before anything else can reach the worker: a commit's
    // requestPump arriving before it found no timers yet (a crash seen under load).
    QMetaObject::invokeMethod(
        worker,
        [worker, directory = m_directoryFactory, gate = m_gateFactory] {
            worker->begin(directory, gate);
        },
        Qt::QueuedConnection);
    // New appends may carry outbox messages: look at once.
    connect(&m_store, &EventStore::eventsCommitted, worker, [worker] { worker->requestPump(); });
    thread->start();
}

void Dispatcher::stop()
{
    QThread *thread = m_shared->thread;
    if (!thread)
        return;
    auto *worker = static_cast<Worker *>(m_shared->worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->beginStop(); }, Qt::QueuedConnection);
    // The worker ends the loop itself once its last write is in.
    thread->wait();
    delete worker;
    delete thread;
    m_shared->thread = nullptr;
    m_shared->worker = nullptr;
}

bool Dispatcher::isRunning() const
{
    return m_shared->thread != nullptr;
}

void Dispatcher::wake()
{
    m_shared->requested.fetch_add(1);
    if (auto *worker = static_cast<Worker *>(m_shared->worker))
        QMetaObject::invokeMethod(
            worker, [worker] { worker->requestPump(); }, Qt::QueuedConnection);
}

bool Dispatcher::runUntilIdle(int timeoutMs)
{
    if (!m_shared->thread)
        return false;
    const quint64 generation = m_shared->requested.fetch_add(1) + 1;
    auto *worker = static_cast<Worker *>(m_shared->worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->requestPump(); }, Qt::QueuedConnection);
    std::unique_lock lock(m_shared->mutex);
    return m_shared->cv.wait_for(lock, std::chrono::milliseconds(std::max(0, timeoutMs)), [&] {
        return m_shared->idleGeneration >= generation || m_shared->stopped;
    }) && m_shared->idleGeneration >= generation;
}

DispatcherStats Dispatcher::stats() const
{
    DispatcherStats s;
    s.delivered = m_shared->delivered.load();
    s.retriesScheduled = m_shared->retries.load();
    s.shortCircuited = m_shared->shortCircuited.load();
    s.deadLettered = m_shared->deadLettered.load();
    s.claimed = m_shared->claimed.load();
    s.transactions = m_shared->transactions.load();
    s.failedWrites = m_shared->failedWrites.load();
    s.lostClaims = m_shared->lostClaims.load();
    return s;
}

QString Dispatcher::ownerId() const
{
    return m_shared->options.ownerId;
}
const DispatcherOptions &Dispatcher::options() const
{
    return m_shared->options;
}

bool Dispatcher::reportsWanted() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&Dispatcher::settled));
}

void Dispatcher::emitSettled(const DeliveryReport &report)
{
    if (reportsWanted())
        Q_EMIT settled(report);
}

} // namespace eventdesk::messaging
