// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For GUI tests. They run with EVENTDESK_GUI_THREAD_CHECK=1: any store read on the test's
// main thread (the GUI thread) stops the test. Setting up and checking the store goes
// through offGuiThread(); the pages themselves must already work that way.

#include "TestSupport.h"

#include "demo/DemoCompany.h"
#include "frame/Session.h"
#include "security/Authenticator.h"
#include "security/Secret.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QFile>
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

} // namespace eventdesk::test
