// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "security/Roles.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <variant>

namespace eventdesk::domain {

// Who gives a command, as the command layer authenticated them.
struct Actor
{
    QString name;
    security::RoleSet roles;
    std::optional<Money> approvalLimit; // a manager's own limit; else the definition's default
};

// A new request. `atMs` is the time of the command (UTC ms): deciders read no clock.
struct SubmitRequest
{
    Actor actor;
    QString title;      // 1 to 200 characters
    Money amount;       // greater than 0
    QJsonObject fields; // --field key=value, carried as given
    qint64 atMs = 0;
};

// A person acts on a request at its current step: approve, reject, pack, ship, deliver,
// cancel, ... as its workflow definition offers them there.
struct ActOnRequest
{
    Actor actor;
    QString action;
    QString comment;
    QString reason; // a rejection needs one; when empty, the comment serves as the reason
    QJsonObject fields;
    qint64 atMs = 0;
};

// How an automated step ended, as the saga engine or a choreographed handler saw it.
enum class StepOutcome : quint8
{
    Succeeded,          // the step's service call took effect
    Failed,             // it failed for good (a permanent error, or retries exhausted)
    Compensated,        // its compensation took effect
    CompensationFailed, // its compensation failed for good
};

// The result of an automated step, recorded in the request's own stream. Recording an
// outcome that is already recorded decides no events (a retried or resumed saga).
struct RecordStepOutcome
{
    QString step; // the step id of the definition
    StepOutcome outcome = StepOutcome::Succeeded;
    QString cause;       // for failures: what went wrong, for a person
    QJsonValue response; // what the service answered, recorded with the fact
    qint64 atMs = 0;
};

using RequestCommand = std::variant<SubmitRequest, ActOnRequest, RecordStepOutcome>;

} // namespace eventdesk::domain
