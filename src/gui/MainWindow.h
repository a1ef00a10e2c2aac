// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QTableView;

namespace eventdesk {

class SqliteEventStore;
class EventSubscription;
class RecentEventsModel;

// The console's frame: menus, the open store's summary and the status bar. It never
// touches the database on its own thread: the store is opened and read in the
// background and results come back queued. (The pages come with the console issue.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the store at path in the background; storeReady or storeFailed follows.
    void openStore(const QString &path);
    qint64 headPosition() const { return m_head; }
    RecentEventsModel *recentEvents() const { return m_model; }

Q_SIGNALS:
    void storeReady();
    void storeFailed(const QString &message);

private:
    void showStore(qint64 head);
    void showProblem(const QString &message);

    std::shared_ptr<SqliteEventStore> m_store;
    QPointer<EventSubscription> m_subscription;
    QString m_path;
    qint64 m_head = 0;
    QLabel *m_summary = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    RecentEventsModel *m_model = nullptr;
};

} // namespace eventdesk
