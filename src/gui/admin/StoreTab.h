// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Verifier.h"
#include "util/Result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTimer;
namespace Ui {
class StoreTab;
}

namespace eventdesk::gui {

class Session;
struct JobProgress;

class BackupRestorer;

// Administration › The store: where it is and how big, a verified backup to a chosen
// file, rebuilding the read models (progress, Cancel), and restoring a backup into a new
// store file (verified, progress, Cancel), which then opens in a new window: one window
// holds one store. On a store opened read-only the backup and the restore still work
// (neither writes to it); the rebuild does not.
class StoreTab final : public QWidget
{
    Q_OBJECT
public:
    // Opens a store in another window; false when that could not be started.
    using StoreOpener = std::function<bool(const QString &path)>;

    explicit StoreTab(QWidget *parent = nullptr);
    ~StoreTab() override;

    void attach(Session *session);
    void reloadFacts();
    // Writes a verified backup to target (the Backup… button asks for the file first).
    void backupTo(const QString &target);
    void startRebuild();
    void cancelRebuild();
    // Restores backup into target (the Restore button asks for both first, through the
    // restorer's chooser: tests set one).
    void restoreFrom(const QString &backup, const QString &target);
    BackupRestorer *restorer() const { return m_restorer; }
    // How "Open the restored store" opens it: a new EventDesk process unless replaced.
    void setStoreOpener(StoreOpener opener) { m_opener = std::move(opener); }
    bool isBusy() const;

Q_SIGNALS:
    void factsLoaded();
    void backupFinished(const eventdesk::Result<eventdesk::VerifyReport> &result);
    void rebuildFinished(bool ok, const QString &message);
    void restoreFinished(const eventdesk::Result<eventdesk::VerifyReport> &result,
                         const QString &target);

private:
    void chooseBackupFile();
    void restoreStarted();
    void restoreDone(const Result<VerifyReport> &result, const QString &target);
    void openRestoredStore();
    void updateRebuildProgress();
    void setResult(QLabel *label, const QString &text, bool error);

    std::unique_ptr<Ui::StoreTab> m_ui;
    QPointer<Session> m_session;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<JobProgress> m_rebuildJob;
    BackupRestorer *m_restorer = nullptr;
    StoreOpener m_opener;
    QString m_restoredPath;
    bool m_backupRunning = false;
    quint64 m_factsRequest = 0;
};

} // namespace eventdesk::gui
