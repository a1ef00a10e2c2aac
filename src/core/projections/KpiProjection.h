// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/Projection.h"

namespace eventdesk::projections {

// The facts the KPIs count (proj_kpi_facts): submissions, final approval decisions
// (approved or rejected, with the lead time from submission), and deadline breaches
// (DeadlineReminderSent, DeadlineEscalated of the saga streams). The KPIs themselves are
// aggregates over these rows, so they too can be asked "as of position N".
class KpiProjection final : public Projection
{
public:
    QString name() const override { return QStringLiteral("kpis"); }
    QStringList tables() const override { return {QStringLiteral("proj_kpi_facts")}; }
    Status apply(const RecordedEvent &event, ProjectionContext &context) override;
};

} // namespace eventdesk::projections
