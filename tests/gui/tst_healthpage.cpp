// SPDX-License-Identifier: GPL-3.0-or-later
// The Health page: a card for every service with its breaker's word; the scenario
// (an administrator sets payment down from the page, the queued payments fail and the
// breaker opens on the card and in the detail's state band); what a non-administrator
// gets (no controls, and core's refusal); overrides recorded with the actor; the range
// switch reloading the series; no pile-up of refreshes; the breaker band's intervals.
#include "GuiTestSupport.h"

#include "common/Plot.h"
#include "common/StatusStyle.h"
#include "health/CardGraphics.h"
#include "health/HealthHistory.h"
#include "health/HealthPage.h"
#include "health/ServiceCard.h"
#include "health/ServiceControls.h"
#include "health/ServiceDetailPanel.h"
#include "resilience/HealthMetrics.h"
#include "resilience/StoreBackedBreakers.h"
#include "services/ServicePort.h"
#include "services/ServiceSettings.h"
#include "services/ServiceStatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;
using resilience::BreakerMode;
using resilience::BreakerOverride;

namespace {
constexpr int Timeout = 30000;
const QString Payment = u"payment"_s;

void waitUntilLoaded(HealthPage &page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), Timeout);
}

// The band's rectangles, as (mode, from, to).
QStringList bandModes(ServiceDetailPanel *detail)
{
    QStringList modes;
    QCustomPlot *band = detail->stateBand();
    for (int i = 0; i < band->itemCount(); ++i)
        if (auto *rect = qobject_cast<QCPItemRect *>(band->item(i)))
            modes.append(rect->property("breakerMode").toString());
    return modes;
}

RecordedEvent transitionEvent(qint64 at, const QString &type, const QString &from,
                              const QString &to)
{
    RecordedEvent e;
    e.type = type;
    e.recordedAt = at;
    e.payload = QJsonDocument(QJsonObject{{"at"_L1, at}, {"from"_L1, from}, {"to"_L1, to}})
                    .toJson(QJsonDocument::Compact);
    return e;
}

// The newest events of $health-<service>, newest first.
QList<RecordedEvent> healthEvents(SqliteEventStore &store, const QString &service)
{
    auto slice = test::offGuiThread([&store, service] {
        return store.reader().readStream(services::healthStream(service), -1, Direction::Backwards,
                                         50);
    });
    if (!slice)
        qFatal("read: %s", qPrintable(slice.error().message));
    return slice->events;
}
} // namespace

class tst_HealthPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cardsShowEveryServiceWithItsBreaker();
    void adminSetsPaymentDownAndTheBreakerOpens();
    void nonAdminGetsNoControlsAndCoreRefuses();
    void forceOpenAndAutoAreRecordedWithTheActor();
    void coreRefusalIsShownPlainly();
    void invalidModeParametersAreRefusedInTheForm();
    void rangeSwitchReloadsTheSeries();
    void refreshesDoNotPileUp();
    void refreshesEverySecondOnlyWhileShown();
    void breakerIntervalsFollowTheTransitions();
};

void tst_HealthPage::cardsShowEveryServiceWithItsBreaker()
{
    test::DemoSession demo(u"ada"_s, false);
    HealthPage page;
    QVERIFY(page.availableTo(demo.session->user()));
    page.attach(demo.session.get());
    waitUntilLoaded(page);

    const auto statuses =
        test::offGuiThread([&] { return services::serviceStatuses(*demo.store); });
    QVERIFY(statuses.ok());
    QCOMPARE(page.cards().size(), statuses->size());
    QCOMPARE(statuses->size(), knownServices().size());
    for (const services::ServiceStatus &s : statuses.value()) {
        ServiceCard *card = page.card(s.settings.name);
        QVERIFY2(card, qPrintable(s.settings.name));
        QCOMPARE(card->breakerPill()->word(), s.breaker);
        // The translated word of the one status language, not the raw name.
        QCOMPARE(card->breakerPill()->text(), statusLook(s.breaker, false).text);
        QVERIFY(!card->breakerPill()->text().isEmpty());
        QCOMPARE(card->data().status.queued, s.queued);
        QVERIFY(card->controls()); // ada is an administrator
        QCOMPARE(card->focusPolicy(), Qt::StrongFocus);
    }
    // The demo leaves payments queued while the payment service is down.
    QVERIFY(page.card(Payment)->data().status.queued > 0);
    QCOMPARE(page.card(Payment)->data().status.settings.mode, services::FaultMode::down());

    // The first service in trouble opens by itself; Enter on a focused card opens another.
    QCOMPARE(page.detail()->service(), Payment);
    QVERIFY(page.card(Payment)->isSelected());
    QTest::keyClick(page.card(u"ledger"_s), Qt::Key_Return);
    QCOMPARE(page.detail()->service(), u"ledger"_s);
    QVERIFY(page.card(u"ledger"_s)->isSelected());
    QVERIFY(!page.card(Payment)->isSelected());
}

void tst_HealthPage::adminSetsPaymentDownAndTheBreakerOpens()
{
    test::DemoSession demo(u"ada"_s, false);
    const security::SignedInUser ada = demo.session->user();
    // Start from a healthy payment service with a closed, empty breaker; the queued
    // payments stay queued because nothing delivers until the background work starts.
    const Status reset = test::offGuiThread([&]() -> Status {
        services::ServiceSettingsStore settings(*demo.store);
        if (auto up = settings.setMode(ada, Payment, services::FaultMode::up()); !up)
            return up.error();
        if (Status s = resilience::overrideBreaker(*demo.store, ada, Payment,
                                                   BreakerOverride::ForceClosed);
            !s)
            return s;
        return resilience::overrideBreaker(*demo.store, ada, Payment, BreakerOverride::Auto);
    });
    QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error().message));

    HealthPage page;
    page.resize(1400, 900);
    page.attach(demo.session.get());
    page.show();
    waitUntilLoaded(page);
    ServiceCard *card = page.card(Payment);
    QVERIFY(card);
    QCOMPARE(card->breakerPill()->word(), u"closed"_s);
    QVERIFY(card->data().status.queued > 0);

    // Down, through the card's controls.
    ServiceControls *controls = card->controls();
    QVERIFY(controls);
    QSignalSpy finished(&page, &HealthPage::actionFinished);
    controls->chooseMode(services::FaultMode::Kind::Down);
    controls->findChild<QPushButton *>(u"applyModeButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const auto mode = test::offGuiThread(
        [&] { return services::ServiceSettingsStore(*demo.store).find(Payment); });
    QVERIFY(mode.ok());
    QCOMPARE(mode->mode, services::FaultMode::down());
    QTRY_COMPARE_WITH_TIMEOUT(card->data().status.settings.mode, services::FaultMode::down(),
                              Timeout);

    // The dispatcher sends the queued payments; they fail and the breaker opens.
    page.openService(Payment);
    demo.session->startBackgroundWork();
    QTRY_COMPARE_WITH_TIMEOUT(card->breakerPill()->word(), u"open"_s, 60000);
    QCOMPARE(card->breakerPill()->text(), statusLook(u"open"_s, false).text);
    QVERIFY(card->data().status.failures > 0);
    // The detail's state band ends in an open interval, after the closed one the reset
    // began (the demo's own earlier open interval does not count).
    const auto endsOpenAfterClosed = [&page] {
        const QStringList modes = bandModes(page.detail());
        return !modes.isEmpty() && modes.last() == u"open"_s &&
               modes.lastIndexOf(u"closed"_s) >= 0 &&
               modes.lastIndexOf(u"closed"_s) < modes.size() - 1;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(endsOpenAfterClosed(),
                              qPrintable(bandModes(page.detail()).join(u", "_s)), Timeout);
    // And it was decided by the failures, recorded as BreakerOpened by the system.
    bool opened = false;
    for (const RecordedEvent &e : healthEvents(*demo.store, Payment))
        opened = opened || (e.type == u"BreakerOpened"_s &&
                            e.payloadObject().value("reason"_L1).toString() == u"failure_rate"_s);
    QVERIFY(opened);
    demo.session->stopBackgroundWork();
}

void tst_HealthPage::nonAdminGetsNoControlsAndCoreRefuses()
{
    test::DemoSession demo(u"audrey"_s, false);
    HealthPage page;
    QVERIFY(page.availableTo(demo.session->user()));
    page.attach(demo.session.get());
    waitUntilLoaded(page);
    QCOMPARE(page.cards().size(), knownServices().size());
    for (ServiceCard *card : page.cards())
        QVERIFY(!card->controls());
    QVERIFY(page.findChildren<ServiceControls *>().isEmpty());
    QVERIFY(page.findChildren<QPushButton *>(u"forceOpenButton"_s).isEmpty());

    // Core refuses her whatever the page shows.
    const security::SignedInUser audrey = demo.session->user();
    const auto refused = test::offGuiThread([&] {
        return services::ServiceSettingsStore(*demo.store)
            .setMode(audrey, Payment, services::FaultMode::up());
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
    const Status forced = test::offGuiThread([&] {
        return resilience::overrideBreaker(*demo.store, audrey, Payment,
                                           BreakerOverride::ForceOpen);
    });
    QVERIFY(!forced.ok());
    QCOMPARE(forced.error().code, ErrorCode::AccessDenied);
    const auto mode = test::offGuiThread(
        [&] { return services::ServiceSettingsStore(*demo.store).find(Payment); });
    QCOMPARE(mode->mode, services::FaultMode::down()); // as the demo left it
}

void tst_HealthPage::forceOpenAndAutoAreRecordedWithTheActor()
{
    test::DemoSession demo(u"ada"_s, false);
    HealthPage page;
    page.attach(demo.session.get());
    waitUntilLoaded(page);
    const QString service = u"inventory"_s;
    ServiceCard *card = page.card(service);
    QVERIFY(card && card->controls());
    QSignalSpy finished(&page, &HealthPage::actionFinished);

    card->controls()->findChild<QPushButton *>(u"forceOpenButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!card->controls()->resultText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(card->breakerPill()->word(), u"forced_open"_s, Timeout);
    QList<RecordedEvent> events = healthEvents(*demo.store, service);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().type, u"BreakerForcedOpen"_s);
    QCOMPARE(events.first().actor(), u"ada"_s);

    card->controls()->findChild<QPushButton *>(u"autoButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, Timeout);
    QVERIFY(finished.at(1).at(0).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(card->breakerPill()->word(), u"closed"_s, Timeout);
    events = healthEvents(*demo.store, service);
    QCOMPARE(events.first().type, u"BreakerReleased"_s);
    QCOMPARE(events.first().actor(), u"ada"_s);
}

void tst_HealthPage::coreRefusalIsShownPlainly()
{
    // A session that claims the admin role for audrey (as a stale sign-in might): the page
    // trusts the claim and shows the controls, core checks the store's users and refuses.
    test::DemoSession demo(u"audrey"_s, false);
    security::SignedInUser claimed = demo.session->user();
    claimed.roles = security::RoleSet(security::AllRoles);
    Session session(demo.store, claimed);
    HealthPage page;
    page.attach(&session);
    waitUntilLoaded(page);
    ServiceCard *card = page.card(u"ledger"_s);
    QVERIFY(card && card->controls());
    const QString before = card->breakerPill()->word();
    QSignalSpy finished(&page, &HealthPage::actionFinished);
    card->controls()->findChild<QPushButton *>(u"forceOpenButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(u"administrator"_s), qPrintable(message));
    QCOMPARE(card->controls()->resultText(), message);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), Timeout);
    QCOMPARE(card->breakerPill()->word(), before);
    const QList<RecordedEvent> events = healthEvents(*demo.store, u"ledger"_s);
    QVERIFY(events.isEmpty() || events.first().type != u"BreakerForcedOpen"_s);
}

void tst_HealthPage::invalidModeParametersAreRefusedInTheForm()
{
    test::DemoSession demo(u"ada"_s, false);
    HealthPage page;
    page.attach(demo.session.get());
    waitUntilLoaded(page);
    ServiceControls *controls = page.card(u"ledger"_s)->controls();
    QSignalSpy asked(controls, &ServiceControls::modeRequested);
    controls->chooseMode(services::FaultMode::Kind::Flaky, u"1.5"_s);
    controls->applyMode();
    QCOMPARE(asked.size(), 0);
    QVERIFY(!controls->resultText().isEmpty());
    controls->chooseMode(services::FaultMode::Kind::Slow, u"soon"_s);
    controls->applyMode();
    QCOMPARE(asked.size(), 0);
    controls->chooseMode(services::FaultMode::Kind::Slow, u"250"_s);
    controls->applyMode();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<services::FaultMode>(), services::FaultMode::slow(250));
}

void tst_HealthPage::rangeSwitchReloadsTheSeries()
{
    test::DemoSession demo(u"ada"_s, false);
    HealthPage page;
    QSignalSpy loaded(&page, &HealthPage::historyLoaded);
    page.attach(demo.session.get());
    waitUntilLoaded(page);
    page.openService(Payment); // already open by itself: the first card
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), Timeout);
    QCOMPARE(loaded.last().at(0).toString(), Payment);
    QCOMPARE(loaded.last().at(1).toLongLong(), ServiceDetailPanel::FiveMinutesMs);
    QCOMPARE(page.detail()->history().windowMs, ServiceDetailPanel::FiveMinutesMs);
    QCOMPARE(page.detail()->history().points.size(), 60);
    QCOMPARE(page.detail()->history().queued.size(), 60);
    // The demo's payments have waited since long before these five minutes.
    QVERIFY(page.detail()->history().queued.constLast() > 0);
    QVERIFY(!page.detail()->history().states.isEmpty());

    const struct
    {
        qint64 windowMs;
        qsizetype points;
    } ranges[] = {{ServiceDetailPanel::OneHourMs, 60},
                  {ServiceDetailPanel::OneDayMs, 96},
                  {ServiceDetailPanel::FiveMinutesMs, 60}};
    for (const auto &range : ranges) {
        loaded.clear();
        auto *button = page.detail()->findChild<QPushButton *>(u"range_%1"_s.arg(range.windowMs));
        QVERIFY(button);
        button->click();
        QCOMPARE(page.detail()->windowMs(), range.windowMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !loaded.isEmpty() && loaded.last().at(1).toLongLong() == range.windowMs, Timeout);
        QCOMPARE(page.detail()->history().windowMs, range.windowMs);
        QCOMPARE(page.detail()->history().points.size(), range.points);
        QCOMPARE(page.detail()->history().stepMs, historyStepFor(range.windowMs));
    }
}

void tst_HealthPage::refreshesDoNotPileUp()
{
    test::DemoSession demo(u"ada"_s, false);
    HealthPage page;
    page.attach(demo.session.get());
    waitUntilLoaded(page);
    QSignalSpy refreshed(&page, &HealthPage::refreshed);
    const int started = page.refreshesStarted();
    const int skipped = page.refreshesSkipped();
    for (int i = 0; i < 5; ++i)
        page.refresh();
    QCOMPARE(page.refreshesStarted(), started + 1);
    QCOMPARE(page.refreshesSkipped(), skipped + 4);
    QVERIFY(page.isRefreshing());
    // The four asked while it ran become one read afterwards, not four.
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), Timeout);
    QTest::qWait(300);
    QCOMPARE(page.refreshesStarted(), started + 2);
    QCOMPARE(refreshed.size(), 2);
}

void tst_HealthPage::refreshesEverySecondOnlyWhileShown()
{
    test::DemoSession demo(u"ada"_s, false); // no background: no commits to refresh on
    HealthPage page;
    page.attach(demo.session.get());
    waitUntilLoaded(page);
    QTest::qWait(1500);
    const int hidden = page.refreshesStarted();
    QTest::qWait(1500);
    QCOMPARE(page.refreshesStarted(), hidden); // not shown: no timer

    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.refreshesStarted() >= hidden + 3, 10000);
    page.hide();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), Timeout);
    const int afterHide = page.refreshesStarted();
    QTest::qWait(2500);
    QCOMPARE(page.refreshesStarted(), afterHide);
}

void tst_HealthPage::breakerIntervalsFollowTheTransitions()
{
    // Newest first, as the stream is read backwards: opened at 100, half-open at 160,
    // open again at 170; the window is 50..200.
    const QList<RecordedEvent> events = {
        transitionEvent(170, u"BreakerOpened"_s, u"half_open"_s, u"open"_s),
        transitionEvent(160, u"BreakerHalfOpened"_s, u"open"_s, u"half_open"_s),
        transitionEvent(100, u"BreakerOpened"_s, u"closed"_s, u"open"_s),
        transitionEvent(10, u"BreakerReleased"_s, u"forced_open"_s, u"closed"_s),
    };
    const auto intervals = breakerIntervals(events, BreakerMode::Open, 50, 200);
    QCOMPARE(intervals.size(), 4);
    QCOMPARE(intervals.at(0).mode, BreakerMode::Closed);
    QCOMPARE(intervals.at(0).from, 50);
    QCOMPARE(intervals.at(0).to, 100);
    QCOMPARE(intervals.at(1).mode, BreakerMode::Open);
    QCOMPARE(intervals.at(1).to, 160);
    QCOMPARE(intervals.at(2).mode, BreakerMode::HalfOpen);
    QCOMPARE(intervals.at(3).mode, BreakerMode::Open);
    QCOMPARE(intervals.at(3).from, 170);
    QCOMPARE(intervals.at(3).to, 200);
    // No transitions: the present mode all along.
    const auto still = breakerIntervals({}, BreakerMode::ForcedOpen, 50, 200);
    QCOMPARE(still.size(), 1);
    QCOMPARE(still.at(0).mode, BreakerMode::ForcedOpen);
    QCOMPARE(still.at(0).from, 50);
}

QTEST_MAIN(tst_HealthPage)
#include "tst_healthpage.moc"
