// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccessControl.h"

#include "security/Users.h"
#include "store/EventStore.h"

#include <QCoreApplication>

namespace eventdesk::security {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::AccessControl)
};
} // namespace

Error recordAccessDenied(EventStore &store, const QString &actor, const QString &operation,
                         const QString &reason, const QString &target)
{
    QJsonObject payload{{"actor"_L1, actor}, {"operation"_L1, operation}, {"reason"_L1, reason}};
    if (!target.isEmpty())
        payload.insert("target"_L1, target);
    EventMetadata meta;
    meta.actor = actor;
    meta.reason = reason;
    AppendRequest request;
    request.streamId = QString(SecurityStream);
    request.expected = ExpectedVersion::any();
    request.events.append(NewEvent::make(QString(UserEvents::AccessDenied), payload, meta));
    const AppendResult stored = store.append(std::move(request)).result();
    const QString message =
        Text::tr("Access denied: %1 may not %2 (%3).")
            .arg(actor.isEmpty() ? Text::tr("nobody signed in") : actor, operation, reason);
    if (!stored)
        return Error::accessDenied(
            message + u' ' +
            Text::tr("Recording the refusal failed too: %1").arg(stored.error().message));
    return Error::accessDenied(message);
}

Status requireRole(EventStore &store, const SignedInUser &actor, Role role,
                   const QString &operation, const QString &target)
{
    if (actor.hasRole(role))
        return success();
    return recordAccessDenied(store, actor.name, operation,
                              Text::tr("the %1 role is required").arg(roleName(role)), target);
}

} // namespace eventdesk::security
