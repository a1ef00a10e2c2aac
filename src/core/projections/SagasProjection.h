// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/Projection.h"

#include <optional>

namespace eventdesk::projections {

// A saga instance as its stream ($saga-<request>) tells it, following the contract of
// workflow/SagaEvents.h; what proj_sagas stores for each version.
struct SagaInstance
{
    QString sagaId;
    QString request;
    QString workflow;
    int definitionVersion = 0;
    QString coordination;
    QString step;   // the step the latest step or compensation event was about
    QString status; // running, compensating, completed, failed (SagaStatus words)
    bool callInFlight = false;
    bool compensating = false;
    QString messageId;
    QString endStatus; // SagaCompleted's status: the request's final status word
    QString cause;     // why it failed, or why it compensates
    qint64 startedAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> endedAt;

    void apply(const RecordedEvent &event);
};

// Saga instances (proj_sagas): one version per event of a saga stream.
class SagasProjection final : public Projection
{
public:
    SagasProjection();
    QString name() const override { return QStringLiteral("sagas"); }
    QStringList tables() const override { return {QStringLiteral("proj_sagas")}; }
    Status apply(const RecordedEvent &event, ProjectionContext &context) override;

private:
    FoldCache<SagaInstance> m_folds;
};

} // namespace eventdesk::projections
