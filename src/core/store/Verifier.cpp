// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Verifier.h"

#include "store/Chain.h"
#include "store/Event.h"
#include "store/SqliteSupport.h"

#include <QSqlQuery>
#include <QUuid>

namespace eventdesk {

using namespace Qt::Literals::StringLiterals;
using sqlite::StoreText;

QJsonObject VerifyReport::toJson() const
{
    return QJsonObject{
        {"ok"_L1, ok},
        {"events"_L1, events},
        {"head_hash"_L1, hexText(headHash)},
        {"first_bad_position"_L1,
         firstBadPosition ? QJsonValue(*firstBadPosition) : QJsonValue(QJsonValue::Null)},
        {"reason"_L1, reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
    };
}

Result<VerifyReport> verifyChain(QSqlDatabase &db, const ProgressCallback &progress,
                                 const std::atomic_bool *cancel)
{
    VerifyReport report;
    report.headHash = Chain::genesis();
    qint64 total = 0;
    if (auto q = sqlite::exec(db, u"SELECT count(*) FROM events"_s); q && q->next())
        total = q->value(0).toLongLong();
    else if (!q)
        return q.error();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT global_position, stream_id, stream_version, event_id, type, schema_version, "
              "payload, metadata, recorded_at, hash FROM events ORDER BY global_position"_s);
    if (!q.exec())
        return sqlite::describe(q.lastError(), db.databaseName(), StoreText::tr("read the events"));

    auto fail = [&report](qint64 position, const QString &reason) {
        report.ok = false;
        report.firstBadPosition = position;
        report.reason = reason;
    };

    QByteArray previous = Chain::genesis();
    qint64 expectedPosition = 1;
    bool broken = false;
    while (q.next()) {
        const qint64 position = q.value(0).toLongLong();
        if (position != expectedPosition) {
            fail(expectedPosition,
                 StoreText::tr("event %1 is missing from the chain").arg(expectedPosition));
            broken = true;
            break;
        }
        const QUuid eventId = QUuid::fromRfc4122(q.value(3).toByteArray());
        const QByteArray body = Chain::body(eventId, q.value(4).toString(), q.value(5).toInt(),
                                            q.value(6).toByteArray(), q.value(7).toByteArray());
        const QByteArray expected =
            Chain::link(previous, position, q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(8).toLongLong(), body);
        if (expected != q.value(9).toByteArray()) {
            fail(position, StoreText::tr("the hash of event %1 does not match its contents or its "
                                         "predecessor: the event was changed after it was written")
                               .arg(position));
            broken = true;
            break;
        }
        previous = expected;
        ++report.events;
        ++expectedPosition;
        if (progress && (report.events % 10000) == 0)
            progress(report.events, total);
        if (cancel && cancel->load())
            return Error{ErrorCode::Cancelled, StoreText::tr("Verification was cancelled.")};
    }
    if (!broken && q.lastError().isValid()) {
        fail(expectedPosition, StoreText::tr("event %1 cannot be read: %2")
                                   .arg(expectedPosition)
                                   .arg(q.lastError().text()));
        broken = true;
    }
    q.finish();
    report.headHash = previous;
    if (broken)
        return report;

    auto check = sqlite::exec(db, u"PRAGMA integrity_check"_s);
    if (!check) {
        fail(report.events + 1, check.error().message);
        return report;
    }
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    if (!problems.isEmpty()) {
        report.ok = false;
        report.reason = StoreText::tr("SQLite's integrity check failed: %1")
                            .arg(problems.mid(0, 3).join(u"; "_s));
        return report;
    }
    report.ok = true;
    if (progress)
        progress(report.events, total);
    return report;
}

} // namespace eventdesk
