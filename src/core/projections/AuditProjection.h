// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/Projection.h"

namespace eventdesk::projections {

// The audit log (proj_audit): who did what, when, with which comment — one row per event
// whose metadata names an actor, people and the system's own actors alike.
class AuditProjection final : public Projection
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QStringList tables() const override { return {QStringLiteral("proj_audit")}; }
    Status apply(const RecordedEvent &event, ProjectionContext &context) override;
};

} // namespace eventdesk::projections
