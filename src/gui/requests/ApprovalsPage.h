// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"
#include "projections/ReadModels.h"
#include "requests/RequestDetail.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;
class QSortFilterProxyModel;

namespace Ui {
class ApprovalsPage;
}

namespace eventdesk::gui {

class RequestTableModel;

// Approvals, a manager's home: what waits for the signed-in user (their inbox), the
// selected request with its history and path, and the actions its current step offers
// them (approve, reject with a reason, pack, ship, …). Someone acting first is a banner
// with Refresh; what was typed stays.
class ApprovalsPage final : public Page
{
    Q_OBJECT
public:
    explicit ApprovalsPage(QWidget *parent = nullptr);
    ~ApprovalsPage() override;
    QString pageId() const override { return QStringLiteral("approvals"); }
    QString title() const override { return tr("Approvals"); }
    QString iconName() const override { return QStringLiteral("checklist"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    // {"stream": id}: selects that request when it waits for the user.
    void navigateTo(const QVariantMap &arguments) override;

    RequestTableModel *model() const { return m_model; }
    QString selectedStreamId() const;
    // The stream whose detail (and actions) are shown; empty while none is.
    QString shownStreamId() const;
    // The action buttons the shown step offers, by action name.
    QPushButton *actionButton(const QString &action) const;
    // Runs an action on a request as the signed-in user, with the comment and reason typed
    // in the page; seenVersion is the stream version the user decided on (a newer one
    // means someone acted first). The buttons call this for the shown request.
    void performAction(const QString &streamId, qint64 seenVersion, const QString &action);
    bool isBusy() const { return m_busy; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // An action finished (successfully or not); for tests and the status bar.
    void actionFinished(bool ok);

private:
    void reload();
    void loadDetail(const QString &streamId);
    void currentChanged();
    void rebuildActions();
    void updateActionStates();
    void updateHeading();
    void rejectShortcut();
    void showBanner(const QString &text, bool offerRefresh);
    void refreshNow();
    // The user's approval of this request counts, but their limit does not cover its amount.
    bool approvalFallsShort(const QString &streamId) const;

    std::unique_ptr<Ui::ApprovalsPage> m_ui;
    QPointer<Session> m_session;
    RequestTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QHash<QString, projections::InboxItem> m_items;
    std::optional<RequestDetail> m_detail;
    QList<QPushButton *> m_actionButtons;
    quint64 m_listRequest = 0;
    quint64 m_detailRequest = 0;
    bool m_busy = false;
    bool m_splitRestored = false; // the person's own split came back from the settings
    bool m_splitPlaced = false;
    QString m_pendingSelection;
};

} // namespace eventdesk::gui
