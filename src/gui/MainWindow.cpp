// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "store/SqliteEventStore.h"
#include "RecentEventsModel.h"
#include "store/Subscription.h"

#include <QApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QHeaderView>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace eventdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Opened
{
    std::shared_ptr<SqliteEventStore> store;
    qint64 head = 0;
};
using OpenResult = Result<Opened>;
constexpr int RecentCapacity = 500;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("EventDesk"));
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About EventDesk"), this, [] { QApplication::aboutQt(); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(tr("Opening the store…"), central);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new RecentEventsModel(RecentCapacity, this);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RecentEventsModel::Stream, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Recent events"));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_storeLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    resize(1440, 900);
}

MainWindow::~MainWindow()
{
    // The subscription reads through the store: it goes first.
    delete m_subscription;
}

void MainWindow::openStore(const QString &path)
{
    m_path = path;
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(path)));
    QThread *guiThread = thread();
    auto *watcher = new QFutureWatcher<OpenResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        OpenResult result = watcher->result();
        if (!result) {
            showProblem(result.error().message);
            Q_EMIT storeFailed(result.error().message);
            return;
        }
        m_store = std::move(result->store);
        showStore(result->head);
    });
    watcher->setFuture(QtConcurrent::run([path, guiThread]() -> OpenResult {
        auto opened = SqliteEventStore::open(path);
        if (!opened)
            return opened.error();
        Opened o;
        o.store = std::move(opened).value();
        auto head = o.store->reader().headPosition();
        if (!head)
            return head.error();
        o.head = *head;
        o.store->moveToThread(guiThread);
        return o;
    }));
}

void MainWindow::showStore(qint64 head)
{
    m_head = head;
    m_summary->setText(tr("<b>%1</b> — the newest events, updated as they are committed.")
                           .arg(QDir::toNativeSeparators(m_path).toHtmlEscaped()));
    auto updateCount = [this] {
        m_countLabel->setText(m_head == 0 ? tr("No events yet")
                                          : tr("%1 events").arg(QLocale().toString(m_head)));
    };
    updateCount();
    // Start just before the newest events: the window never reads the whole history.
    m_subscription = new EventSubscription(m_store.get(), qMax<qint64>(0, head - RecentCapacity), {}, this);
    connect(m_subscription, &EventSubscription::eventsArrived, this,
            [this, updateCount](const QList<RecordedEvent> &events) {
                m_model->addEvents(events);
                m_head = qMax(m_head, events.constLast().globalPosition);
                updateCount();
            });
    connect(m_subscription, &EventSubscription::caughtUp, this, &MainWindow::storeReady);
    connect(m_subscription, &EventSubscription::failed, this, &MainWindow::showProblem);
    // Commits by other programs (a CLI script) show up within a second.
    m_subscription->setPollInterval(1000);
    m_subscription->start();
}

void MainWindow::showProblem(const QString &message)
{
    m_summary->setText(tr("<h2>The store cannot be opened</h2><p>%1</p>").arg(message.toHtmlEscaped()));
}

} // namespace eventdesk
