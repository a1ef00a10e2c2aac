// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "domain/RequestState.h"
#include "security/AccessControl.h"
#include "security/Secret.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::commands {

// A new request, as a person gives it.
struct SubmitInput
{
    QString workflow; // purchase, expense, order, transfer
    QString title;
    Money amount;
    QJsonObject fields;
    QString streamId; // empty: `<workflow>-<new uuid>`; the seeded demo names its own
};

// An action on a request at its current step: approve, reject, pack, ship, deliver, cancel…
struct ActInput
{
    QString streamId;
    QString action;
    QString comment;
    QString reason; // a rejection needs one; when empty, the comment serves
    QJsonObject fields;
};

// What a command recorded, and where the request stands after it.
struct CommandOutcome
{
    QString streamId;
    QString workflow;
    int workflowVersion = 0;
    qint64 streamVersion = -1; // of the last event appended
    qint64 lastPosition = 0;   // its global position
    QStringList eventTypes;    // in the order appended
    domain::RequestStatus status = domain::RequestStatus::None;
    QString step;
};

// The one entry for every change of a request: the actor's current roles and limit (from
// $users), the request loaded from its stream, the decider of its workflow on the
// definition version it was submitted with, and the append with the version the decision
// was made on. A refusal on access grounds is recorded as an AccessDenied event in
// $security; a lost race is decided again on the new state, so the loser reads why
// ("already approved by X"), never a second approval.
class RequestCommandService final
{
public:
    explicit RequestCommandService(SqliteEventStore &store);

    // Signs in, then submits or acts: for callers that hold credentials, not a session.
    Result<CommandOutcome> submit(const QString &user, const security::Secret &password,
                                  const SubmitInput &input);
    Result<CommandOutcome> act(const QString &user, const security::Secret &password,
                               const ActInput &input);

    // For a user already signed in. The stream id of a new request is
    // `<workflow>-<uuid>` (lower case, no braces).
    Result<CommandOutcome> submit(const security::SignedInUser &actor, const SubmitInput &input);
    Result<CommandOutcome> act(const security::SignedInUser &actor, const ActInput &input);

private:
    SqliteEventStore &m_store;
};

} // namespace eventdesk::commands
