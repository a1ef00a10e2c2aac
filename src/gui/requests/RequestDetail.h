// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "projections/ReadModels.h"
#include "util/Result.h"
#include "workflow/Definition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::gui {

// One event of a request's stream, as its history shows it.
struct HistoryEntry
{
    qint64 position = 0;
    qint64 at = 0;
    QString type;
    QString actor;
    QString note; // the comment, reason or cause the event carries
};

// Everything the detail side shows about one request; read on a worker thread.
struct RequestDetail
{
    projections::RequestRow row;
    QJsonObject fields;
    QList<HistoryEntry> history;                    // oldest first
    std::optional<workflow::Definition> definition; // the version it was submitted with
};

// Reads the request's row, its stream and its definition. Runs on a worker thread.
Result<RequestDetail> loadRequestDetail(SqliteEventStore &store, const QString &streamId);

// A step of a request's path and how far it got.
struct PathStep
{
    enum State
    {
        Done,
        Current,
        Pending,
        Failed
    };
    QString title;
    State state = Pending;
};

// Where the request stands on its definition's steps.
QList<PathStep> requestPath(const workflow::Definition &definition,
                            const projections::RequestRow &row);
// "Manager approval ✓ → Finance approval (now) → Payment".
QString pathText(const QList<PathStep> &steps);

// A manager who could take an approval step, with their own limit (none: the
// definition's default applies).
struct ManagerLimit
{
    QString name;
    std::optional<Money> ownLimit;
};

// Every enabled manager. Worker thread.
Result<QList<ManagerLimit>> loadManagerLimits(SqliteEventStore &store);

// The path a new request will take, before it is submitted:
// "Manager (Mia, up to 5,000.00 €) → Finance approval → Payment". The manager is the
// one with the smallest limit that covers the amount, not the requester themself.
QString previewPath(const workflow::Definition &definition, const std::optional<Money> &amount,
                    const QList<ManagerLimit> &managers, const QString &requester);

} // namespace eventdesk::gui
