// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>

namespace eventdesk {

const Clock &StoreOptions::effectiveClock() const
{
    static const SystemClock system;
    return clock ? *clock : system;
}

namespace sqlite {

using namespace Qt::Literals::StringLiterals;

Result<std::unique_ptr<Connection>> Connection::open(const QString &path,
                                                     const StoreOptions &options, bool readOnly)
{
    static QAtomicInteger<quint64> counter;
    std::unique_ptr<Connection> c(new Connection);
    c->m_path = path;
    c->m_name = u"eventdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    c->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, c->m_name);
    if (!c->m_db.isValid())
        return Error::storeUnavailable(
            StoreText::tr("The Qt SQLite driver is missing; install the Qt 6 SQLite plugin "
                          "(Debian: libqt6sql6-sqlite) and try again."));
    c->m_db.setDatabaseName(path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
    if (readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    c->m_db.setConnectOptions(connectOptions);
    if (!c->m_db.open())
        return describe(c->m_db.lastError(), path, StoreText::tr("open"));
    return c;
}

Connection::~Connection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return describe(q.lastError(), db.databaseName(), sql.section(u' ', 0, 1));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return describe(q.lastError(), db.databaseName(), sql.section(u' ', 0, 1));
    return q;
}

Status execStatus(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto r = exec(db, sql, values);
    if (!r)
        return r.error();
    return success();
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error describe(const QSqlError &error, const QString &path, const QString &what)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString detail = error.text();
    switch (primaryCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error{ErrorCode::StoreUnavailable,
                     StoreText::tr("The store %1 is locked by another program; close that "
                                   "program or try again later.")
                         .arg(file),
                     StoreFault::Locked};
    case 8: // SQLITE_READONLY
        return Error::storageFailure(
            StoreText::tr(
                "The store %1 is read-only; nothing was written. Open a writable copy, or "
                "check the file's permissions.")
                .arg(file));
    case 13: // SQLITE_FULL
        return Error::storageFailure(
            StoreText::tr(
                "The disk holding %1 is full; nothing was written. Free some space and try "
                "again.")
                .arg(file));
    case 10: // SQLITE_IOERR
        return Error::storageFailure(
            StoreText::tr(
                "Writing to %1 failed (%2); nothing was written. Check the disk and try again.")
                .arg(file, detail));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::damagedStore(
            StoreText::tr(
                "The store %1 is damaged (%2). Restore it from a backup "
                "(eventdesk-cli restore), or open a copy read-only to recover what it holds.")
                .arg(file, detail));
    case 14: // SQLITE_CANTOPEN
        return Error::storeUnavailable(
            StoreText::tr("The store %1 cannot be opened (%2); check that the folder exists and is "
                          "accessible.")
                .arg(file, detail));
    default:
        return Error::internal(
            StoreText::tr("The store %1 failed to %2: %3").arg(file, what, detail));
    }
}

} // namespace sqlite
} // namespace eventdesk
