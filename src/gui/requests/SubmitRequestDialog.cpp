// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/SubmitRequestDialog.h"

#include "ui_SubmitRequestDialog.h"

#include "commands/RequestCommandService.h"
#include "common/StatusStyle.h"
#include "domain/RequestState.h"
#include "frame/Session.h"
#include "security/Users.h"
#include "workflow/DefinitionRegistry.h"

#include <QJsonObject>
#include <QKeySequence>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

namespace {

struct FormData
{
    QList<workflow::Definition> definitions;
    QList<ManagerLimit> managers;
    QString baseCurrency;
};

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SubmitChecks checkSubmission(const QString &title, const QString &amountText,
                             const QString &currency, const QString &note)
{
    SubmitChecks checks;
    const QString trimmedTitle = title.trimmed();
    if (trimmedTitle.isEmpty())
        checks.title = SubmitRequestDialog::tr("Give the request a title.");
    else if (trimmedTitle.size() > domain::MaxTitleLength)
        checks.title = SubmitRequestDialog::tr("The title has %1 characters; at most %2.")
                           .arg(trimmedTitle.size())
                           .arg(domain::MaxTitleLength);

    const QString code = currency.trimmed().toUpper();
    const std::optional<int> digits = Money::minorDigits(code);
    if (!digits)
        checks.currency = SubmitRequestDialog::tr("\"%1\" is not a currency code this system "
                                                  "knows (e.g. EUR, USD).")
                              .arg(currency.trimmed());

    const QString amount = amountText.trimmed();
    if (amount.isEmpty()) {
        checks.amount = SubmitRequestDialog::tr("Enter an amount greater than 0.");
    } else if (digits) {
        auto parsed = Money::parse(amount, code);
        if (parsed) {
            checks.money = *parsed;
        } else {
            const qsizetype dot = amount.indexOf(u'.');
            if (dot >= 0 && amount.size() - dot - 1 > *digits)
                checks.amount = *digits == 0
                                    ? SubmitRequestDialog::tr("%1 has no decimals.").arg(code)
                                    : SubmitRequestDialog::tr("At most %1 decimals for %2.")
                                          .arg(*digits)
                                          .arg(code);
            else
                checks.amount = SubmitRequestDialog::tr(
                                    "Enter an amount greater than 0, digits with an optional "
                                    "\".\" (e.g. 1200.50): %1")
                                    .arg(parsed.error().message);
        }
    }

    if (note.size() > SubmitRequestDialog::MaxNoteLength)
        checks.note = SubmitRequestDialog::tr("The note has %1 characters; at most %2.")
                          .arg(note.size())
                          .arg(SubmitRequestDialog::MaxNoteLength);
    return checks;
}

SubmitRequestDialog::SubmitRequestDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubmitRequestDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    const QColor errorColor = toneColor(StatusTone::Failed, paletteIsDark());
    for (QLabel *label :
         {m_ui->titleError, m_ui->amountError, m_ui->currencyError, m_ui->noteError}) {
        label->setStyleSheet(u"color: %1"_s.arg(errorColor.name()));
        label->setWordWrap(true);
        label->hide();
    }
    m_ui->bannerLabel->hide();
    m_ui->titleEdit->setMaxLength(int(domain::MaxTitleLength) + 50); // over-long is reported
    m_ui->currencyCombo->addItems(Money::knownCurrencies());
    m_ui->submitButton->setEnabled(false);
    m_ui->submitButton->setToolTip(tr("Submit (Ctrl+Enter)"));
    m_ui->submitButton->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_ui->pathLabel->setText(tr("Loading the workflows…"));

    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &SubmitRequestDialog::submit);
    connect(m_ui->workflowCombo, &QComboBox::currentIndexChanged, this,
            &SubmitRequestDialog::workflowChanged);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &SubmitRequestDialog::revalidate);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &SubmitRequestDialog::revalidate);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this,
            &SubmitRequestDialog::revalidate);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &SubmitRequestDialog::revalidate);
    load();
}

SubmitRequestDialog::~SubmitRequestDialog() = default;

void SubmitRequestDialog::load()
{
    if (!m_session)
        return;
    const security::SignedInUser user = m_session->user();
    m_session->run(
        this,
        [user](SqliteEventStore &store) -> Result<FormData> {
            auto registry = workflow::DefinitionRegistry::load(store);
            if (!registry)
                return registry.error();
            FormData data;
            for (const QString &name : {u"purchase"_s, u"expense"_s, u"order"_s, u"transfer"_s}) {
                const workflow::Definition *definition = registry->latest(name);
                if (definition && definition->submitters.admits(user.name, user.roles, user.name))
                    data.definitions.append(*definition);
            }
            auto managers = loadManagerLimits(store);
            if (!managers)
                return managers.error();
            data.managers = *managers;
            auto base = security::baseCurrency(store);
            data.baseCurrency = base ? *base : u"EUR"_s;
            return data;
        },
        [this](Result<FormData> data) {
            if (!data) {
                m_ui->pathLabel->clear();
                m_ui->bannerLabel->setText(
                    tr("The workflows could not be read: %1").arg(data.error().message));
                m_ui->bannerLabel->show();
                return;
            }
            m_definitions = data->definitions;
            m_managers = data->managers;
            m_ui->currencyCombo->setCurrentText(data->baseCurrency);
            for (const workflow::Definition &definition : std::as_const(m_definitions))
                m_ui->workflowCombo->addItem(definition.title, definition.name);
            if (m_definitions.isEmpty()) {
                m_ui->bannerLabel->setText(tr("Your roles do not let you submit requests. An "
                                              "administrator can give you the requester role."));
                m_ui->bannerLabel->show();
            }
            m_loaded = true;
            workflowChanged();
            Q_EMIT loaded();
        });
}

void SubmitRequestDialog::workflowChanged()
{
    const int index = m_ui->workflowCombo->currentIndex();
    m_ui->workflowDescription->setText(index >= 0 && index < m_definitions.size()
                                           ? m_definitions.at(index).description
                                           : QString());
    revalidate();
}

void SubmitRequestDialog::revalidate()
{
    const SubmitChecks checks =
        checkSubmission(m_ui->titleEdit->text(), m_ui->amountEdit->text(),
                        m_ui->currencyCombo->currentText(), m_ui->noteEdit->toPlainText());
    // An empty field says nothing until something was typed anywhere: a fresh form is
    // not a wall of red; Submit stays disabled all the same.
    const bool touched = !m_ui->titleEdit->text().isEmpty() || !m_ui->amountEdit->text().isEmpty();
    showError(m_ui->titleError, touched ? checks.title : QString());
    showError(m_ui->amountError,
              touched || !m_ui->amountEdit->text().isEmpty() ? checks.amount : QString());
    showError(m_ui->currencyError, checks.currency);
    showError(m_ui->noteError, checks.note);

    const int index = m_ui->workflowCombo->currentIndex();
    if (m_loaded && index >= 0 && index < m_definitions.size()) {
        m_ui->pathLabel->setText(previewPath(m_definitions.at(index), checks.money, m_managers,
                                             m_session ? m_session->user().name : QString()));
    }
    m_ui->submitButton->setEnabled(m_loaded && !m_busy && index >= 0 && checks.ok());
}

void SubmitRequestDialog::submit()
{
    const SubmitChecks checks =
        checkSubmission(m_ui->titleEdit->text(), m_ui->amountEdit->text(),
                        m_ui->currencyCombo->currentText(), m_ui->noteEdit->toPlainText());
    const int index = m_ui->workflowCombo->currentIndex();
    if (!m_session || m_busy || !checks.ok() || !checks.money || index < 0)
        return;
    commands::SubmitInput input;
    input.workflow = m_definitions.at(index).name;
    input.title = m_ui->titleEdit->text().trimmed();
    input.amount = *checks.money;
    const QString note = m_ui->noteEdit->toPlainText().trimmed();
    if (!note.isEmpty())
        input.fields.insert(u"note"_s, note);

    m_busy = true;
    m_ui->bannerLabel->hide();
    m_ui->busyLabel->setText(tr("Submitting…"));
    revalidate();
    const security::SignedInUser user = m_session->user();
    m_session->run(
        this,
        [user, input](SqliteEventStore &store) {
            return commands::RequestCommandService(store).submit(user, input);
        },
        [this](Result<commands::CommandOutcome> outcome) {
            m_busy = false;
            m_ui->busyLabel->clear();
            if (!outcome) {
                revalidate();
                showRefusal(outcome.error());
                return;
            }
            m_submitted = outcome->streamId;
            if (m_session)
                m_session->refreshSoon();
            Q_EMIT submitted(m_submitted);
            accept();
        });
}

void SubmitRequestDialog::showRefusal(const Error &error)
{
    // Core's words are shown as they are; beside the field they name when one is named.
    const QString message = error.message;
    if (error.code == ErrorCode::Validation && message.contains(u"title"_s, Qt::CaseInsensitive)) {
        showError(m_ui->titleError, message);
        return;
    }
    if (error.code == ErrorCode::Validation &&
        (message.contains(u"amount"_s, Qt::CaseInsensitive) ||
         message.contains(u"limit"_s, Qt::CaseInsensitive))) {
        showError(m_ui->amountError, message);
        return;
    }
    m_ui->bannerLabel->setText(error.code == ErrorCode::AccessDenied
                                   ? tr("Not allowed: %1").arg(message)
                                   : tr("The request was not submitted: %1").arg(message));
    m_ui->bannerLabel->show();
}

} // namespace eventdesk::gui
