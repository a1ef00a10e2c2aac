// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace eventdesk::gui {

// What a first start (or a store that cannot be opened) shows: explore the demo company,
// open an existing store, create a new one with its first administrator, or pick a recent
// store. It says why it is shown when a store could not be opened.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Why the welcome page is shown (a store that could not be opened); empty: first start.
    void setProblem(const QString &message);
    void setRecentStores(const QStringList &paths);

    // The recent stores kept in QSettings, newest first.
    static QStringList recentStores();
    static void rememberStore(const QString &path);

Q_SIGNALS:
    void storeChosen(const QString &path);
    void demoRequested();

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace eventdesk::gui
