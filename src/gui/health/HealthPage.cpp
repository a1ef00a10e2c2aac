// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthPage.h"

#include "ui_HealthPage.h"

#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "health/ServiceCard.h"
#include "health/ServiceControls.h"
#include "health/ServiceDetailPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using security::Role;

namespace {
constexpr int RefreshIntervalMs = 1000;
// What the detail keeps at least when the list is fitted: room for its plots' times.
constexpr int MinimumDetailWidth = 520;
} // namespace

// One background read: every card, and the opened service's history with it, so a refresh
// is one Session::run whatever is shown.
struct HealthPage::Reading
{
    Result<HealthSnapshot> snapshot;
    std::optional<Result<ServiceHistory>> history;
};

HealthPage::HealthPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::HealthPage>())
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->cardGridLayout->setAlignment(Qt::AlignTop);
    m_ui->cardScroll->viewport()->installEventFilter(this);
    m_ui->healthSplitter->setStretchFactor(0, 0);
    m_ui->healthSplitter->setStretchFactor(1, 1);
    connect(m_ui->healthSplitter, &QSplitter::splitterMoved, this,
            [this] { m_splitterChosen = true; });
    m_ui->stack->setCurrentWidget(m_ui->emptyLabel);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &HealthPage::tick);
    connect(m_ui->serviceDetail, &ServiceDetailPanel::historyWanted, this, &HealthPage::refresh);
}

HealthPage::~HealthPage() = default;

ServiceDetailPanel *HealthPage::detail() const
{
    return m_ui->serviceDetail;
}

bool HealthPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

void HealthPage::attach(Session *session)
{
    m_session = session;
    connect(session, &Session::eventsCommitted, this, &HealthPage::refresh);
    refresh();
}

void HealthPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Only while shown: a hidden page costs the store nothing.
    m_timer->start();
    layOutCards(); // the splitter has its real width now
    refresh();
}

void HealthPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_timer->stop();
}

void HealthPage::tick()
{
    if (m_refreshing) {
        ++m_refreshesSkipped; // the next tick will do
        return;
    }
    refresh();
}

void HealthPage::refresh()
{
    if (!m_session)
        return;
    if (m_refreshing) {
        // A commit or a new range while a read runs: one more read afterwards, not a queue.
        ++m_refreshesSkipped;
        m_again = true;
        return;
    }
    m_refreshing = true;
    m_again = false;
    ++m_refreshesStarted;
    const QString service = m_ui->serviceDetail->service();
    const qint64 windowMs = m_ui->serviceDetail->windowMs();
    const QString key = u"%1/%2"_s.arg(service).arg(windowMs);
    // A fifth of a step, between 1 and 30 s: 5 min every second, 24 h every 30 s (invisible
    // at that scale), so a refresh a second stays cheap whatever range is shown.
    const qint64 historyEveryMs = std::clamp<qint64>(historyStepFor(windowMs) / 5, 1000, 30'000);
    const bool withHistory =
        !service.isEmpty() && (key != m_historyKey || !m_historyAge.isValid() ||
                               m_historyAge.elapsed() >= historyEveryMs - 100);
    if (withHistory) {
        m_historyKey = key;
        m_historyAge.start();
    }
    m_session->run(
        this,
        [service, windowMs, withHistory](SqliteEventStore &store) {
            Reading reading{loadHealthSnapshot(store), std::nullopt};
            if (withHistory)
                reading.history = loadServiceHistory(store, service, windowMs);
            return reading;
        },
        [this](Reading reading) {
            m_refreshing = false;
            apply(reading);
            if (m_again)
                refresh();
        });
}

void HealthPage::apply(const Reading &reading)
{
    if (!reading.snapshot) {
        m_ui->problemBanner->setStyleSheet(
            u"color: %1;"_s.arg(toneColor(StatusTone::Failed, paletteIsDark()).name()));
        m_ui->problemBanner->setText(
            tr("The services could not be read: %1").arg(reading.snapshot.error().message));
        m_ui->problemBanner->show();
    } else {
        m_ui->problemBanner->hide();
        applySnapshot(reading.snapshot.value());
    }
    if (reading.history) {
        if (reading.history->ok()) {
            const ServiceHistory &history = reading.history->value();
            m_ui->serviceDetail->setHistory(history);
            Q_EMIT historyLoaded(history.service, history.windowMs);
        } else {
            Q_EMIT statusMessage(reading.history->error().message);
        }
    }
    markReady();
    Q_EMIT refreshed();
}

void HealthPage::applySnapshot(const HealthSnapshot &snapshot)
{
    if (snapshot.services.isEmpty()) {
        m_ui->emptyLabel->setText(tr("No services are configured. An administrator adds them under "
                                     "Administration → Services; their breakers, rates and queues "
                                     "appear here."));
        m_ui->stack->setCurrentWidget(m_ui->emptyLabel);
        return;
    }
    m_ui->stack->setCurrentWidget(m_ui->healthSplitter);
    const bool admin = m_session && m_session->user().hasRole(Role::Admin);
    bool added = false;
    for (const ServiceCardData &data : snapshot.services) {
        const QString name = data.status.settings.name;
        ServiceCard *card = m_cards.value(name);
        if (!card) {
            // Controls only for administrators; core refuses anyone else all the same.
            card = new ServiceCard(name, admin, m_ui->cardGrid);
            m_cards.insert(name, card);
            m_order.append(name);
            connect(card, &ServiceCard::opened, this, &HealthPage::openService);
            if (ServiceControls *controls = card->controls()) {
                connect(controls, &ServiceControls::modeRequested, this,
                        [this, name](const services::FaultMode &mode) { setMode(name, mode); });
                connect(
                    controls, &ServiceControls::overrideRequested, this,
                    [this, name](resilience::BreakerOverride what) { setOverride(name, what); });
                // Read-only: the controls show the mode but change nothing (a disabled
                // parent keeps its buttons disabled whatever they enable themselves).
                if (m_session->isReadOnly()) {
                    controls->setEnabled(false);
                    controls->setToolTip(Session::readOnlyNote());
                }
            }
            added = true;
        }
        card->setData(data);
    }
    if (added) {
        QWidget *previous = nullptr;
        for (const QString &name : std::as_const(m_order)) {
            if (previous)
                setTabOrder(previous, m_cards.value(name));
            previous = m_cards.value(name);
        }
        m_columns = 0;
        layOutCards();
    }
    if (m_ui->serviceDetail->service().isEmpty() && !m_autoOpened) {
        // Open the first service in trouble (or the first of all), so the page shows a
        // history at once; the person's own choice is never overridden.
        m_autoOpened = true;
        QString first = m_order.value(0);
        for (const ServiceCardData &data : snapshot.services)
            if (data.status.breaker != u"closed"_s) {
                first = data.status.settings.name;
                break;
            }
        if (!first.isEmpty())
            openService(first);
    }
}

void HealthPage::fitSplitter()
{
    // Until the person moves the splitter (or a moved one is restored), the list is as
    // wide as two columns of cards when the detail keeps room for its plots beside them,
    // else one: German and French cards are wider, and a card stretched over two columns'
    // width only squeezes the plots. Fitted again as the page's width changes.
    QSplitter *splitter = m_ui->healthSplitter;
    if (m_splitterChosen || m_order.isEmpty() || !splitter->isVisible())
        return;
    const int total = splitter->width() - splitter->handleWidth();
    const int cardWidth = m_cards.value(m_order.first())->minimumSizeHint().width();
    const int spacing = m_ui->cardGridLayout->spacing();
    const int scrollBar = m_ui->cardScroll->verticalScrollBar()->sizeHint().width();
    const auto listWidth = [&](int columns) {
        return columns * cardWidth + (columns - 1) * spacing + scrollBar;
    };
    int columns = 2;
    while (columns > 1 && total - listWidth(columns) < MinimumDetailWidth)
        --columns;
    const QList<int> sizes{listWidth(columns), std::max(0, total - listWidth(columns))};
    if (splitter->sizes() != sizes)
        splitter->setSizes(sizes);
}

void HealthPage::layOutCards()
{
    if (m_order.isEmpty())
        return;
    fitSplitter();
    // As many columns as fit the list's side of the splitter.
    const int cardWidth = m_cards.value(m_order.first())->minimumSizeHint().width();
    const int spacing = m_ui->cardGridLayout->spacing();
    const int available = m_ui->cardScroll->viewport()->width();
    const int columns = std::clamp((available + spacing) / std::max(1, cardWidth + spacing), 1, 4);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < m_order.size(); ++i)
        m_ui->cardGridLayout->addWidget(m_cards.value(m_order.at(i)), i / columns, i % columns);
}

void HealthPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    layOutCards();
}

bool HealthPage::eventFilter(QObject *watched, QEvent *event)
{
    // m_ui is gone while the base class deletes the children.
    if (m_ui && watched == m_ui->cardScroll->viewport() && event->type() == QEvent::Resize)
        layOutCards(); // the splitter moved
    return Page::eventFilter(watched, event);
}

QList<ServiceCard *> HealthPage::cards() const
{
    QList<ServiceCard *> list;
    for (const QString &name : m_order)
        list.append(m_cards.value(name));
    return list;
}

void HealthPage::openService(const QString &service)
{
    for (ServiceCard *card : std::as_const(m_cards))
        card->setSelected(card->service() == service);
    m_ui->serviceDetail->setService(service); // asks for its history (historyWanted → refresh)
}

void HealthPage::navigateTo(const QVariantMap &arguments)
{
    const QString service = arguments.value(u"service"_s).toString();
    if (!service.isEmpty())
        openService(service);
}

void HealthPage::setMode(const QString &service, const services::FaultMode &mode)
{
    if (!m_session)
        return;
    if (ServiceControls *controls = m_cards.value(service)->controls())
        controls->setBusy(true);
    const security::SignedInUser actor = m_session->user();
    m_session->run(
        this,
        [actor, service, mode](SqliteEventStore &store) {
            return services::ServiceSettingsStore(store).setMode(actor, service, mode);
        },
        [this, service, mode](Result<bool> changed) {
            if (!changed)
                return finishAction(service, false, describe(changed.error()));
            finishAction(
                service, true,
                *changed ? tr("%1 is now %2.").arg(service, mode.toText())
                         : tr("%1 was already %2; nothing changed.").arg(service, mode.toText()));
        });
}

void HealthPage::setOverride(const QString &service, resilience::BreakerOverride what)
{
    if (!m_session)
        return;
    if (ServiceControls *controls = m_cards.value(service)->controls())
        controls->setBusy(true);
    const security::SignedInUser actor = m_session->user();
    const QString reason = tr("set on the Health page");
    m_session->run(
        this,
        [actor, service, what, reason](SqliteEventStore &store) {
            return resilience::overrideBreaker(store, actor, service, what, reason);
        },
        [this, service, what](Status done) {
            if (!done)
                return finishAction(service, false, describe(done.error()));
            QString message;
            switch (what) {
            case resilience::BreakerOverride::ForceOpen:
                message = tr("The %1 breaker is forced open: no calls go out until it is set "
                             "back to automatic.")
                              .arg(service);
                break;
            case resilience::BreakerOverride::ForceClosed:
                message = tr("The %1 breaker is forced closed: every call goes out.").arg(service);
                break;
            case resilience::BreakerOverride::Auto:
                message = tr("The %1 breaker follows the automatic rules again.").arg(service);
                break;
            }
            finishAction(service, true, message);
        });
}

void HealthPage::finishAction(const QString &service, bool ok, const QString &message)
{
    if (ServiceCard *card = m_cards.value(service); card && card->controls()) {
        card->controls()->setBusy(false);
        card->controls()->showResult(ok, message);
    }
    Q_EMIT statusMessage(message);
    Q_EMIT actionFinished(ok, message);
    refresh();
}

QString HealthPage::describe(const Error &error) const
{
    if (error.code == ErrorCode::AccessDenied)
        return tr("Refused: only an administrator may change services and breakers (%1).")
            .arg(error.message);
    return error.message;
}

void HealthPage::saveLayout(QSettings &settings) const
{
    // Only a position the person chose: a fitted one is fitted again, to the cards of the
    // language shown next time.
    if (m_splitterChosen)
        settings.setValue(u"health/splitter"_s, m_ui->healthSplitter->saveState());
    else
        settings.remove(u"health/splitter"_s);
    settings.setValue(u"health/range"_s, m_ui->serviceDetail->windowMs());
}

void HealthPage::restoreLayout(const QSettings &settings)
{
    if (m_ui->healthSplitter->restoreState(settings.value(u"health/splitter"_s).toByteArray()))
        m_splitterChosen = true;
    const qint64 range = settings.value(u"health/range"_s).toLongLong();
    if (range == ServiceDetailPanel::FiveMinutesMs || range == ServiceDetailPanel::OneHourMs ||
        range == ServiceDetailPanel::OneDayMs)
        m_ui->serviceDetail->setWindowMs(range);
}

} // namespace eventdesk::gui
