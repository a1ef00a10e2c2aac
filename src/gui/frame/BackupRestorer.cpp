// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/BackupRestorer.h"

#include "app/AppIdentity.h"
#include "common/JobProgress.h"
#include "store/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

BackupRestorer::BackupRestorer(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &BackupRestorer::reportProgress);
}

BackupRestorer::~BackupRestorer()
{
    // The worker holds the job too: it stops after the current step, removing its copy.
    if (m_job)
        m_job->cancel = true;
}

QString BackupRestorer::ask(Question question, const QString &suggested) const
{
    if (m_chooser)
        return m_chooser(question, suggested);
    const QString filter = tr("EventDesk stores (*.eventdesk);;All files (*)");
    if (question == Question::Backup)
        return QFileDialog::getOpenFileName(m_dialogParent, tr("Restore which backup?"), suggested,
                                            filter);
    // No overwrite question: core refuses a path that holds a file, and says so.
    return QFileDialog::getSaveFileName(m_dialogParent, tr("Restore into a new store file"),
                                        suggested, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

bool BackupRestorer::chooseAndRestore()
{
    if (isRunning())
        return false;
    const QString backup = ask(Question::Backup, QFileInfo(defaultStorePath()).absolutePath());
    if (backup.isEmpty())
        return false;
    const QFileInfo info(backup);
    const QString suggested =
        info.dir().filePath(u"%1-restored.eventdesk"_s.arg(info.completeBaseName()));
    const QString target = ask(Question::NewStore, suggested);
    if (target.isEmpty())
        return false;
    restore(backup, target);
    return true;
}

void BackupRestorer::restore(const QString &backup, const QString &target)
{
    if (isRunning())
        return;
    auto job = std::make_shared<JobProgress>();
    m_job = job;
    m_progressTimer->start();
    Q_EMIT progress(0, 0);
    QtConcurrent::run([backup, target, job] {
        return restoreBackup(
            backup, target, [job](qint64 done, qint64 total) { job->report(done, total); },
            &job->cancel);
    }).then(this, [this, job, target](const Result<VerifyReport> &result) {
        if (job != m_job)
            return;
        m_job.reset();
        m_progressTimer->stop();
        Q_EMIT finished(result, target);
    });
}

void BackupRestorer::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void BackupRestorer::reportProgress()
{
    if (m_job)
        Q_EMIT progress(m_job->done.load(), m_job->total.load());
}

QString BackupRestorer::describe(const Result<VerifyReport> &result, const QString &target)
{
    if (result && result->ok)
        return tr("Restored and verified: %1 events in %2.")
            .arg(QLocale().toString(result->events), QDir::toNativeSeparators(target));
    if (result) // restoreBackup refuses a copy that does not verify; said all the same
        return tr("The restored copy did not verify (%1); nothing was restored.")
            .arg(result->reason);
    if (result.error().code == ErrorCode::Cancelled)
        return tr("The restore was cancelled; nothing was restored.");
    return tr("Nothing was restored: %1").arg(result.error().message);
}

} // namespace eventdesk::gui

namespace eventdesk::gui {

bool openStoreInNewProcess(const QString &path)
{
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--store"_s, path});
}

} // namespace eventdesk::gui
