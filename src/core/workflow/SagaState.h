// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/Definition.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QUuid>

namespace eventdesk {
struct RecordedEvent;
}

namespace eventdesk::workflow {

// How far one call of a saga got: the step's call, or its compensation.
struct SagaCallRecord
{
    enum class Phase : quint8
    {
        None,      // not sent
        Started,   // in the outbox (again, after a resumed dead letter)
        Completed, // it took effect
        Failed     // it failed for good: parked as deadLetterId
    };

    Phase phase = Phase::None;
    QUuid messageId;
    QString idempotencyKey;
    qint64 deadLetterId = 0;
    QString cause;
    int starts = 0; // SagaStepStarted/SagaCompensationStarted plus resumes
};

// A saga instance as its stream ($saga-<request stream>) tells it: the fold the engine
// decides on, and what `sagas` prints. Pure: built from the events alone.
struct SagaState
{
    bool started = false;
    QString request;
    QString workflow;
    int definitionVersion = 0;
    Coordination coordination = Coordination::Orchestrated;
    qint64 version = -1; // of the saga stream; -1 before SagaStarted

    QMap<QString, SagaCallRecord> steps;         // by step id
    QMap<QString, SagaCallRecord> compensations; // by step id
    bool compensating = false;
    QString compensationReason;
    QStringList compensationSteps; // every step SagaCompensating listed, latest first

    QSet<QString> deadlineMarks; // deadlineMark(kind, step, dueAt) of those already sent
    bool ended = false;          // SagaCompleted or SagaFailed, and nothing since
    bool failed = false;         // SagaFailed, or a step failed for good and not resumed
    QString endStatus;           // SagaCompleted's status
    QString lastStep;            // the step of the latest call the saga made

    void apply(const RecordedEvent &event);
    void apply(const QString &type, const QJsonObject &payload);

    // Whether a call of the saga is in the outbox and has not ended yet.
    bool hasCallInFlight() const;

    static QString deadlineMark(const QString &kind, const QString &step, qint64 dueAt);
};

} // namespace eventdesk::workflow
