// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/Projection.h"

namespace eventdesk::projections {

// Requests (proj_requests): one version per event of a request stream, folded with the
// request's own aggregate (domain::RequestAggregate: one source of truth for statuses and
// steps), with what the inbox needs: who may move the current step on, the standing
// approvals, the deadline. The approvals inbox is a query over these rows.
class RequestsProjection final : public Projection
{
public:
    QString name() const override { return QStringLiteral("requests"); }
    QStringList tables() const override { return {QStringLiteral("proj_requests")}; }
    Status apply(const RecordedEvent &event, ProjectionContext &context) override;
};

} // namespace eventdesk::projections
