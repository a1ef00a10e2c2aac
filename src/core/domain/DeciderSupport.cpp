// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DeciderSupport.h"

#include "workflow/DefinitionShapes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eventdesk::domain::support {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::domain)
};

constexpr qsizetype MaxFieldValueLength = 1000;
constexpr qsizetype MaxFields = 50;

QString rolesOf(const Actor &actor)
{
    return actor.roles.isEmpty() ? Text::tr("no roles") : actor.roles.names().join(u", "_s);
}

QString checkFields(const QJsonObject &fields)
{
    static const QRegularExpression key(u"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"_s);
    if (fields.size() > MaxFields)
        return Text::tr("A request takes at most %1 fields; this one has %2.")
            .arg(MaxFields)
            .arg(fields.size());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!key.match(it.key()).hasMatch())
            return Text::tr(
                       "The field name \"%1\" is not valid: use letters, digits, \"_\", \".\" or "
                       "\"-\", starting with a letter, at most 64 characters.")
                .arg(it.key());
        const QJsonValue v = it.value();
        if (!v.isString() && !v.isDouble() && !v.isBool())
            return Text::tr("The field \"%1\" must be text, a number or true/false.").arg(it.key());
        if (v.isString() && v.toString().size() > MaxFieldValueLength)
            return Text::tr("The field \"%1\" is too long: at most %2 characters.")
                .arg(it.key())
                .arg(MaxFieldValueLength);
    }
    return {};
}
} // namespace

Status checkDefinition(const workflow::Definition &definition, const QString &workflow)
{
    if (definition.name != workflow)
        return Error::internal(
            Text::tr("The %1 decider was given the definition of the %2 workflow.")
                .arg(workflow, definition.name));
    return success();
}

Result<RequestInfo> checkSubmission(const SubmitRequest &command, RequestStatus current,
                                    const workflow::Definition &definition, const QString &workflow)
{
    if (Status s = checkDefinition(definition, workflow); !s)
        return s.error();
    if (current != RequestStatus::None)
        return Error{ErrorCode::AlreadyExists,
                     Text::tr("This request was already submitted; submit a new one instead.")};
    const Actor &actor = command.actor;
    if (!definition.submitters.admits(actor.name, actor.roles, QString()))
        return Error::accessDenied(Text::tr("Only %1 may submit a %2 request; %3 has %4.")
                                       .arg(definition.submitters.describe(), definition.name,
                                            actor.name, rolesOf(actor)));

    const QString title = command.title.trimmed();
    const qsizetype characters = title.toUcs4().size();
    if (characters == 0)
        return Error::validation(
            Text::tr("A title is needed: 1 to %1 characters.").arg(MaxTitleLength));
    if (characters > MaxTitleLength)
        return Error::validation(Text::tr("The title has %1 characters; at most %2 are allowed.")
                                     .arg(characters)
                                     .arg(MaxTitleLength));
    for (QChar c : title)
        if (c.category() == QChar::Other_Control)
            return Error::validation(Text::tr("The title must be one line of text, without control "
                                              "characters."));

    const Money &amount = command.amount;
    if (!amount.isValid())
        return Error::validation(Text::tr("An amount is needed."));
    if (const QString problem = Money::validateCurrency(amount.currency()); !problem.isEmpty())
        return Error::validation(problem);
    if (amount.minorUnits() <= 0)
        return Error::validation(Text::tr("The amount must be greater than 0; %1 is not.")
                                     .arg(amount.toDisplayString()));
    auto maximum = Money::fromMajorUnits(Money::MaxMajorUnits, amount.currency());
    if (maximum && amount.minorUnits() > maximum->minorUnits())
        return Error::validation(Text::tr("The amount %1 is more than the maximum, %2.")
                                     .arg(amount.toDisplayString(), maximum->toDisplayString()));
    if (const QString problem = checkFields(command.fields); !problem.isEmpty())
        return Error::validation(problem);

    RequestInfo info;
    info.title = title;
    info.amount = amount;
    info.requester = actor.name;
    info.fields = command.fields;
    info.workflowVersion = definition.version;
    info.submittedAtMs = command.atMs;
    return info;
}

Result<workflow::ActionSpec> checkAction(const Position &at, const ActOnRequest &command)
{
    const Actor &actor = command.actor;
    if (at.status == RequestStatus::None)
        return Error::notFound(Text::tr("There is no such request."));
    if (isFinal(at.status))
        return Error::conflict(
            Text::tr("This request is already %1; nothing more can be done with it.")
                .arg(statusName(at.status)));
    const workflow::StepSpec *step = at.definition.step(at.step);
    if (!step || step->actions.isEmpty()) {
        if (step && step->call)
            return Error::validation(
                Text::tr(
                    "This request is waiting for the %1 service (step %2); no one acts on it now.")
                    .arg(step->call->service, step->id));
        return Error::validation(
            Text::tr("No one acts on this request now; it is %1.").arg(statusName(at.status)));
    }
    const workflow::ActionSpec *action = step->action(command.action);
    const bool admitted =
        action && action->performers.admits(actor.name, actor.roles, at.requester);
    if (!admitted) {
        // Someone may have done it first: the same action for this actor at a step the
        // request has already passed.
        const qsizetype current = at.definition.stepIndex(step->id);
        for (qsizetype i = 0; i < current; ++i) {
            const workflow::StepSpec &earlier = at.definition.steps.at(i);
            const workflow::ActionSpec *same = earlier.action(command.action);
            if (!same || !same->performers.admits(actor.name, actor.roles, at.requester))
                continue;
            const QString by = at.doneBy ? at.doneBy(earlier.id) : QString();
            // The loser of two approvals at the same moment reads this: it names the winner.
            if (!by.isEmpty() && command.action == workflow::Actions::Approve)
                return Error::conflict(
                    Text::tr("This request was already approved by %1: the step %2 "
                             "is already done (by %1); it is now %3.")
                        .arg(by, earlier.id, statusName(at.status)));
            if (!by.isEmpty())
                return Error::conflict(
                    Text::tr("The step %1 is already done (by %2); this request is now %3.")
                        .arg(earlier.id, by, statusName(at.status)));
            return Error::conflict(Text::tr("The step %1 is already done; this request is now %2.")
                                       .arg(earlier.id, statusName(at.status)));
        }
    }
    if (!action)
        return Error::validation(
            Text::tr(
                "\"%1\" is not offered at this step: this request is %2 (step %3), which offers "
                "%4.")
                .arg(command.action, statusName(at.status), step->id,
                     step->actionNames().join(u", "_s)));
    if (!admitted)
        return Error::accessDenied(Text::tr("Only %1 may %2 at the step %3; %4 has %5.")
                                       .arg(action->performers.describe(), action->name, step->id,
                                            actor.name, rolesOf(actor)));
    if (action->reasonRequired && reasonOf(command).trimmed().isEmpty())
        return Error::validation(Text::tr("To %1 this request, give a reason.").arg(action->name));
    return *action;
}

QString reasonOf(const ActOnRequest &command)
{
    return command.reason.trimmed().isEmpty() ? command.comment.trimmed()
                                              : command.reason.trimmed();
}

Result<workflow::StepSpec> checkOutcome(const RecordStepOutcome &command, RequestStatus current,
                                        const workflow::Definition &definition)
{
    if (current == RequestStatus::None)
        return Error::notFound(Text::tr("There is no such request."));
    const workflow::StepSpec *step = definition.step(command.step);
    if (!step ||
        (step->kind != workflow::StepKind::Service && step->kind != workflow::StepKind::Handler))
        return Error::validation(Text::tr("The %1 workflow has no automated step \"%2\".")
                                     .arg(definition.name, command.step));
    const bool compensation = command.outcome == StepOutcome::Compensated ||
                              command.outcome == StepOutcome::CompensationFailed;
    if (compensation && !step->compensation)
        return Error::validation(
            Text::tr("The step %1 has no compensation, so no compensation outcome can be recorded.")
                .arg(step->id));
    if ((command.outcome == StepOutcome::Failed ||
         command.outcome == StepOutcome::CompensationFailed) &&
        command.cause.trimmed().isEmpty())
        return Error::validation(Text::tr("A failure is recorded with its cause."));
    return *step;
}

qint64 atOf(const QJsonObject &payload)
{
    return payload.value("at"_L1).toInteger();
}

void addComment(QJsonObject &payload, const QString &comment)
{
    if (!comment.trimmed().isEmpty())
        payload.insert("comment"_L1, comment.trimmed());
}

QJsonObject outcomePayload(const RecordStepOutcome &command)
{
    QJsonObject payload{{"at"_L1, command.atMs}};
    if (!command.cause.trimmed().isEmpty())
        payload.insert("cause"_L1, command.cause.trimmed());
    if (!command.response.isUndefined() && !command.response.isNull())
        payload.insert("response"_L1, command.response);
    return payload;
}

} // namespace eventdesk::domain::support
