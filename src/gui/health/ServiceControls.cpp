// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ServiceControls.h"

#include "ui_ServiceControls.h"

#include "common/Icons.h"
#include "common/StatusStyle.h"

#include <QLocale>

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
    , m_ui(std::make_unique<Ui::ServiceControls>())
    , m_service(service)
{
    m_ui->setupUi(this);
    setObjectName(u"serviceControls"_s);
    // The form holds what is fixed; the words naming this service are made here.
    m_ui->modeCombo->addItem(tr("Up"), int(Kind::Up));
    m_ui->modeCombo->addItem(tr("Down"), int(Kind::Down));
    m_ui->modeCombo->addItem(tr("Flaky"), int(Kind::Flaky));
    m_ui->modeCombo->addItem(tr("Slow"), int(Kind::Slow));
    m_ui->modeCombo->setAccessibleName(tr("Simulated mode of %1").arg(service));
    m_ui->modeCombo->setToolTip(tr("How the simulated %1 service answers").arg(service));
    m_ui->applyModeButton->setAccessibleName(tr("Set the mode of %1").arg(service));
    m_ui->forceOpenButton->setAccessibleName(tr("Force the %1 breaker open").arg(service));
    m_ui->forceOpenButton->setToolTip(tr("Stop every call to %1 until the breaker is set back to "
                                         "automatic; the messages wait in the queue.")
                                          .arg(service));
    m_ui->forceClosedButton->setAccessibleName(tr("Force the %1 breaker closed").arg(service));
    m_ui->forceClosedButton->setToolTip(
        tr("Let every call to %1 go out, whatever its failures.").arg(service));
    m_ui->autoButton->setAccessibleName(
        tr("Give the %1 breaker back to the automatic rules").arg(service));

    connect(m_ui->modeCombo, &QComboBox::activated, this, [this] {
        m_edited = true;
        updateParameter();
    });
    connect(m_ui->parameterEdit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_ui->parameterEdit, &QLineEdit::returnPressed, this, &ServiceControls::applyMode);
    connect(m_ui->applyModeButton, &QPushButton::clicked, this, &ServiceControls::applyMode);
    connect(m_ui->forceOpenButton, &QPushButton::clicked, this,
            [this] { Q_EMIT overrideRequested(resilience::BreakerOverride::ForceOpen); });
    connect(m_ui->forceClosedButton, &QPushButton::clicked, this,
            [this] { Q_EMIT overrideRequested(resilience::BreakerOverride::ForceClosed); });
    connect(m_ui->autoButton, &QPushButton::clicked, this,
            [this] { Q_EMIT overrideRequested(resilience::BreakerOverride::Auto); });
    updateParameter();
}

ServiceControls::~ServiceControls() = default;

void ServiceControls::setCurrentMode(const FaultMode &mode)
{
    if (m_edited)
        return; // never overwrite what the administrator is typing
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(mode.kind)));
    if (mode.kind == Kind::Flaky)
        m_ui->parameterEdit->setText(QLocale().toString(mode.failureRate, 'g', 3));
    else if (mode.kind == Kind::Slow)
        m_ui->parameterEdit->setText(QLocale().toString(mode.delayMs));
    else
        m_ui->parameterEdit->clear();
    updateParameter();
}

void ServiceControls::setModeApplicable(bool applicable)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->modeCombo), static_cast<QWidget *>(m_ui->parameterEdit),
          static_cast<QWidget *>(m_ui->applyModeButton)})
        w->setEnabled(applicable);
    m_ui->modeCombo->setToolTip(applicable
                                    ? tr("How the simulated %1 service answers").arg(m_service)
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
    const auto kind = Kind(m_ui->modeCombo->currentData().toInt());
    const bool flaky = kind == Kind::Flaky;
    const bool slow = kind == Kind::Slow;
    m_ui->parameterEdit->setVisible(flaky || slow);
    m_ui->unitLabel->setVisible(flaky || slow);
    if (flaky) {
        m_ui->unitLabel->setText(tr("share failing (0–1)"));
        m_ui->parameterEdit->setPlaceholderText(QLocale().toString(0.3));
        m_ui->parameterEdit->setAccessibleName(
            tr("Share of %1 calls that fail, from 0 to 1").arg(m_service));
    } else if (slow) {
        m_ui->unitLabel->setText(tr("ms"));
        m_ui->parameterEdit->setPlaceholderText(QLocale().toString(2000));
        m_ui->parameterEdit->setAccessibleName(
            tr("Delay of each %1 answer in milliseconds").arg(m_service));
    }
}

void ServiceControls::chooseMode(Kind kind, const QString &parameter)
{
    m_edited = true;
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(kind)));
    m_ui->parameterEdit->setText(parameter);
    updateParameter();
}

void ServiceControls::applyMode()
{
    const auto kind = Kind(m_ui->modeCombo->currentData().toInt());
    FaultMode mode;
    switch (kind) {
    case Kind::Up:
        mode = FaultMode::up();
        break;
    case Kind::Down:
        mode = FaultMode::down();
        break;
    case Kind::Flaky: {
        const auto rate = parseNumber(m_ui->parameterEdit->text());
        if (!rate || *rate < 0 || *rate > 1)
            return showResult(false, tr("Enter the share of calls that fail as a number from 0 "
                                        "to 1, e.g. %1.")
                                         .arg(QLocale().toString(0.3)));
        mode = FaultMode::flaky(*rate);
        break;
    }
    case Kind::Slow: {
        const auto ms = parseNumber(m_ui->parameterEdit->text());
        if (!ms || *ms < 0 || *ms > services::MaxSlowMs || *ms != double(qint64(*ms)))
            return showResult(false, tr("Enter the delay as whole milliseconds from 0 to %1.")
                                         .arg(QLocale().toString(services::MaxSlowMs)));
        mode = FaultMode::slow(int(*ms));
        break;
    }
    }
    if (const QString problem = mode.problem(); !problem.isEmpty())
        return showResult(false, problem);
    m_ui->resultLabel->hide();
    Q_EMIT modeRequested(mode);
}

void ServiceControls::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_ui->applyModeButton),
                       static_cast<QWidget *>(m_ui->forceOpenButton),
                       static_cast<QWidget *>(m_ui->forceClosedButton),
                       static_cast<QWidget *>(m_ui->autoButton)})
        w->setEnabled(!busy);
}

void ServiceControls::showResult(bool ok, const QString &message)
{
    if (ok)
        m_edited = false; // the store holds what was asked; follow it again
    m_ui->resultLabel->setStyleSheet(
        ok ? QString()
           : u"color: %1;"_s.arg(toneColor(StatusTone::Failed, paletteIsDark()).name()));
    m_ui->resultLabel->setText(message);
    m_ui->resultLabel->show();
}

QString ServiceControls::resultText() const
{
    return m_ui->resultLabel->isHidden() ? QString() : m_ui->resultLabel->text();
}

} // namespace eventdesk::gui
