// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace eventdesk {

// The tamper-evident hash chain of ARCHITECTURE.md, in two halves so the heavy part is
// computed on the caller's thread before the writer assigns a position:
//   body(n) = SHA-256(event_id "\n" type "\n" schema_version "\n" payload "\n" metadata)
//   hash(n) = SHA-256(hash(n-1) global_position "\n" stream_id "\n" stream_version "\n"
//                     recorded_at "\n" body(n))
// Numbers are decimal UTF-8 text, event_id is the lower-case UUID without braces,
// body(n) and hash(n-1) are 32 raw bytes, and hash(0) is 32 zero bytes.
namespace Chain {

QByteArray genesis();  // hash(0)

QByteArray body(const QUuid &eventId, const QString &type, int schemaVersion,
                const QByteArray &payload, const QByteArray &metadata);

QByteArray link(const QByteArray &previousHash, qint64 globalPosition, const QString &streamId,
                qint64 streamVersion, qint64 recordedAt, const QByteArray &body);

} // namespace Chain
} // namespace eventdesk
