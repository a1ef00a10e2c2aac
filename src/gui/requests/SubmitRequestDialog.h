// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "requests/RequestDetail.h"
#include "workflow/Definition.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class SubmitRequestDialog;
}

namespace eventdesk::gui {

class Session;

// What is wrong with the form as typed, field by field (empty: fine). Kept apart from
// the dialog so the rules read in one place; core checks them again.
struct SubmitChecks
{
    QString title;
    QString amount;
    QString currency;
    QString note;
    std::optional<Money> money; // the amount, when amount and currency are fine

    bool ok() const
    {
        return title.isEmpty() && amount.isEmpty() && currency.isEmpty() && note.isEmpty();
    }
};
SubmitChecks checkSubmission(const QString &title, const QString &amountText,
                             const QString &currency, const QString &note);

// The "New request" form: the workflows the user may submit, their inputs with inline
// validation, the approval path the request will take, and the submission off the GUI
// thread. A refusal from core shows in the form; what was typed stays.
class SubmitRequestDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxNoteLength = 2000;

    explicit SubmitRequestDialog(Session *session, QWidget *parent = nullptr);
    ~SubmitRequestDialog() override;

    // For tests and for the page: whether the definitions have arrived.
    bool isLoaded() const { return m_loaded; }
    QString submittedStreamId() const { return m_submitted; }

Q_SIGNALS:
    void loaded();
    void submitted(const QString &streamId);

private:
    void load();
    void workflowChanged();
    void revalidate();
    void submit();
    void showRefusal(const Error &error);

    std::unique_ptr<Ui::SubmitRequestDialog> m_ui;
    QPointer<Session> m_session;
    QList<workflow::Definition> m_definitions;
    QList<ManagerLimit> m_managers;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_submitted;
};

} // namespace eventdesk::gui
