// SPDX-License-Identifier: GPL-3.0-or-later
// Breakers shared through the store: flushes, transition events and alerts, several
// processes (two store instances on one file), administrator overrides, metric samples
// and the health metrics built from them. A fake clock drives time; nothing sleeps.
#include "TestSupport.h"

#include "resilience/BreakerBench.h"
#include "resilience/BreakerEvents.h"
#include "resilience/BreakerTable.h"
#include "resilience/HealthMetrics.h"
#include "resilience/StoreBackedBreakers.h"
#include "security/Authenticator.h"
#include "security/Secret.h"
#include "security/UserAdministration.h"
#include "security/Users.h"
#include "store/SqliteSupport.h"

#include <QTest>

using namespace eventdesk;
using namespace eventdesk::resilience;
using namespace eventdesk::security;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString Payment = u"payment"_s;
const QByteArray AdminPassword = "Admin-Password-1";
const QByteArray UserPassword = "User-Password-22";

Secret secret(const QByteArray &text)
{
    return Secret(QByteArrayView(text));
}

QList<RecordedEvent> eventsOf(SqliteEventStore &store, const QString &stream)
{
    auto slice = store.reader().readStream(stream, 0, Direction::Forwards, 100000);
    return slice ? slice->events : QList<RecordedEvent>();
}

QStringList typesOf(const QList<RecordedEvent> &events)
{
    QStringList types;
    for (const RecordedEvent &e : events)
        types << e.type;
    return types;
}

// Settings that never trip on their own, for tests about the numbers.
BreakerSettings neverTrips()
{
    BreakerSettings s;
    s.defaults.failureRateThreshold = 100;
    s.defaults.slowCallRateThreshold = 100;
    s.defaults.slowCallDurationMs = 1'000'000;
    s.defaults.minimumCalls = 10000;
    s.defaults.windowSize = 10000;
    return s;
}

qint64 count(SqliteEventStore &store, const QString &sql,
             std::initializer_list<QVariant> values = {})
{
    auto q = sqlite::exec(store.readDatabase(), sql, values);
    if (!q || !q->next())
        return -1;
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}
} // namespace

class tst_BreakerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void callsAreJudgedInMemoryUntilFlushed();
    void openingIsRecordedWithAnAlert();
    void aWholeCycleIsRecordedInOrder();
    void anotherProcessSeesTheBreakerOpen();
    void windowsOfTwoProcessesAddUp();
    void twoProcessesRecordOneTransitionOnce();
    void pendingEventsLeftByACrashAreAppendedOnce();
    void shortCircuitsAreCountedNotFailed();
    void nonAdminOverrideIsRefusedAndRecorded();
    void adminOverridesAreAuditedAndShared();
    void overrideOfAnUnknownServiceChangesNothing();
    void samplesOlderThanTheRetentionArePruned();
    void metricsOnKnownData();
    void metricsWindowsAndSeries();
    void flushOnAReadOnlyStoreKeepsTheCalls();
    void gateOverheadIsSmall();

private:
    std::unique_ptr<SqliteEventStore> openSecond();
    SignedInUser signIn(const QString &name, const QByteArray &password);
    void makeUsers();

    std::unique_ptr<test::TempStore> m_temp;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<SqliteEventStore> m_store;
};

void tst_BreakerStore::init()
{
    m_temp = std::make_unique<test::TempStore>();
    m_clock = std::make_shared<FakeClock>();
    m_store = test::createStore(m_temp->path(), m_clock);
    QVERIFY(m_store);
}

void tst_BreakerStore::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

std::unique_ptr<SqliteEventStore> tst_BreakerStore::openSecond()
{
    StoreOptions options;
    options.clock = m_clock;
    auto opened = SqliteEventStore::open(m_temp->path(), options);
    if (!opened) {
        qWarning("second open failed: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

SignedInUser tst_BreakerStore::signIn(const QString &name, const QByteArray &password)
{
    auto user = Authenticator(*m_store).signIn(name, secret(password));
    if (!user) {
        qWarning("sign-in of %s failed: %s", qPrintable(name), qPrintable(user.error().message));
        return {};
    }
    return user.value();
}

void tst_BreakerStore::makeUsers()
{
    UserAdministration admin(*m_store);
    QVERIFY(admin.createFirstAdmin(u"admin"_s, secret(AdminPassword)).ok());
    const SignedInUser root = signIn(u"admin"_s, AdminPassword);
    QVERIFY(admin
                .addUser(root, {u"rita"_s, RoleSet{Role::Requester, Role::Auditor}, std::nullopt},
                         secret(UserPassword))
                .ok());
}

void tst_BreakerStore::callsAreJudgedInMemoryUntilFlushed()
{
    StoreBackedBreakers gate(*m_store);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::Permit);
        gate.afterCall(Payment, true, 30);
    }
    // This process stops calling at once...
    QCOMPARE(gate.view(Payment).mode, BreakerMode::Open);
    QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::ShortCircuit);
    // ...but nothing is in the store before the flush.
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breakers"_s), 0);
    QVERIFY(eventsOf(*m_store, healthStream(Payment)).isEmpty());
    QVERIFY(gate.flush().ok());
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breakers WHERE service = ? AND mode = 'open'"_s,
                   {Payment}),
             1);
    QCOMPARE(gate.view(Payment).mode, BreakerMode::Open);
    QCOMPARE(gate.view(Payment).streamVersion, 0);
    // Other services are untouched.
    QCOMPARE(gate.view(u"ledger"_s).mode, BreakerMode::Closed);
    QCOMPARE(gate.beforeCall(u"ledger"_s), BreakerGate::Decision::Permit);
}

void tst_BreakerStore::openingIsRecordedWithAnAlert()
{
    StoreBackedBreakers gate(*m_store);
    const qint64 t0 = m_clock->nowMs();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::Permit);
        gate.afterCall(Payment, true, 40);
    }
    QVERIFY(gate.flush().ok());
    const auto health = eventsOf(*m_store, u"$health-payment"_s);
    QCOMPARE(typesOf(health), QStringList{u"BreakerOpened"_s});
    const QJsonObject p = health.constFirst().payloadObject();
    QCOMPARE(p.value("service"_L1).toString(), Payment);
    QCOMPARE(p.value("from"_L1).toString(), u"closed"_s);
    QCOMPARE(p.value("to"_L1).toString(), u"open"_s);
    QCOMPARE(p.value("reason"_L1).toString(), u"failure_rate"_s);
    QCOMPARE(p.value("calls"_L1).toInt(), 5);
    QCOMPARE(p.value("failures"_L1).toInt(), 5);
    QCOMPARE(p.value("failureRate"_L1), QJsonValue(1.0));
    QCOMPARE(p.value("at"_L1).toInteger(), t0);
    QCOMPARE(p.value("openUntil"_L1).toInteger(), t0 + CircuitBreakerConfig().waitInOpenMs);
    QCOMPARE(health.constFirst().actor(), QString(SystemActor));

    const auto alerts = eventsOf(*m_store, u"$alerts"_s);
    QCOMPARE(typesOf(alerts), QStringList{u"AlertRaised"_s});
    const QJsonObject a = alerts.constFirst().payloadObject();
    QCOMPARE(a.value("alert"_L1).toString(), u"breaker_opened"_s);
    QCOMPARE(a.value("service"_L1).toString(), Payment);
    QCOMPARE(a.value("reason"_L1).toString(), u"failure_rate"_s);
    QCOMPARE(a.value("failureRate"_L1), QJsonValue(1.0));
    QCOMPARE(alerts.constFirst().metadataObject().value("causationId"_L1).toString(),
             uuidText(health.constFirst().eventId));
    // The alert follows the transition it reports.
    QVERIFY(alerts.constFirst().globalPosition > health.constFirst().globalPosition);
    // The row keeps nothing pending once the events are stored.
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breakers WHERE CAST(pending AS TEXT) = '[]'"_s),
             1);
    // Flushing again records nothing more.
    QVERIFY(gate.flush().ok());
    QCOMPARE(eventsOf(*m_store, u"$health-payment"_s).size(), 1);
    QCOMPARE(eventsOf(*m_store, u"$alerts"_s).size(), 1);
}

void tst_BreakerStore::aWholeCycleIsRecordedInOrder()
{
    StoreBackedBreakers gate(*m_store);
    const CircuitBreakerConfig c;
    for (int i = 0; i < 5; ++i) {
        gate.beforeCall(Payment);
        gate.afterCall(Payment, true, 40);
    }
    QVERIFY(gate.flush().ok());
    QCOMPARE(gate.nextPermitAt(Payment), m_clock->nowMs() + c.waitInOpenMs);
    // Probes fail: open again (no second alert).
    m_clock->advance(c.waitInOpenMs);
    for (int i = 0; i < c.permittedCallsInHalfOpen; ++i)
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::Permit);
    QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::ShortCircuit);
    for (int i = 0; i < c.permittedCallsInHalfOpen; ++i)
        gate.afterCall(Payment, true, 40);
    QCOMPARE(gate.view(Payment).mode, BreakerMode::Open);
    QVERIFY(gate.flush().ok());
    // Probes succeed: closed.
    m_clock->advance(c.waitInOpenMs);
    for (int i = 0; i < c.permittedCallsInHalfOpen; ++i)
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::Permit);
    for (int i = 0; i < c.permittedCallsInHalfOpen; ++i)
        gate.afterCall(Payment, false, 40);
    QVERIFY(gate.flush().ok());
    QCOMPARE(gate.view(Payment).mode, BreakerMode::Closed);

    const auto health = eventsOf(*m_store, u"$health-payment"_s);
    QCOMPARE(typesOf(health),
             (QStringList{u"BreakerOpened"_s, u"BreakerHalfOpened"_s, u"BreakerOpened"_s,
                          u"BreakerHalfOpened"_s, u"BreakerClosed"_s}));
    QCOMPARE(health.at(2).payloadObject().value("reason"_L1).toString(), u"probes_failed"_s);
    QCOMPARE(health.at(2).payloadObject().value("from"_L1).toString(), u"half_open"_s);
    QCOMPARE(health.at(4).payloadObject().value("reason"_L1).toString(), u"probes_succeeded"_s);
    for (qsizetype i = 0; i < health.size(); ++i)
        QCOMPARE(health.at(i).streamVersion, i);
    QCOMPARE(eventsOf(*m_store, u"$alerts"_s).size(), 1);
}

void tst_BreakerStore::anotherProcessSeesTheBreakerOpen()
{
    auto second = openSecond();
    QVERIFY(second);
    StoreBackedBreakers other(*second); // reads the store before anything happened
    QCOMPARE(other.view(Payment).mode, BreakerMode::Closed);

    StoreBackedBreakers gate(*m_store);
    for (int i = 0; i < 5; ++i) {
        gate.beforeCall(Payment);
        gate.afterCall(Payment, true, 40);
    }
    QCOMPARE(other.beforeCall(Payment), BreakerGate::Decision::Permit); // not flushed yet
    other.afterCall(Payment, false, 10);
    QVERIFY(gate.flush().ok());
    // The other process sees it at its next flush (or refresh).
    QVERIFY(other.flush().ok());
    QCOMPARE(other.view(Payment).mode, BreakerMode::Open);
    QCOMPARE(other.beforeCall(Payment), BreakerGate::Decision::ShortCircuit);
    QVERIFY(other.flush().ok());

    // A third process that only reads (the health command) sees it too.
    auto third = openSecond();
    QVERIFY(third);
    auto health = loadServiceHealth(*third, Payment, LastMinuteMs);
    QVERIFY(health);
    QCOMPARE(health->breaker, BreakerMode::Open);
    QCOMPARE(health->failures, 5);
    QCOMPARE(health->successes, 1);
    QCOMPARE(health->shortCircuited, 1);
    QCOMPARE(eventsOf(*third, u"$health-payment"_s).size(), 1);
}

void tst_BreakerStore::windowsOfTwoProcessesAddUp()
{
    auto second = openSecond();
    QVERIFY(second);
    StoreBackedBreakers a(*m_store);
    StoreBackedBreakers b(*second);
    for (int i = 0; i < 3; ++i) {
        a.beforeCall(Payment);
        a.afterCall(Payment, true, 40);
    }
    for (int i = 0; i < 2; ++i) {
        b.beforeCall(Payment);
        b.afterCall(Payment, true, 40);
    }
    // Neither has seen five calls on its own.
    QCOMPARE(a.view(Payment).mode, BreakerMode::Closed);
    QCOMPARE(b.view(Payment).mode, BreakerMode::Closed);
    QVERIFY(a.flush().ok());
    QCOMPARE(a.view(Payment).counts.calls, 3);
    QVERIFY(b.flush().ok()); // 3 + 2 in the shared window: open
    QCOMPARE(b.view(Payment).mode, BreakerMode::Open);
    QVERIFY(a.refresh().ok());
    QCOMPARE(a.view(Payment).mode, BreakerMode::Open);
    const auto health = eventsOf(*m_store, u"$health-payment"_s);
    QCOMPARE(typesOf(health), QStringList{u"BreakerOpened"_s});
    QCOMPARE(health.constFirst().payloadObject().value("calls"_L1).toInt(), 5);
}

void tst_BreakerStore::twoProcessesRecordOneTransitionOnce()
{
    auto second = openSecond();
    QVERIFY(second);
    StoreBackedBreakers a(*m_store);
    StoreBackedBreakers b(*second);
    // Both see the service fail five times and open their own breaker.
    for (auto *gate : {&a, &b}) {
        for (int i = 0; i < 5; ++i) {
            gate->beforeCall(Payment);
            gate->afterCall(Payment, true, 40);
        }
        QCOMPARE(gate->view(Payment).mode, BreakerMode::Open);
    }
    QVERIFY(a.flush().ok());
    QVERIFY(b.flush().ok());
    QVERIFY(a.flush().ok());
    QCOMPARE(typesOf(eventsOf(*m_store, u"$health-payment"_s)), QStringList{u"BreakerOpened"_s});
    QCOMPARE(eventsOf(*m_store, u"$alerts"_s).size(), 1);
    QCOMPARE(a.view(Payment).mode, BreakerMode::Open);
    QCOMPARE(b.view(Payment).mode, BreakerMode::Open);

    // After the wait both probe; the half-open transition is recorded once as well.
    m_clock->advance(CircuitBreakerConfig().waitInOpenMs);
    QCOMPARE(a.beforeCall(Payment), BreakerGate::Decision::Permit);
    QCOMPARE(b.beforeCall(Payment), BreakerGate::Decision::Permit);
    QVERIFY(b.flush().ok());
    QVERIFY(a.flush().ok());
    QCOMPARE(typesOf(eventsOf(*m_store, u"$health-payment"_s)),
             (QStringList{u"BreakerOpened"_s, u"BreakerHalfOpened"_s}));
    // Both probes count in the shared breaker: no third one anywhere.
    QCOMPARE(a.beforeCall(Payment), BreakerGate::Decision::ShortCircuit);
    a.afterCall(Payment, false, 10);
    b.afterCall(Payment, false, 10);
    QVERIFY(a.flush().ok());
    QVERIFY(b.flush().ok());
    QCOMPARE(b.view(Payment).mode, BreakerMode::Closed);
    QCOMPARE(typesOf(eventsOf(*m_store, u"$health-payment"_s)),
             (QStringList{u"BreakerOpened"_s, u"BreakerHalfOpened"_s, u"BreakerClosed"_s}));
}

void tst_BreakerStore::pendingEventsLeftByACrashAreAppendedOnce()
{
    // A process decided a transition, saved the row and died before appending: the row
    // holds the event with its id.
    BreakerSettings settings;
    detail::BreakerRow row = detail::freshRow(Payment, settings.defaults);
    BreakerTransition opened;
    opened.from = BreakerMode::Closed;
    opened.to = BreakerMode::Open;
    opened.reason = TransitionReason::FailureRate;
    opened.at = m_clock->nowMs();
    opened.openUntil = opened.at + settings.defaults.waitInOpenMs;
    opened.counts = {5, 5, 0};
    detail::addTransition(row, opened, detail::systemMetadata());
    QCOMPARE(row.pending.size(), 2); // the transition and its alert
    const QUuid id = row.pending.constFirst().id;
    const qint64 now = m_clock->nowMs();
    QVERIFY(
        m_store->runWrite([row, now](QSqlDatabase &db) { return detail::saveRow(db, row, now); })
            .result()
            .ok());

    // The next flush of any process appends them, exactly once.
    auto second = openSecond();
    QVERIFY(second);
    StoreBackedBreakers a(*m_store);
    StoreBackedBreakers b(*second);
    QVERIFY(b.flush().ok());
    QVERIFY(a.flush().ok());
    const auto health = eventsOf(*m_store, u"$health-payment"_s);
    QCOMPARE(typesOf(health), QStringList{u"BreakerOpened"_s});
    QCOMPARE(health.constFirst().eventId, id);
    QCOMPARE(eventsOf(*m_store, u"$alerts"_s).size(), 1);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breakers WHERE CAST(pending AS TEXT) = '[]'"_s),
             1);
    QCOMPARE(count(*m_store, u"SELECT stream_version FROM breakers WHERE service = ?"_s, {Payment}),
             0);
}

void tst_BreakerStore::shortCircuitsAreCountedNotFailed()
{
    StoreBackedBreakers gate(*m_store);
    for (int i = 0; i < 5; ++i) {
        gate.beforeCall(Payment);
        gate.afterCall(Payment, true, 40);
    }
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::ShortCircuit);
        gate.shortCircuited(Payment); // a dispatcher confirming it: not counted twice
    }
    gate.shortCircuited(Payment); // one held back without asking
    gate.beforeCall(Payment);     // and one refused without confirmation
    QVERIFY(gate.flush().ok());
    auto health = loadServiceHealth(*m_store, Payment, LastMinuteMs);
    QVERIFY(health);
    QCOMPARE(health->shortCircuited, 5);
    QCOMPARE(health->failures, 5);
    QCOMPARE(health->calls, 5);
    QCOMPARE(health->failureRate, 1.0);
    QCOMPARE(health->breaker, BreakerMode::Open);
}

void tst_BreakerStore::nonAdminOverrideIsRefusedAndRecorded()
{
    makeUsers();
    const SignedInUser rita = signIn(u"rita"_s, UserPassword);
    const qint64 before = m_store->reader().headPosition().value();
    const Status s =
        overrideBreaker(*m_store, rita, Payment, BreakerOverride::ForceOpen, u"maintenance"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::AccessDenied);
    const auto denied = eventsOf(*m_store, QString(SecurityStream));
    QVERIFY(!denied.isEmpty());
    QCOMPARE(denied.constLast().type, QString(UserEvents::AccessDenied));
    QCOMPARE(denied.constLast().payloadObject().value("actor"_L1).toString(), u"rita"_s);
    QCOMPARE(denied.constLast().payloadObject().value("target"_L1).toString(),
             u"$health-payment"_s);
    QVERIFY(denied.constLast().globalPosition > before);
    QVERIFY(eventsOf(*m_store, u"$health-payment"_s).isEmpty());
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breakers"_s), 0);

    // Roles the caller claims are not trusted: the users as the store holds them decide.
    SignedInUser forged = rita;
    forged.roles.add(Role::Admin);
    QCOMPARE(overrideBreaker(*m_store, forged, Payment, BreakerOverride::Auto).error().code,
             ErrorCode::AccessDenied);
}

void tst_BreakerStore::adminOverridesAreAuditedAndShared()
{
    makeUsers();
    const SignedInUser admin = signIn(u"admin"_s, AdminPassword);
    auto second = openSecond();
    QVERIFY(second);
    StoreBackedBreakers gate(*m_store);
    StoreBackedBreakers other(*second);

    QVERIFY(gate.setOverride(admin, Payment, BreakerOverride::ForceOpen, u"planned outage"_s).ok());
    QCOMPARE(gate.view(Payment).mode, BreakerMode::ForcedOpen);
    QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::ShortCircuit);
    QCOMPARE(gate.nextPermitAt(Payment), -1);
    QVERIFY(other.refresh().ok());
    QCOMPARE(other.beforeCall(Payment), BreakerGate::Decision::ShortCircuit);
    // Asking again records nothing.
    QVERIFY(overrideBreaker(*m_store, admin, Payment, BreakerOverride::ForceOpen).ok());

    // Forced closed: failures do not open it, in any process.
    QVERIFY(overrideBreaker(*second, admin, Payment, BreakerOverride::ForceClosed).ok());
    QVERIFY(gate.refresh().ok());
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::Permit);
        gate.afterCall(Payment, true, 40);
    }
    QVERIFY(gate.flush().ok());
    QCOMPARE(gate.view(Payment).mode, BreakerMode::ForcedClosed);

    // Auto: closed with a fresh window.
    QVERIFY(gate.setOverride(admin, Payment, BreakerOverride::Auto, u"outage over"_s).ok());
    QCOMPARE(gate.view(Payment).mode, BreakerMode::Closed);
    QCOMPARE(gate.view(Payment).counts.calls, 0);
    QVERIFY(overrideBreaker(*m_store, admin, Payment, BreakerOverride::Auto).ok());

    const auto health = eventsOf(*m_store, u"$health-payment"_s);
    QCOMPARE(typesOf(health),
             (QStringList{u"BreakerForcedOpen"_s, u"BreakerForcedClosed"_s, u"BreakerReleased"_s}));
    for (const RecordedEvent &e : health)
        QCOMPARE(e.actor(), u"admin"_s);
    QCOMPARE(health.at(0).metadataObject().value("reason"_L1).toString(), u"planned outage"_s);
    QCOMPARE(health.at(0).payloadObject().value("reason"_L1).toString(), u"forced_open"_s);
    QCOMPARE(health.at(2).payloadObject().value("from"_L1).toString(), u"forced_closed"_s);
    QCOMPARE(health.at(2).payloadObject().value("to"_L1).toString(), u"closed"_s);
    QCOMPARE(health.at(2).metadataObject().value("reason"_L1).toString(), u"outage over"_s);
    // A forced opening is the administrator's own doing: no alert.
    QVERIFY(eventsOf(*m_store, u"$alerts"_s).isEmpty());

    QCOMPARE(breakerOverrideFromName(u"force-open"), BreakerOverride::ForceOpen);
    QCOMPARE(breakerOverrideFromName(u"force-closed"), BreakerOverride::ForceClosed);
    QCOMPARE(breakerOverrideFromName(u"auto"), BreakerOverride::Auto);
    QVERIFY(!breakerOverrideFromName(u"open"));
}

void tst_BreakerStore::overrideOfAnUnknownServiceChangesNothing()
{
    makeUsers();
    const SignedInUser admin = signIn(u"admin"_s, AdminPassword);
    const qint64 before = m_store->reader().headPosition().value();
    const Status s = overrideBreaker(*m_store, admin, u"weather"_s, BreakerOverride::ForceOpen);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::Validation);
    QVERIFY(s.error().message.contains(u"payment"_s));
    QCOMPARE(m_store->reader().headPosition().value(), before);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breakers"_s), 0);
}

void tst_BreakerStore::samplesOlderThanTheRetentionArePruned()
{
    const qint64 t0 = m_clock->nowMs();
    {
        StoreBackedBreakers gate(*m_store, neverTrips());
        gate.beforeCall(Payment);
        gate.afterCall(Payment, false, 12);
        QVERIFY(gate.flush().ok());
        QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples WHERE bucket = ?"_s, {t0}),
                 1);
        // 24 hours later the sample is still there; a second after that it is gone.
        m_clock->set(t0 + 24LL * 3600 * 1000);
        QVERIFY(gate.flush().ok());
        QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples WHERE bucket = ?"_s, {t0}),
                 1);
        m_clock->set(t0 + 24LL * 3600 * 1000 + 1000);
        gate.beforeCall(Payment);
        gate.afterCall(Payment, false, 12);
        QVERIFY(gate.flush().ok());
        QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples WHERE bucket = ?"_s, {t0}),
                 0);
        QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples"_s), 1);
    }
    // The retention is a setting.
    BreakerSettings hour = neverTrips();
    hour.sampleRetentionMs = 3600 * 1000;
    StoreBackedBreakers gate(*m_store, hour);
    m_clock->advance(3600 * 1000 + 1000);
    QVERIFY(gate.flush().ok());
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples"_s), 0);
}

void tst_BreakerStore::metricsOnKnownData()
{
    StoreBackedBreakers gate(*m_store, neverTrips());
    // 100 calls with latencies 1..100 ms (every tenth failed), shuffled in time order.
    for (int i = 0; i < 100; ++i) {
        const int latency = (i * 37) % 100 + 1; // a permutation of 1..100
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::Permit);
        gate.afterCall(Payment, latency % 10 == 0, latency);
        if (i % 25 == 24)
            m_clock->advance(1000); // over several seconds and flushes
        if (i % 40 == 39)
            QVERIFY(gate.flush().ok());
    }
    for (int i = 0; i < 7; ++i)
        gate.shortCircuited(Payment);
    QVERIFY(gate.flush().ok());
    auto health = loadServiceHealth(*m_store, Payment, LastMinuteMs);
    QVERIFY(health);
    QCOMPARE(health->service, Payment);
    QCOMPARE(health->calls, 100);
    QCOMPARE(health->successes, 90);
    QCOMPARE(health->failures, 10);
    QCOMPARE(health->shortCircuited, 7);
    QCOMPARE(health->failureRate, 0.1);
    QCOMPARE(health->p50Ms, 50);
    QCOMPARE(health->p95Ms, 95);
    QCOMPARE(health->p99Ms, 99);
    QCOMPARE(health->breaker, BreakerMode::Closed);
    QCOMPARE(health->queued, 0);

    const QJsonObject json = health->toJson();
    for (const char *key : {"name", "breaker", "calls", "failures", "short_circuited",
                            "failure_rate", "p50_ms", "p95_ms", "p99_ms", "queued"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value("breaker"_L1).toString(), u"closed"_s);
    QCOMPARE(json.value("failure_rate"_L1), QJsonValue(0.1));

    // Nearest rank on small sets.
    using Counts = QList<std::pair<qint64, qint64>>;
    QCOMPARE(percentileOf(Counts{}, 50), 0);
    QCOMPARE(percentileOf(Counts{{7, 1}}, 99), 7);
    QCOMPARE(percentileOf(Counts{{1, 1}, {2, 1}}, 50), 1);
    QCOMPARE(percentileOf(Counts{{1, 1}, {2, 1}}, 51), 2);
    QCOMPARE(percentileOf(Counts{{10, 98}, {500, 2}}, 95), 10);
    QCOMPARE(percentileOf(Counts{{10, 98}, {500, 2}}, 99), 500);

    // Every known service has a line, the idle ones empty.
    auto all = loadServiceHealth(*m_store, LastMinuteMs);
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    for (const ServiceHealth &h : all.value())
        if (h.service != Payment)
            QCOMPARE(h.calls, 0);
}

void tst_BreakerStore::metricsWindowsAndSeries()
{
    StoreBackedBreakers gate(*m_store, neverTrips());
    const qint64 t0 = m_clock->nowMs();
    // Half an hour ago: 4 slow failures. Now: 2 fast successes.
    for (int i = 0; i < 4; ++i) {
        gate.beforeCall(Payment);
        gate.afterCall(Payment, true, 900);
    }
    QVERIFY(gate.flush().ok());
    m_clock->set(t0 + 30 * 60 * 1000);
    for (int i = 0; i < 2; ++i) {
        gate.beforeCall(Payment);
        gate.afterCall(Payment, false, 20);
    }
    QVERIFY(gate.flush().ok());
    auto minute = loadServiceHealth(*m_store, Payment, LastMinuteMs);
    auto hour = loadServiceHealth(*m_store, Payment, LastHourMs);
    QVERIFY(minute && hour);
    QCOMPARE(minute->calls, 2);
    QCOMPARE(minute->failures, 0);
    QCOMPARE(minute->p99Ms, 20);
    QCOMPARE(hour->calls, 6);
    QCOMPARE(hour->failures, 4);
    QCOMPARE(hour->p50Ms, 900);
    QCOMPARE(hour->p95Ms, 900);
    QVERIFY(!loadServiceHealth(*m_store, Payment, 10));

    // A plot of the last hour in minutes: sixty points, two of them with calls.
    auto series = loadHealthSeries(*m_store, Payment, LastHourMs, 60000);
    QVERIFY(series);
    QCOMPARE(series->size(), 60);
    qint64 calls = 0;
    int withCalls = 0;
    for (const HealthPoint &p : series.value()) {
        calls += p.calls;
        withCalls += p.calls > 0 ? 1 : 0;
    }
    QCOMPARE(calls, 6);
    QCOMPARE(withCalls, 2);
    QCOMPARE(series->constLast().calls, 2);
    QCOMPARE(series->constLast().p95Ms, 20);
    QVERIFY(!loadHealthSeries(*m_store, Payment, LastHourMs, 1500));
}

void tst_BreakerStore::flushOnAReadOnlyStoreKeepsTheCalls()
{
    StoreOptions options;
    options.clock = m_clock;
    options.readOnly = true;
    auto opened = SqliteEventStore::open(m_temp->path(), options);
    QVERIFY(opened);
    auto readOnly = std::move(opened).value();
    StoreBackedBreakers gate(*readOnly);
    for (int i = 0; i < 5; ++i) {
        gate.beforeCall(Payment);
        gate.afterCall(Payment, true, 40);
    }
    QVERIFY(!gate.flush().ok());
    // Still judged here, and nothing is lost for a later flush.
    QCOMPARE(gate.view(Payment).mode, BreakerMode::Open);
    QVERIFY(!gate.flush().ok());
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples"_s), 0);
}

void tst_BreakerStore::gateOverheadIsSmall()
{
    // The dispatcher's whole per-call cost: clock, lock, lookup, policy, call log.
    const double ns = measureGateOverheadNs(*m_store, 150000);
    qInfo("gate overhead: %.1f ns per beforeCall + afterCall (median)", ns);
    QVERIFY(ns > 0);
    QVERIFY2(ns < 20000, qPrintable(u"%1 ns"_s.arg(ns)));
    // It wrote nothing.
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples"_s), 0);

    // Many calls between two flushes end up as a few sample rows with the right count.
    StoreBackedBreakers gate(*m_store);
    for (int i = 0; i < 20000; ++i) {
        QCOMPARE(gate.beforeCall(Payment), BreakerGate::Decision::Permit);
        gate.afterCall(Payment, false, 3);
    }
    QVERIFY(gate.flush().ok());
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM breaker_samples"_s), 1);
    auto health = loadServiceHealth(*m_store, Payment, LastMinuteMs);
    QVERIFY(health);
    QCOMPARE(health->calls, 20000);
}

QTEST_GUILESS_MAIN(tst_BreakerStore)
#include "tst_breakerstore.moc"
