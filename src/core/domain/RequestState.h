// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace eventdesk::domain {

// The status of a request, as `state --json` prints it (CLI.md's fixed words).
enum class RequestStatus : quint8
{
    None, // not submitted: the stream has no events
    AwaitingApproval,
    AwaitingFinance,
    AwaitingPayment,
    Pending,
    Packed,
    Shipped,
    Delivered,
    Requested,
    Completed,
    Rejected,
    Failed,
    Cancelled,
};

// The fixed English word ("AwaitingApproval"); empty for None.
QString statusName(RequestStatus status);
std::optional<RequestStatus> statusFromName(QStringView name);
// Nothing more happens to a request in a final status (Delivered, Completed, Rejected,
// Failed, Cancelled), apart from recording what its compensations did.
bool isFinal(RequestStatus status);

// The most characters a title may have (CLI.md: 1 to 200).
inline constexpr qsizetype MaxTitleLength = 200;

// What the submission recorded, common to every workflow.
struct RequestInfo
{
    QString title;
    Money amount;
    QString requester;
    QJsonObject fields;
    int workflowVersion = 0; // the definition version the request runs on
    qint64 submittedAtMs = 0;

    // The submission event's payload: title, amount, requester, fields, workflowVersion, at.
    QJsonObject toPayload() const;
    static RequestInfo fromPayload(const QJsonObject &payload);
    // Adds title, amount, requester, fields, workflow_version, submitted_at to a state object.
    void addTo(QJsonObject &state) const;
};

// One approval in a request's chain. A revoked approval stays in the history.
struct Approval
{
    QString step;
    QString approver;
    std::optional<Money> limit; // the approver's limit when the step applies limits
    bool coversAmount = true;   // false: recorded, but a covering approval is still needed
    QString comment;
    qint64 atMs = 0;
    bool revoked = false;
    QString revokedBecause;
    qint64 revokedAtMs = 0;

    QJsonObject toJson() const;
};

// Who rejected or cancelled a request, at which step, and why.
struct Rejection
{
    QString step;
    QString by;
    QString reason;
    qint64 atMs = 0;

    QJsonObject toJson() const;
};

// Why a request failed: the step that failed for good and its cause.
struct Failure
{
    QString step;
    QString cause;
    qint64 atMs = 0;

    QJsonObject toJson() const;
};

} // namespace eventdesk::domain
