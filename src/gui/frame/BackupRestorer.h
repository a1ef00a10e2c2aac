// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Verifier.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;
class QTimer;

namespace eventdesk::gui {

struct JobProgress;

// Restores a backup into a new store file, off the GUI thread: core's restoreBackup checks
// the backup, copies it beside the target, verifies the copy (progress, Cancel) and only
// then gives it the target's name; an existing target is refused. Which files comes from
// dialogs or, in tests, from a chooser set in advance (the offscreen platform has no
// native dialogs).
class BackupRestorer final : public QObject
{
    Q_OBJECT
public:
    enum class Question
    {
        Backup,  // the backup to restore
        NewStore // where the restored store goes (a path that holds no file)
    };
    // Returns the chosen path, or an empty string when the person cancelled.
    using FileChooser = std::function<QString(Question question, const QString &suggested)>;

    explicit BackupRestorer(QWidget *dialogParent);
    ~BackupRestorer() override; // asks a running restore to stop
    Q_DISABLE_COPY_MOVE(BackupRestorer)

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    // Asks for the backup, then for the new store's path, and restores; false when either
    // question was cancelled or a restore is running.
    bool chooseAndRestore();
    void restore(const QString &backup, const QString &target);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    // A sentence for the person: what was restored and verified, or why nothing was.
    static QString describe(const Result<VerifyReport> &result, const QString &target);

Q_SIGNALS:
    // While verifying the copy, about ten times a second; total 0 while it is not known.
    void progress(qint64 done, qint64 total);
    void finished(const eventdesk::Result<eventdesk::VerifyReport> &result, const QString &target);

private:
    QString ask(Question question, const QString &suggested) const;
    void reportProgress();

    QPointer<QWidget> m_dialogParent;
    FileChooser m_chooser;
    std::shared_ptr<JobProgress> m_job;
    QTimer *m_progressTimer = nullptr;
};

// One window holds one store: another store opens in a new EventDesk process. False when
// the program could not be started.
bool openStoreInNewProcess(const QString &path);

} // namespace eventdesk::gui
