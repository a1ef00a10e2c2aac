// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Verifier.h"
#include "util/Result.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;
namespace Ui {
class StoreTab;
}

namespace eventdesk::gui {

class Session;
struct JobProgress;

// Administration › The store: where it is and how big, a verified backup to a chosen
// file, rebuilding the read models (progress, Cancel), and how to restore (a CLI
// operation on a closed store, so it is explained rather than done here).
class StoreTab final : public QWidget
{
    Q_OBJECT
public:
    explicit StoreTab(QWidget *parent = nullptr);
    ~StoreTab() override;

    void attach(Session *session);
    void reloadFacts();
    // Writes a verified backup to target (the Backup… button asks for the file first).
    void backupTo(const QString &target);
    void startRebuild();
    void cancelRebuild();
    bool isBusy() const { return m_backupRunning || m_rebuildJob != nullptr; }

Q_SIGNALS:
    void factsLoaded();
    void backupFinished(const eventdesk::Result<eventdesk::VerifyReport> &result);
    void rebuildFinished(bool ok, const QString &message);

private:
    void chooseBackupFile();
    void updateRebuildProgress();
    void setResult(QLabel *label, const QString &text, bool error);

    std::unique_ptr<Ui::StoreTab> m_ui;
    QPointer<Session> m_session;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<JobProgress> m_rebuildJob;
    bool m_backupRunning = false;
    quint64 m_factsRequest = 0;
};

} // namespace eventdesk::gui
