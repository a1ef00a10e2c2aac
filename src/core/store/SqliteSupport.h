// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreOptions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace eventdesk::sqlite {

// The file format's fixed facts.
inline constexpr quint32 ApplicationId = 0x45764473; // "EvDs", PRAGMA application_id

// A Qt SQL connection with a unique name, closed and removed when this goes away.
// Qt SQL connections belong to the thread that opened them.
class Connection final
{
public:
    static Result<std::unique_ptr<Connection>> open(const QString &path,
                                                    const StoreOptions &options, bool readOnly);
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

private:
    Connection() = default;
    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

// Runs one statement with bound values. Every statement in the store goes through a
// prepared query; nothing is ever spliced into SQL text.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql,
                       std::initializer_list<QVariant> values = {});
Status execStatus(QSqlDatabase &db, const QString &sql,
                  std::initializer_list<QVariant> values = {});

// SQLite's primary result code behind a Qt SQL error (e.g. 5 busy, 13 full).
int primaryCode(const QSqlError &error);
// Turns a low-level error into one a person can act on.
Error describe(const QSqlError &error, const QString &path, const QString &what);

// The store's messages, in one translation context.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Store)
};

} // namespace eventdesk::sqlite
