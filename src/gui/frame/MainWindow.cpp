// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/MainWindow.h"

#include "app/AppIdentity.h"
#include "common/Icons.h"
#include "demo/DemoCompany.h"
#include "frame/BackupReminder.h"
#include "frame/DemoStore.h"
#include "frame/Page.h"
#include "frame/PageRegistry.h"
#include "frame/Session.h"
#include "frame/SettingsDialog.h"
#include "frame/SignInDialog.h"
#include "frame/WelcomePage.h"
#include "store/SqliteEventStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;

QToolButton *statusButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("EventDesk"));
    setWindowIcon(themedIcon(u"timeline"_s));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_rail = new QListWidget(central);
    m_rail->setObjectName(u"navigationRail"_s);
    m_rail->setAccessibleName(tr("Pages"));
    m_rail->setViewMode(QListView::IconMode);
    m_rail->setFlow(QListView::TopToBottom);
    m_rail->setMovement(QListView::Static);
    m_rail->setWrapping(false);
    m_rail->setIconSize(QSize(24, 24));
    // Long names wrap under the icon ("Unzustellbare / Nachrichten") instead of being
    // elided; fitRail() sizes the cells for them.
    m_rail->setWordWrap(true);
    fitRail({});
    m_rail->setFrameShape(QFrame::NoFrame);
    m_rail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rail->setStyleSheet(u"QListWidget#navigationRail { padding-top: 8px; }"_s);
    m_rail->setVisible(false);
    layout->addWidget(m_rail);

    m_stack = new QStackedWidget(central);
    m_problem = new QLabel(tr("Opening the store…"), m_stack);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setMargin(48);
    m_stack->addWidget(m_problem);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_rail, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        showPage(m_rail->item(row)->data(PageIdRole).toString());
    });

    buildMenus();
    buildStatusBar();
    resize(1440, 900);
}

MainWindow::~MainWindow()
{
    // The pages and their pending work go before the session and the store.
    qDeleteAll(m_pages);
    m_pages.clear();
    delete m_session;
}

void MainWindow::buildMenus()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(themedIcon(u"logout"_s), tr("&Quit"), QKeySequence::Quit, this,
                        &QWidget::close);
    menuBar()->addMenu(tr("&View"));
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(themedIcon(u"settings"_s), tr("&Settings…"), QKeySequence::Preferences,
                         this, [this] {
                             auto *dialog = new SettingsDialog(this);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             dialog->open();
                         });
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<p><b>Ctrl+1 … Ctrl+8</b> go to the pages in the order of the rail.</p>"
               "<p><b>Ctrl+F</b> goes to the page's filter.</p>"
               "<p>In Approvals, <b>Ctrl+Enter</b> approves and <b>Ctrl+R</b> rejects.</p>"));
    });
    helpMenu->addAction(tr("&About EventDesk"), this, [this] {
        QMessageBox::about(this, tr("About EventDesk"),
                           tr("<h3>EventDesk %1</h3><p>The desktop console for event-driven "
                              "business workflows.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_storeButton = statusButton(this);
    m_userButton = statusButton(this);
    m_outboxButton = statusButton(this);
    m_breakersButton = statusButton(this);
    m_backupButton = statusButton(this);
    m_backupButton->setIcon(themedIcon(u"device-floppy"_s));
    // Read-only is said in words in the status bar; a click repeats the explanation there
    // (a tooltip alone is out of the keyboard's reach).
    m_readOnlyButton = statusButton(this);
    m_readOnlyButton->setIcon(themedIcon(u"lock"_s));
    statusBar()->addPermanentWidget(m_readOnlyButton);
    m_readOnlyButton->setVisible(false);
    connect(m_readOnlyButton, &QToolButton::clicked, this,
            [this] { statusBar()->showMessage(m_readOnlyButton->toolTip(), 20'000); });
    statusBar()->addPermanentWidget(m_backupButton);
    m_backupButton->setVisible(false);
    connect(m_backupButton, &QToolButton::clicked, this, [this] {
        showPage(u"administration"_s, {{u"tab"_s, u"store"_s}});
    });
    nameStatusButtons();
    m_storeButton->setIcon(themedIcon(u"database"_s));
    m_userButton->setIcon(themedIcon(u"user"_s));
    m_outboxButton->setIcon(themedIcon(u"send"_s));
    m_breakersButton->setIcon(themedIcon(u"bolt"_s));
    // A store opened after many events (or a rebuilt file) takes a while to bring the read
    // models up to date: the lists show what they had until then, and this says why.
    m_catchUpBar = new QProgressBar(this);
    m_catchUpBar->setObjectName(u"catchUpBar"_s);
    m_catchUpBar->setRange(0, 1000);
    m_catchUpBar->setMaximumWidth(220);
    m_catchUpBar->setVisible(false);
    statusBar()->addPermanentWidget(m_catchUpBar);
    statusBar()->addPermanentWidget(m_storeButton);
    statusBar()->addPermanentWidget(m_userButton);
    statusBar()->addPermanentWidget(m_outboxButton);
    statusBar()->addPermanentWidget(m_breakersButton);
    m_storeButton->setVisible(false);
    m_userButton->setVisible(false);
    m_outboxButton->setVisible(false);
    m_breakersButton->setVisible(false);
    connect(m_storeButton, &QToolButton::clicked, this, [this] { showPage(u"administration"_s); });
    connect(m_outboxButton, &QToolButton::clicked, this, [this] { showPage(u"health"_s); });
    connect(m_breakersButton, &QToolButton::clicked, this, [this] { showPage(u"health"_s); });
}

void MainWindow::showWelcome(const QString &problem, bool offerReadOnly)
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_stack);
        m_stack->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::storeChosen, this,
                [this](const QString &path) { openStore(path); });
        connect(m_welcome, &WelcomePage::readOnlyRequested, this, [this] {
            if (!m_failedPath.isEmpty())
                openStore(m_failedPath, StoreAccess::ReadOnly);
        });
        connect(m_welcome, &WelcomePage::demoRequested, this, [this] {
            const QString path = demoStorePath();
            if (Status made = ensureDemoStore(path, true, this); !made) {
                m_welcome->setProblem(made.error().message);
                return;
            }
            openStore(path);
        });
    }
    m_welcomeProblem = problem;
    m_welcomeOffersReadOnly = offerReadOnly;
    m_welcome->setProblem(problem, offerReadOnly);
    m_welcome->setRecentStores(WelcomePage::recentStores());
    m_stack->setCurrentWidget(m_welcome);
    setTitle(tr("Welcome — EventDesk"));
}

void MainWindow::openStore(const QString &path, StoreAccess access)
{
    if (m_session)
        return; // one store a window; another store is another start
    m_problem->setText(tr("Opening the store…"));
    m_stack->setCurrentWidget(m_problem);
    m_storeButton->setText(QDir::toNativeSeparators(path));
    m_storeButton->setVisible(true);
    QThread *guiThread = thread();
    struct OpenedStore
    {
        std::shared_ptr<SqliteEventStore> store;
        bool demo = false;
    };
    using Opened = Result<OpenedStore>;
    StoreOptions options;
    options.readOnly = access == StoreAccess::ReadOnly;
    QFuture<Opened> future = QtConcurrent::run([path, options, guiThread]() -> Opened {
        auto opened = SqliteEventStore::open(path, options);
        if (!opened)
            return opened.error();
        OpenedStore result;
        result.store = std::move(opened).value();
        const auto demo = demo::isDemoStore(*result.store);
        result.demo = demo && *demo;
        // Its signals are delivered to the window's thread.
        result.store->moveToThread(guiThread);
        return result;
    });
    future.then(this, [this, path, access](const Opened &opened) {
        if (!opened) {
            showOpenFailure(path, access, opened.error());
            Q_EMIT storeFailed(m_welcomeProblem);
            return;
        }
        m_store = opened->store;
        m_isDemo = opened->demo;
        m_readOnly = access == StoreAccess::ReadOnly;
        m_readOnlyButton->setVisible(m_readOnly);
        setTitle(tr("EventDesk"));
        WelcomePage::rememberStore(m_store->location());
        m_problem->setText(tr("Signing in…"));
        Q_EMIT storeOpened();
    });
}

void MainWindow::askToSignIn(const QString &suggestedUser)
{
    if (!m_store)
        return;
    auto *dialog = new SignInDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_isDemo)
        dialog->setHint(tr("This is the demo company. Sign in as %1 to see every page, or as "
                           "any demo user; every password is %2.")
                            .arg(QString(demo::DemoAdministrator), QString(demo::DemoPassword)));
    const QString user =
        suggestedUser.isEmpty() && m_isDemo ? QString(demo::DemoAdministrator) : suggestedUser;
    if (m_readOnly)
        dialog->setHint(tr("The store is open read-only: the password is checked, but nothing "
                           "is recorded, and nothing can be changed."));
    if (!user.isEmpty())
        dialog->setUserName(user);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startSession(dialog->signedInUser()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_problem->setText(tr("<h2>Not signed in</h2><p>Sign in to see this store. "
                              "<a href=\"signin\">Sign in…</a></p>"));
    });
    dialog->open();
}

void MainWindow::startSession(const security::SignedInUser &user)
{
    if (m_session || !m_store)
        return;
    m_session = new Session(m_store, user, this);
    buildPages();

    m_userButton->setText(user.name);
    nameStatusButtons();
    m_userButton->setVisible(true);
    connect(m_session, &Session::statusChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::readModelsCatchingUp, this, &MainWindow::showCatchUp);
    connect(m_session, &Session::backgroundProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_rail->setVisible(true);
    restoreLayout();
    const QList<Page *> visible = visiblePages();
    if (!visible.isEmpty() && !currentPage()) {
        QSettings settings;
        const QString last = settings.value(u"window/page"_s).toString();
        if (!showPage(last))
            showPage(visible.first()->pageId());
    }
    refreshBackupReminder();
    if (m_backupButton->isVisible())
        statusBar()->showMessage(m_backupButton->toolTip(), 20'000);
    m_session->startBackgroundWork();
    Q_EMIT signedIn();
}

void MainWindow::fitRail(const QStringList &titles)
{
    // A rail of at least the 112 px the English names have always had, and at most 160: a
    // name that still does not fit is better elided (its tooltip has it) than a rail eating
    // the page.
    constexpr int MinimumCell = 108;
    constexpr int MaximumCell = 156;
    // The item view's text margins (the focus frame's and one more pixel, each side) and
    // some air.
    const int margin =
        m_rail->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_rail) + 1;
    const int padding = 2 * margin + 8;
    const QFontMetrics metrics(m_rail->font());
    int widestWord = 0;
    for (const QString &title : titles)
        for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
    const int cellWidth = std::clamp(widestWord + padding, MinimumCell, MaximumCell);
    int textHeight = metrics.height();
    for (const QString &title : titles)
        textHeight =
            std::max(textHeight, metrics
                                     .boundingRect(QRect(0, 0, cellWidth - padding, 1000),
                                                   Qt::TextWordWrap | Qt::AlignHCenter, title)
                                     .height());
    const int cellHeight = m_rail->iconSize().height() + 2 * margin + textHeight + 12;
    m_rail->setGridSize(QSize(cellWidth, std::max(62, cellHeight)));
    m_rail->setFixedWidth(cellWidth + 4);
}

void MainWindow::buildPages()
{
    m_pages = createPages(m_stack);
    QStringList titles;
    for (Page *page : std::as_const(m_pages))
        if (page->availableTo(m_session->user()))
            titles.append(page->title());
    fitRail(titles);
    int shortcut = 0;
    for (Page *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        connect(page, &Page::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(page, &Page::navigateRequested, this, &MainWindow::showPage);
        if (!page->availableTo(m_session->user()))
            continue;
        auto *item = new QListWidgetItem(themedIcon(page->iconName()), page->title(), m_rail);
        item->setData(PageIdRole, page->pageId());
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        // The item fills its grid cell, so icon and label sit centred in the rail.
        item->setSizeHint(m_rail->gridSize() - QSize(4, 4));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(shortcut + 1));
        const QString id = page->pageId();
        auto *action = m_goMenu->addAction(themedIcon(page->iconName()), page->title(), this,
                                           [this, id] { showPage(id); });
        if (shortcut < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + shortcut)));
        ++shortcut;
    }
    for (Page *page : std::as_const(m_pages))
        if (page->availableTo(m_session->user()))
            page->attach(m_session);
}

void MainWindow::nameStatusButtons()
{
    m_storeButton->setAccessibleName(tr("Store"));
    m_storeButton->setToolTip(tr("The store this window works on"));
    m_userButton->setAccessibleName(tr("Signed-in user"));
    m_outboxButton->setAccessibleName(tr("Outbox backlog"));
    m_breakersButton->setAccessibleName(tr("Open breakers"));
    m_backupButton->setAccessibleName(tr("Backup reminder"));
    m_backupButton->setText(tr("Back up…"));
    m_readOnlyButton->setText(tr("Read-only"));
    m_readOnlyButton->setAccessibleName(tr("Read-only"));
    m_readOnlyButton->setToolTip(
        tr("This store is open read-only: nothing can be changed here and nothing is written "
           "to it, not even sign-ins. For a writable store, close the program that holds it "
           "and open it again, or restore a backup into a new store (Administration → The "
           "store, or the welcome page)."));
    if (m_session) {
        const security::SignedInUser &user = m_session->user();
        m_userButton->setToolTip(
            tr("Signed in as %1 (%2)").arg(user.name, user.roles.names().join(u", "_s)));
    }
}

void MainWindow::refreshBackupReminder()
{
    const bool due = m_session && m_store && !m_isDemo &&
                     m_session->user().hasRole(security::Role::Admin) &&
                     BackupReminder::isDue(m_store->location());
    m_backupButton->setVisible(due);
    if (due)
        m_backupButton->setToolTip(tr("%1 Make a verified copy under Administration → The store.")
                                       .arg(BackupReminder::reminderText(m_store->location())));
}

bool MainWindow::isBackupReminderShown() const
{
    return !m_backupButton->isHidden();
}

void MainWindow::changeEvent(QEvent *event)
{
    // One LanguageChange comes for each translator removed or installed: rebuild once.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    menuBar()->clear();
    buildMenus();
    nameStatusButtons();
    refreshBackupReminder();
    m_rail->setAccessibleName(tr("Pages"));
    if (m_lastStatus)
        updateStatus(*m_lastStatus);
    if (m_welcome) {
        const bool shown = m_stack->currentWidget() == m_welcome;
        delete m_welcome;
        m_welcome = nullptr;
        if (shown)
            showWelcome(m_welcomeProblem, m_welcomeOffersReadOnly);
    }
    if (!m_session) {
        if (!m_welcome)
            setTitle(tr("EventDesk"));
        return;
    }
    // Pages build their texts once, so they are built again; each reloads what it shows
    // through the session, in the background like the first time.
    Page *current = currentPage();
    const QString currentId = current ? current->pageId() : QString();
    saveLayout();
    m_rail->clear();
    qDeleteAll(m_pages);
    m_pages.clear();
    buildPages();
    restoreLayout();
    if (!showPage(currentId) && !visiblePages().isEmpty())
        showPage(visiblePages().first()->pageId());
}

QList<Page *> MainWindow::visiblePages() const
{
    QList<Page *> visible;
    if (!m_session)
        return visible;
    for (Page *page : m_pages)
        if (page->availableTo(m_session->user()))
            visible.append(page);
    return visible;
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *page : m_pages)
        if (page->pageId() == pageId)
            return page;
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &pageId, const QVariantMap &arguments)
{
    Page *target = page(pageId);
    if (!target || !m_session || !target->availableTo(m_session->user()))
        return false;
    m_stack->setCurrentWidget(target);
    for (int row = 0; row < m_rail->count(); ++row) {
        if (m_rail->item(row)->data(PageIdRole).toString() == pageId &&
            m_rail->currentRow() != row) {
            const QSignalBlocker blocker(m_rail);
            m_rail->setCurrentRow(row);
        }
    }
    setTitle(tr("%1 — EventDesk").arg(target->title()));
    refreshBackupReminder();
    if (!arguments.isEmpty())
        target->navigateTo(arguments);
    return true;
}

void MainWindow::showCatchUp(qint64 done, qint64 total)
{
    // QProgressBar holds ints: per mille, the tooltip carries the counts.
    m_catchUpBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_catchUpBar->setFormat(tr("Updating lists %p%"));
    const QString text = tr("Bringing the lists (requests, inboxes, sagas, audit) up to date "
                            "with the store: %L1 of %L2 events.")
                             .arg(done)
                             .arg(total);
    m_catchUpBar->setToolTip(text);
    m_catchUpBar->setAccessibleName(text);
    m_catchUpBar->setVisible(true);
}

void MainWindow::updateStatus(const StatusSnapshot &status)
{
    m_lastStatus = status;
    m_catchUpBar->setVisible(false); // a status comes once the read models caught up
    m_outboxButton->setVisible(true);
    m_outboxButton->setText(status.pendingOutbox == 0
                                ? tr("Outbox empty")
                                : tr("%n message(s) waiting", nullptr, int(status.pendingOutbox)));
    m_breakersButton->setVisible(true);
    if (status.openBreakers.isEmpty()) {
        m_breakersButton->setText(tr("All breakers closed"));
        m_breakersButton->setIcon(themedIcon(u"bolt"_s));
    } else {
        m_breakersButton->setText(tr("Open: %1").arg(status.openBreakers.join(u", "_s)));
        m_breakersButton->setIcon(themedIcon(u"alert-triangle"_s, QColor(0xc0, 0x27, 0x2d)));
    }
}

void MainWindow::showOpenFailure(const QString &path, StoreAccess access, const Error &error)
{
    m_failedPath = path;
    m_storeButton->setVisible(false);
    if (access == StoreAccess::Writable) {
        // Read-only may still read a store another program holds or a damaged one.
        showWelcome(error.message, error.storeFault != StoreFault::None);
        return;
    }
    // Read-only was the way out and did not work either: say so, and offer the backup.
    const QString file = QDir::toNativeSeparators(path);
    if (error.storeFault == StoreFault::Locked)
        showWelcome(tr("The store %1 is locked by another program so that it cannot be read, "
                       "not even read-only. Close that program and open the store again, or "
                       "restore a backup into a new store.")
                        .arg(file));
    else
        showWelcome(tr("Opened read-only, %1 cannot be read either: %2").arg(file, error.message));
}

void MainWindow::setTitle(const QString &title)
{
    setWindowTitle(m_readOnly ? tr("%1 (read-only)").arg(title) : title);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (Page *current = currentPage())
        settings.setValue(u"window/page"_s, current->pageId());
    for (Page *page : m_pages) {
        settings.beginGroup(u"pages/"_s + page->pageId());
        page->saveLayout(settings);
        settings.endGroup();
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (settings.contains(u"window/geometry"_s))
        restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    for (Page *page : std::as_const(m_pages)) {
        settings.beginGroup(u"pages/"_s + page->pageId());
        page->restoreLayout(settings);
        settings.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session)
        saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace eventdesk::gui
