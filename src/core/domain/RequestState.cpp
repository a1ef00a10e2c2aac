// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RequestState.h"

#include <array>

namespace eventdesk::domain {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr std::array<std::pair<RequestStatus, QLatin1String>, 12> StatusNames{{
    {RequestStatus::AwaitingApproval, "AwaitingApproval"_L1},
    {RequestStatus::AwaitingFinance, "AwaitingFinance"_L1},
    {RequestStatus::AwaitingPayment, "AwaitingPayment"_L1},
    {RequestStatus::Pending, "Pending"_L1},
    {RequestStatus::Packed, "Packed"_L1},
    {RequestStatus::Shipped, "Shipped"_L1},
    {RequestStatus::Delivered, "Delivered"_L1},
    {RequestStatus::Requested, "Requested"_L1},
    {RequestStatus::Completed, "Completed"_L1},
    {RequestStatus::Rejected, "Rejected"_L1},
    {RequestStatus::Failed, "Failed"_L1},
    {RequestStatus::Cancelled, "Cancelled"_L1},
}};
} // namespace

QString statusName(RequestStatus status)
{
    for (const auto &[s, name] : StatusNames)
        if (s == status)
            return QString(name);
    return {};
}

std::optional<RequestStatus> statusFromName(QStringView name)
{
    for (const auto &[s, word] : StatusNames)
        if (name == word)
            return s;
    return std::nullopt;
}

bool isFinal(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Delivered:
    case RequestStatus::Completed:
    case RequestStatus::Rejected:
    case RequestStatus::Failed:
    case RequestStatus::Cancelled:
        return true;
    default:
        return false;
    }
}

QJsonObject RequestInfo::toPayload() const
{
    return QJsonObject{
        {"title"_L1, title},   {"amount"_L1, amount.toJson()},          {"requester"_L1, requester},
        {"fields"_L1, fields}, {"workflowVersion"_L1, workflowVersion}, {"at"_L1, submittedAtMs},
    };
}

RequestInfo RequestInfo::fromPayload(const QJsonObject &payload)
{
    RequestInfo info;
    info.title = payload.value("title"_L1).toString();
    if (auto amount = Money::fromJson(payload.value("amount"_L1)))
        info.amount = amount.value();
    info.requester = payload.value("requester"_L1).toString();
    info.fields = payload.value("fields"_L1).toObject();
    info.workflowVersion = payload.value("workflowVersion"_L1).toInt();
    info.submittedAtMs = payload.value("at"_L1).toInteger();
    return info;
}

void RequestInfo::addTo(QJsonObject &state) const
{
    state.insert("title"_L1, title);
    state.insert("amount"_L1, amount.toJson());
    state.insert("requester"_L1, requester);
    state.insert("fields"_L1, fields);
    state.insert("workflow_version"_L1, workflowVersion);
    state.insert("submitted_at"_L1, submittedAtMs);
}

QJsonObject Approval::toJson() const
{
    QJsonObject o{
        {"step"_L1, step}, {"approver"_L1, approver}, {"covers_amount"_L1, coversAmount},
        {"at"_L1, atMs},   {"revoked"_L1, revoked},
    };
    if (limit)
        o.insert("limit"_L1, limit->toJson());
    if (!comment.isEmpty())
        o.insert("comment"_L1, comment);
    if (revoked) {
        o.insert("revoked_because"_L1, revokedBecause);
        o.insert("revoked_at"_L1, revokedAtMs);
    }
    return o;
}

QJsonObject Rejection::toJson() const
{
    return QJsonObject{{"step"_L1, step}, {"by"_L1, by}, {"reason"_L1, reason}, {"at"_L1, atMs}};
}

QJsonObject Failure::toJson() const
{
    return QJsonObject{{"step"_L1, step}, {"cause"_L1, cause}, {"at"_L1, atMs}};
}

} // namespace eventdesk::domain
