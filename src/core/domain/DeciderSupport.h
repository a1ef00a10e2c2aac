// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the four deciders share: the checks of a submission, of an action at the current
// step, and of a step outcome. For the deciders' own use.

#include "domain/DomainEvent.h"
#include "domain/RequestCommands.h"
#include "domain/RequestState.h"
#include "workflow/Definition.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace eventdesk::domain::support {

// Checks a submission against the definition (who may submit, title, amount, fields) and
// returns what the submission event records.
Result<RequestInfo> checkSubmission(const SubmitRequest &command, RequestStatus current,
                                    const workflow::Definition &definition,
                                    const QString &workflow);

// Where a request stands, for checking an action.
struct Position
{
    const workflow::Definition &definition;
    RequestStatus status;
    QString step; // the current step; empty when no one acts now
    QString requester;
    // Who completed an earlier step, for "already done by ..."; may be left empty.
    std::function<QString(const QString &stepId)> doneBy;
};

// The action at the current step, when the actor may take it; else why not: the request
// has ended or moved on (Conflict), the action is not offered here (Validation), the actor
// lacks the role (AccessDenied), or a reason is missing (Validation).
Result<workflow::ActionSpec> checkAction(const Position &at, const ActOnRequest &command);

// The reason of an action: the reason, else the comment.
QString reasonOf(const ActOnRequest &command);

// Checks that an outcome names an automated step of the definition, and that a
// compensation outcome is for a step that has a compensation.
Result<workflow::StepSpec> checkOutcome(const RecordStepOutcome &command, RequestStatus current,
                                        const workflow::Definition &definition);

// Refuses a definition of another workflow (a wiring mistake, not a person's).
Status checkDefinition(const workflow::Definition &definition, const QString &workflow);

// "at" of a payload (UTC ms).
qint64 atOf(const QJsonObject &payload);
// Adds comment to a payload when there is one.
void addComment(QJsonObject &payload, const QString &comment);
// The payload of an outcome: at, and the service's response or the cause when present.
QJsonObject outcomePayload(const RecordStepOutcome &command);

} // namespace eventdesk::domain::support
