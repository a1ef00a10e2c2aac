// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqliteSupport.h"
#include "util/Result.h"

#include <QMap>
#include <QString>

namespace eventdesk::StoreFile {

// The schema this build writes; migrations 001..LatestSchema live in :/sql.
int latestSchema();

struct Header
{
    int userVersion = 0;
    bool walMode = false;
};

// Reads the file's first 100 bytes and decides whether it is an EventDesk store this
// build can open. Never writes, never creates: a missing, empty, foreign, truncated or
// newer file gives a StoreUnavailable error saying what to do.
Result<Header> probe(const QString &path);

// Creates a new store at path (which must not exist): built in a temporary file beside
// it and renamed into place, so a half-made store never exists under the real name.
Status create(const QString &path, const StoreOptions &options, const QMap<QString, QString> &info,
              int schemaVersion = -1);

// Applies migrations (currentVersion, targetVersion] in one transaction.
Status migrate(QSqlDatabase &db, int currentVersion, int targetVersion);

// A consistent copy of the open database at target (which must not exist), even while
// other connections write. Callers write to a temporary name, verify, then rename.
Status vacuumInto(QSqlDatabase &db, const QString &target);

// A fresh name beside path for temporary work ("<path>.tmp-<random>").
QString temporarySibling(const QString &path);

// Removes a store file and SQLite's files beside it (-wal, -shm, -journal): what a
// creation that failed half-way leaves.
void removeStoreFiles(const QString &path);

} // namespace eventdesk::StoreFile
