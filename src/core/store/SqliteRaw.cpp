// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteRaw.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace eventdesk::sqlite {

using namespace Qt::Literals::StringLiterals;

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QSQLITE"_s || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    auto *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return nullptr;
    // The driver's library must be this one: same version and same source id. Otherwise
    // the handle belongs to a copy of SQLite compiled into the plugin, and this program's
    // functions must not touch it.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT sqlite_version(), sqlite_source_id()"_s) || !q.next())
        return nullptr;
    const bool same = q.value(0).toString().toUtf8() == QByteArrayView(sqlite3_libversion()) &&
                      q.value(1).toString().toUtf8() == QByteArrayView(sqlite3_sourceid());
    q.finish();
    return same ? raw : nullptr;
}

RawStatement::RawStatement(RawStatement &&other) noexcept
    : m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

RawStatement &RawStatement::operator=(RawStatement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

bool RawStatement::prepare(sqlite3 *db, QByteArrayView sql)
{
    finalize();
    if (!db)
        return false;
    return sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                              nullptr) == SQLITE_OK &&
           m_stmt;
}

void RawStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void RawStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawStatement::bindText(int index, QByteArrayView utf8)
{
    // An empty view may carry a null pointer, which SQLite would store as NULL.
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_STATIC);
}

void RawStatement::bindBlob(int index, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        sqlite3_bind_zeroblob(m_stmt, index, 0);
    else
        sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int RawStatement::step()
{
    return sqlite3_step(m_stmt);
}
bool RawStatement::isRow(int rc) const
{
    return rc == SQLITE_ROW;
}
bool RawStatement::isDone(int rc) const
{
    return rc == SQLITE_DONE;
}
void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView RawStatement::bytes(int column) const
{
    // Blob first, then its size: the order SQLite documents for a stable pointer.
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return {static_cast<const char *>(data), size};
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QSqlError RawStatement::error() const
{
    return rawError(m_stmt ? sqlite3_db_handle(m_stmt) : nullptr);
}

QSqlError rawError(sqlite3 *db)
{
    if (!db)
        return QSqlError(u"SQLite"_s, u"no statement"_s, QSqlError::StatementError, u"1"_s);
    return QSqlError(QString::fromUtf8(sqlite3_errmsg(db)), QString(), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

} // namespace eventdesk::sqlite
