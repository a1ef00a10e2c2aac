// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Event.h"

#include <QList>
#include <QString>

namespace eventdesk::gui {

// One saga's steps as the diagram draws them, worked out from its definition (so steps
// not reached yet show too) and the events of its $saga- stream. Pure data: built off the
// GUI thread, tested without a widget.
enum class SagaStepState
{
    NotReached,
    Current,
    Done,
    Failed,
    Compensating,
    Compensated
};
QString sagaStepStateWord(SagaStepState state); // pending, current, done, failed, ...

struct SagaTraceEvent
{
    qint64 position = 0;
    QString type;
    QString step; // empty for the saga's own events (started, completed)
    qint64 at = 0;
    QString detail; // a service call, a cause, a reason
};

struct SagaTraceStep
{
    QString id;
    QString title;
    SagaStepState state = SagaStepState::NotReached;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    qint64 compensatedAt = 0;
    QString cause;
    QList<int> events; // indexes into SagaTrace::events
};

struct SagaTrace
{
    QString sagaId;
    QString workflow;
    QList<SagaTraceStep> steps;
    QList<SagaTraceEvent> events;
    bool compensationPath() const; // whether any step was (or is being) compensated
    QString summary() const;       // the steps in words, for the accessible description
};

// definitionSteps: (id, title) pairs in order; currentStep and ended from the saga's row.
SagaTrace buildSagaTrace(const QString &sagaId, const QString &workflow,
                         const QList<std::pair<QString, QString>> &definitionSteps,
                         const QList<RecordedEvent> &events, const QString &currentStep,
                         bool ended);

} // namespace eventdesk::gui
