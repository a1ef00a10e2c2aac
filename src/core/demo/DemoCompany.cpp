// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCompany.h"

#include "commands/RequestCommandService.h"
#include "commands/RequestLoader.h"
#include "messaging/StoreDispatcher.h"
#include "projections/ProjectionRunner.h"
#include "security/Authenticator.h"
#include "security/Secret.h"
#include "security/UserAdministration.h"
#include "services/ServiceSettings.h"
#include "store/SqliteEventStore.h"
#include "store/StoreFile.h"
#include "util/Clock.h"
#include "workflow/SagaEngine.h"
#include "workflow/SagaRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <map>
#include <random>

namespace eventdesk::demo {

using namespace Qt::Literals::StringLiterals;
using security::Role;
using security::RoleSet;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(demo)
};

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// The demo's history runs over eight weeks from here (Thursday 1 October 2026, 08:00 UTC).
constexpr qint64 HistoryStartMs = 1'790'841'600'000;
constexpr qint64 HistorySpanMs = 56 * Day;

// One thing a person does to a request, at a time of the demo's clock.
struct PlannedAction
{
    qint64 at = 0;
    int request = 0;
    QString actor;
    QString action; // approve, reject, pack, ship, deliver, cancel
    QString comment;
    QString reason;
};

struct PlannedRequest
{
    QString workflow;
    QString streamId;
    QString requester;
    QString title;
    Money amount;
    QJsonObject fields;
    qint64 submitAt = 0;
};

// Reproducible choices from the seed: std::mt19937 is specified to give the same numbers
// everywhere, and the distributions are ours, so no standard library changes the demo.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    {}
    quint32 below(quint32 n) { return n == 0 ? 0 : quint32(m_engine() % n); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint32(high - low + 1))); }
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(below(quint32(items.size()))));
    }
    // An index by weight.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(below(quint32(total)));
        for (int i = 0; i < weights.size(); ++i) {
            if (roll < weights.at(i))
                return i;
            roll -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937 m_engine;
};

Money euros(qint64 cents)
{
    return Money(cents, u"EUR"_s);
}

// The people of the demo company.
const QString Ada = u"ada"_s;
const QString Sam = u"sam"_s;
const QString Rita = u"rita"_s;
const QString Mia = u"mia"_s;
const QString Max = u"max"_s;
const QString Fiona = u"fiona"_s;
const QString Will = u"will"_s;
const QString Audrey = u"audrey"_s;

// How a request's story goes; a story may stop early when the history ends first.
enum class Story
{
    Completed,
    RejectedByManager,
    RejectedByFinance,
    AwaitingApproval,
    AwaitingSecondApproval,
    AwaitingFinance,
    QueuedPayment, // finance approves at the very end, while the payment service is down
    Delivered,
    Shipped,
    Packed,
    Pending,
    Cancelled,
};

const QList<QString> ManagerRejections = {
    u"Not in this quarter's budget; please ask again in January."_s,
    u"We already have a framework contract for this; order through it."_s,
    u"Please get a second quote first."_s,
    u"Too expensive for what it is; look for a cheaper option."_s,
};
const QList<QString> FinanceRejections = {
    u"The invoice does not match the amount requested."_s,
    u"Receipts are missing; resubmit with all receipts attached."_s,
    u"Cost centre is closed for the year."_s,
    u"Duplicate of an earlier claim."_s,
};
const QList<QString> Comments = {
    QString(),      QString(), u"Fine by me."_s, u"Approved, thanks."_s, u"OK, within budget."_s,
    u"Go ahead."_s,
};

struct Catalogue
{
    QString title;
    qint64 lowCents;
    qint64 highCents;
    QJsonObject fields;
};

const QList<Catalogue> Purchases = {
    {u"Laptop for a new hire"_s, 110000, 240000, {{"supplier"_L1, u"Nordtech GmbH"_s}}},
    {u"Six office chairs"_s, 90000, 210000, {{"supplier"_L1, u"Sitwell AG"_s}}},
    {u"Design software licences, one year"_s,
     120000,
     480000,
     {{"supplier"_L1, u"Pixelworks Ltd"_s}}},
    {u"Trade fair booth, Hanover"_s, 650000, 2400000, {{"supplier"_L1, u"Messebau Nord"_s}}},
    {u"Replacement server disks"_s, 40000, 160000, {{"supplier"_L1, u"Datacore"_s}}},
    {u"Printer toner, all floors"_s, 15000, 60000, {{"supplier"_L1, u"Officeline"_s}}},
    {u"Meeting room display"_s, 180000, 420000, {{"supplier"_L1, u"Nordtech GmbH"_s}}},
    {u"Forklift service contract"_s, 520000, 1800000, {{"supplier"_L1, u"LiftPro"_s}}},
};
const QList<Catalogue> Expenses = {
    {u"Client dinner, Berlin"_s, 8000, 42000, {{"category"_L1, u"hospitality"_s}}},
    {u"Train to the Hamburg trade fair"_s, 6000, 24000, {{"category"_L1, u"travel"_s}}},
    {u"Hotel, two nights, Munich"_s, 18000, 52000, {{"category"_L1, u"travel"_s}}},
    {u"Taxi to the airport"_s, 3000, 9000, {{"category"_L1, u"travel"_s}}},
    {u"Team offsite lunch"_s, 20000, 90000, {{"category"_L1, u"team"_s}}},
    {u"Conference ticket"_s, 45000, 180000, {{"category"_L1, u"training"_s}}},
};
const QList<Catalogue> Orders = {
    {u"12 desk lamps for Kühne & Co"_s,
     36000,
     72000,
     {{"customer"_L1, u"Kühne & Co"_s}, {"sku"_L1, u"LAMP-12"_s}, {"quantity"_L1, 12}}},
    {u"40 notebooks for Lindqvist AB"_s,
     16000,
     30000,
     {{"customer"_L1, u"Lindqvist AB"_s}, {"sku"_L1, u"NOTE-A5"_s}, {"quantity"_L1, 40}}},
    {u"3 standing desks for Brandt KG"_s,
     150000,
     260000,
     {{"customer"_L1, u"Brandt KG"_s}, {"sku"_L1, u"DESK-ST"_s}, {"quantity"_L1, 3}}},
    {u"200 cable ties for Ortiz SL"_s,
     8000,
     14000,
     {{"customer"_L1, u"Ortiz SL"_s}, {"sku"_L1, u"TIE-200"_s}, {"quantity"_L1, 200}}},
    {u"8 monitor arms for Haas GmbH"_s,
     48000,
     96000,
     {{"customer"_L1, u"Haas GmbH"_s}, {"sku"_L1, u"ARM-2"_s}, {"quantity"_L1, 8}}},
};
const QList<Catalogue> Transfers = {
    {u"Refund to Müller GmbH"_s,
     20000,
     380000,
     {{"customer"_L1, u"Müller GmbH"_s}, {"toAccount"_L1, u"DE44 5001 0517 5407 3249 31"_s}}},
    {u"Supplier payment, Nordlicht AG"_s,
     150000,
     2200000,
     {{"customer"_L1, u"Nordlicht AG"_s}, {"toAccount"_L1, u"DE89 3704 0044 0532 0130 00"_s}}},
    {u"Deposit return, Weber OHG"_s,
     50000,
     300000,
     {{"customer"_L1, u"Weber OHG"_s}, {"toAccount"_L1, u"DE02 1203 0000 0000 2020 51"_s}}},
};

struct Plan
{
    QList<PlannedRequest> requests;
    QList<PlannedAction> actions; // in time order
    QList<int> queuedPayments;    // requests finance approves while payment is down
};

Plan makePlan(const DemoOptions &options)
{
    Dice dice(options.seed);
    Plan plan;
    const qint64 end = HistoryStartMs + HistorySpanMs;
    const QList<QString> workflows = {u"purchase"_s, u"expense"_s, u"order"_s, u"transfer"_s};
    const QUuid seedSpace = QUuid::createUuidV5(QUuid(u"6f1d3b2a-5c4e-4f8a-9b7d-2e1c0a9f8d7e"_s),
                                                QString::number(options.seed));
    for (int i = 0; i < options.requests; ++i) {
        PlannedRequest r;
        r.workflow = workflows.at(dice.weighted({35, 25, 25, 15}));
        r.streamId = r.workflow + u'-' +
                     QUuid::createUuidV5(seedSpace, QString::number(i))
                         .toString(QUuid::WithoutBraces)
                         .toLower();
        r.requester = dice.below(2) == 0 ? Sam : Rita;
        // Spread over the weeks, in working hours.
        const qint64 slot = HistorySpanMs / std::max(options.requests, 1);
        r.submitAt = HistoryStartMs + i * slot + dice.between(0, 8) * Hour;
        const bool recent = r.submitAt > end - 6 * Day;

        const QList<Catalogue> &catalogue = r.workflow == "purchase"_L1  ? Purchases
                                            : r.workflow == "expense"_L1 ? Expenses
                                            : r.workflow == "order"_L1   ? Orders
                                                                         : Transfers;
        const Catalogue &item = dice.pick(catalogue);
        r.title = item.title;
        r.fields = item.fields;
        qint64 cents =
            dice.between(item.lowCents / 100, item.highCents / 100) * 100 + dice.between(0, 99);

        Story story = Story::Completed;
        if (r.workflow == "purchase"_L1) {
            static const QList<Story> stories = {
                Story::Completed,        Story::RejectedByManager,      Story::RejectedByFinance,
                Story::AwaitingApproval, Story::AwaitingSecondApproval, Story::AwaitingFinance,
                Story::QueuedPayment};
            story = recent ? stories.at(3 + dice.weighted({30, 15, 25, 30}))
                           : stories.at(dice.weighted({62, 14, 16, 0, 0, 0, 8}));
            if (story == Story::AwaitingSecondApproval && cents <= 500000)
                cents = dice.between(5200, 28000) * 100;
        } else if (r.workflow == "expense"_L1) {
            static const QList<Story> stories = {Story::Completed, Story::RejectedByManager,
                                                 Story::RejectedByFinance, Story::AwaitingApproval,
                                                 Story::AwaitingFinance};
            story = recent ? stories.at(3 + dice.weighted({50, 50}))
                           : stories.at(dice.weighted({66, 12, 22, 0, 0}));
        } else if (r.workflow == "order"_L1) {
            static const QList<Story> stories = {Story::Delivered, Story::Shipped, Story::Packed,
                                                 Story::Pending, Story::Cancelled};
            story = recent ? stories.at(1 + dice.weighted({30, 30, 30, 10}))
                           : stories.at(dice.weighted({72, 0, 0, 0, 28}));
        }
        r.amount = euros(cents);
        const int index = int(plan.requests.size());
        plan.requests.append(r);

        qint64 at = r.submitAt;
        const auto next = [&](qint64 lowHours, qint64 highHours) {
            at += dice.between(lowHours * 60, highHours * 60) * Minute;
            return at;
        };
        const auto act = [&](qint64 when, const QString &actor, const QString &action,
                             const QString &comment = {}, const QString &reason = {}) {
            if (when < end)
                plan.actions.append({when, index, actor, action, comment, reason});
        };
        // A manager decides; above the first manager's limit, Max (50,000) covers it.
        const bool large = cents > 500000;
        const QString firstManager = (!large && dice.below(3) == 0) ? Max : Mia;
        switch (story) {
        case Story::Completed:
            if (r.workflow == "transfer"_L1)
                break; // the handlers carry it out
            act(next(1, 30), firstManager, u"approve"_s, dice.pick(Comments));
            if (large && firstManager == Mia)
                act(next(1, 20), Max, u"approve"_s, dice.pick(Comments));
            act(next(2, 40), Fiona, u"approve"_s, dice.pick(Comments));
            break;
        case Story::RejectedByManager:
            act(next(1, 30), firstManager, u"reject"_s, {}, dice.pick(ManagerRejections));
            break;
        case Story::RejectedByFinance:
            act(next(1, 30), firstManager, u"approve"_s, dice.pick(Comments));
            if (large && firstManager == Mia)
                act(next(1, 20), Max, u"approve"_s, dice.pick(Comments));
            act(next(2, 40), Fiona, u"reject"_s, {}, dice.pick(FinanceRejections));
            break;
        case Story::AwaitingApproval:
            break;
        case Story::AwaitingSecondApproval:
            act(next(1, 20), Mia, u"approve"_s, u"Above my limit; Max needs to approve too."_s);
            break;
        case Story::AwaitingFinance:
            act(next(1, 20), firstManager, u"approve"_s, dice.pick(Comments));
            if (large && firstManager == Mia)
                act(next(1, 20), Max, u"approve"_s, dice.pick(Comments));
            break;
        case Story::QueuedPayment:
            act(next(1, 20), firstManager, u"approve"_s, dice.pick(Comments));
            if (large && firstManager == Mia)
                act(next(1, 20), Max, u"approve"_s, dice.pick(Comments));
            plan.queuedPayments.append(index);
            break;
        case Story::Delivered:
        case Story::Shipped:
        case Story::Packed:
            act(next(2, 20), Will, u"pack"_s);
            if (story != Story::Packed)
                act(next(3, 30), Will, u"ship"_s);
            if (story == Story::Delivered)
                act(next(20, 72), Will, u"deliver"_s);
            break;
        case Story::Pending:
            break;
        case Story::Cancelled:
            if (dice.below(2) == 0)
                act(next(2, 20), Will, u"pack"_s);
            act(next(1, 30), dice.below(2) == 0 ? r.requester : Mia, u"cancel"_s, {},
                u"The customer withdrew the order."_s);
            break;
        }
    }
    std::stable_sort(plan.actions.begin(), plan.actions.end(),
                     [](const PlannedAction &a, const PlannedAction &b) { return a.at < b.at; });
    return plan;
}

// The demo store, built in a temporary file: the steps of createDemoCompany.
class DemoBuilder
{
public:
    DemoBuilder(const QString &path, const DemoOptions &options)
        : m_path(path)
        , m_options(options)
        , m_clock(std::make_shared<FakeClock>(HistoryStartMs - Day))
    {}

    Result<DemoSummary> build()
    {
        StoreOptions storeOptions;
        storeOptions.clock = m_clock;
        if (auto made = SqliteEventStore::create(m_path, storeOptions,
                                                 {{u"base_currency"_s, u"EUR"_s},
                                                  {u"company"_s, Text::tr("Demo company")},
                                                  {QString(DemoStoreInfoKey), u"1"_s}});
            !made)
            return made.error();
        auto opened = SqliteEventStore::open(m_path, storeOptions);
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();

        if (Status s = addUsers(); !s)
            return s.error();
        const Plan plan = makePlan(m_options);
        const int total = int(plan.requests.size() + plan.actions.size()) + 1;
        int done = 0;

        messaging::DispatcherOptions dispatcherOptions;
        dispatcherOptions.pollIntervalMs = 0;
        auto dispatcher = messaging::makeStoreDispatcher(*m_store, dispatcherOptions);
        workflow::SagaEngineOptions engineOptions;
        engineOptions.clock = m_clock;
        workflow::SagaEngine engine(*m_store, engineOptions);
        dispatcher->addObserver(engine.observer());
        dispatcher->start();

        // Submissions and actions in the order of their times, each carried through its
        // automated steps (payments, stock, postings) at that time.
        commands::RequestCommandService service(*m_store);
        qsizetype nextAction = 0;
        for (int i = 0; i <= plan.requests.size(); ++i) {
            const qint64 until = i < plan.requests.size() ? plan.requests.at(i).submitAt
                                                          : HistoryStartMs + HistorySpanMs;
            while (nextAction < plan.actions.size() && plan.actions.at(nextAction).at <= until) {
                const PlannedAction &a = plan.actions.at(nextAction++);
                if (Status s = perform(service, engine, *dispatcher,
                                       plan.requests.at(a.request).streamId, a);
                    !s)
                    return s.error();
                if (Status s = progress(++done, total, Text::tr("Deciding requests…")); !s)
                    return s.error();
            }
            if (i == plan.requests.size())
                break;
            const PlannedRequest &r = plan.requests.at(i);
            m_clock->set(r.submitAt);
            commands::SubmitInput input{r.workflow, r.title, r.amount, r.fields, r.streamId};
            if (auto submitted = service.submit(m_users.value(r.requester), input); !submitted)
                return describe(r.streamId, submitted.error());
            if (Status s = settle(engine, *dispatcher); !s)
                return s.error();
            if (Status s = progress(++done, total, Text::tr("Submitting requests…")); !s)
                return s.error();
        }

        // The payment service goes down; finance finalizes the last purchases anyway, and
        // their payments wait in the queue (the health page shows the breaker open).
        m_clock->set(HistoryStartMs + HistorySpanMs + 10 * Minute);
        services::ServiceSettingsStore settings(*m_store);
        if (auto down =
                settings.setMode(m_users.value(Ada), u"payment"_s, services::FaultMode::down());
            !down)
            return down.error();
        for (int index : plan.queuedPayments) {
            m_clock->advance(7 * Minute);
            PlannedAction finance{m_clock->nowMs(), index, Fiona, u"approve"_s, {}, {}};
            if (Status s = perform(service, engine, *dispatcher, plan.requests.at(index).streamId,
                                   finance);
                !s)
                return s.error();
        }
        if (Status s = progress(total, total, Text::tr("Payments wait for the payment service…"));
            !s)
            return s.error();
        dispatcher->stop();

        // The read models (requests, inboxes, sagas, audit log) come ready with the store,
        // so whoever opens it sees the lists at once, even before any catch-up runs.
        if (auto caught = projections::catchUpProjections(*m_store); !caught)
            return caught.error();

        DemoSummary summary;
        summary.users = int(demoUsers().size());
        summary.requests = int(plan.requests.size());
        for (const PlannedRequest &r : plan.requests) {
            auto loaded = commands::loadRequest(*m_store, r.streamId);
            if (!loaded)
                return loaded.error();
            ++summary.byStatus[domain::statusName(loaded->request.status())];
        }
        auto head = m_store->reader().headPosition();
        summary.events = head ? *head : 0;
        summary.queuedPayments = plan.queuedPayments.size();
        return summary;
    }

    // A compact, consistent copy of the finished store at `target` (which holds no file),
    // through a temporary name beside it, so `target` is either complete or absent.
    Status copyTo(const QString &target)
    {
        const QString temporary = StoreFile::temporarySibling(target);
        if (Status s = StoreFile::vacuumInto(m_store->readDatabase(), temporary); !s) {
            StoreFile::removeStoreFiles(temporary);
            return s;
        }
        if (!QFile::rename(temporary, target)) {
            StoreFile::removeStoreFiles(temporary);
            return Error::storageFailure(
                Text::tr("The demo company was made but could not be moved "
                         "to %1; check that the folder is writable.")
                    .arg(QDir::toNativeSeparators(target)));
        }
        return success();
    }

    void close() { m_store.reset(); }

private:
    Status addUsers()
    {
        security::UserAdministration admin(*m_store);
        const QByteArray password = QByteArray(DemoPassword.data(), DemoPassword.size());
        const QList<DemoUser> users = demoUsers();
        // The administrator first (every role), then everyone else added by them.
        for (const DemoUser &u : users)
            m_users.insert(u.name, security::SignedInUser{u.name, u.roles, u.approvalLimit});
        if (Status s = admin.createFirstAdmin(DemoAdministrator, security::Secret(password)); !s)
            return s;
        for (const DemoUser &u : users) {
            if (u.name == DemoAdministrator) {
                if (Status s =
                        admin.setRoles(m_users.value(u.name), u.name, u.roles, u.approvalLimit);
                    !s)
                    return s;
                continue;
            }
            security::UserAdministration::NewUser user{u.name, u.roles, u.approvalLimit};
            if (Status s = admin.addUser(m_users.value(DemoAdministrator), user,
                                         security::Secret(password));
                !s)
                return s;
        }
        return success();
    }

    Status perform(commands::RequestCommandService &service, workflow::SagaEngine &engine,
                   messaging::Dispatcher &dispatcher, const QString &stream, const PlannedAction &a)
    {
        m_clock->set(std::max(a.at, m_clock->nowMs()));
        commands::ActInput input{stream, a.action, a.comment, a.reason, {}};
        if (auto acted = service.act(m_users.value(a.actor), input); !acted)
            return describe(stream, acted.error());
        return settle(engine, dispatcher);
    }

    // Runs what the last command set off, a few seconds later on the demo's clock.
    Status settle(workflow::SagaEngine &engine, messaging::Dispatcher &dispatcher)
    {
        m_clock->advance(2000);
        auto settled = workflow::runUntilSettled(engine, dispatcher, 30'000);
        if (!settled)
            return settled.error();
        if (!settled->problems.isEmpty())
            return Error::internal(Text::tr("The demo's sagas could not go on: %1")
                                       .arg(settled->problems.join(u"; "_s)));
        return success();
    }

    Status progress(int done, int total, const QString &what)
    {
        if (m_options.progress)
            m_options.progress(done, total, what);
        if (m_options.cancel && m_options.cancel->load())
            return Error{ErrorCode::Cancelled, Text::tr("Making the demo company was cancelled.")};
        return success();
    }

    static Error describe(const QString &stream, const Error &error)
    {
        return Error{
            error.code,
            Text::tr("The demo company could not be made (%1): %2").arg(stream, error.message)};
    }

    QString m_path;
    DemoOptions m_options;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<SqliteEventStore> m_store;
    QHash<QString, security::SignedInUser> m_users;
};

} // namespace

QList<DemoUser> demoUsers()
{
    const RoleSet everything(security::AllRoles);
    return {
        {Ada, everything, std::nullopt,
         Text::tr("administrator; holds every role, for a tour of every page")},
        {Sam, RoleSet{Role::Requester}, std::nullopt, Text::tr("staff: submits requests")},
        {Rita, RoleSet{Role::Requester}, std::nullopt, Text::tr("staff: submits requests")},
        {Mia, RoleSet{Role::Manager}, std::nullopt,
         Text::tr("manager, the workflows' default limit (5,000 EUR)")},
        {Max, RoleSet{Role::Manager}, euros(5'000'000), Text::tr("manager, limit 50,000 EUR")},
        {Fiona, RoleSet{Role::Finance}, std::nullopt, Text::tr("finance: finalizes and pays")},
        {Will, RoleSet{Role::Warehouse}, std::nullopt,
         Text::tr("warehouse: packs and ships orders")},
        {Audrey, RoleSet{Role::Auditor}, std::nullopt,
         Text::tr("auditor: reads the whole history")},
    };
}

Result<DemoSummary> createDemoCompany(const QString &path, const DemoOptions &options)
{
    if (QFileInfo::exists(path))
        return Error{
            ErrorCode::AlreadyExists,
            Text::tr("%1 already exists; the demo company is only made at a path that holds "
                     "no file.")
                .arg(QDir::toNativeSeparators(path))};
    const QString partial =
        path + u".partial-"_s + QString::number(QCoreApplication::applicationPid());
    StoreFile::removeStoreFiles(partial);
    Result<DemoSummary> summary = Error::internal(QString());
    {
        DemoBuilder builder(partial, options);
        summary = builder.build();
        if (summary)
            if (Status copied = builder.copyTo(path); !copied)
                summary = copied.error();
        builder.close();
    }
    StoreFile::removeStoreFiles(partial);
    return summary;
}

Result<bool> isDemoStore(SqliteEventStore &store)
{
    QSqlQuery query(store.readDatabase());
    query.prepare(u"SELECT value FROM store_info WHERE key = ?"_s);
    query.addBindValue(QString(DemoStoreInfoKey));
    if (!query.exec())
        return Error::storeUnavailable(query.lastError().text());
    return query.next() && query.value(0).toString() == u"1"_s;
}

} // namespace eventdesk::demo
