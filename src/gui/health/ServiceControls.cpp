// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ServiceControls.h"

#include "common/Icons.h"
#include "common/StatusStyle.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using services::FaultMode;
using Kind = services::FaultMode::Kind;

namespace {
// Typed in the user's locale ("0,3" in German) or with a point, as people paste it.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return value;
}
} // namespace

ServiceControls::ServiceControls(const QString &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"serviceControls"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"modeCombo"_s);
    m_mode->addItem(tr("Up"), int(Kind::Up));
    m_mode->addItem(tr("Down"), int(Kind::Down));
    m_mode->addItem(tr("Flaky"), int(Kind::Flaky));
    m_mode->addItem(tr("Slow"), int(Kind::Slow));
    m_mode->setAccessibleName(tr("Simulated mode of %1").arg(service));
    m_mode->setToolTip(tr("How the simulated %1 service answers").arg(service));
    m_parameter = new QLineEdit(this);
    m_parameter->setObjectName(u"parameterEdit"_s);
    m_parameter->setMaximumWidth(80);
    m_unit = new QLabel(this);
    m_unit->setBuddy(m_parameter);
    m_apply = new QPushButton(tr("Set mode"), this);
    m_apply->setObjectName(u"applyModeButton"_s);
    m_apply->setAccessibleName(tr("Set the mode of %1").arg(service));
    auto *modeLabel = new QLabel(tr("&Mode"), this);
    modeLabel->setBuddy(m_mode);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    modeRow->addWidget(m_parameter);
    modeRow->addWidget(m_unit);
    modeRow->addStretch();
    modeRow->addWidget(m_apply);
    grid->addWidget(modeLabel, 0, 0);
    grid->addLayout(modeRow, 0, 1);

    m_forceOpen = new QPushButton(tr("Force open"), this);
    m_forceOpen->setObjectName(u"forceOpenButton"_s);
    m_forceOpen->setAccessibleName(tr("Force the %1 breaker open").arg(service));
    m_forceOpen->setToolTip(tr("Stop every call to %1 until the breaker is set back to "
                               "automatic; the messages wait in the queue.")
                                .arg(service));
    m_forceClosed = new QPushButton(tr("Force closed"), this);
    m_forceClosed->setObjectName(u"forceClosedButton"_s);
    m_forceClosed->setAccessibleName(tr("Force the %1 breaker closed").arg(service));
    m_forceClosed->setToolTip(
        tr("Let every call to %1 go out, whatever its failures.").arg(service));
    m_auto = new QPushButton(tr("Automatic"), this);
    m_auto->setObjectName(u"autoButton"_s);
    m_auto->setAccessibleName(tr("Give the %1 breaker back to the automatic rules").arg(service));
    m_auto->setToolTip(tr("End an override: the breaker closes and judges calls again."));
    auto *breakerLabel = new QLabel(tr("Breaker"), this);
    auto *breakerRow = new QHBoxLayout;
    breakerRow->addWidget(m_forceOpen);
    breakerRow->addWidget(m_forceClosed);
    breakerRow->addWidget(m_auto);
    breakerRow->addStretch();
    grid->addWidget(breakerLabel, 1, 0);
    grid->addLayout(breakerRow, 1, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    grid->addWidget(m_result, 2, 0, 1, 2);

    connect(m_mode, &QComboBox::activated, this, [this] {
        m_edited = true;
        updateParameter();
    });
    connect(m_parameter, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_parameter, &QLineEdit::returnPressed, this, &ServiceControls::applyMode);
    connect(m_apply, &QPushButton::clicked, this, &ServiceControls::applyMode);
    connect(m_forceOpen, &QPushButton::clicked, this,
            [this] { Q_EMIT overrideRequested(resilience::BreakerOverride::ForceOpen); });
    connect(m_forceClosed, &QPushButton::clicked, this,
            [this] { Q_EMIT overrideRequested(resilience::BreakerOverride::ForceClosed); });
    connect(m_auto, &QPushButton::clicked, this,
            [this] { Q_EMIT overrideRequested(resilience::BreakerOverride::Auto); });
    updateParameter();
}

void ServiceControls::setCurrentMode(const FaultMode &mode)
{
    if (m_edited)
        return; // never overwrite what the administrator is typing
    m_mode->setCurrentIndex(m_mode->findData(int(mode.kind)));
    if (mode.kind == Kind::Flaky)
        m_parameter->setText(QLocale().toString(mode.failureRate, 'g', 3));
    else if (mode.kind == Kind::Slow)
        m_parameter->setText(QLocale().toString(mode.delayMs));
    else
        m_parameter->clear();
    updateParameter();
}

void ServiceControls::setModeApplicable(bool applicable)
{
    for (QWidget *w : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_parameter),
                       static_cast<QWidget *>(m_apply)})
        w->setEnabled(applicable);
    m_mode->setToolTip(applicable ? tr("How the simulated %1 service answers").arg(m_service)
                                  : tr("%1 is called over HTTP: it answers as the real service "
                                       "does, so it has no simulated mode.")
                                        .arg(m_service));
}

QString ServiceControls::describeMode(const FaultMode &mode)
{
    switch (mode.kind) {
    case Kind::Up:
        return tr("up");
    case Kind::Down:
        return tr("down");
    case Kind::Flaky:
        return tr("flaky, %1% of calls failing")
            .arg(QLocale().toString(mode.failureRate * 100.0, 'g', 3));
    case Kind::Slow:
        return tr("slow, %1 ms an answer").arg(QLocale().toString(mode.delayMs));
    }
    return mode.toText();
}

void ServiceControls::updateParameter()
{
    const auto kind = Kind(m_mode->currentData().toInt());
    const bool flaky = kind == Kind::Flaky;
    const bool slow = kind == Kind::Slow;
    m_parameter->setVisible(flaky || slow);
    m_unit->setVisible(flaky || slow);
    if (flaky) {
        m_unit->setText(tr("share failing (0–1)"));
        m_parameter->setPlaceholderText(QLocale().toString(0.3));
        m_parameter->setAccessibleName(
            tr("Share of %1 calls that fail, from 0 to 1").arg(m_service));
    } else if (slow) {
        m_unit->setText(tr("ms"));
        m_parameter->setPlaceholderText(QLocale().toString(2000));
        m_parameter->setAccessibleName(
            tr("Delay of each %1 answer in milliseconds").arg(m_service));
    }
}

void ServiceControls::chooseMode(Kind kind, const QString &parameter)
{
    m_edited = true;
    m_mode->setCurrentIndex(m_mode->findData(int(kind)));
    m_parameter->setText(parameter);
    updateParameter();
}

void ServiceControls::applyMode()
{
    const auto kind = Kind(m_mode->currentData().toInt());
    FaultMode mode;
    switch (kind) {
    case Kind::Up:
        mode = FaultMode::up();
        break;
    case Kind::Down:
        mode = FaultMode::down();
        break;
    case Kind::Flaky: {
        const auto rate = parseNumber(m_parameter->text());
        if (!rate || *rate < 0 || *rate > 1)
            return showResult(false, tr("Enter the share of calls that fail as a number from 0 "
                                        "to 1, e.g. %1.")
                                         .arg(QLocale().toString(0.3)));
        mode = FaultMode::flaky(*rate);
        break;
    }
    case Kind::Slow: {
        const auto ms = parseNumber(m_parameter->text());
        if (!ms || *ms < 0 || *ms > services::MaxSlowMs || *ms != double(qint64(*ms)))
            return showResult(false, tr("Enter the delay as whole milliseconds from 0 to %1.")
                                         .arg(QLocale().toString(services::MaxSlowMs)));
        mode = FaultMode::slow(int(*ms));
        break;
    }
    }
    if (const QString problem = mode.problem(); !problem.isEmpty())
        return showResult(false, problem);
    m_result->hide();
    Q_EMIT modeRequested(mode);
}

void ServiceControls::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_apply), static_cast<QWidget *>(m_forceOpen),
                       static_cast<QWidget *>(m_forceClosed), static_cast<QWidget *>(m_auto)})
        w->setEnabled(!busy);
}

void ServiceControls::showResult(bool ok, const QString &message)
{
    if (ok)
        m_edited = false; // the store holds what was asked; follow it again
    m_result->setStyleSheet(
        ok ? QString()
           : u"color: %1;"_s.arg(toneColor(StatusTone::Failed, paletteIsDark()).name()));
    m_result->setText(message);
    m_result->show();
}

QString ServiceControls::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

} // namespace eventdesk::gui
