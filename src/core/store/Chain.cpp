// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Chain.h"

#include "store/Event.h"
#include "util/Sha256.h"

namespace eventdesk::Chain {

QByteArray genesis() { return QByteArray(Sha256::DigestSize, '\0'); }

QByteArray body(const QUuid &eventId, const QString &type, int schemaVersion,
                const QByteArray &payload, const QByteArray &metadata)
{
    Sha256 h;
    h.add(eventId.toByteArray(QUuid::WithoutBraces));
    h.add("\n");
    h.add(type.toUtf8());
    h.add("\n");
    h.add(QByteArray::number(schemaVersion));
    h.add("\n");
    h.add(payload);
    h.add("\n");
    h.add(metadata);
    return h.finish();
}

QByteArray link(const QByteArray &previousHash, qint64 globalPosition, const QString &streamId,
                qint64 streamVersion, qint64 recordedAt, const QByteArray &body)
{
    Sha256 h;
    h.add(previousHash);
    h.add(QByteArray::number(globalPosition));
    h.add("\n");
    h.add(streamId.toUtf8());
    h.add("\n");
    h.add(QByteArray::number(streamVersion));
    h.add("\n");
    h.add(QByteArray::number(recordedAt));
    h.add("\n");
    h.add(body);
    return h.finish();
}

} // namespace eventdesk::Chain
