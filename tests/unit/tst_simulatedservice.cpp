// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated services and the service settings: fault modes, exactly-once effects per
// idempotency key (across a killed process too), settings changes that are admin-only,
// audited and seen by every process, and the directory that follows them.
#include "TestSupport.h"

#include "resilience/StoreBackedBreakers.h"
#include "security/Secret.h"
#include "security/UserAdministration.h"
#include "security/Users.h"
#include "services/HttpAdapter.h"
#include "services/ServiceSettings.h"
#include "services/ServiceStatus.h"
#include "services/SimulatedService.h"
#include "services/StoreServiceDirectory.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace eventdesk;
using namespace eventdesk::services;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray AdminPassword = "Admin-Password-1";

ServiceCall paymentCall(const QString &key, const QString &requestId = u"purchase-1"_s,
                        const QString &value = u"1200.50"_s)
{
    ServiceCall c;
    c.service = u"payment"_s;
    c.operation = u"authorize"_s;
    c.idempotencyKey = key;
    c.correlationId = u"corr-1"_s;
    c.body =
        QJsonObject{{"requestId"_L1, requestId},
                    {"sagaId"_L1, u"$saga-1"_s},
                    {"amount"_L1, QJsonObject{{"value"_L1, value}, {"currency"_L1, u"EUR"_s}}}};
    return c;
}

// Waits for a call's answer while the event loop runs (the adapter answers through it).
CallResult await(QFuture<CallResult> future)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!future.isFinished() || future.resultCount() == 0)
        return CallResult{CallOutcome::PermanentFailure, 0, u"no answer"_s, {}, -1, 0, {}};
    return future.result();
}

QList<RecordedEvent> eventsOf(SqliteEventStore &store, const QString &stream)
{
    auto slice = store.reader().readStream(stream, 0, Direction::Forwards, 100000);
    return slice ? slice->events : QList<RecordedEvent>();
}

qint64 head(SqliteEventStore &store)
{
    auto h = store.reader().headPosition();
    return h ? h.value() : -1;
}

// The child process of killedDuringASlowAnswerTakesEffectOnce: makes one slow call and
// is killed while the answer is held back.
int runChild(const QStringList &args)
{
    auto store = SqliteEventStore::open(args.value(2));
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().message));
        return 3;
    }
    SimulatedAdapter adapter(*store.value(), u"payment"_s, FaultMode::slow(60000));
    QFuture<CallResult> answer = adapter.call(paymentCall(args.value(3)));
    EffectLedger ledger(*store.value());
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        auto found = ledger.find(u"payment"_s, args.value(3));
        if (found && found.value() && found.value()->effects == 1) {
            std::printf("effected\n");
            std::fflush(stdout);
            break;
        }
    }
    // Waits for the kill; the answer would come a minute later.
    while (!answer.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return 0;
}
} // namespace

class tst_SimulatedService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void faultModes_data();
    void faultModes();
    void endpoints_data();
    void endpoints();

    void upTakesEffectOncePerKey();
    void twoKeysForOneRequestShowAsTwoEffects();
    void aCallWithoutARequestIdTakesEffect();
    void aKeyReusedWithAnotherBodyIsPermanent();
    void downFailsRetryablyWithoutEffect();
    void flakyIsSeededAndKeepsItsRate();
    void flakyExtremes();
    void slowAnswersLaterButTakesEffectAtOnce();
    void callsOfOneTurnShareOneWrite();
    void effectsSurviveReopening();
    void killedDuringASlowAnswerTakesEffectOnce();
    void missingKeyOrWrongServiceIsPermanent();

    void settingsDefaults();
    void settingsChangesAreAuditedWithTheActor();
    void settingsNoChangeWritesNothing();
    void settingsRefusalsWriteNothing();
    void settingsNonAdminIsDeniedAndRecorded();
    void settingsSeenByAnotherStoreInstance();
    void settingsFoldInAnEventTheTableMissed();
    void settingsRefuseANonLoopbackHttpUrl();

    void statusesCombineSettingsBreakersAndQueue();

    void directoryBuildsAndFollowsSettings();
    void directoryKeepsAReplacedAdapterUntilItAnswers();
    void directoryRefreshIsCheapWhenNothingChanged();

private:
    security::SignedInUser admin();

    std::unique_ptr<test::TempStore> m_temp;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<SqliteEventStore> m_store;
};

void tst_SimulatedService::init()
{
    m_temp = std::make_unique<test::TempStore>();
    m_clock = std::make_shared<FakeClock>();
    m_store = test::createStore(m_temp->path(), m_clock);
    QVERIFY(m_store);
}

void tst_SimulatedService::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

security::SignedInUser tst_SimulatedService::admin()
{
    security::UserAdministration users(*m_store);
    const Status made = users.createFirstAdmin(u"admin"_s, security::Secret(AdminPassword));
    if (!made)
        qWarning("createFirstAdmin: %s", qPrintable(made.error().message));
    return security::SignedInUser{u"admin"_s, security::RoleSet{security::Role::Admin}, {}};
}

// ---------------------------------------------------------------------------------------
void tst_SimulatedService::faultModes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("up") << u"up"_s << true << false << u"up"_s;
    QTest::newRow("down") << u"down"_s << true << false << u"down"_s;
    QTest::newRow("flaky:0.3") << u"flaky:0.3"_s << true << false << u"flaky:0.3"_s;
    QTest::newRow("flaky:0.30") << u"flaky:0.30"_s << true << false << u"flaky:0.3"_s;
    QTest::newRow("flaky:0") << u"flaky:0"_s << true << false << u"flaky:0"_s;
    QTest::newRow("flaky:1") << u"flaky:1"_s << true << false << u"flaky:1"_s;
    QTest::newRow("slow:250") << u"slow:250"_s << true << false << u"slow:250"_s;
    QTest::newRow("slow:0") << u"slow:0"_s << true << false << u"slow:0"_s;
    // Wrong form: a usage error.
    QTest::newRow("flaky:abc") << u"flaky:abc"_s << false << true << QString();
    QTest::newRow("flaky:") << u"flaky:"_s << false << true << QString();
    QTest::newRow("flaky") << u"flaky"_s << false << true << QString();
    QTest::newRow("flaky:1e-1") << u"flaky:1e-1"_s << false << true << QString();
    QTest::newRow("flaky:.5") << u"flaky:.5"_s << false << true << QString();
    QTest::newRow("flaky:+0.5") << u"flaky:+0.5"_s << false << true << QString();
    QTest::newRow("slow:1.5") << u"slow:1.5"_s << false << true << QString();
    QTest::newRow("slow:abc") << u"slow:abc"_s << false << true << QString();
    QTest::newRow("broken") << u"broken"_s << false << true << QString();
    QTest::newRow("UP") << u"UP"_s << false << true << QString();
    QTest::newRow("space") << u" up"_s << false << true << QString();
    QTest::newRow("empty") << QString() << false << true << QString();
    // Well-formed, out of range: refused.
    QTest::newRow("flaky:1.5") << u"flaky:1.5"_s << false << false << QString();
    QTest::newRow("flaky:-0.1") << u"flaky:-0.1"_s << false << false << QString();
    QTest::newRow("slow:-1") << u"slow:-1"_s << false << false << QString();
    QTest::newRow("slow:600001") << u"slow:600001"_s << false << false << QString();
    QTest::newRow("slow:huge") << u"slow:99999999999999999999"_s << false << false << QString();
}

void tst_SimulatedService::faultModes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, malformed);
    QFETCH(QString, canonical);
    bool wrongForm = !malformed;
    auto mode = FaultMode::parse(text, &wrongForm);
    QCOMPARE(mode.ok(), valid);
    QCOMPARE(wrongForm, malformed);
    if (valid) {
        QCOMPARE(mode->toText(), canonical);
        QCOMPARE(FaultMode::parse(mode->toText()).value(), mode.value());
    } else {
        QCOMPARE(mode.error().code, ErrorCode::Validation);
        QVERIFY(!mode.error().message.isEmpty());
    }
}

void tst_SimulatedService::endpoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<QString>("adapter");

    QTest::newRow("simulated") << u"simulated"_s << true << false << u"simulated"_s;
    QTest::newRow("https") << u"https://pay.example.com/v1/calls"_s << true << false << u"http"_s;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/pay"_s << true << false << u"http"_s;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/"_s << true << false << u"http"_s;
    QTest::newRow("http localhost") << u"http://localhost:9000/"_s << true << false << u"http"_s;
    QTest::newRow("http ::1") << u"http://[::1]:9000/"_s << true << false << u"http"_s;
    QTest::newRow("http example.com") << u"http://example.com/pay"_s << false << false << QString();
    QTest::newRow("http 10.0.0.1") << u"http://10.0.0.1/pay"_s << false << false << QString();
    QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0/pay"_s << false << false << QString();
    QTest::newRow("user in url") << u"https://user:secret@pay.example.com/"_s << false << false
                                 << QString();
    QTest::newRow("word") << u"foo"_s << false << true << QString();
    QTest::newRow("ftp") << u"ftp://files.example.com/"_s << false << true << QString();
    QTest::newRow("no host") << u"http://"_s << false << true << QString();
    QTest::newRow("relative") << u"/pay"_s << false << true << QString();
    QTest::newRow("fragment") << u"https://pay.example.com/#x"_s << false << true << QString();
    QTest::newRow("spaces") << u" https://pay.example.com/"_s << false << true << QString();
    QTest::newRow("bad port") << u"https://pay.example.com:99999/"_s << false << true << QString();
}

void tst_SimulatedService::endpoints()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, malformed);
    QFETCH(QString, adapter);
    bool wrongForm = !malformed;
    auto endpoint = ServiceEndpoint::parse(text, &wrongForm);
    QCOMPARE(endpoint.ok(), valid);
    QCOMPARE(wrongForm, malformed);
    if (valid)
        QCOMPARE(endpoint->adapter, adapter);
    else
        QCOMPARE(endpoint.error().code, ErrorCode::Validation);
}

// ---------------------------------------------------------------------------------------
void tst_SimulatedService::upTakesEffectOncePerKey()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    QCOMPARE(adapter.kind(), u"simulated"_s);
    const CallResult first = await(adapter.call(paymentCall(u"key-1"_s)));
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.adapter, u"simulated"_s);
    QCOMPARE(first.httpStatus, 0);
    const QJsonObject body = recordedResponse(first).toObject();
    QCOMPARE(body.value("simulated"_L1).toBool(), true);
    QCOMPARE(body.value("duplicate"_L1).toBool(), false);

    const CallResult again = await(adapter.call(paymentCall(u"key-1"_s)));
    QVERIFY(again.ok());
    QCOMPARE(recordedResponse(again).toObject().value("duplicate"_L1).toBool(), true);

    EffectLedger ledger(*m_store);
    auto record = ledger.find(u"payment"_s, u"key-1"_s);
    QVERIFY(record && record.value());
    QCOMPARE(record.value()->calls, 2);
    QCOMPARE(record.value()->effects, 1);
    QCOMPARE(record.value()->operation, u"authorize"_s);
    QCOMPARE(record.value()->requestId, u"purchase-1"_s);
    QCOMPARE(record.value()->firstCallAt, m_clock->nowMs());
    QCOMPARE(record.value()->effectedAt, m_clock->nowMs());
    QCOMPARE(ledger.effectsForRequest(u"payment"_s, u"authorize"_s, u"purchase-1"_s).value(), 1);
    const EffectTotals totals = ledger.totals(u"payment"_s).value();
    QCOMPARE(totals.keys, 1);
    QCOMPARE(totals.calls, 2);
    QCOMPARE(totals.effects, 1);
    QCOMPARE(ledger.totals(u"ledger"_s).value().calls, 0);
    QCOMPARE(adapter.pendingCalls(), 0);
    // The effect counts are no events: the chain is untouched.
    QCOMPARE(head(*m_store), 0);
}

void tst_SimulatedService::twoKeysForOneRequestShowAsTwoEffects()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    QVERIFY(await(adapter.call(paymentCall(u"key-a"_s))).ok());
    QVERIFY(await(adapter.call(paymentCall(u"key-b"_s))).ok());
    // The service cannot tell: the ledger can, which is how a test catches a dispatcher
    // that sends one step with two keys.
    EffectLedger ledger(*m_store);
    QCOMPARE(ledger.effectsForRequest(u"payment"_s, u"authorize"_s, u"purchase-1"_s).value(), 2);
    QCOMPARE(ledger.records(u"payment"_s).value().size(), 2);
}

// Notifications and ledger postings need not name a request: the effect is still recorded.
void tst_SimulatedService::aCallWithoutARequestIdTakesEffect()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    ServiceCall call = paymentCall(u"key-no-request"_s);
    call.body.remove("requestId"_L1);
    const CallResult answer = await(adapter.call(call));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    auto record = EffectLedger(*m_store).find(u"payment"_s, u"key-no-request"_s).value();
    QVERIFY(record);
    QCOMPARE(record->effects, 1);
    QCOMPARE(record->requestId, QString());
}

void tst_SimulatedService::aKeyReusedWithAnotherBodyIsPermanent()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    QVERIFY(await(adapter.call(paymentCall(u"key-1"_s))).ok());
    const CallResult other =
        await(adapter.call(paymentCall(u"key-1"_s, u"purchase-1"_s, u"99.00"_s)));
    QCOMPARE(other.outcome, CallOutcome::PermanentFailure);
    QVERIFY(other.error.contains(u"key-1"_s));
    auto record = EffectLedger(*m_store).find(u"payment"_s, u"key-1"_s).value();
    QCOMPARE(record->calls, 2);
    QCOMPARE(record->effects, 1);
}

void tst_SimulatedService::downFailsRetryablyWithoutEffect()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::down());
    for (int i = 0; i < 3; ++i) {
        const CallResult r = await(adapter.call(paymentCall(u"key-1"_s)));
        QCOMPARE(r.outcome, CallOutcome::RetryableFailure);
        QVERIFY(r.error.contains(u"down"_s));
        QCOMPARE(r.adapter, u"simulated"_s);
    }
    EffectLedger ledger(*m_store);
    QCOMPARE(ledger.find(u"payment"_s, u"key-1"_s).value()->calls, 3);
    QCOMPARE(ledger.find(u"payment"_s, u"key-1"_s).value()->effects, 0);
    QCOMPARE(ledger.find(u"payment"_s, u"key-1"_s).value()->effectedAt, 0);

    // Back up: the retry with the same key takes effect, once.
    adapter.setMode(FaultMode::up());
    m_clock->advance(5000);
    QVERIFY(await(adapter.call(paymentCall(u"key-1"_s))).ok());
    QVERIFY(await(adapter.call(paymentCall(u"key-1"_s))).ok());
    auto record = ledger.find(u"payment"_s, u"key-1"_s).value();
    QCOMPARE(record->calls, 5);
    QCOMPARE(record->effects, 1);
    QCOMPARE(record->effectedAt, m_clock->nowMs());
    QCOMPARE(record->firstCallAt, m_clock->nowMs() - 5000);
}

void tst_SimulatedService::flakyIsSeededAndKeepsItsRate()
{
    test::TempStore otherTemp;
    auto other = test::createStore(otherTemp.path(), m_clock);
    QVERIFY(other);
    SimulatedAdapter a(*m_store, u"payment"_s, FaultMode::flaky(0.3), 42);
    SimulatedAdapter b(*other, u"payment"_s, FaultMode::flaky(0.3), 42);
    SimulatedAdapter c(*other, u"payment"_s, FaultMode::flaky(0.3), 43);
    QList<QFuture<CallResult>> fa, fb, fc;
    for (int i = 0; i < 400; ++i) {
        fa.append(a.call(paymentCall(u"k-%1"_s.arg(i))));
        fb.append(b.call(paymentCall(u"k-%1"_s.arg(i))));
        fc.append(c.call(paymentCall(u"c-%1"_s.arg(i))));
    }
    QString patternA, patternB, patternC;
    for (int i = 0; i < 400; ++i) {
        const CallResult ra = await(fa.at(i));
        const CallResult rb = await(fb.at(i));
        const CallResult rc = await(fc.at(i));
        QVERIFY(ra.ok() || ra.outcome == CallOutcome::RetryableFailure);
        patternA += ra.ok() ? u'.' : u'x';
        patternB += rb.ok() ? u'.' : u'x';
        patternC += rc.ok() ? u'.' : u'x';
    }
    // The same seed fails the same calls; another seed other ones, at about the same rate.
    QCOMPARE(patternA, patternB);
    QVERIFY(patternA != patternC);
    const qsizetype failures = patternA.count(u'x');
    QVERIFY2(failures > 80 && failures < 160, qPrintable(QString::number(failures)));
    const EffectTotals totals = EffectLedger(*m_store).totals(u"payment"_s).value();
    QCOMPARE(totals.calls, 400);
    QCOMPARE(totals.effects, 400 - failures);
}

void tst_SimulatedService::flakyExtremes()
{
    SimulatedAdapter never(*m_store, u"payment"_s, FaultMode::flaky(0));
    SimulatedAdapter always(*m_store, u"ledger"_s, FaultMode::flaky(1));
    for (int i = 0; i < 50; ++i) {
        QVERIFY(await(never.call(paymentCall(u"n-%1"_s.arg(i)))).ok());
        ServiceCall c = paymentCall(u"a-%1"_s.arg(i));
        c.service = u"ledger"_s;
        QCOMPARE(await(always.call(c)).outcome, CallOutcome::RetryableFailure);
    }
}

void tst_SimulatedService::slowAnswersLaterButTakesEffectAtOnce()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::slow(150));
    QElapsedTimer t;
    t.start();
    QFuture<CallResult> answer = adapter.call(paymentCall(u"key-1"_s));
    QVERIFY(!answer.isFinished());
    EffectLedger ledger(*m_store);
    // The effect is recorded before the answer comes.
    QTRY_VERIFY_WITH_TIMEOUT(ledger.find(u"payment"_s, u"key-1"_s).value().has_value(), 5000);
    if (t.elapsed() < 100)
        QVERIFY(!answer.isFinished());
    QCOMPARE(adapter.pendingCalls(), 1);
    const CallResult r = await(answer);
    QVERIFY(r.ok());
    QVERIFY2(t.elapsed() >= 150, qPrintable(QString::number(t.elapsed())));
    QVERIFY(r.latencyMs >= 150);
    QCOMPARE(adapter.pendingCalls(), 0);
}

void tst_SimulatedService::callsOfOneTurnShareOneWrite()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    QList<QFuture<CallResult>> answers;
    // The same key twice in one batch: the first takes effect, the second is a duplicate.
    for (int i = 0; i < 100; ++i)
        answers.append(adapter.call(paymentCall(u"key-%1"_s.arg(i % 50))));
    int duplicates = 0;
    for (const QFuture<CallResult> &f : std::as_const(answers)) {
        const CallResult r = await(f);
        QVERIFY(r.ok());
        duplicates += recordedResponse(r).toObject().value("duplicate"_L1).toBool() ? 1 : 0;
    }
    QCOMPARE(duplicates, 50);
    const EffectTotals totals = EffectLedger(*m_store).totals().value();
    QCOMPARE(totals.keys, 50);
    QCOMPARE(totals.calls, 100);
    QCOMPARE(totals.effects, 50);
}

void tst_SimulatedService::effectsSurviveReopening()
{
    {
        SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
        QVERIFY(await(adapter.call(paymentCall(u"key-1"_s))).ok());
    }
    m_store.reset();
    auto reopened = SqliteEventStore::open(m_temp->path());
    QVERIFY(reopened);
    m_store = std::move(reopened).value();
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    const CallResult r = await(adapter.call(paymentCall(u"key-1"_s)));
    QVERIFY(r.ok());
    QCOMPARE(recordedResponse(r).toObject().value("duplicate"_L1).toBool(), true);
    QCOMPARE(EffectLedger(*m_store).find(u"payment"_s, u"key-1"_s).value()->effects, 1);
}

void tst_SimulatedService::killedDuringASlowAnswerTakesEffectOnce()
{
    m_store.reset(); // the child writes the store now
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {u"--service-caller"_s, m_temp->path(), u"key-killed"_s});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("effected"), 30000);
    child.kill(); // SIGKILL: the answer never went out
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto reopened = SqliteEventStore::open(m_temp->path());
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    m_store = std::move(reopened).value();
    EffectLedger ledger(*m_store);
    QCOMPARE(ledger.find(u"payment"_s, u"key-killed"_s).value()->effects, 1);
    // The dispatcher never saw an answer, so it tries again with the same key.
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    const CallResult retry = await(adapter.call(paymentCall(u"key-killed"_s)));
    QVERIFY(retry.ok());
    QCOMPARE(recordedResponse(retry).toObject().value("duplicate"_L1).toBool(), true);
    auto record = ledger.find(u"payment"_s, u"key-killed"_s).value();
    QCOMPARE(record->calls, 2);
    QCOMPARE(record->effects, 1);
    QCOMPARE(ledger.effectsForRequest(u"payment"_s, u"authorize"_s, u"purchase-1"_s).value(), 1);
}

void tst_SimulatedService::missingKeyOrWrongServiceIsPermanent()
{
    SimulatedAdapter adapter(*m_store, u"payment"_s, FaultMode::up());
    QCOMPARE(await(adapter.call(paymentCall(QString()))).outcome, CallOutcome::PermanentFailure);
    ServiceCall c = paymentCall(u"k"_s);
    c.service = u"ledger"_s;
    QCOMPARE(await(adapter.call(c)).outcome, CallOutcome::PermanentFailure);
    QCOMPARE(EffectLedger(*m_store).totals().value().calls, 0);
}

// ---------------------------------------------------------------------------------------
void tst_SimulatedService::settingsDefaults()
{
    auto all = ServiceSettingsStore(*m_store).load();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    QStringList names;
    for (const ServiceSettings &s : all.value()) {
        names << s.name;
        QCOMPARE(s.adapter, u"simulated"_s);
        QCOMPARE(s.mode, FaultMode::up());
        QCOMPARE(s.timeoutMs, DefaultTimeoutMs);
        QVERIFY(s.url.isEmpty());
    }
    QCOMPARE(names, knownServices());
    QCOMPARE(ServiceSettingsStore(*m_store).find(u"nope"_s).error().code, ErrorCode::Validation);
}

void tst_SimulatedService::settingsChangesAreAuditedWithTheActor()
{
    const auto actor = admin();
    ServiceSettingsStore settings(*m_store);
    QCOMPARE(settings.setMode(actor, u"payment"_s, FaultMode::flaky(0.25)).value(), true);
    QCOMPARE(settings
                 .setEndpoint(actor, u"payment"_s,
                              ServiceEndpoint::parse(u"http://127.0.0.1:9/pay"_s).value())
                 .value(),
             true);
    QCOMPARE(settings.setTimeout(actor, u"payment"_s, 2500).value(), true);

    const ServiceSettings s = settings.find(u"payment"_s).value();
    QCOMPARE(s.mode, FaultMode::flaky(0.25));
    QCOMPARE(s.adapter, u"http"_s);
    QCOMPARE(s.url, u"http://127.0.0.1:9/pay"_s);
    QCOMPARE(s.timeoutMs, 2500);
    QCOMPARE(settings.find(u"ledger"_s).value().mode, FaultMode::up());

    const QList<RecordedEvent> events = eventsOf(*m_store, u"$health-payment"_s);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).type, u"ServiceModeChanged"_s);
    QCOMPARE(events.at(0).payloadObject().value("mode"_L1).toString(), u"flaky:0.25"_s);
    QCOMPARE(events.at(0).payloadObject().value("previousMode"_L1).toString(), u"up"_s);
    QCOMPARE(events.at(0).payloadObject().value("service"_L1).toString(), u"payment"_s);
    QCOMPARE(events.at(1).type, u"ServiceUrlChanged"_s);
    QCOMPARE(events.at(1).payloadObject().value("adapter"_L1).toString(), u"http"_s);
    QCOMPARE(events.at(1).payloadObject().value("url"_L1).toString(), u"http://127.0.0.1:9/pay"_s);
    QCOMPARE(events.at(2).type, u"ServiceTimeoutChanged"_s);
    QCOMPARE(events.at(2).payloadObject().value("timeoutMs"_L1).toInt(), 2500);
    for (const RecordedEvent &e : events)
        QCOMPARE(e.actor(), u"admin"_s);
    QCOMPARE(s.appliedPosition, events.last().globalPosition);

    // Back to the simulated adapter: the URL goes with it.
    QCOMPARE(settings.setEndpoint(actor, u"payment"_s, ServiceEndpoint{}).value(), true);
    QCOMPARE(settings.find(u"payment"_s).value().adapter, u"simulated"_s);
    QVERIFY(settings.find(u"payment"_s).value().url.isEmpty());
}

void tst_SimulatedService::settingsNoChangeWritesNothing()
{
    const auto actor = admin();
    const qint64 before = head(*m_store);
    ServiceSettingsStore settings(*m_store);
    QCOMPARE(settings.setMode(actor, u"payment"_s, FaultMode::up()).value(), false);
    QCOMPARE(settings.setEndpoint(actor, u"payment"_s, ServiceEndpoint{}).value(), false);
    QCOMPARE(settings.setTimeout(actor, u"payment"_s, DefaultTimeoutMs).value(), false);
    QCOMPARE(head(*m_store), before);
}

void tst_SimulatedService::settingsRefusalsWriteNothing()
{
    const auto actor = admin();
    const qint64 before = head(*m_store);
    ServiceSettingsStore settings(*m_store);
    QCOMPARE(settings.setMode(actor, u"nope"_s, FaultMode::down()).error().code,
             ErrorCode::Validation);
    QCOMPARE(settings.setMode(actor, u"payment"_s, FaultMode::flaky(1.5)).error().code,
             ErrorCode::Validation);
    QCOMPARE(settings.setMode(actor, u"payment"_s, FaultMode::slow(-1)).error().code,
             ErrorCode::Validation);
    QCOMPARE(settings.setTimeout(actor, u"payment"_s, 5).error().code, ErrorCode::Validation);
    ServiceEndpoint remote;
    remote.adapter = u"http"_s;
    remote.url = QUrl(u"http://example.com/pay"_s);
    QCOMPARE(settings.setEndpoint(actor, u"payment"_s, remote).error().code, ErrorCode::Validation);
    QCOMPARE(head(*m_store), before);
    QCOMPARE(settings.find(u"payment"_s).value().mode, FaultMode::up());
}

void tst_SimulatedService::settingsNonAdminIsDeniedAndRecorded()
{
    const auto actor = admin();
    security::UserAdministration users(*m_store);
    QVERIFY(users.addUser(actor, {u"ann"_s, security::RoleSet{security::Role::Requester}, {}},
                          security::Secret(QByteArrayView("User-Password-22"))));
    // Whatever roles a caller claims, core checks the current $users.
    const security::SignedInUser ann{u"ann"_s, security::RoleSet{security::Role::Admin}, {}};
    const qint64 before = head(*m_store);
    auto refused = ServiceSettingsStore(*m_store).setMode(ann, u"payment"_s, FaultMode::down());
    QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
    const QList<RecordedEvent> security = eventsOf(*m_store, u"$security"_s);
    QCOMPARE(security.size(), 1);
    QCOMPARE(security.at(0).type, u"AccessDenied"_s);
    QCOMPARE(security.at(0).actor(), u"ann"_s);
    QCOMPARE(security.at(0).payloadObject().value("target"_L1).toString(), u"payment"_s);
    QCOMPARE(head(*m_store), before + 1);
    QCOMPARE(ServiceSettingsStore(*m_store).find(u"payment"_s).value().mode, FaultMode::up());
    QVERIFY(eventsOf(*m_store, u"$health-payment"_s).isEmpty());
}

void tst_SimulatedService::settingsSeenByAnotherStoreInstance()
{
    const auto actor = admin();
    // A second process opens the same file.
    auto other = SqliteEventStore::open(m_temp->path());
    QVERIFY(other);
    QVERIFY(ServiceSettingsStore(*other.value())
                .setMode(actor, u"inventory"_s, FaultMode::slow(40))
                .value());
    QCOMPARE(ServiceSettingsStore(*m_store).find(u"inventory"_s).value().mode, FaultMode::slow(40));
}

void tst_SimulatedService::settingsFoldInAnEventTheTableMissed()
{
    // As if a process died between appending the event and updating the table.
    EventMetadata meta;
    meta.actor = u"admin"_s;
    AppendRequest request;
    request.streamId = u"$health-ledger"_s;
    request.events.append(NewEvent::make(u"ServiceModeChanged"_s,
                                         QJsonObject{{"service"_L1, u"ledger"_s},
                                                     {"mode"_L1, u"down"_s},
                                                     {"previousMode"_L1, u"up"_s}},
                                         meta));
    QVERIFY(m_store->append(request).result());
    const ServiceSettings s = ServiceSettingsStore(*m_store).find(u"ledger"_s).value();
    QCOMPARE(s.mode, FaultMode::down());
    QCOMPARE(s.appliedPosition, head(*m_store));
    // An event for another service's stream does not leak over.
    QCOMPARE(ServiceSettingsStore(*m_store).find(u"payment"_s).value().mode, FaultMode::up());
    // The next change brings the table up to date with both.
    const auto actor = admin();
    QVERIFY(ServiceSettingsStore(*m_store).setTimeout(actor, u"ledger"_s, 1000).value());
    auto q = m_store->readDatabase().exec(
        u"SELECT mode, timeout_ms FROM service_settings WHERE service = 'ledger'"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"down"_s);
    QCOMPARE(q.value(1).toInt(), 1000);
}

void tst_SimulatedService::settingsRefuseANonLoopbackHttpUrl()
{
    // A URL put in the table by other means is still refused at call time.
    QVERIFY(m_store
                ->runWrite([](QSqlDatabase &db) {
                    QSqlQuery q(db);
                    return q.exec(u"UPDATE service_settings SET adapter = 'http', "
                                  "url = 'http://192.0.2.1/pay' WHERE service = 'payment'"_s)
                               ? success()
                               : Status(Error::internal(q.lastError().text()));
                })
                .result());
    StoreServiceDirectory directory(*m_store);
    ServiceAdapter *adapter = directory.adapterFor(u"payment"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->kind(), u"http"_s);
    const CallResult r = await(adapter->call(paymentCall(u"k"_s)));
    QCOMPARE(r.outcome, CallOutcome::PermanentFailure);
    QVERIFY2(r.error.contains(u"loopback"_s), qPrintable(r.error));
}

void tst_SimulatedService::statusesCombineSettingsBreakersAndQueue()
{
    // Three messages for payment, one for ledger; one payment message already delivered.
    AppendRequest request;
    request.streamId = u"purchase-1"_s;
    request.events.append(test::sampleEvent());
    for (int i = 0; i < 4; ++i)
        request.outbox.append(OutboxMessage{test::seededUuid(100 + i),
                                            i < 3 ? u"payment"_s : u"ledger"_s, u"purchase-1"_s,
                                            QByteArray("{}")});
    QVERIFY(m_store->append(request).result());
    QVERIFY(m_store
                ->runWrite([](QSqlDatabase &db) {
                    QSqlQuery q(db);
                    return q.exec(u"UPDATE outbox SET status = 'delivered' WHERE id = "
                                  "(SELECT min(id) FROM outbox)"_s)
                               ? success()
                               : Status(Error::internal(q.lastError().text()));
                })
                .result());
    auto queued = queuedMessages(*m_store);
    QVERIFY(queued);
    QCOMPARE(queued->value(u"payment"_s), 2);
    QCOMPARE(queued->value(u"ledger"_s), 1);
    QCOMPARE(queued->value(u"inventory"_s), 0);

    // Calls through the shared breakers: two successes and a failure for payment.
    resilience::StoreBackedBreakers breakers(*m_store);
    for (bool failed : {false, false, true}) {
        QCOMPARE(breakers.beforeCall(u"payment"_s), BreakerGate::Decision::Permit);
        breakers.afterCall(u"payment"_s, failed, failed ? 40 : 20);
    }
    QVERIFY(breakers.flush());

    const auto actor = admin();
    QVERIFY(resilience::overrideBreaker(*m_store, actor, u"ledger"_s,
                                        resilience::BreakerOverride::ForceOpen));
    QVERIFY(
        ServiceSettingsStore(*m_store).setMode(actor, u"inventory"_s, FaultMode::down()).value());

    auto statuses = serviceStatuses(*m_store);
    QVERIFY(statuses);
    QCOMPARE(statuses->size(), 4);
    const ServiceStatus &payment = statuses->at(0);
    QCOMPARE(payment.settings.name, u"payment"_s);
    QCOMPARE(payment.breaker, u"closed"_s);
    QCOMPARE(payment.calls, 3);
    QCOMPARE(payment.failures, 1);
    QCOMPARE(payment.shortCircuited, 0);
    QVERIFY(qAbs(payment.failureRate - 1.0 / 3) < 1e-9);
    QCOMPARE(payment.p50Ms, 20);
    QCOMPARE(payment.p99Ms, 40);
    QCOMPARE(payment.queued, 2);
    QCOMPARE(statuses->at(2).settings.mode, FaultMode::down());
    QCOMPARE(statuses->at(3).breaker, u"forced_open"_s);
    QCOMPARE(statuses->at(3).queued, 1);

    const QJsonObject json = payment.toJson();
    for (const char *key :
         {"name", "adapter", "mode", "breaker", "calls", "failures", "short_circuited",
          "failure_rate", "p50_ms", "p95_ms", "p99_ms", "queued"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value("adapter"_L1).toString(), u"simulated"_s);
    QCOMPARE(json.value("queued"_L1).toInteger(), 2);
}

// ---------------------------------------------------------------------------------------
void tst_SimulatedService::directoryBuildsAndFollowsSettings()
{
    const auto actor = admin();
    StoreServiceDirectory directory(*m_store);
    QVERIFY(directory.lastError().isEmpty());
    for (const QString &name : knownServices()) {
        QVERIFY(directory.adapterFor(name));
        QCOMPARE(directory.adapterFor(name)->kind(), u"simulated"_s);
    }
    QVERIFY(!directory.adapterFor(u"nope"_s));
    ServiceAdapter *payment = directory.adapterFor(u"payment"_s);

    // Nothing changed: the same adapters.
    directory.refresh();
    QCOMPARE(directory.adapterFor(u"payment"_s), payment);

    // A mode change reaches the running simulated adapter.
    auto other = SqliteEventStore::open(m_temp->path());
    QVERIFY(other);
    QVERIFY(ServiceSettingsStore(*other.value())
                .setMode(actor, u"payment"_s, FaultMode::down())
                .value());
    directory.refresh();
    QCOMPARE(directory.adapterFor(u"payment"_s), payment);
    QCOMPARE(await(payment->call(paymentCall(u"k1"_s))).outcome, CallOutcome::RetryableFailure);
    QCOMPARE(directory.settings().at(0).mode, FaultMode::down());

    // A URL gives an HTTP adapter with the settings' timeout.
    QVERIFY(ServiceSettingsStore(*other.value()).setTimeout(actor, u"payment"_s, 1500).value());
    QVERIFY(ServiceSettingsStore(*other.value())
                .setEndpoint(actor, u"payment"_s,
                             ServiceEndpoint::parse(u"http://127.0.0.1:1/pay"_s).value())
                .value());
    directory.refresh();
    auto *http = dynamic_cast<HttpAdapter *>(directory.adapterFor(u"payment"_s));
    QVERIFY(http);
    QCOMPARE(http->url(), QUrl(u"http://127.0.0.1:1/pay"_s));
    QCOMPARE(http->timeoutMs(), 1500);
    QCOMPARE(directory.adapterFor(u"ledger"_s)->kind(), u"simulated"_s);

    // And back.
    QVERIFY(ServiceSettingsStore(*other.value()).setEndpoint(actor, u"payment"_s, {}).value());
    directory.refresh();
    QCOMPARE(directory.adapterFor(u"payment"_s)->kind(), u"simulated"_s);
    QCOMPARE(await(directory.adapterFor(u"payment"_s)->call(paymentCall(u"k2"_s))).outcome,
             CallOutcome::RetryableFailure); // still down
}

void tst_SimulatedService::directoryKeepsAReplacedAdapterUntilItAnswers()
{
    const auto actor = admin();
    ServiceSettingsStore settings(*m_store);
    QVERIFY(settings.setMode(actor, u"payment"_s, FaultMode::slow(200)).value());
    StoreServiceDirectory directory(*m_store);
    QFuture<CallResult> slow = directory.adapterFor(u"payment"_s)->call(paymentCall(u"k"_s));
    QVERIFY(settings
                .setEndpoint(actor, u"payment"_s,
                             ServiceEndpoint::parse(u"http://127.0.0.1:1/pay"_s).value())
                .value());
    directory.refresh();
    QCOMPARE(directory.adapterFor(u"payment"_s)->kind(), u"http"_s);
    QCOMPARE(directory.retiredAdapters(), 1);
    QVERIFY(await(slow).ok());
    directory.refresh();
    QCOMPARE(directory.retiredAdapters(), 0);
}

void tst_SimulatedService::directoryRefreshIsCheapWhenNothingChanged()
{
    // A store with some history: settings events among many others.
    const auto actor = admin();
    QVERIFY(ServiceSettingsStore(*m_store).setMode(actor, u"payment"_s, FaultMode::down()).value());
    AppendRequest request;
    request.streamId = u"purchase-1"_s;
    for (int i = 0; i < 2000; ++i)
        request.events.append(test::sampleEvent(u"ThingHappened"_s, i));
    QVERIFY(m_store->append(request).result());

    StoreServiceDirectory directory(*m_store);
    QList<ServiceAdapter *> before;
    for (const QString &name : knownServices())
        before << directory.adapterFor(name);
    constexpr int Rounds = 500;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < Rounds; ++i)
        directory.refresh();
    const double usPerRefresh = double(t.nsecsElapsed()) / 1000.0 / Rounds;
    qInfo("refresh() with nothing changed: %.1f us", usPerRefresh);
    QVERIFY(directory.lastError().isEmpty());
    for (qsizetype i = 0; i < knownServices().size(); ++i)
        QCOMPARE(directory.adapterFor(knownServices().at(i)), before.at(i));
    // Generous: a debug build on a busy 2-core machine; typically well under 100 us.
    QVERIFY2(usPerRefresh < 5000, qPrintable(QString::number(usPerRefresh)));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--service-caller") == 0)
        return runChild(app.arguments());
    tst_SimulatedService test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_simulatedservice.moc"
