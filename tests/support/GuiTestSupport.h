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
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace eventdesk::test {

// Runs f on a worker thread and waits for its result (tests may wait; pages may not).
template<typename F>
auto offGuiThread(F f)
{
    return QtConcurrent::run(std::move(f)).takeResult(); // move-only results too
}

// A fresh copy of the demo company's store (200 requests, every user, payment down)
// in dir; the company itself is made once per test program and copied.
inline QString demoStoreCopy(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.eventdesk"))
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
    auto opened = offGuiThread([path] { return SqliteEventStore::open(path); });
    if (!opened)
        qFatal("open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    std::shared_ptr<SqliteEventStore> store = std::move(opened).value();
    store->moveToThread(QThread::currentThread());
    return store;
}

inline security::SignedInUser signInOffGuiThread(SqliteEventStore &store, const QString &name,
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
