// SPDX-License-Identifier: GPL-3.0-or-later
// Workflow definitions: the shipped ones load and say what the product promises; a bad
// definition is refused whole, naming the file, the place in the JSON and the problem.
#include "TestSupport.h"

#include "workflow/Definition.h"
#include "workflow/DefinitionShapes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::workflow;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject shippedJson(const QString &name)
{
    QFile file(u":/workflows/%1.json"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the shipped definition %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets (or, with `remove`, removes) the value at a path like "steps[2].call.service".
QJsonValue patched(const QJsonValue &node, QStringView path, const QJsonValue &value, bool remove)
{
    if (path.isEmpty())
        return value;
    if (path.front() == u'[') {
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray array = node.toArray();
        if (rest.isEmpty() && remove)
            array.removeAt(index);
        else if (index >= array.size())
            array.append(patched(QJsonValue(), rest, value, remove));
        else
            array[index] = patched(array.at(index), rest, value, remove);
        return array;
    }
    static const QRegularExpression keyPattern(u"^[^.\\[]+"_s);
    const QString key = keyPattern.match(path.toString()).captured();
    QStringView rest = path.mid(key.size());
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject object = node.toObject();
    if (rest.isEmpty() && remove)
        object.remove(key);
    else
        object.insert(key, patched(object.value(key), rest, value, remove));
    return object;
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8()).array().at(0);
}

const QString Remove = u"<remove>"_s;

} // namespace

class tst_Definitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedDefinitionsLoad();
    void shippedDefinitionsSayWhatTheProductPromises();
    void canonicalJsonReadsBackTheSame();
    void everyShapeIsShipped();
    void badDefinitionsAreRefused_data();
    void badDefinitionsAreRefused();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void unreadableFilesAreRefused();
    void validFileLoads();
    void approvalLimitOverride();
    void performersAdmit();
};

void tst_Definitions::shippedDefinitionsLoad()
{
    auto all = shippedDefinitions();
    QVERIFY2(all.ok(), qPrintable(all ? QString() : all.error().message));
    QStringList names;
    for (const Definition &d : all.value()) {
        names.append(d.name);
        QCOMPARE(d.version, 1);
        QVERIFY(!d.title.isEmpty());
        QVERIFY(d.submitters.roles.has(security::Role::Requester));
    }
    QCOMPARE(names, (QStringList{u"purchase"_s, u"expense"_s, u"order"_s, u"transfer"_s}));
    QVERIFY(shippedDefinition(u"order"_s).ok());
    const auto unknown = shippedDefinition(u"holiday"_s);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(u"holiday"_s));
}

void tst_Definitions::shippedDefinitionsSayWhatTheProductPromises()
{
    const Definition purchase = shippedDefinition(u"purchase"_s).value();
    QCOMPARE(purchase.coordination, Coordination::Orchestrated);
    QCOMPARE(purchase.defaultApprovalLimit, Money::fromMajorUnits(5000, u"EUR"_s).value());
    QCOMPARE(purchase.stepIds(),
             (QStringList{u"manager-approval"_s, u"finance-approval"_s, u"payment"_s}));
    const StepSpec *manager = purchase.step(u"manager-approval");
    QVERIFY(manager && manager->limitApplies);
    QCOMPARE(manager->actionNames(), (QStringList{u"approve"_s, u"reject"_s}));
    QVERIFY(manager->action(u"approve")->performers.roles ==
            security::RoleSet{security::Role::Manager});
    QVERIFY(manager->action(u"reject")->reasonRequired);
    QVERIFY(manager->deadline);
    QCOMPARE(manager->deadline->dueAfterMs, 48 * 3600 * 1000LL);
    QCOMPARE(manager->deadline->remindTo, QStringList{u"assignees"_s});
    QCOMPARE(manager->deadline->escalateTo, (QStringList{u"covering-managers"_s, u"admin"_s}));
    const StepSpec *finance = purchase.step(u"finance-approval");
    QVERIFY(finance && !finance->limitApplies);
    QVERIFY(finance->action(u"approve")->performers.roles ==
            security::RoleSet{security::Role::Finance});
    const StepSpec *payment = purchase.step(u"payment");
    QCOMPARE(payment->kind, StepKind::Service);
    QCOMPARE(payment->call->text(), u"payment/authorize"_s);
    QCOMPARE(payment->compensation->text(), u"payment/void"_s);

    const Definition expense = shippedDefinition(u"expense"_s).value();
    QCOMPARE(expense.defaultApprovalLimit, Money::fromMajorUnits(5000, u"EUR"_s).value());
    QCOMPARE(expense.step(u"reimbursement")->call->text(), u"payment/payout"_s);

    const Definition order = shippedDefinition(u"order"_s).value();
    QVERIFY(!order.defaultApprovalLimit);
    QCOMPARE(order.step(u"reserve-stock")->call->text(), u"inventory/reserve"_s);
    QCOMPARE(order.step(u"reserve-stock")->compensation->text(), u"inventory/release"_s);
    const ActionSpec *cancel = order.step(u"pack")->action(u"cancel");
    QVERIFY(cancel && cancel->performers.submitter);
    QVERIFY(cancel->performers.roles.has(security::Role::Manager));
    QVERIFY(!order.step(u"deliver")->action(u"cancel"));
    QCOMPARE(order.step(u"ship")->action(u"ship")->performers.roles,
             security::RoleSet{security::Role::Warehouse});

    const Definition transfer = shippedDefinition(u"transfer"_s).value();
    QCOMPARE(transfer.coordination, Coordination::Choreographed);
    QCOMPARE(transfer.step(u"balances")->call->text(), u"ledger/post"_s);
    QVERIFY(transfer.step(u"balances")->required);
    QCOMPARE(transfer.step(u"notify")->call->text(), u"notification/send"_s);
    QVERIFY(!transfer.step(u"notify")->required);
    QVERIFY(!transfer.step(u"audit")->call);
    QVERIFY(transfer.step(u"audit")->required);
}

void tst_Definitions::canonicalJsonReadsBackTheSame()
{
    const auto shipped = shippedDefinitions(); // alive while the loop reads it
    QVERIFY(shipped);
    for (const Definition &d : shipped.value()) {
        const QJsonObject json = d.toJson();
        auto again = Definition::fromObject(json, u"canonical"_s);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again.value(), d);
        QCOMPARE(again->toJson(), json);
    }
    // Fractional deadlines survive the trip.
    QJsonObject json = shippedJson(u"order"_s);
    json = patched(json, u"steps[1].deadline.hours", 0.25, false).toObject();
    auto quarter = Definition::fromObject(json, u"order.json"_s);
    QVERIFY(quarter.ok());
    QCOMPARE(quarter->step(u"pack")->deadline->dueAfterMs, 15 * 60 * 1000LL);
    QCOMPARE(Definition::fromObject(quarter->toJson(), u"again"_s).value(), quarter.value());
}

void tst_Definitions::everyShapeIsShipped()
{
    for (const WorkflowShape &shape : workflowShapes()) {
        auto d = shippedDefinition(QString(shape.name));
        QVERIFY2(d.ok(), qPrintable(QString(shape.name)));
        QCOMPARE(d->stepIds(), shape.stepIds());
    }
}

void tst_Definitions::badDefinitionsAreRefused_data()
{
    QTest::addColumn<QString>("workflow"); // the shipped definition the patch is applied to
    QTest::addColumn<QString>("at");       // where the patch goes
    QTest::addColumn<QString>("value");    // JSON text, or <remove>
    QTest::addColumn<QString>("path");     // where the problem is reported
    QTest::addColumn<QString>("problem");  // part of the problem's text

    auto row = [](const char *name, const QString &workflow, const QString &at,
                  const QString &value, const QString &path, const QString &problem) {
        QTest::newRow(name) << workflow << at << value << path << problem;
    };
    const QString P = u"purchase"_s;
    const QString O = u"order"_s;
    const QString T = u"transfer"_s;

    // Missing fields and wrong types.
    row("missing version", P, u"version"_s, Remove, u"version"_s, u"missing field"_s);
    row("missing name", P, u"name"_s, Remove, u"name"_s, u"missing field"_s);
    row("missing steps", P, u"steps"_s, Remove, u"steps"_s, u"missing field"_s);
    row("missing submit", P, u"submit"_s, Remove, u"submit"_s, u"missing field"_s);
    row("missing step kind", P, u"steps[1].kind"_s, Remove, u"steps[1].kind"_s, u"missing field"_s);
    row("missing action roles", P, u"steps[0].actions[1].roles"_s, Remove,
        u"steps[0].actions[1].roles"_s, u"missing field"_s);
    row("missing service call", P, u"steps[2].call"_s, Remove, u"steps[2].call"_s,
        u"missing field"_s);
    row("missing operation", P, u"steps[2].call.operation"_s, Remove, u"steps[2].call.operation"_s,
        u"missing field"_s);
    row("version as text", P, u"version"_s, u"\"1\""_s, u"version"_s,
        u"wrong type: expected a whole number, found a string"_s);
    row("steps as an object", P, u"steps"_s, u"{}"_s, u"steps"_s,
        u"wrong type: expected an array, found an object"_s);
    row("a step as text", P, u"steps[1]"_s, u"\"finance\""_s, u"steps[1]"_s, u"wrong type"_s);
    row("roles as text", P, u"steps[0].actions[0].roles"_s, u"\"manager\""_s,
        u"steps[0].actions[0].roles"_s, u"expected an array, found a string"_s);
    row("a role as a number", P, u"steps[0].actions[0].roles[0]"_s, u"7"_s,
        u"steps[0].actions[0].roles[0]"_s, u"wrong type"_s);
    row("reasonRequired as text", P, u"steps[0].actions[1].reasonRequired"_s, u"\"yes\""_s,
        u"steps[0].actions[1].reasonRequired"_s, u"expected true or false"_s);
    row("limitApplies as a number", P, u"steps[0].limitApplies"_s, u"1"_s,
        u"steps[0].limitApplies"_s, u"wrong type"_s);
    row("deadline hours as text", P, u"steps[0].deadline.hours"_s, u"\"48h\""_s,
        u"steps[0].deadline.hours"_s, u"wrong type"_s);
    row("required as text", T, u"steps[1].required"_s, u"\"no\""_s, u"steps[1].required"_s,
        u"wrong type"_s);
    row("an unknown field", P, u"stpes"_s, u"[]"_s, u"stpes"_s, u"unknown field \"stpes\""_s);
    row("an unknown step field", P, u"steps[2].retries"_s, u"3"_s, u"steps[2].retries"_s,
        u"unknown field"_s);

    // Names, versions, roles, services.
    row("unknown role", P, u"steps[0].actions[1].roles[0]"_s, u"\"boss\""_s,
        u"steps[0].actions[1].roles[0]"_s, u"unknown role \"boss\""_s);
    row("unknown submitting role", P, u"submit.roles[0]"_s, u"\"staff\""_s, u"submit.roles[0]"_s,
        u"unknown role \"staff\""_s);
    row("a role listed twice", P, u"steps[0].actions[0].roles[1]"_s, u"\"manager\""_s,
        u"steps[0].actions[0].roles[1]"_s, u"listed twice"_s);
    row("nobody may act", P, u"steps[0].actions[0].roles"_s, u"[]"_s,
        u"steps[0].actions[0].roles"_s, u"at least one role"_s);
    row("the submitter submits", P, u"submit.roles[0]"_s, u"\"submitter\""_s, u"submit.roles"_s,
        u"nobody is before submitting"_s);
    row("the submitter approves", P, u"steps[0].actions[0].roles[1]"_s, u"\"submitter\""_s,
        u"steps[0].actions[0].roles[1]"_s, u"nobody approves their own request"_s);
    row("unknown service", P, u"steps[2].call.service"_s, u"\"bank\""_s, u"steps[2].call.service"_s,
        u"unknown service \"bank\""_s);
    row("unknown operation", P, u"steps[2].call.operation"_s, u"\"charge\""_s,
        u"steps[2].call.operation"_s, u"no operation \"charge\""_s);
    row("unknown workflow", P, u"name"_s, u"\"holiday\""_s, u"name"_s,
        u"unknown workflow \"holiday\""_s);
    row("a name with spaces", P, u"name"_s, u"\"Purchase Order\""_s, u"name"_s,
        u"not a valid name"_s);
    row("a bad step id", P, u"steps[0].id"_s, u"\"Manager_Approval\""_s, u"steps[0].id"_s,
        u"not a valid name"_s);
    row("version 0", P, u"version"_s, u"0"_s, u"version"_s, u"from 1"_s);
    row("version 1.5", P, u"version"_s, u"1.5"_s, u"version"_s, u"whole number"_s);
    row("unknown coordination", P, u"coordination"_s, u"\"central\""_s, u"coordination"_s,
        u"unknown coordination"_s);
    row("unknown kind", P, u"steps[1].kind"_s, u"\"robot\""_s, u"steps[1].kind"_s,
        u"unknown kind \"robot\""_s);

    // Steps.
    row("duplicate step id", P, u"steps[1].id"_s, u"\"manager-approval\""_s, u"steps[1].id"_s,
        u"duplicate step id \"manager-approval\" (also steps[0])"_s);
    row("no steps", P, u"steps"_s, u"[]"_s, u"steps"_s, u"at least one step"_s);
    row("an approval step without actions", P, u"steps[1].actions"_s, u"[]"_s,
        u"steps[1].actions"_s, u"offer at least one action"_s);
    row("actions on a service step", P, u"steps[2].actions"_s,
        u"[{\"name\": \"approve\", \"roles\": [\"finance\"]}]"_s, u"steps[2].actions"_s,
        u"people do not act on it"_s);
    row("a duplicate action", P, u"steps[0].actions[2]"_s,
        u"{\"name\": \"approve\", \"roles\": [\"admin\"]}"_s, u"steps[0].actions[2].name"_s,
        u"duplicate action \"approve\""_s);
    row("a rejection without a reason", P, u"steps[1].actions[1].reasonRequired"_s, u"false"_s,
        u"steps[1].actions[1].reasonRequired"_s, u"always needs a reason"_s);
    row("a limit on a service step", P, u"steps[2].limitApplies"_s, u"true"_s,
        u"steps[2].limitApplies"_s, u"only approval steps"_s);
    row("a service call on an approval step", P, u"steps[1].call"_s,
        u"{\"service\": \"payment\", \"operation\": \"authorize\"}"_s, u"steps[1].call"_s,
        u"only service and handler steps call services"_s);
    row("a compensation for a step without a service call", P, u"steps[0].compensation"_s,
        u"{\"service\": \"payment\", \"operation\": \"void\"}"_s, u"steps[0].compensation"_s,
        u"a compensation for a step without a service call"_s);
    row("a compensation by another service", P, u"steps[2].compensation"_s,
        u"{\"service\": \"ledger\", \"operation\": \"reverse\"}"_s,
        u"steps[2].compensation.service"_s, u"service of the step"_s);
    row("a compensation that repeats the step", P, u"steps[2].compensation.operation"_s,
        u"\"authorize\""_s, u"steps[2].compensation.operation"_s, u"instead of undoing"_s);
    row("required on an approval step", P, u"steps[0].required"_s, u"false"_s,
        u"steps[0].required"_s, u"only handler steps"_s);
    row("a handler in an orchestrated workflow", P, u"steps[2].kind"_s, u"\"handler\""_s,
        u"steps[2].kind"_s, u"handler steps belong to choreographed workflows"_s);
    row("an approval in a choreographed workflow", T, u"steps[2].kind"_s, u"\"approval\""_s,
        u"steps[2].actions"_s, u"missing field"_s);
    row("a purchase that is choreographed", P, u"coordination"_s, u"\"choreographed\""_s,
        u"steps[0].kind"_s, u"only handler steps"_s);

    // Deadlines.
    row("negative deadline", P, u"steps[0].deadline.hours"_s, u"-5"_s, u"steps[0].deadline.hours"_s,
        u"more than 0 hours, not -5"_s);
    row("zero deadline", P, u"steps[0].deadline.hours"_s, u"0"_s, u"steps[0].deadline.hours"_s,
        u"more than 0 hours"_s);
    row("a deadline beyond a year", P, u"steps[0].deadline.hours"_s, u"10000"_s,
        u"steps[0].deadline.hours"_s, u"at most"_s);
    row("negative escalation", P, u"steps[0].deadline.escalation.afterHours"_s, u"-1"_s,
        u"steps[0].deadline.escalation.afterHours"_s, u"more than 0 hours"_s);
    row("missing deadline hours", P, u"steps[0].deadline.hours"_s, Remove,
        u"steps[0].deadline.hours"_s, u"missing field"_s);
    row("unknown recipient", P, u"steps[0].deadline.escalation.to[1]"_s, u"\"ceo\""_s,
        u"steps[0].deadline.escalation.to[1]"_s, u"unknown recipient \"ceo\""_s);
    row("no recipient", P, u"steps[0].deadline.reminder.to"_s, u"[]"_s,
        u"steps[0].deadline.reminder.to"_s, u"at least one recipient"_s);

    // Limits.
    row("bad limit: negative", P, u"defaultApprovalLimit.value"_s, u"\"-5000.00\""_s,
        u"defaultApprovalLimit.value"_s, u"bad limit"_s);
    row("bad limit: zero", P, u"defaultApprovalLimit.value"_s, u"\"0\""_s,
        u"defaultApprovalLimit.value"_s, u"bad limit"_s);
    row("bad limit: not a number", P, u"defaultApprovalLimit.value"_s, u"\"5k\""_s,
        u"defaultApprovalLimit.value"_s, u"bad limit"_s);
    row("bad limit: three decimals", P, u"defaultApprovalLimit.value"_s, u"\"5000.001\""_s,
        u"defaultApprovalLimit.value"_s, u"bad limit"_s);
    row("bad limit: a float", P, u"defaultApprovalLimit.value"_s, u"5000"_s,
        u"defaultApprovalLimit.value"_s, u"wrong type"_s);
    row("bad limit: unknown currency", P, u"defaultApprovalLimit.currency"_s, u"\"XYZ\""_s,
        u"defaultApprovalLimit.currency"_s, u"not known"_s);
    row("no default limit while limits apply", P, u"defaultApprovalLimit"_s, Remove,
        u"defaultApprovalLimit"_s, u"applies approval limits"_s);

    // What the deciders rely on.
    row("steps out of order", P, u"steps[0]"_s, Remove, u"steps[0].id"_s,
        u"expected the step \"manager-approval\" here"_s);
    row("a step the decider does not know", P, u"steps[3]"_s,
        u"{\"id\": \"archive\", \"kind\": \"service\", \"call\": {\"service\": \"ledger\", "
        "\"operation\": \"post\"}}"_s,
        u"steps[3].id"_s, u"has no step \"archive\""_s);
    row("a missing step", P, u"steps[2]"_s, Remove, u"steps"_s, u"missing the step \"payment\""_s);
    row("a step of the wrong kind", O, u"steps[1].kind"_s, u"\"approval\""_s, u"steps[1].kind"_s,
        u"is a task step"_s);
    row("an action the step cannot take", P, u"steps[0].actions[1].name"_s, u"\"ship\""_s,
        u"steps[0].actions[1].name"_s, u"cannot \"ship\""_s);
    row("cancel after shipping", O, u"steps[3].actions[1]"_s,
        u"{\"name\": \"cancel\", \"roles\": [\"submitter\"]}"_s, u"steps[3].actions[1].name"_s,
        u"the step deliver cannot \"cancel\""_s);
    row("an approval step that cannot approve", P, u"steps[0].actions[0]"_s, Remove,
        u"steps[0].actions"_s, u"must offer \"approve\""_s);
    row("the reimbursement by the ledger", u"expense"_s, u"steps[2].call"_s,
        u"{\"service\": \"ledger\", \"operation\": \"post\"}"_s, u"steps[2].call.service"_s,
        u"must call the payment service, not ledger"_s);
    row("no release of reserved stock", O, u"steps[0].compensation"_s, Remove,
        u"steps[0].compensation"_s, u"needs a compensation"_s);
    row("an audit entry that calls a service", T, u"steps[2].call"_s,
        u"{\"service\": \"ledger\", \"operation\": \"post\"}"_s, u"steps[2].call"_s,
        u"calls no service"_s);
    row("balances without their call", T, u"steps[0].call"_s, Remove, u"steps[0].call"_s,
        u"missing field"_s);
}

void tst_Definitions::badDefinitionsAreRefused()
{
    QFETCH(QString, workflow);
    QFETCH(QString, at);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, problem);

    const bool remove = value == Remove;
    const QJsonObject json =
        patched(shippedJson(workflow), at, remove ? QJsonValue() : jsonValue(value), remove)
            .toObject();
    const QByteArray bytes = QJsonDocument(json).toJson();
    const QString source = u"bad-%1.json"_s.arg(workflow);
    DefinitionProblem found;
    const auto d = Definition::fromJson(bytes, source, &found);
    QVERIFY2(!d.ok(), bytes.constData());
    QCOMPARE(found.source, source);
    QCOMPARE(found.path, path);
    QVERIFY2(found.problem.contains(problem), qPrintable(found.problem));
    QCOMPARE(d.error().code, ErrorCode::Validation);
    // One line: the file, the place, the problem.
    QCOMPARE(d.error().message, u"%1: %2: %3"_s.arg(source, path, found.problem));
    QVERIFY(!d.error().message.contains(u'\n'));
}

void tst_Definitions::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");

    QTest::newRow("not JSON") << u"not-json.json"_s << QString() << u"not valid JSON"_s;
    QTest::newRow("unknown role") << u"unknown-role.json"_s << u"steps[0].actions[1].roles[1]"_s
                                  << u"unknown role \"boss\""_s;
    QTest::newRow("compensation without a call")
        << u"compensation-without-call.json"_s << u"steps[1].compensation"_s
        << u"a compensation for a step without a service call"_s;
    QTest::newRow("negative deadline")
        << u"negative-deadline.json"_s << u"steps[1].deadline.hours"_s << u"not -12"_s;
    QTest::newRow("duplicate step")
        << u"duplicate-step.json"_s << u"steps[2].id"_s << u"duplicate step id \"balances\""_s;
}

void tst_Definitions::badFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, problem);

    const QString filePath = QDir(test::sourceDir()).filePath(u"tests/data/workflows/"_s + file);
    DefinitionProblem found;
    const auto d = Definition::loadFile(filePath, &found);
    QVERIFY(!d.ok());
    QCOMPARE(found.source, filePath);
    QCOMPARE(found.path, path);
    QVERIFY2(found.problem.contains(problem), qPrintable(found.problem));
    QVERIFY(d.error().message.startsWith(filePath + u": "_s));
}

void tst_Definitions::unreadableFilesAreRefused()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    auto problemOf = [&](const QString &path) -> QString {
        DefinitionProblem p;
        const auto d = Definition::loadFile(path, &p);
        if (d.ok())
            return QString();
        if (!d.error().message.startsWith(path))
            return u"message does not name the file: "_s + d.error().message;
        return p.problem;
    };

    QVERIFY(problemOf(dir.filePath(u"missing.json"_s)).contains(u"no such file"_s));
    QVERIFY(problemOf(dir.path()).contains(u"folder"_s));
    write(u"empty.json"_s, QByteArray());
    QVERIFY(problemOf(dir.filePath(u"empty.json"_s)).contains(u"not valid JSON"_s));
    write(u"broken.json"_s, "{\n  \"name\": \"purchase\",\n  \"version\": 1,\n  oops\n}\n");
    const QString broken = problemOf(dir.filePath(u"broken.json"_s));
    QVERIFY2(broken.contains(u"not valid JSON"_s) && broken.contains(u"line 4"_s),
             qPrintable(broken));
    write(u"array.json"_s, "[{\"name\": \"purchase\"}]");
    QVERIFY(problemOf(dir.filePath(u"array.json"_s)).contains(u"JSON object, not an array"_s));
    write(u"text.json"_s, "\"purchase\"");
    QVERIFY(problemOf(dir.filePath(u"text.json"_s)).contains(u"JSON object"_s));
    write(u"huge.json"_s, QByteArray(2 * 1024 * 1024, ' '));
    QVERIFY(problemOf(dir.filePath(u"huge.json"_s)).contains(u"too large"_s));
}

void tst_Definitions::validFileLoads()
{
    const QString filePath =
        QDir(test::sourceDir()).filePath(u"tests/data/workflows/valid-purchase-v2.json"_s);
    const auto d = Definition::loadFile(filePath);
    QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
    QCOMPARE(d->version, 2);
    QCOMPARE(d->defaultApprovalLimit, Money::fromMajorUnits(2500, u"EUR"_s).value());
    // A rejection needs a reason even where the definition does not say so.
    QVERIFY(d->step(u"finance-approval")->action(u"reject")->reasonRequired);
    QVERIFY(d->submitters.roles.has(security::Role::Manager));
    QCOMPARE(d->step(u"manager-approval")->deadline->escalateAfterMs, 12 * 3600 * 1000LL);
    QVERIFY(d->step(u"manager-approval")->deadline->remindTo.isEmpty());
}

void tst_Definitions::approvalLimitOverride()
{
    const Definition purchase = shippedDefinition(u"purchase"_s).value();
    const Money own = Money::fromMajorUnits(800, u"EUR"_s).value();
    QCOMPARE(purchase.approvalLimitFor(own), own);
    QCOMPARE(purchase.approvalLimitFor(std::nullopt), purchase.defaultApprovalLimit);
    QVERIFY(!shippedDefinition(u"order"_s)->approvalLimitFor(std::nullopt));
}

void tst_Definitions::performersAdmit()
{
    Performers p;
    p.roles = security::RoleSet{security::Role::Manager};
    p.submitter = true;
    QVERIFY(p.admits(u"ann"_s, security::RoleSet{security::Role::Requester}, u"ann"_s));
    QVERIFY(!p.admits(u"bob"_s, security::RoleSet{security::Role::Requester}, u"ann"_s));
    QVERIFY(p.admits(u"max"_s, security::RoleSet{security::Role::Manager}, u"ann"_s));
    QVERIFY(!p.admits(QString(), security::RoleSet{}, QString()));
    QCOMPARE(p.names(), (QStringList{u"submitter"_s, u"manager"_s}));
    QCOMPARE(p.describe(), u"manager or the submitter"_s);
}

QTEST_APPLESS_MAIN(tst_Definitions)
#include "tst_definitions.moc"
