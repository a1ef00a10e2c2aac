// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StoreTab.h"

#include "common/Icons.h"
#include "common/JobProgress.h"
#include "common/StatusStyle.h"
#include "frame/BackupReminder.h"
#include "frame/BackupRestorer.h"
#include "frame/Session.h"
#include "projections/ProjectionRunner.h"
#include "ui_StoreTab.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
struct StoreFacts
{
    QString location;
    qint64 bytes = 0;
    qint64 events = 0;
};
} // namespace

StoreTab::StoreTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StoreTab>())
    , m_progressTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->backupButton->setIcon(themedIcon(u"device-floppy"_s));
    m_ui->rebuildButton->setIcon(themedIcon(u"refresh"_s));
    m_ui->cancelRebuildButton->setIcon(themedIcon(u"player-stop"_s));
    m_ui->restoreButton->setIcon(themedIcon(u"history"_s));
    m_ui->cancelRestoreButton->setIcon(themedIcon(u"player-stop"_s));
    m_ui->openRestoredButton->setIcon(themedIcon(u"external-link"_s));
    m_restorer = new BackupRestorer(this);
    m_opener = openStoreInNewProcess;
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        if (m_restorer->chooseAndRestore())
            restoreStarted();
    });
    connect(m_ui->cancelRestoreButton, &QPushButton::clicked, this, [this] {
        m_restorer->cancel();
        m_ui->cancelRestoreButton->setEnabled(false);
        setResult(m_ui->restoreResult, tr("Cancelling…"), false);
    });
    connect(m_restorer, &BackupRestorer::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_ui->restoreProgress->setRange(0, 1000);
        m_ui->restoreProgress->setValue(int(done * 1000 / total));
        m_ui->restoreProgress->setFormat(tr("Verifying: %1 of %2 events").arg(done).arg(total));
    });
    connect(m_restorer, &BackupRestorer::finished, this, &StoreTab::restoreDone);
    connect(m_ui->openRestoredButton, &QPushButton::clicked, this, &StoreTab::openRestoredStore);
    connect(m_ui->backupButton, &QPushButton::clicked, this, &StoreTab::chooseBackupFile);
    connect(m_ui->rebuildButton, &QPushButton::clicked, this, &StoreTab::startRebuild);
    connect(m_ui->cancelRebuildButton, &QPushButton::clicked, this, &StoreTab::cancelRebuild);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &StoreTab::updateRebuildProgress);
}

StoreTab::~StoreTab()
{
    if (m_rebuildJob)
        m_rebuildJob->cancel = true;
}

void StoreTab::attach(Session *session)
{
    m_session = session;
    const QString path = session->storePath();
    m_ui->restoreHelp->setText(
        tr("Restoring makes a new store from a backup: the backup is checked, copied to a new "
           "file you choose (one that does not exist yet), the copy verified event by event, "
           "and only then given its name. The restored store opens in a new window; the "
           "current store (%1) is not touched. From the command line: eventdesk-cli restore "
           "--from BACKUP-FILE --to NEW-STORE-PATH.")
            .arg(QDir::toNativeSeparators(path)));
    // Rebuilding writes the read models; a backup and a restore only read this store.
    if (session->isReadOnly()) {
        m_ui->rebuildButton->setEnabled(false);
        m_ui->rebuildButton->setToolTip(
            tr("The store is open read-only: the read models cannot be rebuilt."));
    }
    connect(session, &Session::eventsCommitted, this, &StoreTab::reloadFacts);
    reloadFacts();
}

void StoreTab::reloadFacts()
{
    if (!m_session)
        return;
    const quint64 request = ++m_factsRequest;
    m_session->run(
        this,
        [](SqliteEventStore &store) -> Result<StoreFacts> {
            auto head = store.reader().countEvents();
            if (!head)
                return head.error();
            const QString location = store.location();
            QFileInfo file(location);
            qint64 bytes = file.size();
            // The write-ahead log is part of the store until it is checkpointed.
            QFileInfo wal(location + u"-wal"_s);
            if (wal.exists())
                bytes += wal.size();
            return StoreFacts{location, bytes, *head};
        },
        [this, request](Result<StoreFacts> facts) {
            if (request != m_factsRequest)
                return;
            if (facts) {
                const QLocale locale;
                m_ui->locationValue->setText(QDir::toNativeSeparators(facts->location));
                m_ui->sizeValue->setText(locale.formattedDataSize(facts->bytes));
                m_ui->eventsValue->setText(locale.toString(facts->events));
            } else {
                setResult(m_ui->banner, facts.error().message, true);
            }
            Q_EMIT factsLoaded();
        });
}

void StoreTab::chooseBackupFile()
{
    if (!m_session)
        return;
    const QFileInfo store(m_session->storePath());
    const QString suggested = store.dir().filePath(u"%1-%2.eventdesk"_s.arg(
        store.completeBaseName(), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the store to"), suggested,
                                                        tr("EventDesk stores (*.eventdesk)"));
    if (!target.isEmpty())
        backupTo(target);
}

void StoreTab::backupTo(const QString &target)
{
    if (!m_session || m_backupRunning)
        return;
    m_backupRunning = true;
    m_ui->backupButton->setEnabled(false);
    // The copy and its verification report no steps: a busy bar says it is working.
    m_ui->backupProgress->setRange(0, 0);
    m_ui->backupProgress->setVisible(true);
    setResult(m_ui->backupResult,
              tr("Writing and verifying %1…").arg(QDir::toNativeSeparators(target)), false);
    m_session->run(
        this, [target](SqliteEventStore &store) { return store.backupTo(target); },
        [this, target](Result<VerifyReport> result) {
            m_backupRunning = false;
            m_ui->backupButton->setEnabled(true);
            m_ui->backupProgress->setVisible(false);
            if (!result)
                setResult(m_ui->backupResult,
                          tr("No backup was made: %1").arg(result.error().message), true);
            else if (!result->ok)
                setResult(
                    m_ui->backupResult,
                    tr("The copy did not verify (%1); do not rely on it.").arg(result->reason),
                    true);
            else {
                if (m_session)
                    BackupReminder::recordBackup(m_session->store().location());
                setResult(
                    m_ui->backupResult,
                    tr("Backup written and verified: %1 events in %2.")
                        .arg(QLocale().toString(result->events), QDir::toNativeSeparators(target)),
                    false);
            }
            Q_EMIT backupFinished(result);
        });
}

bool StoreTab::isBusy() const
{
    return m_backupRunning || m_rebuildJob != nullptr || m_restorer->isRunning();
}

void StoreTab::restoreFrom(const QString &backup, const QString &target)
{
    if (m_restorer->isRunning())
        return;
    m_restorer->restore(backup, target);
    restoreStarted();
}

void StoreTab::restoreStarted()
{
    m_restoredPath.clear();
    m_ui->openRestoredButton->setVisible(false);
    m_ui->restoreButton->setEnabled(false);
    m_ui->cancelRestoreButton->setEnabled(true);
    // Copying reports no steps: a busy bar until the verification counts events.
    m_ui->restoreProgress->setRange(0, 0);
    m_ui->restoreProgress->resetFormat();
    m_ui->restoreProgress->setVisible(true);
    setResult(m_ui->restoreResult, tr("Restoring and verifying…"), false);
}

void StoreTab::restoreDone(const Result<VerifyReport> &result, const QString &target)
{
    m_ui->restoreButton->setEnabled(true);
    m_ui->cancelRestoreButton->setEnabled(false);
    m_ui->restoreProgress->setVisible(false);
    const bool ok = result && result->ok;
    setResult(m_ui->restoreResult, BackupRestorer::describe(result, target),
              !ok && !(!result && result.error().code == ErrorCode::Cancelled));
    if (ok) {
        m_restoredPath = target;
        m_ui->openRestoredButton->setVisible(true);
        m_ui->openRestoredButton->setFocus();
    }
    Q_EMIT restoreFinished(result, target);
}

void StoreTab::openRestoredStore()
{
    if (m_restoredPath.isEmpty())
        return;
    if (!m_opener || !m_opener(m_restoredPath))
        setResult(m_ui->restoreResult,
                  tr("EventDesk could not be started on %1; open it with eventdesk --store %1.")
                      .arg(QDir::toNativeSeparators(m_restoredPath)),
                  true);
}

void StoreTab::startRebuild()
{
    if (!m_session || m_rebuildJob)
        return;
    auto job = std::make_shared<JobProgress>();
    m_rebuildJob = job;
    m_ui->rebuildButton->setEnabled(false);
    m_ui->cancelRebuildButton->setEnabled(true);
    m_ui->rebuildProgress->setRange(0, 0);
    m_ui->rebuildProgress->setVisible(true);
    setResult(m_ui->rebuildResult, tr("Rebuilding…"), false);
    m_progressTimer->start();
    m_session->run(
        this,
        [job](SqliteEventStore &store) {
            return projections::rebuildProjections(
                store, {}, [job](qint64 done, qint64 total) { job->report(done, total); },
                &job->cancel);
        },
        [this, job](Result<projections::ProjectionCatchUp> result) {
            if (job != m_rebuildJob)
                return;
            m_rebuildJob.reset();
            m_progressTimer->stop();
            m_ui->rebuildProgress->setVisible(false);
            m_ui->rebuildButton->setEnabled(true);
            m_ui->cancelRebuildButton->setEnabled(false);
            QString message;
            if (result) {
                message = tr("Read models rebuilt from %1 events.")
                              .arg(QLocale().toString(result->eventsRead));
                m_session->refreshSoon();
            } else if (result.error().code == ErrorCode::Cancelled) {
                message = tr("Rebuild cancelled; the read models are as they were.");
            } else {
                message = tr("The rebuild failed; the read models are as they were: %1")
                              .arg(result.error().message);
            }
            setResult(m_ui->rebuildResult, message,
                      !result && result.error().code != ErrorCode::Cancelled);
            Q_EMIT rebuildFinished(result.ok(), message);
        });
}

void StoreTab::cancelRebuild()
{
    if (!m_rebuildJob)
        return;
    m_rebuildJob->cancel = true;
    m_ui->cancelRebuildButton->setEnabled(false);
    setResult(m_ui->rebuildResult, tr("Cancelling…"), false);
}

void StoreTab::updateRebuildProgress()
{
    if (!m_rebuildJob)
        return;
    const qint64 total = m_rebuildJob->total.load();
    const qint64 done = m_rebuildJob->done.load();
    if (total <= 0)
        return;
    m_ui->rebuildProgress->setRange(0, 1000);
    m_ui->rebuildProgress->setValue(int(done * 1000 / total));
    m_ui->rebuildProgress->setFormat(tr("%1 of %2 events").arg(done).arg(total));
}

void StoreTab::setResult(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(
        error ? u"color: %1;"_s.arg(toneColor(StatusTone::Failed, paletteIsDark()).name())
              : QString());
    label->setText(text);
    label->setVisible(true);
}

} // namespace eventdesk::gui
