// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "security/Roles.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace eventdesk::workflow {

// A workflow definition: the data that says who may act at each step of a workflow, with
// which actions, the default approval limit, the deadlines, and the service calls and
// compensations of the automated steps. The deciders (domain/) hold the business rules;
// the definition configures them. docs/WORKFLOWS.md describes the JSON form.

// How the steps are driven: a saga that sends each step's command (orchestrated), or
// independent handlers that each react to the request (choreographed).
enum class Coordination : quint8
{
    Orchestrated,
    Choreographed
};

enum class StepKind : quint8
{
    Approval, // people approve or reject
    Task,     // people do something (pack, ship) or cancel
    Service,  // the saga calls a service
    Handler   // a choreographed handler acts on its own (with or without a service call)
};

QString coordinationName(Coordination coordination);
QString stepKindName(StepKind kind);

// The word for "the person who submitted this request", usable wherever roles are listed.
inline constexpr QLatin1String SubmitterWord{"submitter"};
// Recipients of reminders and escalations, besides role names and "submitter".
inline constexpr QLatin1String AssigneesWord{"assignees"}; // whoever may act at the step
inline constexpr QLatin1String CoveringManagersWord{
    "covering-managers"}; // every manager whose limit covers the amount

// Who may perform an action: holders of any of the roles, and, when `submitter` is set,
// the person who submitted the request, whatever their roles.
struct Performers
{
    security::RoleSet roles;
    bool submitter = false;

    bool admits(const QString &actor, const security::RoleSet &actorRoles,
                const QString &requester) const;
    // "submitter", then the role names in their fixed order.
    QStringList names() const;
    // For people: "manager or the submitter".
    QString describe() const;

    friend bool operator==(const Performers &, const Performers &) = default;
};

struct ActionSpec
{
    QString name; // approve, reject, pack, ship, deliver, cancel
    Performers performers;
    bool reasonRequired = false; // a rejection always needs one

    friend bool operator==(const ActionSpec &, const ActionSpec &) = default;
};

// One call to an external service, e.g. payment/authorize.
struct ServiceCallSpec
{
    QString service;
    QString operation;

    QString text() const { return service + u'/' + operation; }
    friend bool operator==(const ServiceCallSpec &, const ServiceCallSpec &) = default;
};

// When a step waits too long: due `dueAfterMs` after it began; then a reminder to
// `remindTo`; `escalateAfterMs` after the due time, an escalation to `escalateTo`.
// Recipients are role names, "submitter", "assignees" or "covering-managers".
struct DeadlineSpec
{
    qint64 dueAfterMs = 0;
    QStringList remindTo;
    qint64 escalateAfterMs = -1; // -1: no escalation
    QStringList escalateTo;

    friend bool operator==(const DeadlineSpec &, const DeadlineSpec &) = default;
};

struct StepSpec
{
    QString id;
    QString title;
    QString description;
    StepKind kind = StepKind::Approval;
    QList<ActionSpec> actions;                   // approval and task steps
    bool limitApplies = false;                   // approval steps: the approver's limit counts
    std::optional<ServiceCallSpec> call;         // service steps, and handlers that call one
    std::optional<ServiceCallSpec> compensation; // undoes `call`
    bool required = true;                        // handlers: completion waits for this one
    std::optional<DeadlineSpec> deadline;

    const ActionSpec *action(QStringView name) const;
    QStringList actionNames() const;

    friend bool operator==(const StepSpec &, const StepSpec &) = default;
};

// Where a definition is wrong: the file, the place in the JSON ("steps[2].actions[0]";
// empty for the file as a whole) and the problem, for a person.
struct DefinitionProblem
{
    QString source;
    QString path;
    QString problem;

    // "purchase.json: steps[2].actions[0].roles[1]: unknown role "boss"; ..."
    QString message() const;
};

struct Definition
{
    QString name; // the workflow: purchase, expense, order, transfer
    int version = 0;
    QString title;
    QString description;
    Coordination coordination = Coordination::Orchestrated;
    Performers submitters;
    std::optional<Money> defaultApprovalLimit; // a manager's own limit overrides it
    QList<StepSpec> steps;

    const StepSpec *step(QStringView id) const;
    qsizetype stepIndex(QStringView id) const; // -1 when there is no such step
    QStringList stepIds() const;

    // The limit an approver works with: their own, else the definition's default.
    std::optional<Money> approvalLimitFor(const std::optional<Money> &ownLimit) const;

    // The canonical JSON form; fromJson(toJson()) gives the same definition back.
    QJsonObject toJson() const;

    // Reads and validates a definition. A bad one is refused whole: the error's message is
    // the problem's message(), and *problem (when given) says where and what.
    static Result<Definition> fromJson(const QByteArray &json, const QString &source,
                                       DefinitionProblem *problem = nullptr);
    static Result<Definition> fromObject(const QJsonObject &object, const QString &source,
                                         DefinitionProblem *problem = nullptr);
    // Reads a file; one that cannot be read or is not JSON is refused with a clear message.
    static Result<Definition> loadFile(const QString &path, DefinitionProblem *problem = nullptr);

    friend bool operator==(const Definition &, const Definition &) = default;
};

// The operations a known service offers (payment: authorize, capture, void, refund,
// payout; ...); empty for a service this build does not know.
QStringList serviceOperations(QStringView service);

// The definitions EventDesk ships: resources/workflows/*.json, embedded as
// :/workflows/NAME.json. In the order purchase, expense, order, transfer.
inline constexpr QLatin1String ShippedDefinitionsFolder{":/workflows"};
Result<QList<Definition>> shippedDefinitions();
Result<Definition> shippedDefinition(const QString &name);

} // namespace eventdesk::workflow
