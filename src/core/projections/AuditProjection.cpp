// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/AuditProjection.h"

#include <QJsonObject>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;

Status AuditProjection::apply(const RecordedEvent &event, ProjectionContext &context)
{
    const QJsonObject meta = event.metadataObject();
    const QString actor = meta.value("actor"_L1).toString();
    if (actor.isEmpty())
        return success();
    const QJsonObject p = event.payloadObject();
    // A rejection's reason is in its payload; a refusal's (AccessDenied) in both.
    const QString reason = p.value("reason"_L1).toString(meta.value("reason"_L1).toString());
    return context.rows.exec(
        u"INSERT INTO proj_audit (position, at, stream_id, type, actor, comment, reason, "
        "correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {event.globalPosition, eventTime(event, p), event.streamId, event.type, actor,
         p.value("comment"_L1).toString(), reason, meta.value("correlationId"_L1).toString()});
}

} // namespace eventdesk::projections
