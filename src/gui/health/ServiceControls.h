// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resilience/StoreBackedBreakers.h"
#include "services/ServiceSettings.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ServiceControls;
}

namespace eventdesk::gui {

// An administrator's controls for one service: the simulated mode (up, down, flaky with a
// failure share, slow with a delay), checked beside the field before anything is asked,
// and the breaker forced open or closed or given back to the automatic rules. It only
// asks (the signals); the page has core do it, and core checks who asks.
class ServiceControls final : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceControls(const QString &service, QWidget *parent = nullptr);
    ~ServiceControls() override;

    // The mode the store holds; shown until the administrator edits the field.
    void setCurrentMode(const services::FaultMode &mode);
    // Only the simulated adapter has a mode: an HTTP service answers as the real one does.
    void setModeApplicable(bool applicable);
    // "down", "flaky, 30% failing", "slow, 2,000 ms": a mode in words, translated.
    static QString describeMode(const services::FaultMode &mode);
    void setBusy(bool busy);
    void showResult(bool ok, const QString &message);
    QString resultText() const;

    // For tests and keyboard users alike: choose a mode as the form would.
    void chooseMode(services::FaultMode::Kind kind, const QString &parameter = {});
    void applyMode();

Q_SIGNALS:
    void modeRequested(const eventdesk::services::FaultMode &mode);
    void overrideRequested(eventdesk::resilience::BreakerOverride what);

private:
    void updateParameter();

    std::unique_ptr<Ui::ServiceControls> m_ui;
    QString m_service;
    bool m_edited = false;
};

} // namespace eventdesk::gui
