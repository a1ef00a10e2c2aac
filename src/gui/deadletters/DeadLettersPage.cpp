// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadletters/DeadLettersPage.h"

#include "ui_DeadLettersPage.h"

#include "common/Format.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "deadletters/DeadLetterModel.h"
#include "deadletters/DiscardDialog.h"
#include "frame/Session.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

using messaging::DeadLetter;
using messaging::DeadLetters;
using security::Role;

namespace {
// Every state a letter can be in, for the State column's width.
QStringList letterStateWords()
{
    QStringList words;
    for (auto state : {DeadLetter::State::Parked, DeadLetter::State::Retried,
                       DeadLetter::State::Edited, DeadLetter::State::Discarded})
        words.append(messaging::deadLetterStateName(state));
    return words;
}

QString prettyPayload(const DeadLetter &letter)
{
    const QJsonValue payload = letter.toJson().value("payload"_L1);
    if (payload.isObject())
        return QString::fromUtf8(QJsonDocument(payload.toObject()).toJson(QJsonDocument::Indented));
    return payload.isString() ? payload.toString() : QString::fromUtf8(letter.payload);
}
} // namespace

DeadLettersPage::DeadLettersPage(QWidget *parent)
    : Page(parent)
    , m_ui(std::make_unique<Ui::DeadLettersPage>())
    , m_model(new DeadLetterModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->banner->setStyleSheet(
        u"QLabel { padding: 6px; border-radius: 4px; background: %1; color: white; }"_s.arg(
            toneColor(StatusTone::Failed, false).name()));
    m_ui->jsonProblem->setStyleSheet(
        u"QLabel { color: %1; }"_s.arg(toneColor(StatusTone::Failed, paletteIsDark()).name()));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(DeadLetterModel::SortRole);
    m_ui->letterTable->setModel(m_proxy);
    m_ui->letterTable->setItemDelegateForColumn(DeadLetterModel::StateColumn,
                                                new StatusPillDelegate(this));
    m_ui->letterTable->sortByColumn(DeadLetterModel::IdColumn, Qt::AscendingOrder);
    auto *header = m_ui->letterTable->horizontalHeader();
    header->resizeSection(DeadLetterModel::IdColumn, 50);
    header->resizeSection(DeadLetterModel::ErrorColumn, 260);
    fitPillColumn(m_ui->letterTable, DeadLetterModel::StateColumn, letterStateWords());
    m_ui->splitter->setSizes({800, 560});

    m_ui->retryButton->setIcon(themedIcon(u"refresh"_s));
    m_ui->retryAllButton->setIcon(themedIcon(u"refresh"_s));
    m_ui->editButton->setIcon(themedIcon(u"edit"_s));
    m_ui->retryEditedButton->setIcon(themedIcon(u"send"_s));
    m_ui->discardButton->setIcon(themedIcon(u"trash"_s));
    m_ui->emptyLabel->setText(
        tr("No parked messages. A message is parked here when a service refuses it "
           "for good or its retries run out; tick Show resolved to see earlier ones."));
    m_ui->adminNote->setText(tr("Only an administrator can retry or discard dead letters."));
    m_ui->detailTitle->setText(tr("Select a dead letter to see its payload."));

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Retry dead letters"), question) == QMessageBox::Yes;
    };
    m_askReason = [this](const QString &what) -> std::optional<QString> {
        DiscardDialog dialog(what, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };

    connect(m_ui->textFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_ui->showResolved, &QCheckBox::toggled, this, &DeadLettersPage::requestLetters);
    connect(m_ui->letterTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                // A person choosing another letter ends the edit; a refresh moving the
                // selection (the letter resolved elsewhere) keeps it: core then refuses
                // the retry plainly and the edit is still there.
                if (m_editing && !m_refreshing)
                    cancelEdit();
                showSelected();
            });
    connect(m_ui->retryButton, &QPushButton::clicked, this, &DeadLettersPage::retrySelected);
    connect(m_ui->retryAllButton, &QPushButton::clicked, this, &DeadLettersPage::retryAll);
    connect(m_ui->editButton, &QPushButton::clicked, this, &DeadLettersPage::startEdit);
    connect(m_ui->cancelEditButton, &QPushButton::clicked, this, &DeadLettersPage::cancelEdit);
    connect(m_ui->retryEditedButton, &QPushButton::clicked, this, &DeadLettersPage::retryEdited);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &DeadLettersPage::discardSelected);
    connect(m_ui->payloadEdit, &QPlainTextEdit::textChanged, this, &DeadLettersPage::validateEdit);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->textFilter, qOverload<>(&QWidget::setFocus));
    updateActions();
}

DeadLettersPage::~DeadLettersPage() = default;

bool DeadLettersPage::availableTo(const security::SignedInUser &user) const
{
    return user.hasRole(Role::Auditor) || user.hasRole(Role::Admin);
}

bool DeadLettersPage::isAdmin() const
{
    return m_session && m_session->user().hasRole(Role::Admin);
}

void DeadLettersPage::attach(Session *session)
{
    m_session = session;
    connect(session, &Session::readModelsUpdated, this, &DeadLettersPage::requestLetters);
    if (session->isReadOnly())
        m_ui->adminNote->setText(Session::readOnlyNote());
    m_ui->adminNote->setVisible(!isAdmin() || session->isReadOnly());
    updateActions();
    requestLetters();
}

void DeadLettersPage::requestLetters()
{
    if (!m_session)
        return;
    const bool resolved = m_ui->showResolved->isChecked();
    const quint64 id = ++m_request;
    m_session->run(
        this, [resolved](SqliteEventStore &store) { return DeadLetters(store).list(resolved); },
        [this, id](Result<QList<DeadLetter>> letters) {
            if (id != m_request)
                return;
            markReady();
            if (!letters)
                return showProblem(
                    tr("The dead letters could not be read: %1").arg(letters.error().message));
            m_refreshing = true;
            m_model->setLetters(*letters, QDateTime::currentMSecsSinceEpoch());
            m_refreshing = false;
            updateCount();
            if (!m_ui->letterTable->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_ui->letterTable->setCurrentIndex(m_proxy->index(0, 0));
            else
                showSelected();
        });
}

void DeadLettersPage::updateCount()
{
    const int parked = m_model->parkedCount();
    m_ui->countLabel->setText(tr("%1 parked").arg(parked));
    const bool empty = m_proxy->rowCount() == 0;
    m_ui->emptyLabel->setVisible(empty);
    m_ui->letterTable->setVisible(!empty || m_model->rowCount() > 0);
    updateActions();
}

bool DeadLettersPage::selectLetter(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->letterTable->setCurrentIndex(index);
    return true;
}

qint64 DeadLettersPage::selectedId() const
{
    return m_ui->letterTable->currentIndex().data(DeadLetterModel::IdRole).toLongLong();
}

void DeadLettersPage::setShowResolved(bool show)
{
    m_ui->showResolved->setChecked(show);
}

// Shows the selected letter's details and payload; an edit in progress is never replaced.
void DeadLettersPage::showSelected()
{
    if (m_editing) { // the edit belongs to m_shownId, whatever the table shows now
        updateActions();
        return;
    }
    const DeadLetter *letter =
        m_model->letterAt(m_proxy->mapToSource(m_ui->letterTable->currentIndex()).row());
    if (!letter) {
        m_shownId = 0;
        m_ui->detailTitle->setText(tr("Select a dead letter to see its payload."));
        if (!m_editing)
            m_ui->payloadEdit->clear();
        updateActions();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const StatusLook look =
        statusLook(messaging::deadLetterStateName(letter->state), paletteIsDark());
    QString text =
        tr("<b>#%1 · %2 · %3</b> — %4<br>%5<br>attempts: %6; first failed %7, parked %8")
            .arg(letter->id)
            .arg(letter->service.toHtmlEscaped(), letter->operation().toHtmlEscaped(),
                 look.text.toHtmlEscaped(), letter->error.toHtmlEscaped())
            .arg(letter->attempts)
            .arg(relativeTime(letter->firstFailedAt, now), relativeTime(letter->deadAt, now));
    if (letter->state != DeadLetter::State::Parked)
        text +=
            u"<br>"_s +
            tr("Resolved by %1 %2")
                .arg(letter->resolvedBy.toHtmlEscaped(), relativeTime(letter->resolvedAt, now)) +
            (letter->reason.isEmpty() ? QString() : u" — "_s + letter->reason.toHtmlEscaped());
    m_ui->detailTitle->setText(text);
    m_ui->detailTitle->setToolTip(exactTime(letter->deadAt));
    if (!m_editing && (m_shownId != letter->id || m_ui->payloadEdit->toPlainText().isEmpty()))
        m_ui->payloadEdit->setPlainText(prettyPayload(*letter));
    m_shownId = letter->id;
    updateActions();
}

void DeadLettersPage::updateActions()
{
    const bool admin = isAdmin();
    const DeadLetter *letter =
        m_editing
            ? m_model->letterAt(m_model->rowOf(m_shownId))
            : m_model->letterAt(m_proxy->mapToSource(m_ui->letterTable->currentIndex()).row());
    const bool parked = letter && letter->state == DeadLetter::State::Parked;
    const bool can = admin && !m_busy && m_session && !m_session->isReadOnly();
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->retryButton), static_cast<QWidget *>(m_ui->editButton),
          static_cast<QWidget *>(m_ui->discardButton), static_cast<QWidget *>(m_ui->retryAllButton),
          static_cast<QWidget *>(m_ui->retryEditedButton),
          static_cast<QWidget *>(m_ui->cancelEditButton)})
        button->setVisible(admin);
    m_ui->retryButton->setEnabled(can && parked && !m_editing);
    m_ui->editButton->setEnabled(can && parked && !m_editing);
    m_ui->discardButton->setEnabled(can && parked && !m_editing);
    m_ui->retryAllButton->setEnabled(can && m_model->parkedCount() > 0 && !m_editing);
    m_ui->retryEditedButton->setVisible(admin && m_editing);
    m_ui->cancelEditButton->setVisible(admin && m_editing);
    m_ui->editReason->setVisible(admin && m_editing);
    m_ui->cancelEditButton->setEnabled(can && m_editing);
    bool valid = false;
    if (m_editing) {
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(m_ui->payloadEdit->toPlainText().toUtf8(), &error);
        valid = error.error == QJsonParseError::NoError && doc.isObject();
    }
    m_ui->retryEditedButton->setEnabled(can && parked && m_editing && valid);
}

void DeadLettersPage::validateEdit()
{
    if (!m_editing) {
        m_ui->jsonProblem->hide();
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(m_ui->payloadEdit->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        m_ui->jsonProblem->setText(
            tr("Not valid JSON (at character %1): %2").arg(error.offset).arg(error.errorString()));
    else if (!doc.isObject())
        m_ui->jsonProblem->setText(tr("The payload must be a JSON object."));
    m_ui->jsonProblem->setVisible(error.error != QJsonParseError::NoError || !doc.isObject());
    updateActions();
}

void DeadLettersPage::startEdit()
{
    if (!isAdmin() || !m_shownId)
        return;
    m_editing = true;
    m_ui->payloadEdit->setReadOnly(false);
    m_ui->payloadEdit->setFocus();
    validateEdit();
}

void DeadLettersPage::cancelEdit()
{
    m_editing = false;
    m_ui->payloadEdit->setReadOnly(true);
    m_ui->editReason->clear();
    m_ui->jsonProblem->hide();
    if (const DeadLetter *letter = m_model->letterAt(m_model->rowOf(m_shownId)))
        m_ui->payloadEdit->setPlainText(prettyPayload(*letter));
    updateActions();
}

void DeadLettersPage::showProblem(const QString &message)
{
    m_ui->banner->setText(message);
    m_ui->banner->show();
    Q_EMIT statusMessage(message);
}

void DeadLettersPage::afterAction(const QString &done)
{
    m_busy = false;
    m_ui->banner->hide();
    Q_EMIT statusMessage(done);
    m_session->refreshSoon();
    requestLetters(); // the list shows the resolution at once, in place
}

void DeadLettersPage::retrySelected()
{
    const qint64 id = selectedId();
    if (!id || !m_session || m_busy)
        return;
    m_busy = true;
    updateActions();
    const security::SignedInUser user = m_session->user();
    m_session->run(
        this, [user, id](SqliteEventStore &store) { return DeadLetters(store).retry(user, id); },
        [this, id](Result<QUuid> queued) {
            m_busy = false;
            if (!queued) {
                updateActions();
                return showProblem(
                    tr("Dead letter #%1 was not retried: %2").arg(id).arg(queued.error().message));
            }
            afterAction(tr("Dead letter #%1 queued again.").arg(id));
        });
}

void DeadLettersPage::retryAll()
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    updateActions();
    // The count comes from the store, not the (possibly filtered) table: that is what
    // retryAll will replay.
    m_session->run(
        this, [](SqliteEventStore &store) { return DeadLetters(store).countParked(); },
        [this](Result<qint64> count) {
            m_busy = false;
            updateActions();
            if (!count)
                return showProblem(count.error().message);
            if (*count == 0)
                return showProblem(tr("There are no parked messages to retry."));
            // Spelled out in both forms: without a translation loaded, %n plurals read "(s)".
            const QString question = *count == 1 ? tr("Retry 1 parked message?")
                                                 : tr("Retry %1 parked messages?").arg(*count);
            if (!m_confirm(question))
                return;
            m_busy = true;
            updateActions();
            const security::SignedInUser user = m_session->user();
            m_session->run(
                this,
                [user](SqliteEventStore &store) { return DeadLetters(store).retryAll(user, true); },
                [this](Result<messaging::RetryAllResult> result) {
                    m_busy = false;
                    if (!result) {
                        updateActions();
                        return showProblem(tr("The dead letters were not retried: %1")
                                               .arg(result.error().message));
                    }
                    afterAction(tr("Messages queued again: %1.").arg(result->retried.size()));
                });
        });
}

void DeadLettersPage::retryEdited()
{
    const qint64 id = m_shownId;
    if (!id || !m_session || !m_editing || m_busy)
        return;
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(m_ui->payloadEdit->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return validateEdit();
    m_busy = true;
    updateActions();
    const security::SignedInUser user = m_session->user();
    const QJsonObject payload = doc.object();
    const QString reason = m_ui->editReason->text().trimmed();
    m_session->run(
        this,
        [user, id, payload, reason](SqliteEventStore &store) {
            return DeadLetters(store).editAndRetry(user, id, payload, reason);
        },
        [this, id](Result<QUuid> queued) {
            m_busy = false;
            if (!queued) { // the edit stays in the editor
                updateActions();
                return showProblem(
                    tr("The edited message was not sent: %1").arg(queued.error().message));
            }
            m_editing = false;
            m_ui->payloadEdit->setReadOnly(true);
            m_ui->editReason->clear();
            m_shownId = 0; // show the stored payload again
            afterAction(tr("Dead letter #%1 edited and queued again.").arg(id));
        });
}

void DeadLettersPage::discardSelected()
{
    const qint64 id = selectedId();
    if (!id || !m_session || m_busy)
        return;
    const std::optional<QString> reason = m_askReason(tr("dead letter #%1").arg(id));
    if (!reason)
        return;
    if (reason->trimmed().isEmpty())
        return showProblem(tr("A dead letter is discarded only with a reason."));
    m_busy = true;
    updateActions();
    const security::SignedInUser user = m_session->user();
    const QString why = reason->trimmed();
    m_session->run(
        this,
        [user, id, why](SqliteEventStore &store) {
            return DeadLetters(store).discard(user, id, why);
        },
        [this, id](Status done) {
            m_busy = false;
            if (!done) {
                updateActions();
                return showProblem(
                    tr("Dead letter #%1 was not discarded: %2").arg(id).arg(done.error().message));
            }
            afterAction(tr("Dead letter #%1 discarded.").arg(id));
        });
}

void DeadLettersPage::saveLayout(QSettings &settings) const
{
    settings.setValue(u"deadLetters/splitter"_s, m_ui->splitter->saveState());
    settings.setValue(u"deadLetters/header"_s, m_ui->letterTable->horizontalHeader()->saveState());
}

void DeadLettersPage::restoreLayout(const QSettings &settings)
{
    m_ui->splitter->restoreState(settings.value(u"deadLetters/splitter"_s).toByteArray());
    m_ui->letterTable->horizontalHeader()->restoreState(
        settings.value(u"deadLetters/header"_s).toByteArray());
    // Saved in a shorter language, perhaps.
    fitPillColumn(m_ui->letterTable, DeadLetterModel::StateColumn, letterStateWords());
}

} // namespace eventdesk::gui
