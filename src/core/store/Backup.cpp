// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Backup.h"

#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"
#include "store/StoreFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace eventdesk {

using namespace Qt::Literals::StringLiterals;
using sqlite::StoreText;

Result<VerifyReport> restoreBackup(const QString &backup, const QString &target,
                                   const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    const QString file = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Error{
            ErrorCode::AlreadyExists,
            StoreText::tr("%1 already exists; restore to a path that holds no file, so no store "
                          "is overwritten.")
                .arg(file)};
    if (!QFileInfo(target).absoluteDir().exists())
        return Error::validation(
            StoreText::tr("The folder %1 does not exist; create it first.")
                .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    if (auto header = StoreFile::probe(backup); !header)
        return header.error();
    const QString temp = StoreFile::temporarySibling(target);
    if (!QFile::copy(backup, temp)) {
        QFile::remove(temp);
        return Error::storageFailure(
            StoreText::tr("The backup could not be copied to %1; check the free "
                          "space and that the folder is writable.")
                .arg(file));
    }
    // A backup taken while a WAL was active may have one beside it; copy that too so the
    // restored store holds everything the backup does.
    if (QFileInfo::exists(backup + u"-wal"_s))
        QFile::copy(backup + u"-wal"_s, temp + u"-wal"_s);
    auto report = verifyStoreFile(temp, progress, cancel);
    if (!report || !report->ok) {
        QFile::remove(temp);
        QFile::remove(temp + u"-wal"_s);
        QFile::remove(temp + u"-shm"_s);
        if (!report && report.error().code == ErrorCode::Cancelled)
            return Error{ErrorCode::Cancelled,
                         StoreText::tr("The restore was cancelled; nothing was restored.")};
        if (!report)
            return report.error();
        return Error{
            ErrorCode::VerificationFailed,
            StoreText::tr("The backup %1 does not verify (%2); nothing was restored. Try an older "
                          "backup.")
                .arg(QDir::toNativeSeparators(backup), report->reason)};
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Error::storageFailure(
            StoreText::tr(
                "The restored store could not be moved into place at %1; check that the folder "
                "is writable.")
                .arg(file));
    }
    return report;
}

} // namespace eventdesk
