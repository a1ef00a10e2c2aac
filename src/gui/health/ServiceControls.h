// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resilience/StoreBackedBreakers.h"
#include "services/ServiceSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

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

    QString m_service;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_parameter = nullptr;
    QLabel *m_unit = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_forceOpen = nullptr;
    QPushButton *m_forceClosed = nullptr;
    QPushButton *m_auto = nullptr;
    QLabel *m_result = nullptr;
    bool m_edited = false;
};

} // namespace eventdesk::gui
