// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventStore.h"
#include "store/StoreOptions.h"
#include "store/Upcasters.h"

#include <QMap>
#include <QSqlDatabase>

#include <memory>

namespace eventdesk {

// The embedded store: one SQLite file. One writer thread owns the write connection and
// commits appends that arrive together in one transaction (group commit); every other
// thread reads through a connection of its own.
class SqliteEventStore final : public EventStore
{
    Q_OBJECT
public:
    // Creates a new store file (see StoreFile::create). info goes to store_info.
    static Status create(const QString &path, const StoreOptions &options = {},
                         const QMap<QString, QString> &info = {});
    // Opens an existing store: refuses what is not one, migrates an older one after
    // writing a verified backup beside it, never touches a newer or damaged one.
    static Result<std::unique_ptr<SqliteEventStore>> open(const QString &path,
                                                          StoreOptions options = {});
    ~SqliteEventStore() override;

    IEventReader &reader() override;
    UpcasterRegistry &upcasters() override;
    QString location() const override;
    int snapshotEvery() const override;
    const StoreOptions &options() const;

    QFuture<AppendResult> append(AppendRequest request) override;
    QFuture<Status> saveSnapshot(Snapshot snapshot) override;
    Result<std::optional<Snapshot>> loadSnapshot(const QString &streamId, qint64 maxVersion,
                                                 int stateSchemaVersion) override;

    Result<VerifyReport> verify(const ProgressCallback &progress = {},
                                const std::atomic_bool *cancel = nullptr) override;
    Result<VerifyReport> backupTo(const QString &target) override;

    // Runs a write of another kind (credentials, checkpoints) on the writer thread, in
    // its own transaction, in order with the appends.
    using WriteJob = std::function<Status(QSqlDatabase &db)>;
    QFuture<Status> runWrite(WriteJob job);
    // The calling thread's read connection, for the store's own modules (security).
    QSqlDatabase &readDatabase();

    // The path of the verified backup written before the last migration, if any.
    QString migrationBackupPath() const;

    // Opens a store file for the migration tests only: migrates up to schemaVersion.
    static Status createAtSchemaForTesting(const QString &path, int schemaVersion);

    struct Shared;
    class Writer;
    class Reader;

private:
    explicit SqliteEventStore(std::shared_ptr<Shared> shared);
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Writer> m_writer;
};

// Verifies a store file without opening it for writing: probe, then the chain and the
// integrity check. Used for backups and restores; progress and cancel as for verifyChain.
Result<VerifyReport> verifyStoreFile(const QString &path, const ProgressCallback &progress = {},
                                     const std::atomic_bool *cancel = nullptr);

} // namespace eventdesk
