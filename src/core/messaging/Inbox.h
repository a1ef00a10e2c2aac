// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqliteEventStore.h"
#include "util/Result.h"

#include <QFuture>
#include <QString>
#include <QUuid>

namespace eventdesk::messaging {

// The receiving side of at-least-once delivery: a handler processes each message once,
// however often the message arrives. processOnce() records (handler, message id) in the
// same transaction as the handler's effect, so the effect and the record are kept together
// or not at all, also across a crash.
//
// For an effect that is an event rather than a row, give the events ids from eventIdFor():
// the same message then gives the same ids, and the store keeps an event id once.
class Inbox final
{
public:
    explicit Inbox(SqliteEventStore &store);

    // Runs `job` on the store's writer in one transaction with the record of the message.
    // The result is true when the job ran now, false when the handler had processed the
    // message before (the job did not run). When the job fails, the transaction is rolled
    // back, nothing is recorded, and the message may be processed again.
    QFuture<Result<bool>> processOnce(const QString &messageId, const QString &handler,
                                      SqliteEventStore::WriteJob job);
    QFuture<Result<bool>> processOnce(const QUuid &messageId, const QString &handler,
                                      SqliteEventStore::WriteJob job);
    // Whether the handler has processed the message (the calling thread's connection).
    Result<bool> processed(const QString &messageId, const QString &handler);

    static QUuid eventIdFor(const QString &handler, const QString &messageId, int index = 0);

private:
    SqliteEventStore &m_store;
};

} // namespace eventdesk::messaging
