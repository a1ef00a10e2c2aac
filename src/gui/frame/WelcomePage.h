// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace eventdesk::gui {

class BackupRestorer;

// What a first start (or a store that cannot be opened) shows: explore the demo company,
// open an existing store, create a new one with its first administrator, or pick a recent
// store. It says why it is shown when a store could not be opened, and then offers to
// restore a backup into a new store (opened once verified) and, for a store another
// program holds or a damaged one, to open it read-only.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Why the welcome page is shown (a store that could not be opened); empty: first start.
    void setProblem(const QString &message, bool offerReadOnly = false);
    void setRecentStores(const QStringList &paths);
    // Restores backup into target (the Restore button asks for both first, through the
    // restorer's chooser: tests set one); storeChosen(target) follows once it verified.
    void restoreFrom(const QString &backup, const QString &target);
    BackupRestorer *restorer() const { return m_restorer; }

    // The recent stores kept in QSettings, newest first.
    static QStringList recentStores();
    static void rememberStore(const QString &path);

Q_SIGNALS:
    void storeChosen(const QString &path);
    void demoRequested();
    // Open the store that could not be opened again, read-only.
    void readOnlyRequested();

private:
    void setRestoring(bool restoring);

    std::unique_ptr<Ui::WelcomePage> m_ui;
    BackupRestorer *m_restorer = nullptr;
};

} // namespace eventdesk::gui
