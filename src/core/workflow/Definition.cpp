// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Definition.h"

#include "services/ServicePort.h"
#include "workflow/DefinitionShapes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <initializer_list>

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;
using security::Role;
using security::RoleSet;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::workflow::Definition)
};

constexpr qint64 MsPerHour = 3'600'000;
constexpr double MaxHours = 24.0 * 366; // a deadline beyond a year is a mistake
constexpr int MaxVersion = 1'000'000;
constexpr qsizetype MaxIdLength = 40;
constexpr qsizetype MaxTextLength = 2000;
constexpr qint64 MaxFileBytes = 1024 * 1024;

struct OperationTable
{
    QLatin1String service;
    std::initializer_list<QLatin1String> operations;
};

// The operations of each service (SERVICES.md); compensations are operations too.
const std::initializer_list<OperationTable> &operationTables()
{
    static const std::initializer_list<OperationTable> tables{
        {"payment"_L1, {"authorize"_L1, "capture"_L1, "void"_L1, "refund"_L1, "payout"_L1}},
        {"inventory"_L1, {"reserve"_L1, "release"_L1}},
        {"ledger"_L1, {"post"_L1, "reverse"_L1}},
        {"notification"_L1, {"send"_L1}},
    };
    return tables;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("true or false");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString child(const QString &path, QLatin1String key)
{
    return child(path, QStringView(QString(key)));
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"_s);
    return text.size() <= MaxIdLength && pattern.match(text).hasMatch();
}

// Reads one definition, stopping at the first problem (a bad definition is refused whole,
// so one clear message is worth more than a list).
class Reader final
{
public:
    explicit Reader(const QString &source)
        : m_source(source)
    {}

    DefinitionProblem problem;
    bool failed() const { return m_failed; }

    bool fail(const QString &path, const QString &text)
    {
        if (!m_failed) {
            problem = {m_source, path, text};
            m_failed = true;
        }
        return false;
    }

    bool read(const QJsonObject &root, Definition *out);

private:
    bool keys(const QJsonObject &object, const QString &path,
              std::initializer_list<QLatin1String> allowed);
    bool missing(const QString &path) { return fail(path, Text::tr("missing field")); }
    bool wrongType(const QString &path, const QJsonValue &value, const QString &wanted)
    {
        return fail(path,
                    Text::tr("wrong type: expected %1, found %2").arg(wanted, typeName(value)));
    }

    bool string(const QJsonObject &o, const QString &path, QLatin1String key, bool required,
                QString *out);
    bool boolean(const QJsonObject &o, const QString &path, QLatin1String key, bool *out);
    bool object(const QJsonObject &o, const QString &path, QLatin1String key, bool required,
                QJsonObject *out, bool *present = nullptr);
    bool array(const QJsonObject &o, const QString &path, QLatin1String key, bool required,
               QJsonArray *out, bool *present = nullptr);
    bool identifier(const QJsonObject &o, const QString &path, QLatin1String key, QString *out);
    bool hours(const QJsonObject &o, const QString &path, QLatin1String key, qint64 *outMs);

    bool performers(const QJsonArray &list, const QString &path, Performers *out);
    bool recipients(const QJsonObject &o, const QString &path, QStringList *out);
    bool serviceCall(const QJsonObject &o, const QString &path, ServiceCallSpec *out);
    bool deadline(const QJsonObject &o, const QString &path, DeadlineSpec *out);
    bool action(const QJsonValue &value, const QString &path, ActionSpec *out);
    bool step(const QJsonValue &value, const QString &path, StepSpec *out);
    bool matchesShape(const Definition &definition);

    QString m_source;
    bool m_failed = false;
};

bool Reader::keys(const QJsonObject &object, const QString &path,
                  std::initializer_list<QLatin1String> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (QLatin1String key : allowed)
            known = known || it.key() == key;
        if (!known) {
            QStringList names;
            for (QLatin1String key : allowed)
                names.append(QString(key));
            return fail(child(path, it.key()), Text::tr("unknown field %1; the fields here are %2")
                                                   .arg(quoted(it.key()), names.join(u", "_s)));
        }
    }
    return true;
}

bool Reader::string(const QJsonObject &o, const QString &path, QLatin1String key, bool required,
                    QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || missing(child(path, key));
    if (!v.isString())
        return wrongType(child(path, key), v, Text::tr("a string"));
    if (v.toString().size() > MaxTextLength)
        return fail(child(path, key),
                    Text::tr("too long: at most %1 characters").arg(MaxTextLength));
    *out = v.toString();
    return true;
}

bool Reader::boolean(const QJsonObject &o, const QString &path, QLatin1String key, bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return wrongType(child(path, key), v, Text::tr("true or false"));
    *out = v.toBool();
    return true;
}

bool Reader::object(const QJsonObject &o, const QString &path, QLatin1String key, bool required,
                    QJsonObject *out, bool *present)
{
    const QJsonValue v = o.value(key);
    if (present)
        *present = !v.isUndefined();
    if (v.isUndefined())
        return !required || missing(child(path, key));
    if (!v.isObject())
        return wrongType(child(path, key), v, Text::tr("an object"));
    *out = v.toObject();
    return true;
}

bool Reader::array(const QJsonObject &o, const QString &path, QLatin1String key, bool required,
                   QJsonArray *out, bool *present)
{
    const QJsonValue v = o.value(key);
    if (present)
        *present = !v.isUndefined();
    if (v.isUndefined())
        return !required || missing(child(path, key));
    if (!v.isArray())
        return wrongType(child(path, key), v, Text::tr("an array"));
    *out = v.toArray();
    return true;
}

bool Reader::identifier(const QJsonObject &o, const QString &path, QLatin1String key, QString *out)
{
    if (!string(o, path, key, true, out))
        return false;
    if (!isIdentifier(*out))
        return fail(child(path, key),
                    Text::tr("%1 is not a valid name: use lower-case letters, digits and single "
                             "hyphens, starting with a letter, at most %2 characters")
                        .arg(quoted(*out))
                        .arg(MaxIdLength));
    return true;
}

bool Reader::hours(const QJsonObject &o, const QString &path, QLatin1String key, qint64 *outMs)
{
    const QJsonValue v = o.value(key);
    const QString at = child(path, key);
    if (v.isUndefined())
        return missing(at);
    if (!v.isDouble())
        return wrongType(at, v, Text::tr("a number of hours"));
    const double h = v.toDouble();
    if (!(h > 0))
        return fail(at, Text::tr("a deadline must be more than 0 hours, not %1")
                            .arg(QString::number(h, 'g', 12)));
    if (h > MaxHours)
        return fail(at, Text::tr("a deadline must be at most %1 hours (a year), not %2")
                            .arg(QString::number(MaxHours, 'g', 12), QString::number(h, 'g', 12)));
    *outMs = std::llround(h * double(MsPerHour));
    return true;
}

bool Reader::performers(const QJsonArray &list, const QString &path, Performers *out)
{
    if (list.isEmpty())
        return fail(path, Text::tr("no one could act: list at least one role"));
    Performers result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        const QString at = item(path, i);
        if (!v.isString())
            return wrongType(at, v, Text::tr("a role name"));
        const QString name = v.toString();
        if (name == SubmitterWord) {
            if (result.submitter)
                return fail(at, Text::tr("%1 is listed twice").arg(quoted(name)));
            result.submitter = true;
            continue;
        }
        const std::optional<Role> role = security::roleFromName(name);
        if (!role) {
            QStringList known;
            for (Role r : security::AllRoles)
                known.append(security::roleName(r));
            return fail(at, Text::tr("unknown role %1; use one of %2, or %3")
                                .arg(quoted(name), known.join(u", "_s), QString(SubmitterWord)));
        }
        if (result.roles.has(*role))
            return fail(at, Text::tr("%1 is listed twice").arg(quoted(name)));
        result.roles.add(*role);
    }
    *out = result;
    return true;
}

bool Reader::recipients(const QJsonObject &o, const QString &path, QStringList *out)
{
    QJsonArray list;
    if (!array(o, path, "to"_L1, true, &list))
        return false;
    const QString at = child(path, u"to");
    if (list.isEmpty())
        return fail(at, Text::tr("no one would hear of it: list at least one recipient"));
    QStringList result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        if (!v.isString())
            return wrongType(item(at, i), v, Text::tr("a recipient"));
        const QString name = v.toString();
        const bool known = security::roleFromName(name).has_value() || name == SubmitterWord ||
                           name == AssigneesWord || name == CoveringManagersWord;
        if (!known)
            return fail(item(at, i),
                        Text::tr("unknown recipient %1; use a role name, %2, %3 or %4")
                            .arg(quoted(name), QString(AssigneesWord),
                                 QString(CoveringManagersWord), QString(SubmitterWord)));
        if (result.contains(name))
            return fail(item(at, i), Text::tr("%1 is listed twice").arg(quoted(name)));
        result.append(name);
    }
    *out = result;
    return true;
}

bool Reader::serviceCall(const QJsonObject &o, const QString &path, ServiceCallSpec *out)
{
    if (!keys(o, path, {"service"_L1, "operation"_L1}))
        return false;
    ServiceCallSpec call;
    if (!string(o, path, "service"_L1, true, &call.service) ||
        !string(o, path, "operation"_L1, true, &call.operation))
        return false;
    if (!knownServices().contains(call.service))
        return fail(child(path, u"service"),
                    Text::tr("unknown service %1; the services are %2")
                        .arg(quoted(call.service), knownServices().join(u", "_s)));
    const QStringList operations = serviceOperations(call.service);
    if (!operations.contains(call.operation))
        return fail(child(path, u"operation"),
                    Text::tr("the %1 service has no operation %2; it offers %3")
                        .arg(call.service, quoted(call.operation), operations.join(u", "_s)));
    *out = call;
    return true;
}

bool Reader::deadline(const QJsonObject &o, const QString &path, DeadlineSpec *out)
{
    if (!keys(o, path, {"hours"_L1, "reminder"_L1, "escalation"_L1}))
        return false;
    DeadlineSpec d;
    if (!hours(o, path, "hours"_L1, &d.dueAfterMs))
        return false;
    QJsonObject reminder;
    bool hasReminder = false;
    if (!object(o, path, "reminder"_L1, false, &reminder, &hasReminder))
        return false;
    if (hasReminder) {
        const QString at = child(path, u"reminder");
        if (!keys(reminder, at, {"to"_L1}) || !recipients(reminder, at, &d.remindTo))
            return false;
    }
    QJsonObject escalation;
    bool hasEscalation = false;
    if (!object(o, path, "escalation"_L1, false, &escalation, &hasEscalation))
        return false;
    if (hasEscalation) {
        const QString at = child(path, u"escalation");
        if (!keys(escalation, at, {"afterHours"_L1, "to"_L1}) ||
            !hours(escalation, at, "afterHours"_L1, &d.escalateAfterMs) ||
            !recipients(escalation, at, &d.escalateTo))
            return false;
    }
    *out = d;
    return true;
}

bool Reader::action(const QJsonValue &value, const QString &path, ActionSpec *out)
{
    if (!value.isObject())
        return wrongType(path, value, Text::tr("an object"));
    const QJsonObject o = value.toObject();
    if (!keys(o, path, {"name"_L1, "roles"_L1, "reasonRequired"_L1}))
        return false;
    ActionSpec a;
    QJsonArray roles;
    if (!identifier(o, path, "name"_L1, &a.name) || !array(o, path, "roles"_L1, true, &roles) ||
        !performers(roles, child(path, u"roles"), &a.performers))
        return false;
    const bool reasonGiven = o.contains("reasonRequired"_L1);
    if (!boolean(o, path, "reasonRequired"_L1, &a.reasonRequired))
        return false;
    if (a.name == Actions::Reject) {
        if (reasonGiven && !a.reasonRequired)
            return fail(child(path, u"reasonRequired"),
                        Text::tr("a rejection always needs a reason; set reasonRequired to true or "
                                 "leave it out"));
        a.reasonRequired = true;
    }
    if (a.name == Actions::Approve && a.performers.submitter) {
        qsizetype at = 0;
        while (at < roles.size() && roles.at(at).toString() != SubmitterWord)
            ++at;
        return fail(item(child(path, u"roles"), at),
                    Text::tr("nobody approves their own request: %1 cannot approve")
                        .arg(QString(SubmitterWord)));
    }
    *out = a;
    return true;
}

bool Reader::step(const QJsonValue &value, const QString &path, StepSpec *out)
{
    if (!value.isObject())
        return wrongType(path, value, Text::tr("an object"));
    const QJsonObject o = value.toObject();
    if (!keys(o, path,
              {"id"_L1, "title"_L1, "description"_L1, "kind"_L1, "actions"_L1, "limitApplies"_L1,
               "call"_L1, "compensation"_L1, "required"_L1, "deadline"_L1}))
        return false;
    StepSpec s;
    QString kind;
    if (!identifier(o, path, "id"_L1, &s.id) || !string(o, path, "title"_L1, false, &s.title) ||
        !string(o, path, "description"_L1, false, &s.description) ||
        !string(o, path, "kind"_L1, true, &kind))
        return false;
    if (kind == u"approval"_s)
        s.kind = StepKind::Approval;
    else if (kind == u"task"_s)
        s.kind = StepKind::Task;
    else if (kind == u"service"_s)
        s.kind = StepKind::Service;
    else if (kind == u"handler"_s)
        s.kind = StepKind::Handler;
    else
        return fail(
            child(path, u"kind"),
            Text::tr("unknown kind %1; use approval, task, service or handler").arg(quoted(kind)));
    const bool people = s.kind == StepKind::Approval || s.kind == StepKind::Task;

    QJsonArray actions;
    bool hasActions = false;
    if (!array(o, path, "actions"_L1, people, &actions, &hasActions))
        return false;
    if (hasActions && !people)
        return fail(child(path, u"actions"),
                    Text::tr("a %1 step has no actions: people do not act on it").arg(kind));
    if (people && actions.isEmpty())
        return fail(child(path, u"actions"),
                    Text::tr("the step could never end: offer at least one action"));
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString at = item(child(path, u"actions"), i);
        ActionSpec a;
        if (!action(actions.at(i), at, &a))
            return false;
        if (s.action(a.name))
            return fail(child(at, u"name"),
                        Text::tr("duplicate action %1 in this step").arg(quoted(a.name)));
        s.actions.append(a);
    }

    if (o.contains("limitApplies"_L1)) {
        if (!boolean(o, path, "limitApplies"_L1, &s.limitApplies))
            return false;
        if (s.kind != StepKind::Approval)
            return fail(
                child(path, u"limitApplies"),
                Text::tr("only approval steps apply approval limits, this is a %1 step").arg(kind));
    }

    QJsonObject call;
    bool hasCall = false;
    if (!object(o, path, "call"_L1, s.kind == StepKind::Service, &call, &hasCall))
        return false;
    if (hasCall) {
        if (people)
            return fail(child(path, u"call"),
                        Text::tr("only service and handler steps call services, this is a %1 step")
                            .arg(kind));
        ServiceCallSpec spec;
        if (!serviceCall(call, child(path, u"call"), &spec))
            return false;
        s.call = spec;
    }
    QJsonObject compensation;
    bool hasCompensation = false;
    if (!object(o, path, "compensation"_L1, false, &compensation, &hasCompensation))
        return false;
    if (hasCompensation) {
        if (!hasCall)
            return fail(
                child(path, u"compensation"),
                Text::tr("a compensation for a step without a service call: there is nothing "
                         "to undo"));
        ServiceCallSpec spec;
        if (!serviceCall(compensation, child(path, u"compensation"), &spec))
            return false;
        if (spec.service != s.call->service)
            return fail(
                child(child(path, u"compensation"), u"service"),
                Text::tr("the compensation must call the service of the step it undoes (%1), "
                         "not %2")
                    .arg(s.call->service, spec.service));
        if (spec.operation == s.call->operation)
            return fail(child(child(path, u"compensation"), u"operation"),
                        Text::tr("the compensation repeats the step's own operation %1 instead of "
                                 "undoing it")
                            .arg(quoted(spec.operation)));
        s.compensation = spec;
    }

    if (o.contains("required"_L1)) {
        if (!boolean(o, path, "required"_L1, &s.required))
            return false;
        if (s.kind != StepKind::Handler)
            return fail(
                child(path, u"required"),
                Text::tr("only handler steps can be optional, this is a %1 step").arg(kind));
    }

    QJsonObject deadlineObject;
    bool hasDeadline = false;
    if (!object(o, path, "deadline"_L1, false, &deadlineObject, &hasDeadline))
        return false;
    if (hasDeadline) {
        DeadlineSpec d;
        if (!deadline(deadlineObject, child(path, u"deadline"), &d))
            return false;
        s.deadline = d;
    }
    *out = s;
    return true;
}

bool Reader::read(const QJsonObject &root, Definition *out)
{
    if (!keys(root, QString(),
              {"name"_L1, "version"_L1, "title"_L1, "description"_L1, "coordination"_L1,
               "submit"_L1, "defaultApprovalLimit"_L1, "steps"_L1}))
        return false;
    Definition d;
    if (!identifier(root, QString(), "name"_L1, &d.name))
        return false;

    const QJsonValue version = root.value("version"_L1);
    if (version.isUndefined())
        return missing(u"version"_s);
    if (!version.isDouble())
        return wrongType(u"version"_s, version, Text::tr("a whole number"));
    const double v = version.toDouble();
    if (v != std::floor(v) || v < 1 || v > MaxVersion)
        return fail(u"version"_s,
                    Text::tr("the version must be a whole number from 1 to %1, not %2")
                        .arg(MaxVersion)
                        .arg(QString::number(v, 'g', 12)));
    d.version = int(v);

    QString coordination;
    if (!string(root, QString(), "title"_L1, false, &d.title) ||
        !string(root, QString(), "description"_L1, false, &d.description) ||
        !string(root, QString(), "coordination"_L1, true, &coordination))
        return false;
    if (coordination == u"orchestrated"_s)
        d.coordination = Coordination::Orchestrated;
    else if (coordination == u"choreographed"_s)
        d.coordination = Coordination::Choreographed;
    else
        return fail(u"coordination"_s, Text::tr("unknown coordination %1; use orchestrated or "
                                                "choreographed")
                                           .arg(quoted(coordination)));

    QJsonObject submit;
    QJsonArray submitRoles;
    if (!object(root, QString(), "submit"_L1, true, &submit) ||
        !keys(submit, u"submit"_s, {"roles"_L1}) ||
        !array(submit, u"submit"_s, "roles"_L1, true, &submitRoles) ||
        !performers(submitRoles, u"submit.roles"_s, &d.submitters))
        return false;
    if (d.submitters.submitter)
        return fail(u"submit.roles"_s,
                    Text::tr("%1 means the person who submitted the request, which "
                             "nobody is before submitting; name roles")
                        .arg(QString(SubmitterWord)));

    QJsonObject limit;
    bool hasLimit = false;
    if (!object(root, QString(), "defaultApprovalLimit"_L1, false, &limit, &hasLimit))
        return false;
    if (hasLimit) {
        if (!keys(limit, u"defaultApprovalLimit"_s, {"value"_L1, "currency"_L1}))
            return false;
        QString value, currency;
        if (!string(limit, u"defaultApprovalLimit"_s, "value"_L1, true, &value) ||
            !string(limit, u"defaultApprovalLimit"_s, "currency"_L1, true, &currency))
            return false;
        if (const QString problem = Money::validateCurrency(currency); !problem.isEmpty())
            return fail(u"defaultApprovalLimit.currency"_s, problem);
        const Result<Money> money = Money::parse(value, currency);
        if (!money)
            return fail(u"defaultApprovalLimit.value"_s,
                        Text::tr("bad limit: %1").arg(money.error().message));
        d.defaultApprovalLimit = money.value();
    }

    QJsonArray steps;
    if (!array(root, QString(), "steps"_L1, true, &steps))
        return false;
    if (steps.isEmpty())
        return fail(u"steps"_s, Text::tr("a workflow needs at least one step"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString at = item(u"steps"_s, i);
        StepSpec s;
        if (!step(steps.at(i), at, &s))
            return false;
        if (const qsizetype first = d.stepIndex(s.id); first >= 0)
            return fail(
                child(at, u"id"),
                Text::tr("duplicate step id %1 (also steps[%2])").arg(quoted(s.id)).arg(first));
        const bool handler = s.kind == StepKind::Handler;
        if (handler != (d.coordination == Coordination::Choreographed))
            return fail(child(at, u"kind"),
                        handler
                            ? Text::tr("handler steps belong to choreographed workflows; this one "
                                       "is orchestrated")
                            : Text::tr("a choreographed workflow has only handler steps"));
        d.steps.append(s);
    }
    for (qsizetype i = 0; i < d.steps.size(); ++i)
        if (d.steps.at(i).limitApplies && !d.defaultApprovalLimit)
            return fail(u"defaultApprovalLimit"_s,
                        Text::tr("missing field: the step %1 applies approval limits, so the "
                                 "definition needs a default limit for managers without their own")
                            .arg(d.steps.at(i).id));
    if (!matchesShape(d))
        return false;
    *out = d;
    return true;
}

bool Reader::matchesShape(const Definition &d)
{
    const WorkflowShape *shape = workflowShape(d.name);
    if (!shape)
        return fail(u"name"_s, Text::tr("unknown workflow %1; EventDesk carries out %2")
                                   .arg(quoted(d.name), workflowNames().join(u", "_s)));
    if (d.coordination != shape->coordination)
        return fail(
            u"coordination"_s,
            Text::tr("the %1 workflow is %2").arg(d.name, coordinationName(shape->coordination)));
    const QString order = shape->stepIds().join(u", "_s);
    for (qsizetype i = 0; i < shape->steps.size(); ++i) {
        const StepShape &want = shape->steps.at(i);
        if (i >= d.steps.size())
            return fail(u"steps"_s,
                        Text::tr("missing the step %1; the %2 workflow's steps are %3, in "
                                 "this order")
                            .arg(quoted(QString(want.id)), d.name, order));
        const StepSpec &s = d.steps.at(i);
        const QString at = item(u"steps"_s, i);
        if (s.id != want.id) {
            if (shape->stepIds().contains(s.id))
                return fail(
                    child(at, u"id"),
                    Text::tr("expected the step %1 here; the %2 workflow's steps are %3, in "
                             "this order")
                        .arg(quoted(QString(want.id)), d.name, order));
            return fail(child(at, u"id"),
                        Text::tr("the %1 workflow has no step %2; its steps are %3")
                            .arg(d.name, quoted(s.id), order));
        }
        if (s.kind != want.kind)
            return fail(child(at, u"kind"), Text::tr("the step %1 of the %2 workflow is a %3 step")
                                                .arg(s.id, d.name, stepKindName(want.kind)));
        QStringList known;
        for (QLatin1String a : want.knownActions)
            known.append(QString(a));
        for (qsizetype j = 0; j < s.actions.size(); ++j)
            if (!known.contains(s.actions.at(j).name))
                return fail(child(item(child(at, u"actions"), j), u"name"),
                            Text::tr("the step %1 cannot %2; it knows %3")
                                .arg(s.id, quoted(s.actions.at(j).name), known.join(u", "_s)));
        for (QLatin1String a : want.requiredActions)
            if (!s.action(QString(a)))
                return fail(child(at, u"actions"),
                            Text::tr("the step %1 must offer %2, or it could never end")
                                .arg(s.id, quoted(QString(a))));
        if (s.call && want.service.isEmpty())
            return fail(
                child(at, u"call"),
                Text::tr("the step %1 of the %2 workflow calls no service").arg(s.id, d.name));
        if (!s.call && want.callRequired)
            return fail(child(at, u"call"),
                        Text::tr("missing field: the step %1 calls the %2 service")
                            .arg(s.id, QString(want.service)));
        if (s.call && s.call->service != want.service)
            return fail(child(child(at, u"call"), u"service"),
                        Text::tr("the step %1 must call the %2 service, not %3")
                            .arg(s.id, QString(want.service), s.call->service));
        if (s.compensation && !want.compensationAllowed)
            return fail(
                child(at, u"compensation"),
                Text::tr("the step %1 of the %2 workflow has no compensation: nothing after "
                         "it could fail")
                    .arg(s.id, d.name));
        if (!s.compensation && want.compensationRequired)
            return fail(child(at, u"compensation"),
                        Text::tr("missing field: the step %1 needs a compensation that undoes %2")
                            .arg(s.id, s.call->text()));
    }
    if (d.steps.size() > shape->steps.size()) {
        const qsizetype i = shape->steps.size();
        return fail(child(item(u"steps"_s, i), u"id"),
                    Text::tr("the %1 workflow has no step %2; its steps are %3")
                        .arg(d.name, quoted(d.steps.at(i).id), order));
    }
    return true;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue hoursValue(qint64 ms)
{
    if (ms % MsPerHour == 0)
        return double(ms / MsPerHour);
    return double(ms) / double(MsPerHour);
}

} // namespace

QString coordinationName(Coordination coordination)
{
    return coordination == Coordination::Orchestrated ? u"orchestrated"_s : u"choreographed"_s;
}

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Approval:
        return u"approval"_s;
    case StepKind::Task:
        return u"task"_s;
    case StepKind::Service:
        return u"service"_s;
    case StepKind::Handler:
        return u"handler"_s;
    }
    return {};
}

bool Performers::admits(const QString &actor, const security::RoleSet &actorRoles,
                        const QString &requester) const
{
    if (submitter && !actor.isEmpty() && actor == requester)
        return true;
    for (Role r : roles.toList())
        if (actorRoles.has(r))
            return true;
    return false;
}

QStringList Performers::names() const
{
    QStringList list;
    if (submitter)
        list.append(QString(SubmitterWord));
    return list + roles.names();
}

QString Performers::describe() const
{
    QStringList parts = roles.names();
    if (submitter)
        parts.append(Text::tr("the submitter"));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return Text::tr("%1 or %2").arg(parts.join(u", "_s), last);
}

const ActionSpec *StepSpec::action(QStringView name) const
{
    for (const ActionSpec &a : actions)
        if (a.name == name)
            return &a;
    return nullptr;
}

QStringList StepSpec::actionNames() const
{
    QStringList names;
    for (const ActionSpec &a : actions)
        names.append(a.name);
    return names;
}

QString DefinitionProblem::message() const
{
    if (path.isEmpty())
        return Text::tr("%1: %2").arg(source, problem);
    return Text::tr("%1: %2: %3").arg(source, path, problem);
}

const StepSpec *Definition::step(QStringView id) const
{
    const qsizetype i = stepIndex(id);
    return i < 0 ? nullptr : &steps.at(i);
}

qsizetype Definition::stepIndex(QStringView id) const
{
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (steps.at(i).id == id)
            return i;
    return -1;
}

QStringList Definition::stepIds() const
{
    QStringList ids;
    for (const StepSpec &s : steps)
        ids.append(s.id);
    return ids;
}

std::optional<Money> Definition::approvalLimitFor(const std::optional<Money> &ownLimit) const
{
    return ownLimit ? ownLimit : defaultApprovalLimit;
}

QJsonObject Definition::toJson() const
{
    QJsonObject o{{"name"_L1, name}, {"version"_L1, version}};
    if (!title.isEmpty())
        o.insert("title"_L1, title);
    if (!description.isEmpty())
        o.insert("description"_L1, description);
    o.insert("coordination"_L1, coordinationName(coordination));
    o.insert("submit"_L1, QJsonObject{{"roles"_L1, toArray(submitters.names())}});
    if (defaultApprovalLimit)
        o.insert("defaultApprovalLimit"_L1, defaultApprovalLimit->toJson());
    QJsonArray stepList;
    for (const StepSpec &s : steps) {
        QJsonObject so{{"id"_L1, s.id}};
        if (!s.title.isEmpty())
            so.insert("title"_L1, s.title);
        if (!s.description.isEmpty())
            so.insert("description"_L1, s.description);
        so.insert("kind"_L1, stepKindName(s.kind));
        if (!s.actions.isEmpty()) {
            QJsonArray actionList;
            for (const ActionSpec &a : s.actions) {
                QJsonObject ao{{"name"_L1, a.name}, {"roles"_L1, toArray(a.performers.names())}};
                if (a.reasonRequired)
                    ao.insert("reasonRequired"_L1, true);
                actionList.append(ao);
            }
            so.insert("actions"_L1, actionList);
        }
        if (s.limitApplies)
            so.insert("limitApplies"_L1, true);
        if (s.call)
            so.insert("call"_L1, QJsonObject{{"service"_L1, s.call->service},
                                             {"operation"_L1, s.call->operation}});
        if (s.compensation)
            so.insert("compensation"_L1, QJsonObject{{"service"_L1, s.compensation->service},
                                                     {"operation"_L1, s.compensation->operation}});
        if (s.kind == StepKind::Handler)
            so.insert("required"_L1, s.required);
        if (s.deadline) {
            QJsonObject d{{"hours"_L1, hoursValue(s.deadline->dueAfterMs)}};
            if (!s.deadline->remindTo.isEmpty())
                d.insert("reminder"_L1, QJsonObject{{"to"_L1, toArray(s.deadline->remindTo)}});
            if (s.deadline->escalateAfterMs > 0)
                d.insert("escalation"_L1,
                         QJsonObject{{"afterHours"_L1, hoursValue(s.deadline->escalateAfterMs)},
                                     {"to"_L1, toArray(s.deadline->escalateTo)}});
            so.insert("deadline"_L1, d);
        }
        stepList.append(so);
    }
    o.insert("steps"_L1, stepList);
    return o;
}

Result<Definition> Definition::fromObject(const QJsonObject &object, const QString &source,
                                          DefinitionProblem *problem)
{
    Reader reader(source);
    Definition d;
    if (!reader.read(object, &d)) {
        if (problem)
            *problem = reader.problem;
        return Error::validation(reader.problem.message());
    }
    return d;
}

Result<Definition> Definition::fromJson(const QByteArray &json, const QString &source,
                                        DefinitionProblem *problem)
{
    auto refuse = [&](const QString &text) -> Result<Definition> {
        const DefinitionProblem p{source, QString(), text};
        if (problem)
            *problem = p;
        return Error::validation(p.message());
    };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray start = json.trimmed().left(1);
        if (!start.isEmpty() && start != "{" && start != "[")
            return refuse(
                Text::tr("not valid JSON, or not a JSON object: a workflow definition is a "
                         "JSON object, starting with {"));
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return refuse(Text::tr("not valid JSON: %1 at line %2, column %3")
                          .arg(error.errorString())
                          .arg(line)
                          .arg(column));
    }
    if (!doc.isObject())
        return refuse(Text::tr("a workflow definition is a JSON object, not %1")
                          .arg(doc.isArray() ? Text::tr("an array") : Text::tr("a single value")));
    return fromObject(doc.object(), source, problem);
}

Result<Definition> Definition::loadFile(const QString &path, DefinitionProblem *problem)
{
    auto refuse = [&](const QString &text) -> Result<Definition> {
        const DefinitionProblem p{path, QString(), text};
        if (problem)
            *problem = p;
        return Error::validation(p.message());
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(Text::tr("no such file"));
    if (info.isDir())
        return refuse(Text::tr("this is a folder; give a workflow definition file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Text::tr("cannot be read: %1").arg(file.errorString()));
    if (file.size() > MaxFileBytes)
        return refuse(
            Text::tr("too large for a workflow definition (more than %1 bytes)").arg(MaxFileBytes));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(Text::tr("cannot be read: %1").arg(file.errorString()));
    return fromJson(bytes, path, problem);
}

QStringList serviceOperations(QStringView service)
{
    for (const OperationTable &t : operationTables())
        if (service == t.service) {
            QStringList list;
            for (QLatin1String op : t.operations)
                list.append(QString(op));
            return list;
        }
    return {};
}

Result<QList<Definition>> shippedDefinitions()
{
    static const Result<QList<Definition>> shipped = []() -> Result<QList<Definition>> {
        QList<Definition> list;
        const QDir folder{QString(ShippedDefinitionsFolder)};
        const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            auto d = Definition::loadFile(folder.filePath(file));
            if (!d)
                return Error::internal(d.error().message);
            list.append(std::move(d).value());
        }
        const QStringList order = workflowNames();
        std::sort(list.begin(), list.end(), [&](const Definition &a, const Definition &b) {
            return order.indexOf(a.name) < order.indexOf(b.name);
        });
        for (const QString &name : order) {
            const bool found = std::any_of(list.cbegin(), list.cend(),
                                           [&](const Definition &d) { return d.name == name; });
            if (!found)
                return Error::internal(
                    Text::tr("the shipped definition of the %1 workflow is missing from %2")
                        .arg(name, QString(ShippedDefinitionsFolder)));
        }
        return list;
    }();
    return shipped;
}

Result<Definition> shippedDefinition(const QString &name)
{
    auto all = shippedDefinitions();
    if (!all)
        return all.error();
    for (const Definition &d : all.value())
        if (d.name == name)
            return d;
    return Error::validation(Text::tr("unknown workflow %1; use one of %2")
                                 .arg(quoted(name), workflowNames().join(u", "_s)));
}

} // namespace eventdesk::workflow
