// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtEndian>

namespace eventdesk::StoreFile {

using namespace Qt::Literals::StringLiterals;
using sqlite::StoreText;

namespace {
constexpr char SqliteMagic[] = "SQLite format 3"; // followed by a NUL byte

QStringList migrationStatements(int version)
{
    // Resource names carry a description after the number: 001_events.sql.
    const QDir dir(u":/sql"_s);
    const QStringList matches =
        dir.entryList({u"%1_*.sql"_s.arg(version, 3, 10, QLatin1Char('0'))});
    if (matches.isEmpty())
        return {};
    QFile file(dir.filePath(matches.constFirst()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList statements;
    for (const QString &part : text.split(u"\n-- statement\n"_s)) {
        QStringList lines;
        for (const QString &line : part.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                lines << line;
        }
        const QString statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}
} // namespace

int latestSchema()
{
    // The highest numbered migration embedded in this build: adding a file is enough.
    static const int latest = [] {
        int highest = 0;
        for (const QString &name : QDir(u":/sql"_s).entryList({u"*.sql"_s}, QDir::Files))
            highest = qMax(highest, name.section(u'_', 0, 0).toInt());
        return highest;
    }();
    return latest;
}

QString temporarySibling(const QString &path)
{
    return path + u".tmp-"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

Result<Header> probe(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::storeUnavailable(
            StoreText::tr("There is no EventDesk store at %1; check the path, or create one with "
                          "\"eventdesk-cli init --store %1\".")
                .arg(file));
    if (info.isDir())
        return Error::storeUnavailable(
            StoreText::tr(
                "%1 is a folder, not an EventDesk store; give the path of the store file.")
                .arg(file));
    if (info.size() == 0)
        return Error::storeUnavailable(
            StoreText::tr(
                "%1 is an empty file, not an EventDesk store; check the path, or create a "
                "store with \"eventdesk-cli init\" at a path that holds no file.")
                .arg(file));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storeUnavailable(
            StoreText::tr("%1 cannot be read (%2); check the file's permissions.")
                .arg(file, f.errorString()));
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
        return Error::storeUnavailable(
            StoreText::tr(
                "%1 is not an EventDesk store (it is not an SQLite database); check the path.")
                .arg(file));
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 applicationId = qFromBigEndian<quint32>(h + 68);
    if (applicationId != sqlite::ApplicationId)
        return Error::storeUnavailable(
            StoreText::tr("%1 is an SQLite database of another program, not an EventDesk store; "
                          "check the path.")
                .arg(file));
    Header result;
    result.userVersion = int(qFromBigEndian<quint32>(h + 60));
    result.walMode = h[18] == 2 && h[19] == 2;
    if (result.userVersion > latestSchema())
        return Error::storeUnavailable(
            StoreText::tr(
                "%1 was written by a newer EventDesk (store schema %2; this version understands "
                "up to %3). Install a newer EventDesk to open it; the file was not changed.")
                .arg(file)
                .arg(result.userVersion)
                .arg(latestSchema()));
    // The in-header page count is valid when the change counter matches
    // "version-valid-for"; a file shorter than that count has lost its tail. With a WAL
    // beside it the header may be stale, so the check applies only without one.
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    const bool hasWal =
        QFileInfo::exists(path + u"-wal"_s) && QFileInfo(path + u"-wal"_s).size() > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error::damagedStore(
            StoreText::tr("%1 is damaged (its header is invalid). Restore it from a backup with "
                          "\"eventdesk-cli restore\".")
                .arg(file));
    if (!hasWal && changeCounter == validFor && pageCount > 0 &&
        info.size() < qint64(pageCount) * pageSize)
        return Error::damagedStore(
            StoreText::tr(
                "%1 is damaged: it is shorter than its header says (truncated). Restore it "
                "from a backup with \"eventdesk-cli restore\".")
                .arg(file));
    return result;
}

Status migrate(QSqlDatabase &db, int currentVersion, int targetVersion)
{
    if (!db.transaction())
        return sqlite::describe(db.lastError(), db.databaseName(),
                                StoreText::tr("begin a migration"));
    for (int v = currentVersion + 1; v <= targetVersion; ++v) {
        const QStringList statements = migrationStatements(v);
        if (statements.isEmpty()) {
            db.rollback();
            return Error::internal(
                StoreText::tr("The migration to store schema %1 is missing from this "
                              "build.")
                    .arg(v));
        }
        for (const QString &sql : statements) {
            if (auto s = sqlite::execStatus(db, sql); !s) {
                db.rollback();
                return s.error();
            }
        }
        // PRAGMA takes no bound values; the number comes from this loop, not from input.
        if (auto s = sqlite::execStatus(db, u"PRAGMA user_version = %1"_s.arg(v)); !s) {
            db.rollback();
            return s.error();
        }
    }
    if (!db.commit()) {
        const Error e = sqlite::describe(db.lastError(), db.databaseName(),
                                         StoreText::tr("commit a migration"));
        db.rollback();
        return e;
    }
    return success();
}

Status create(const QString &path, const StoreOptions &options, const QMap<QString, QString> &info,
              int schemaVersion)
{
    const QString file = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return Error{
            ErrorCode::AlreadyExists,
            StoreText::tr("%1 already exists; a new store is only made at a path that holds no "
                          "file.")
                .arg(file)};
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error::storeUnavailable(
            StoreText::tr("The folder %1 does not exist; create it first.")
                .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (schemaVersion < 0)
        schemaVersion = latestSchema();
    const QString temp = temporarySibling(path);
    {
        auto conn = sqlite::Connection::open(temp, options, false);
        if (!conn) {
            QFile::remove(temp);
            return conn.error();
        }
        QSqlDatabase &db = (*conn)->db();
        Status s =
            sqlite::execStatus(db, u"PRAGMA application_id = %1"_s.arg(sqlite::ApplicationId));
        if (s)
            s = sqlite::execStatus(db, u"PRAGMA journal_mode = WAL"_s);
        if (s)
            s = migrate(db, 0, schemaVersion);
        for (auto it = info.cbegin(); s && it != info.cend(); ++it)
            s = sqlite::execStatus(db, u"INSERT INTO store_info (key, value) VALUES (?, ?)"_s,
                                   {it.key(), it.value()});
        if (!s) {
            conn.value().reset();
            QFile::remove(temp);
            QFile::remove(temp + u"-wal"_s);
            QFile::remove(temp + u"-shm"_s);
            return s.error();
        }
    }
    // The connection is closed, so the WAL has been checkpointed into the file.
    QFile::remove(temp + u"-wal"_s);
    QFile::remove(temp + u"-shm"_s);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error::storageFailure(
            StoreText::tr("The new store could not be moved into place at %1; "
                          "check that the folder is writable.")
                .arg(file));
    }
    return success();
}

Status vacuumInto(QSqlDatabase &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{ErrorCode::AlreadyExists,
                     StoreText::tr("%1 already exists; choose a path that holds no file.")
                         .arg(QDir::toNativeSeparators(target))};
    // VACUUM INTO reads one consistent snapshot while other connections go on writing.
    if (auto r = sqlite::exec(db, u"VACUUM INTO ?"_s, {target}); !r) {
        QFile::remove(target);
        return r.error();
    }
    return success();
}

} // namespace eventdesk::StoreFile
