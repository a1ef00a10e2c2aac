// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqliteEventStore.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace eventdesk::test {

// A throw-away folder per test, never the user's data.
struct TempStore
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("store.db")); }
};

// Creates and opens a fresh store with a fake clock; fails the test on error.
std::unique_ptr<SqliteEventStore> createStore(const QString &path,
                                              std::shared_ptr<FakeClock> clock = nullptr,
                                              StoreOptions options = {});

// A small event of the usual shape, with a seeded id when seed >= 0.
NewEvent sampleEvent(const QString &type = QStringLiteral("ThingHappened"), int n = 0,
                     const QString &actor = QStringLiteral("tester"));

// Deterministic UUID from a number (tests use seeded ids).
QUuid seededUuid(quint64 n);

// Result of running the real eventdesk-cli binary.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {},
              const QString &password = {}, int timeoutMs = 120000);

QString cliPath();
QString sourceDir();

} // namespace eventdesk::test
