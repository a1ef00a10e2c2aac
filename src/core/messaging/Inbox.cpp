// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/Inbox.h"

#include "messaging/Messages.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>

namespace eventdesk::messaging {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::messaging::Inbox)
};
} // namespace

Inbox::Inbox(SqliteEventStore &store)
    : m_store(store)
{}

QFuture<Result<bool>> Inbox::processOnce(const QString &messageId, const QString &handler,
                                         SqliteEventStore::WriteJob job)
{
    if (messageId.isEmpty() || handler.isEmpty())
        return QtFuture::makeReadyFuture(Result<bool>(Error::validation(
            Text::tr("A message is processed once per handler: both need a name."))));
    const qint64 now = m_store.options().effectiveClock().nowMs();
    auto ran = std::make_shared<bool>(false);
    return m_store
        .runWrite([messageId, handler, now, ran, job = std::move(job)](QSqlDatabase &db) -> Status {
            auto recorded = sqlite::exec(
                db,
                u"INSERT INTO inbox (handler, message_id, processed_at) VALUES (?, ?, ?) "
                "ON CONFLICT (handler, message_id) DO NOTHING"_s,
                {handler, messageId, now});
            if (!recorded)
                return recorded.error();
            if (recorded->numRowsAffected() == 0)
                return success(); // processed before: the job does not run again
            recorded->finish();
            if (job) {
                if (Status s = job(db); !s)
                    return s;
            }
            *ran = true;
            return success();
        })
        .then([ran](Status status) -> Result<bool> {
            if (!status)
                return status.error();
            return *ran;
        });
}

QFuture<Result<bool>> Inbox::processOnce(const QUuid &messageId, const QString &handler,
                                         SqliteEventStore::WriteJob job)
{
    return processOnce(uuidText(messageId), handler, std::move(job));
}

Result<bool> Inbox::processed(const QString &messageId, const QString &handler)
{
    auto q = sqlite::exec(m_store.readDatabase(),
                          u"SELECT 1 FROM inbox WHERE handler = ? AND message_id = ?"_s,
                          {handler, messageId});
    if (!q)
        return q.error();
    const bool seen = q->next();
    q->finish();
    return seen;
}

QUuid Inbox::eventIdFor(const QString &handler, const QString &messageId, int index)
{
    return messagingUuid(u"inbox/%1/%2/%3"_s.arg(handler, messageId).arg(index));
}

} // namespace eventdesk::messaging
