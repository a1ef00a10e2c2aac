// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace eventdesk {
class SqliteEventStore;
namespace security {
struct SignedInUser;
} // namespace security
} // namespace eventdesk

namespace eventdesk::messaging {

// A message the dispatcher parked: it failed permanently or exhausted its retries. The row
// is never deleted and never changed; what an administrator did with it is an event in
// $deadletters (its resolution).
struct DeadLetter
{
    enum class State
    {
        Parked,
        Retried,
        Edited,
        Discarded
    };

    qint64 id = 0;
    QUuid messageId;
    qint64 outboxId = 0;
    QString service;
    QString orderingKey;
    QByteArray payload; // as it was sent
    QString error;
    bool permanent = false; // a permanent error, as opposed to retries exhausted
    int httpStatus = 0;
    QByteArray response;
    int attempts = 0;
    qint64 firstFailedAt = 0;
    qint64 lastFailedAt = 0;
    qint64 deadAt = 0;
    QUuid resolutionEventId; // the id the resolving event gets: one resolution at most

    // The resolution, when there is one.
    State state = State::Parked;
    QString resolvedBy;
    qint64 resolvedAt = 0;
    qint64 resolutionPosition = 0; // the event's global position
    QString reason;                // a discard's reason, an edit's optional one
    QUuid retryMessageId;          // the outbox message a retry or an edit queued
    QJsonObject resolution;        // the event's payload

    QString operation() const; // the call's operation, when the payload names one
    // dlq list --json: id, service, error, attempts, first_failed_at, last_failed_at, and
    // message_id, operation, state.
    QJsonObject toListJson() const;
    // dlq show --json: all of the above, the payload and the resolution.
    QJsonObject toJson() const;
};
QString deadLetterStateName(DeadLetter::State state); // parked, retried, edited, discarded

struct RetryAllResult
{
    struct Retried
    {
        qint64 deadLetterId = 0;
        QUuid messageId; // the outbox message queued for it
    };
    QList<Retried> retried;
    int skipped = 0; // resolved by someone else meanwhile
};

// The dead-letter operations. Reading needs no role; every change needs the admin role,
// is refused in here otherwise (and the refusal recorded as AccessDenied), and is an event
// in $deadletters with the actor. A dead letter is resolved once: a retry, an edit or a
// discard of one already resolved is refused. A retry re-queues the payload as it was,
// idempotency key included (the service may have seen it); an edit queues the new payload
// with a new idempotency key, and its event keeps the original. The queued message goes to
// the end of the outbox, behind its key's later messages.
class DeadLetters final
{
public:
    explicit DeadLetters(SqliteEventStore &store);

    // Oldest first. Parked ones only, unless includeResolved.
    Result<QList<DeadLetter>> list(bool includeResolved = false);
    Result<DeadLetter> find(qint64 id); // NotFound when there is none
    Result<qint64> countParked();

    // Returns the new outbox message's id.
    Result<QUuid> retry(const security::SignedInUser &actor, qint64 id);
    // Every parked dead letter. Bulk replays are deliberate: without `confirmed` nothing
    // happens and the error says how many would have been retried.
    Result<RetryAllResult> retryAll(const security::SignedInUser &actor, bool confirmed);
    // payload: the call's JSON object as `dlq show` prints it ("operation", "body", and
    // optionally "service", which must stay the same, and "correlationId"); its
    // idempotencyKey is replaced with a new one.
    Result<QUuid> editAndRetry(const security::SignedInUser &actor, qint64 id,
                               const QJsonObject &payload, const QString &reason = {});
    Status discard(const security::SignedInUser &actor, qint64 id, const QString &reason);

private:
    Status requireAdmin(const security::SignedInUser &actor, const QString &operation, qint64 id);
    Result<DeadLetter> findParked(qint64 id);
    Result<QUuid> resolve(const security::SignedInUser &actor, const DeadLetter &letter,
                          const QString &type, QJsonObject payload, const QString &reason,
                          const QByteArray *newPayload);

    SqliteEventStore &m_store;
};

} // namespace eventdesk::messaging
