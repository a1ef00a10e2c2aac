// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::workflow {

// One saga as `sagas` and the console list it.
struct SagaSummary
{
    QString sagaId; // $saga-<request stream>
    QString workflow;
    QString request; // the request's stream
    QString step;    // the step it is at (or ended on); empty when none
    QString status;  // a SagaStatus word
    int definitionVersion = 0;

    // {"saga_id", "workflow", "request", "step" (null when none), "status",
    //  "definition_version"}
    QJsonObject toJson() const;
};

// Every saga in the store, oldest first, with where it stands now (its stream, the
// request's current step, and how its call in the outbox fares).
Result<QList<SagaSummary>> listSagas(SqliteEventStore &store);

} // namespace eventdesk::workflow
