// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "security/Roles.h"
#include "util/Result.h"

#include <QHash>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::demo {

// The demo company: a small firm with people in every role and about 200 requests
// across the four workflows in every state, so every page of the console has something
// real to show. Everything comes from a seed and a clock of its own, so two demo stores
// hold the same people, requests, amounts, decisions and times (README lists the users).

struct DemoUser
{
    QString name;
    security::RoleSet roles;
    std::optional<Money> approvalLimit; // none: the workflow definition's default (5,000 EUR)
    QString description;                // for the README and `init --demo`'s summary
};

// Every demo user signs in with this password (README). A demo, not a secret.
inline constexpr QLatin1String DemoPassword{"eventdesk-demo"};
// The demo administrator holds every role, so every page is there for screenshots.
inline constexpr QLatin1String DemoAdministrator{"ada"};

QList<DemoUser> demoUsers();

// store_info marks a demo company's store, so --screenshot may sign in as the demo
// administrator there and nowhere else.
inline constexpr QLatin1String DemoStoreInfoKey{"demo"};
Result<bool> isDemoStore(SqliteEventStore &store);

struct DemoOptions
{
    quint32 seed = 20261128;
    int requests = 200;
    // Called now and then from the calling thread: what is done, of how much.
    std::function<void(int done, int total, const QString &what)> progress;
    const std::atomic_bool *cancel = nullptr; // set: stop, and leave no file behind
};

struct DemoSummary
{
    int users = 0;
    int requests = 0;
    QHash<QString, int> byStatus; // the fixed status words of `state --json`
    qint64 events = 0;
    qint64 queuedPayments = 0; // waiting for the payment service, which is left down
};

// Creates the demo company's store at `path`, which must hold no file. It is built in a
// temporary file beside it and renamed into place when complete, so a failure or a cancel
// leaves nothing at `path`. Blocks (a few seconds to half a minute): run it off the GUI
// thread.
Result<DemoSummary> createDemoCompany(const QString &path, const DemoOptions &options = {});

} // namespace eventdesk::demo
