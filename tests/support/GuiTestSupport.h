// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For GUI tests. They run with EVENTDESK_GUI_THREAD_CHECK=1: any store read on the test's
// main thread (the GUI thread) stops the test. Setting up and checking the store goes
// through offGuiThread(); the pages themselves must already work that way.

#include "TestSupport.h"

#include "demo/DemoCompany.h"
#include "frame/MainWindow.h"
#include "frame/Session.h"
#include "frame/SignInDialog.h"
#include "security/Authenticator.h"
#include "security/Secret.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>
#include <type_traits>

namespace eventdesk::test {

// Runs f on a thread of its own and waits for its result (tests may wait; pages may not).
// Not QtConcurrent: waiting on a QFuture whose task has not started runs the task on the
// waiting thread — here the GUI thread, which the store's check would stop.
template<typename F> auto offGuiThread(F f)
{
    using R = std::invoke_result_t<F &>;
    std::optional<R> result;
    // A QThread rather than a bare std::thread: core code running here may use Qt's event
    // machinery (timers, queued calls) as it does on any thread Qt made.
    std::unique_ptr<QThread> worker(QThread::create([&result, &f] { result.emplace(f()); }));
    worker->start();
    worker->wait();
    return std::move(*result);
}

// A fresh copy of the demo company's store (200 requests, every user, payment down)
// in dir; the company itself is made once per test program and copied.
inline QString demoStoreCopy(const QTemporaryDir &dir,
                             const QString &name = QStringLiteral("demo.eventdesk"))
{
    static QTemporaryDir made;
    static QString original;
    if (original.isEmpty()) {
        const QString path = made.filePath(QStringLiteral("original.eventdesk"));
        auto demo = offGuiThread([path] { return demo::createDemoCompany(path); });
        if (!demo)
            qFatal("demo company: %s", qPrintable(demo.error().message));
        original = path;
    }
    const QString copy = dir.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(original, copy))
        qFatal("cannot copy the demo store");
    return copy;
}

inline std::shared_ptr<SqliteEventStore> openStoreOffGuiThread(const QString &path)
{
    QThread *guiThread = QThread::currentThread();
    auto opened = offGuiThread([path, guiThread] {
        auto store = SqliteEventStore::open(path);
        if (store)
            (*store)->moveToThread(guiThread); // pushed from the thread that made it
        return store;
    });
    if (!opened)
        qFatal("open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    return std::shared_ptr<SqliteEventStore>(std::move(opened).value());
}

inline security::SignedInUser
signInOffGuiThread(SqliteEventStore &store, const QString &name,
                   const QString &password = QString(demo::DemoPassword))
{
    auto user = offGuiThread([&store, name, password] {
        return security::Authenticator(store).signIn(name, security::Secret(password.toUtf8()));
    });
    if (!user)
        qFatal("sign in %s: %s", qPrintable(name), qPrintable(user.error().message));
    return *user;
}

// A session on a copy of the demo store, signed in as `user` (demo password), with the
// background work (sagas, dispatcher, projections) running unless told otherwise.
struct DemoSession
{
    QTemporaryDir dir;
    std::shared_ptr<SqliteEventStore> store;
    std::unique_ptr<gui::Session> session;

    explicit DemoSession(const QString &user, bool background = true)
    {
        store = openStoreOffGuiThread(demoStoreCopy(dir));
        session = std::make_unique<gui::Session>(store, signInOffGuiThread(*store, user));
        if (background)
            session->startBackgroundWork();
    }
    ~DemoSession()
    {
        session.reset(); // stops the background work before the store goes
    }
};

// Every event of the store in position order (call it off the GUI thread).
inline QList<RecordedEvent> readAllEvents(SqliteEventStore &store)
{
    QList<RecordedEvent> all;
    ReadAllQuery q;
    q.maxCount = 5000;
    while (true) {
        auto page = store.reader().readAll(q);
        if (!page)
            qFatal("readAll: %s", qPrintable(page.error().message));
        if (page->isEmpty())
            break;
        all.append(*page);
        q.fromPosition = page->constLast().globalPosition + 1;
    }
    return all;
}

// Opens the store at path in the window and signs in as user with the demo password, the
// way a person does: the window opens the store, then its sign-in dialog. False (with a
// warning saying which step did not happen) when either does not.
inline bool
signInWindow(gui::MainWindow &window, const QString &path, const QString &user,
             gui::MainWindow::StoreAccess access = gui::MainWindow::StoreAccess::Writable)
{
    QSignalSpy opened(&window, &gui::MainWindow::storeOpened);
    QSignalSpy signedIn(&window, &gui::MainWindow::signedIn);
    window.openStore(path, access);
    // Not QSignalSpy::wait(): a store that opens fast emits before a wait would start.
    if (!QTest::qWaitFor([&opened] { return !opened.isEmpty(); }, 30'000)) {
        qWarning("the store %s did not open", qPrintable(path));
        return false;
    }
    window.askToSignIn(user);
    auto *dialog = window.findChild<gui::SignInDialog *>();
    if (!dialog) {
        qWarning("no sign-in dialog");
        return false;
    }
    dialog->submit(user, QString(demo::DemoPassword));
    if (!QTest::qWaitFor([&signedIn] { return !signedIn.isEmpty(); }, 30'000)) {
        qWarning("%s was not signed in: %s", qPrintable(user), qPrintable(dialog->errorText()));
        return false;
    }
    return true;
}

// Shows the window, signs `user` in on `path` and makes the window the active one, so
// key presses reach it as a person's would.
inline bool showSignedIn(gui::MainWindow &window, const QString &path, const QString &user)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !signInWindow(window, path, user))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace eventdesk::test
