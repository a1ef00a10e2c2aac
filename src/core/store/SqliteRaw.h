// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace eventdesk::sqlite {

// The SQLite C API under a Qt SQL connection, for the store's hot paths (appends and
// decoding reads), where the QSQLITE driver's per-value QVariant and UTF-16 round trips
// cost more than SQLite itself. Only used when the driver runs on the very library this
// program links (Debian's plugin links the system libsqlite3); a Qt build that bundles
// its own SQLite keeps the Qt SQL path.

// The connection's sqlite3 handle when the QSQLITE driver reports the same SQLite
// version and source id as the library linked here; nullptr otherwise.
sqlite3 *rawHandle(const QSqlDatabase &db);

// The handle's last error in Qt's shape (for a statement that failed to prepare).
QSqlError rawError(sqlite3 *db);

// One prepared statement on a raw handle. Values bound as views must stay alive until
// the statement is reset.
class RawStatement final
{
public:
    RawStatement() = default;
    ~RawStatement() { finalize(); }
    RawStatement(RawStatement &&other) noexcept;
    RawStatement &operator=(RawStatement &&other) noexcept;
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool prepare(sqlite3 *db, QByteArrayView sql);
    bool isValid() const { return m_stmt != nullptr; }
    void finalize();

    void bindInt64(int index, qint64 value);        // 1-based, as SQLite counts
    void bindText(int index, QByteArrayView utf8);  // not copied
    void bindBlob(int index, QByteArrayView bytes); // not copied
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE, or an error code (then see error()).
    int step();
    bool isRow(int rc) const;
    bool isDone(int rc) const;
    void reset(); // ready to run again; bindings are kept until rebound

    qint64 int64(int column) const;         // 0-based, as SQLite counts
    QByteArrayView bytes(int column) const; // text or blob; valid until the next step
    bool isNull(int column) const;

    // The last error on this statement's connection, in Qt's shape so that
    // sqlite::describe and sqlite::primaryCode treat both paths alike.
    QSqlError error() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace eventdesk::sqlite
