// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/DeadLetters.h"

#include "messaging/Messages.h"
#include "security/AccessControl.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace eventdesk::messaging {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::messaging::DeadLetters)
};

const QString Columns =
    u"d.id, d.message_id, d.outbox_id, d.service, d.ordering_key, d.payload, d.error, "
    "d.permanent, d.http_status, d.response, d.attempts, d.first_failed_at, d.last_failed_at, "
    "d.dead_at, d.resolution_event_id, e.global_position, e.type, e.payload, e.metadata, "
    "e.recorded_at FROM dead_letters d LEFT JOIN events e ON e.event_id = d.resolution_event_id"_s;

QJsonObject objectOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The payload as JSON: the object it is, or its text when it is not one.
QJsonValue payloadValue(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    return QString::fromUtf8(bytes);
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

DeadLetter fromRow(const QSqlQuery &q)
{
    DeadLetter d;
    d.id = q.value(0).toLongLong();
    d.messageId = QUuid::fromRfc4122(q.value(1).toByteArray());
    d.outboxId = q.value(2).toLongLong();
    d.service = q.value(3).toString();
    d.orderingKey = q.value(4).toString();
    d.payload = q.value(5).toByteArray();
    d.error = q.value(6).toString();
    d.permanent = q.value(7).toInt() != 0;
    d.httpStatus = q.value(8).toInt();
    d.response = q.value(9).toByteArray();
    d.attempts = q.value(10).toInt();
    d.firstFailedAt = q.value(11).toLongLong();
    d.lastFailedAt = q.value(12).toLongLong();
    d.deadAt = q.value(13).toLongLong();
    d.resolutionEventId = QUuid::fromRfc4122(q.value(14).toByteArray());
    if (q.value(15).isNull())
        return d;
    d.resolutionPosition = q.value(15).toLongLong();
    const QString type = q.value(16).toString();
    d.resolution = objectOf(q.value(17).toByteArray());
    const QJsonObject meta = objectOf(q.value(18).toByteArray());
    d.resolvedAt = q.value(19).toLongLong();
    d.resolvedBy = meta.value("actor"_L1).toString();
    d.reason = meta.value("reason"_L1).toString();
    d.retryMessageId = QUuid::fromString(d.resolution.value("retryMessageId"_L1).toString());
    if (type == MessagingEvents::DeadLetterRetried)
        d.state = DeadLetter::State::Retried;
    else if (type == MessagingEvents::DeadLetterEdited)
        d.state = DeadLetter::State::Edited;
    else
        d.state = DeadLetter::State::Discarded;
    return d;
}

QString stateSentence(const DeadLetter &d)
{
    switch (d.state) {
    case DeadLetter::State::Retried:
        return Text::tr("Dead letter %1 was already retried by %2 at %3; nothing was done.")
            .arg(d.id)
            .arg(d.resolvedBy, when(d.resolvedAt));
    case DeadLetter::State::Edited:
        return Text::tr(
                   "Dead letter %1 was already edited and retried by %2 at %3; nothing was done.")
            .arg(d.id)
            .arg(d.resolvedBy, when(d.resolvedAt));
    case DeadLetter::State::Discarded:
        return Text::tr("Dead letter %1 was already discarded by %2 at %3; nothing was done.")
            .arg(d.id)
            .arg(d.resolvedBy, when(d.resolvedAt));
    case DeadLetter::State::Parked:
        break;
    }
    return {};
}

Error alreadyResolved(qint64 id)
{
    return Error::conflict(
        Text::tr("Dead letter %1 was resolved by someone else meanwhile; nothing was "
                 "done. \"eventdesk-cli "
                 "dlq show %1\" shows how.")
            .arg(id));
}
} // namespace

QString deadLetterStateName(DeadLetter::State state)
{
    switch (state) {
    case DeadLetter::State::Parked:
        return u"parked"_s;
    case DeadLetter::State::Retried:
        return u"retried"_s;
    case DeadLetter::State::Edited:
        return u"edited"_s;
    case DeadLetter::State::Discarded:
        return u"discarded"_s;
    }
    return {};
}

QString DeadLetter::operation() const
{
    return objectOf(payload).value("operation"_L1).toString();
}

QJsonObject DeadLetter::toListJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"service"_L1, service},
                       {"error"_L1, error},
                       {"attempts"_L1, attempts},
                       {"first_failed_at"_L1, firstFailedAt},
                       {"last_failed_at"_L1, lastFailedAt},
                       {"message_id"_L1, uuidText(messageId)},
                       {"operation"_L1, operation()},
                       {"state"_L1, deadLetterStateName(state)}};
}

QJsonObject DeadLetter::toJson() const
{
    QJsonObject o = toListJson();
    o.insert("ordering_key"_L1, orderingKey);
    o.insert("outbox_id"_L1, outboxId);
    o.insert("permanent"_L1, permanent);
    o.insert("http_status"_L1, httpStatus);
    o.insert("response"_L1, response.isEmpty() ? QJsonValue() : payloadValue(response));
    o.insert("dead_at"_L1, deadAt);
    o.insert("payload"_L1, payloadValue(payload));
    if (state == State::Parked) {
        o.insert("resolution"_L1, QJsonValue());
    } else {
        QJsonObject r{{"by"_L1, resolvedBy},
                      {"at"_L1, resolvedAt},
                      {"position"_L1, resolutionPosition},
                      {"event"_L1, resolution}};
        if (!reason.isEmpty())
            r.insert("reason"_L1, reason);
        if (!retryMessageId.isNull())
            r.insert("retry_message_id"_L1, uuidText(retryMessageId));
        o.insert("resolution"_L1, r);
    }
    return o;
}

DeadLetters::DeadLetters(SqliteEventStore &store)
    : m_store(store)
{}

Result<QList<DeadLetter>> DeadLetters::list(bool includeResolved)
{
    auto q = sqlite::exec(m_store.readDatabase(),
                          u"SELECT "_s + Columns +
                              (includeResolved ? u""_s : u" WHERE e.global_position IS NULL"_s) +
                              u" ORDER BY d.id"_s);
    if (!q)
        return q.error();
    QList<DeadLetter> letters;
    while (q->next())
        letters.append(fromRow(*q));
    return letters;
}

Result<DeadLetter> DeadLetters::find(qint64 id)
{
    auto q =
        sqlite::exec(m_store.readDatabase(), u"SELECT "_s + Columns + u" WHERE d.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            Text::tr("There is no dead letter %1; \"eventdesk-cli dlq list\" shows "
                     "the parked ones.")
                .arg(id));
    DeadLetter d = fromRow(*q);
    q->finish();
    return d;
}

Result<qint64> DeadLetters::countParked()
{
    auto q = sqlite::exec(m_store.readDatabase(),
                          u"SELECT count(*) FROM dead_letters d LEFT JOIN events e ON "
                          "e.event_id = d.resolution_event_id WHERE e.global_position IS NULL"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status DeadLetters::requireAdmin(const security::SignedInUser &actor, const QString &operation,
                                 qint64 id)
{
    return security::requireRole(m_store, actor, security::Role::Admin, operation,
                                 id > 0 ? Text::tr("dead letter %1").arg(id) : QString());
}

Result<DeadLetter> DeadLetters::findParked(qint64 id)
{
    auto letter = find(id);
    if (!letter)
        return letter.error();
    if (letter->state != DeadLetter::State::Parked)
        return Error::conflict(stateSentence(letter.value()));
    return letter;
}

Result<QUuid> DeadLetters::resolve(const security::SignedInUser &actor, const DeadLetter &letter,
                                   const QString &type, QJsonObject payload, const QString &reason,
                                   const QByteArray *newPayload)
{
    payload.insert("deadLetter"_L1, letter.id);
    payload.insert("messageId"_L1, uuidText(letter.messageId));
    payload.insert("service"_L1, letter.service);
    AppendRequest request;
    request.streamId = QString(DeadLettersStream);
    request.expected = ExpectedVersion::any();
    QUuid retryId;
    if (newPayload) {
        OutboxMessage m;
        m.messageId = retryId = QUuid::createUuid();
        m.destination = letter.service;
        m.orderingKey = letter.orderingKey;
        m.payload = *newPayload;
        request.outbox.append(m);
        payload.insert("retryMessageId"_L1, uuidText(retryId));
    }
    EventMetadata meta;
    meta.actor = actor.name;
    meta.reason = reason;
    meta.correlationId = objectOf(letter.payload).value("correlationId"_L1).toString();
    request.events.append(NewEvent::make(type, payload, meta, 1, letter.resolutionEventId));
    const AppendResult appended = m_store.append(std::move(request)).result();
    if (!appended)
        return appended.error();
    if (appended->alreadyStored)
        return alreadyResolved(letter.id);
    return retryId;
}

Result<QUuid> DeadLetters::retry(const security::SignedInUser &actor, qint64 id)
{
    if (Status s = requireAdmin(actor, Text::tr("retry a dead letter"), id); !s)
        return s.error();
    auto letter = findParked(id);
    if (!letter)
        return letter.error();
    const QJsonObject call = objectOf(letter->payload);
    return resolve(actor, letter.value(), QString(MessagingEvents::DeadLetterRetried),
                   QJsonObject{{"operation"_L1, call.value("operation"_L1).toString()},
                               {"idempotencyKey"_L1, call.value("idempotencyKey"_L1).toString()}},
                   {}, &letter->payload);
}

Result<RetryAllResult> DeadLetters::retryAll(const security::SignedInUser &actor, bool confirmed)
{
    if (Status s = requireAdmin(actor, Text::tr("retry all dead letters"), 0); !s)
        return s.error();
    auto letters = list(false);
    if (!letters)
        return letters.error();
    if (!confirmed)
        return Error::validation(Text::tr("%n dead letter(s) would be retried; nothing was done. "
                                          "Confirm to retry them.",
                                          nullptr, int(letters->size())));
    // One append each, all at once: the writer commits them together, and one resolved
    // meanwhile by someone else does not hold up the others.
    QList<QFuture<AppendResult>> pending;
    QList<RetryAllResult::Retried> ids;
    for (const DeadLetter &letter : std::as_const(letters.value())) {
        const QJsonObject call = objectOf(letter.payload);
        QJsonObject payload{{"deadLetter"_L1, letter.id},
                            {"messageId"_L1, uuidText(letter.messageId)},
                            {"service"_L1, letter.service},
                            {"operation"_L1, call.value("operation"_L1).toString()},
                            {"idempotencyKey"_L1, call.value("idempotencyKey"_L1).toString()},
                            {"bulk"_L1, true}};
        OutboxMessage m;
        m.messageId = QUuid::createUuid();
        m.destination = letter.service;
        m.orderingKey = letter.orderingKey;
        m.payload = letter.payload;
        payload.insert("retryMessageId"_L1, uuidText(m.messageId));
        EventMetadata meta;
        meta.actor = actor.name;
        meta.correlationId = call.value("correlationId"_L1).toString();
        AppendRequest request;
        request.streamId = QString(DeadLettersStream);
        request.expected = ExpectedVersion::any();
        request.events.append(NewEvent::make(QString(MessagingEvents::DeadLetterRetried), payload,
                                             meta, 1, letter.resolutionEventId));
        request.outbox.append(m);
        ids.append({letter.id, m.messageId});
        pending.append(m_store.append(std::move(request)));
    }
    RetryAllResult result;
    std::optional<Error> firstError;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const AppendResult appended = pending[i].result();
        if (!appended) {
            if (!firstError)
                firstError = appended.error();
            continue;
        }
        if (appended->alreadyStored)
            ++result.skipped;
        else
            result.retried.append(ids.at(i));
    }
    if (firstError && result.retried.isEmpty())
        return *firstError;
    return result;
}

Result<QUuid> DeadLetters::editAndRetry(const security::SignedInUser &actor, qint64 id,
                                        const QJsonObject &payload, const QString &reason)
{
    if (Status s = requireAdmin(actor, Text::tr("edit a dead letter"), id); !s)
        return s.error();
    auto letter = findParked(id);
    if (!letter)
        return letter.error();
    const QJsonValue service = payload.value("service"_L1);
    if (!service.isUndefined() && service.toString() != letter->service)
        return Error::validation(
            Text::tr(
                "The edited payload names the service \"%1\", but dead letter %2 was for %3; a "
                "message keeps its service.")
                .arg(service.toVariant().toString())
                .arg(id)
                .arg(letter->service));
    QJsonObject edited = payload;
    const QString previousKey = objectOf(letter->payload).value("idempotencyKey"_L1).toString();
    const QString newKey = uuidText(QUuid::createUuid());
    edited.insert("service"_L1, letter->service);
    edited.insert("idempotencyKey"_L1, newKey);
    auto call = serviceCallFromJson(edited);
    if (!call)
        return Error::validation(
            Text::tr("The edited payload cannot be sent: %1").arg(call.error().message));
    const QByteArray bytes = encodeServiceCall(call.value());
    return resolve(actor, letter.value(), QString(MessagingEvents::DeadLetterEdited),
                   QJsonObject{{"operation"_L1, call->operation},
                               {"originalPayload"_L1, payloadValue(letter->payload)},
                               {"payload"_L1, serviceCallToJson(call.value())},
                               {"previousIdempotencyKey"_L1, previousKey},
                               {"idempotencyKey"_L1, newKey}},
                   reason.trimmed(), &bytes);
}

Status DeadLetters::discard(const security::SignedInUser &actor, qint64 id, const QString &reason)
{
    if (Status s = requireAdmin(actor, Text::tr("discard a dead letter"), id); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error::validation(
            Text::tr("Say why the dead letter is discarded (a reason is required)."));
    auto letter = findParked(id);
    if (!letter)
        return letter.error();
    auto done =
        resolve(actor, letter.value(), QString(MessagingEvents::DeadLetterDiscarded),
                QJsonObject{{"reason"_L1, reason.trimmed()}, {"operation"_L1, letter->operation()}},
                reason.trimmed(), nullptr);
    if (!done)
        return done.error();
    return success();
}

} // namespace eventdesk::messaging
