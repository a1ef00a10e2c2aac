// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"
#include "health/HealthHistory.h"
#include "resilience/StoreBackedBreakers.h"
#include "services/ServiceSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <memory>

class QTimer;

namespace Ui {
class HealthPage;
}

namespace eventdesk::gui {

class ServiceCard;
class ServiceDetailPanel;

// Health: a grid of service cards (breaker, call rate, failure rate against the threshold,
// p95 latency, queue) refreshed about once a second while the page is shown and on every
// commit, and the detail plots of the card opened. Every read is one background
// Session::run at a time; administrators set service modes and breaker overrides here.
class HealthPage final : public Page
{
    Q_OBJECT
public:
    explicit HealthPage(QWidget *parent = nullptr);
    ~HealthPage() override;
    QString pageId() const override { return QStringLiteral("health"); }
    QString title() const override { return tr("Health"); }
    QString iconName() const override { return QStringLiteral("heart-rate-monitor"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    void navigateTo(const QVariantMap &arguments) override; // {"service": "payment"}

    ServiceCard *card(const QString &service) const { return m_cards.value(service); }
    QList<ServiceCard *> cards() const;
    ServiceDetailPanel *detail() const;
    void openService(const QString &service);

    // Reads again now, unless a read is still running: then it is only noted, and one more
    // read follows when the running one is done (never a pile of them).
    void refresh();
    int refreshesStarted() const { return m_refreshesStarted; }
    int refreshesSkipped() const { return m_refreshesSkipped; }
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    void refreshed();
    void historyLoaded(const QString &service, qint64 windowMs);
    // An administrator's change was done (ok) or refused, with the message shown.
    void actionFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Reading;
    void tick();
    void apply(const Reading &reading);
    void applySnapshot(const HealthSnapshot &snapshot);
    void fitSplitter();
    void layOutCards();
    void setMode(const QString &service, const services::FaultMode &mode);
    void setOverride(const QString &service, resilience::BreakerOverride what);
    void finishAction(const QString &service, bool ok, const QString &message);
    QString describe(const Error &error) const;

    // The stack (empty label, or the splitter of the card grid and the detail); the cards
    // themselves are made in code, one for each service the store names.
    std::unique_ptr<Ui::HealthPage> m_ui;
    QPointer<Session> m_session;
    QTimer *m_timer = nullptr;
    QHash<QString, ServiceCard *> m_cards;
    QStringList m_order;
    // What the detail shows and when it was last read: a long range is read again only
    // every so often (its steps are minutes long), a new service or range at once.
    QString m_historyKey;
    QElapsedTimer m_historyAge;
    int m_columns = 0;
    bool m_splitterChosen = false; // moved by the person, or restored: no more fitting
    bool m_autoOpened = false;
    bool m_refreshing = false;
    bool m_again = false;
    int m_refreshesStarted = 0;
    int m_refreshesSkipped = 0;
};

} // namespace eventdesk::gui
