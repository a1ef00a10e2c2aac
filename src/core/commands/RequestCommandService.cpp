// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RequestCommandService.h"

#include "commands/RequestLoader.h"
#include "domain/RequestAggregate.h"
#include "security/Authenticator.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "workflow/DefinitionRegistry.h"
#include "workflow/DefinitionShapes.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

namespace eventdesk::commands {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::commands)
};

// A lost race is decided again on the new state: the second decision either succeeds on
// what is now there or says why not. More attempts only help under a storm of writers.
constexpr int MaxAttempts = 5;

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// Records the refusal in $security (actor, operation, reason, target) and returns it as the
// AccessDenied error a person reads.
Error refuse(SqliteEventStore &store, const QString &actor, const QString &operation,
             const Error &why, const QString &target)
{
    return security::recordAccessDenied(store, actor, operation, withoutFinalStop(why.message),
                                        target);
}

// The actor as $users says now: a session may be older than a change of roles, limit or
// a disabled account, and the decision must be made on what holds when it is made.
Result<domain::Actor> currentActor(SqliteEventStore &store, const security::SignedInUser &user,
                                   const QString &operation, const QString &target)
{
    auto directory = security::loadUserDirectory(store);
    if (!directory)
        return directory.error();
    const security::User *found = directory->find(user.name);
    if (!found)
        return refuse(store, user.name, operation,
                      Error::accessDenied(Text::tr("there is no user of that name")), target);
    if (found->disabled)
        return refuse(store, user.name, operation,
                      Error::accessDenied(Text::tr("the account is disabled")), target);
    return domain::Actor{found->name, found->roles, found->approvalLimit};
}

// Metadata of every event of one decision: who, which request, from which machine; the
// events after the first are caused by the first (a rejection causes the revocations).
QList<NewEvent> toNewEvents(const QList<domain::DomainEvent> &events, const QString &actor,
                            const QString &streamId, const QString &reason)
{
    QList<NewEvent> list;
    list.reserve(events.size());
    EventMetadata meta;
    meta.actor = actor;
    meta.correlationId = streamId;
    meta.host = QSysInfo::machineHostName();
    meta.reason = reason;
    for (const domain::DomainEvent &e : events) {
        list.append(NewEvent::make(e.type, e.payload, meta));
        if (meta.causationId.isEmpty())
            meta.causationId = uuidText(list.constFirst().eventId);
    }
    return list;
}

CommandOutcome outcomeOf(const QString &streamId, const domain::RequestAggregate &after,
                         const AppendSuccess &stored, const QList<domain::DomainEvent> &events)
{
    CommandOutcome outcome;
    outcome.streamId = streamId;
    outcome.workflow = after.workflow();
    outcome.workflowVersion = after.request().workflowVersion;
    outcome.streamVersion = stored.streamVersion;
    outcome.lastPosition = stored.lastPosition;
    for (const domain::DomainEvent &e : events)
        outcome.eventTypes.append(e.type);
    outcome.status = after.status();
    outcome.step = after.step();
    return outcome;
}

QString unknownWorkflow(const QString &workflow)
{
    return Text::tr("There is no workflow \"%1\"; use one of %2.")
        .arg(workflow, workflow::workflowNames().join(u", "_s));
}
} // namespace

RequestCommandService::RequestCommandService(SqliteEventStore &store)
    : m_store(store)
{}

Result<CommandOutcome> RequestCommandService::submit(const QString &user,
                                                     const security::Secret &password,
                                                     const SubmitInput &input)
{
    auto signedIn = security::Authenticator(m_store).signIn(user, password);
    if (!signedIn)
        return signedIn.error();
    return submit(signedIn.value(), input);
}

Result<CommandOutcome> RequestCommandService::act(const QString &user,
                                                  const security::Secret &password,
                                                  const ActInput &input)
{
    auto signedIn = security::Authenticator(m_store).signIn(user, password);
    if (!signedIn)
        return signedIn.error();
    return act(signedIn.value(), input);
}

Result<CommandOutcome> RequestCommandService::submit(const security::SignedInUser &user,
                                                     const SubmitInput &input)
{
    std::optional<domain::RequestAggregate> request =
        domain::RequestAggregate::forWorkflow(input.workflow);
    if (!request)
        return Error::validation(unknownWorkflow(input.workflow));
    const QString operation = Text::tr("submit a %1 request").arg(input.workflow);
    auto actor = currentActor(m_store, user, operation, QString());
    if (!actor)
        return actor.error();
    auto registry = workflow::DefinitionRegistry::load(m_store);
    if (!registry)
        return registry.error();
    const workflow::Definition *definition = registry->latest(input.workflow);
    if (!definition)
        return Error::validation(unknownWorkflow(input.workflow));

    domain::SubmitRequest command{actor.value(), input.title, input.amount, input.fields,
                                  m_store.options().effectiveClock().nowMs()};
    const domain::Decision decision = request->decide(command, *definition);
    if (!decision) {
        if (decision.error().code == ErrorCode::AccessDenied)
            return refuse(m_store, user.name, operation, decision.error(), QString());
        return decision.error();
    }
    // A caller may name the stream (the seeded demo company); it must be this workflow's.
    const QString streamId =
        !input.streamId.isEmpty()
            ? input.streamId
            : input.workflow + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    if (domain::RequestAggregate::workflowOfStream(streamId) != input.workflow)
        return Error::validation(
            Text::tr("The stream %1 is not a %2 request's stream.").arg(streamId, input.workflow));
    AppendRequest append;
    append.streamId = streamId;
    append.expected = ExpectedVersion::noStream();
    append.events = toNewEvents(decision.value(), user.name, streamId, QString());
    const AppendResult stored = m_store.append(std::move(append)).result();
    if (!stored)
        return stored.error();
    for (const domain::DomainEvent &e : decision.value())
        request->apply(e);
    return outcomeOf(streamId, *request, stored.value(), decision.value());
}

Result<CommandOutcome> RequestCommandService::act(const security::SignedInUser &user,
                                                  const ActInput &input)
{
    const QString operation = Text::tr("%1 the request %2").arg(input.action, input.streamId);
    auto registry = workflow::DefinitionRegistry::load(m_store);
    if (!registry)
        return registry.error();
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        auto actor = currentActor(m_store, user, operation, input.streamId);
        if (!actor)
            return actor.error();
        auto loaded = loadRequest(m_store, input.streamId);
        if (!loaded)
            return loaded.error();
        domain::RequestAggregate &request = loaded->request;
        if (!request.exists())
            return Error::notFound(
                Text::tr("There is no request %1; \"eventdesk-cli events\" lists the streams.")
                    .arg(input.streamId));
        // A request runs to its end on the definition version it was submitted with.
        const int version = request.request().workflowVersion;
        const workflow::Definition *definition = registry->find(request.workflow(), version);
        if (!definition) {
            // Loaded by another process after this registry was read.
            auto fresh = workflow::DefinitionRegistry::load(m_store);
            if (!fresh)
                return fresh.error();
            registry = std::move(fresh);
            definition = registry->find(request.workflow(), version);
        }
        if (!definition)
            return Error::internal(Text::tr("The request %1 runs on version %2 of the %3 workflow, "
                                            "which this store does not hold.")
                                       .arg(input.streamId)
                                       .arg(version)
                                       .arg(request.workflow()));

        const domain::ActOnRequest command{
            actor.value(), input.action, input.comment,
            input.reason,  input.fields, m_store.options().effectiveClock().nowMs()};
        const domain::Decision decision = request.decide(command, *definition);
        if (!decision) {
            if (decision.error().code == ErrorCode::AccessDenied)
                return refuse(m_store, user.name, operation, decision.error(), input.streamId);
            return decision.error();
        }
        const QString reason =
            input.reason.trimmed().isEmpty() ? QString() : input.reason.trimmed();
        AppendRequest append;
        append.streamId = input.streamId;
        append.expected = ExpectedVersion::exact(loaded->version);
        append.events = toNewEvents(decision.value(), user.name, input.streamId, reason);
        const AppendResult stored = m_store.append(std::move(append)).result();
        if (stored) {
            for (const domain::DomainEvent &e : decision.value())
                request.apply(e);
            return outcomeOf(input.streamId, request, stored.value(), decision.value());
        }
        if (stored.error().code != ErrorCode::Conflict)
            return stored.error();
        // Someone acted first: decide again on what they left.
    }
    return Error::conflict(Text::tr("The request %1 kept changing while %2 acted on it; try again.")
                               .arg(input.streamId, user.name));
}

} // namespace eventdesk::commands
