// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "workflow/SagaDefinitions.h"

#include <QString>

namespace eventdesk::workflow {

class SagaRecorder;

// One choreographed handler (a transfer's balances, notify or audit step): it follows its
// workflow's category from a checkpoint of its own and acts on each request on its own,
// whatever the other handlers do. A handler with a service call puts it in the outbox
// under an ordering key of its own (`<request>/<step>`), so a service that is down holds up
// only that handler's calls; one without (audit) records its outcome at once. The
// checkpoint moves past a request once the handler's outcome for it is recorded, so a
// handler that waits for its service looks again at what it has not finished, after a
// crash too, while the others have moved on.
class ChoreographyHandler final
{
public:
    // trigger: the event type that sets the handler off (TransferRequested).
    ChoreographyHandler(SagaRecorder &recorder, DefinitionSource definitions, QString workflow,
                        QString trigger, QString step, QString checkpointName);

    const QString &step() const { return m_step; }
    const QString &checkpointName() const { return m_checkpoint; }

    // Acts on what arrived since the checkpoint and on what it has not finished; returns
    // the number of appends that wrote something. *waiting is set to the requests whose
    // call is still under way.
    Result<int> runOnce(int *waiting = nullptr);

private:
    // True once the handler's outcome for the request is recorded.
    Result<bool> act(const QString &requestStream, int *appended);

    SagaRecorder &m_recorder;
    DefinitionSource m_definitions;
    QString m_workflow;
    QString m_trigger;
    QString m_step;
    QString m_checkpoint;
};

// The checkpoints table (schema 2): name -> the last global position dealt with.
Result<qint64> readCheckpoint(SqliteEventStore &store, const QString &name);
Status writeCheckpoint(SqliteEventStore &store, const QString &name, qint64 position);

} // namespace eventdesk::workflow
