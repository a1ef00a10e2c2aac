// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"
#include "store/Verifier.h"
#include "util/Result.h"

#include <QPointer>

#include <memory>

class QCustomPlot;
class QTimer;
namespace Ui {
class AuditPage;
}

namespace eventdesk::projections {
struct KpiReport;
}

namespace eventdesk::gui {

class AuditLogModel;
struct JobProgress;

// Audit: verifies the hash chain (off the GUI thread, with progress and Cancel), reads the
// audit log with filters and an "as of" position, and shows a small KPI report.
class AuditPage final : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;
    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit"); }
    QString iconName() const override { return QStringLiteral("shield-check"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    // For tests and the keyboard: start/cancel verification; the outcome as shown.
    void startVerify();
    void cancelVerify();
    bool isVerifying() const { return m_verifyJob != nullptr; }
    QString verifyResultText() const;
    AuditLogModel *logModel() const { return m_model; }

Q_SIGNALS:
    // The verification ended: its report, or the error that stopped it (cancelled too).
    void verifyFinished(const eventdesk::Result<eventdesk::VerifyReport> &result);

private:
    void applyFilter();
    void showVerifyResult(const Result<VerifyReport> &result);
    void updateProgress();
    void updateEmptyState();
    void loadKpis();
    void showKpis(const projections::KpiReport &report);

    std::unique_ptr<Ui::AuditPage> m_ui;
    QPointer<Session> m_session;
    AuditLogModel *m_model = nullptr;
    QCustomPlot *m_chart = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTimer *m_filterDelay = nullptr;
    std::shared_ptr<JobProgress> m_verifyJob;
    quint64 m_kpiRequest = 0;
};

} // namespace eventdesk::gui
