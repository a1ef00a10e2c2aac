// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Session.h"
#include "security/AccessControl.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QProgressBar;
class QToolButton;

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::gui {

class Page;
class WelcomePage;

// The console's frame: menus, the navigation rail, the pages and the status bar (store,
// user, outbox backlog, open breakers — each clickable). It opens the store in the
// background, asks who is signing in, then shows the pages that user's roles allow.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class StoreAccess
    {
        Writable,
        // No writer: core refuses every change with a clear message, sign-in records
        // nothing, the background work only reads. For a store another program holds or a
        // damaged one: see what it holds, make a backup.
        ReadOnly
    };
    // Opens the store at path in the background; storeOpened or storeFailed follows.
    void openStore(const QString &path, StoreAccess access = StoreAccess::Writable);
    // The first-run page: the demo, open a store, create one, recent stores; with the
    // reason when a store could not be opened (and for a store another program holds or a
    // damaged one, the offer to open it read-only).
    void showWelcome(const QString &problem = {}, bool offerReadOnly = false);
    // Shows the sign-in dialog for the opened store (signedIn follows on success).
    void askToSignIn(const QString &suggestedUser = {});
    // Starts the session for a user who has signed in (the dialog, or --screenshot).
    void startSession(const security::SignedInUser &user);

    std::shared_ptr<SqliteEventStore> store() const { return m_store; }
    Session *session() const { return m_session; }
    // Whether the open store is a demo company's (store_info says so).
    bool isDemoStore() const { return m_isDemo; }
    bool isReadOnly() const { return m_readOnly; }
    QList<Page *> pages() const { return m_pages; }
    bool isBackupReminderShown() const;
    QList<Page *> visiblePages() const;
    Page *page(const QString &pageId) const;
    Page *currentPage() const;
    bool showPage(const QString &pageId, const QVariantMap &arguments = {});

Q_SIGNALS:
    void storeOpened();
    void storeFailed(const QString &message);
    void signedIn();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void nameStatusButtons();
    // Shows "Back up…" in the status bar while an administrator's store has no recent
    // backup from this computer.
    void refreshBackupReminder();
    void buildPages();
    // Sizes the rail's cells for the page names in the language shown: wide enough for the
    // longest word, tall enough for the name wrapped onto as many lines as it takes.
    void fitRail(const QStringList &titles);
    // A new language: menus, status bar and pages are built again in it, the session,
    // the current page and the layout kept.
    void retranslate();
    // A store that could not be opened: the welcome page says why and what to do.
    void showOpenFailure(const QString &path, StoreAccess access, const Error &error);
    // The window title, marked when the store is open read-only.
    void setTitle(const QString &title);
    void updateStatus(const StatusSnapshot &status);
    void showCatchUp(qint64 done, qint64 total);
    void saveLayout() const;
    void restoreLayout();

    std::shared_ptr<SqliteEventStore> m_store;
    QPointer<Session> m_session;
    QList<Page *> m_pages;
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_problem = nullptr;
    WelcomePage *m_welcome = nullptr;
    QToolButton *m_storeButton = nullptr;
    QToolButton *m_userButton = nullptr;
    QToolButton *m_outboxButton = nullptr;
    QToolButton *m_breakersButton = nullptr;
    QToolButton *m_backupButton = nullptr;
    QToolButton *m_readOnlyButton = nullptr;
    QProgressBar *m_catchUpBar = nullptr; // shown while the read models catch up a backlog
    QMenu *m_goMenu = nullptr;
    bool m_isDemo = false;
    bool m_readOnly = false;
    bool m_retranslatePending = false;
    std::optional<StatusSnapshot> m_lastStatus;
    QString m_welcomeProblem;
    bool m_welcomeOffersReadOnly = false;
    QString m_failedPath; // the store the welcome page's problem is about
};

} // namespace eventdesk::gui
