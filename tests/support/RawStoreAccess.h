// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Direct access to a store file, around the store's own code: the tests use it to look at
// rows exactly as stored, to damage a store on purpose, and to prove what the schema
// itself refuses. Header-only so any test can include it.

#include <QAtomicInteger>
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace eventdesk::test {

// A plain QSQLITE connection of its own, removed again when this goes away.
class RawDb final
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("raw-test-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        m_db.setConnectOptions(options);
        m_open = m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDb)

    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }

    // Runs one statement; returns whether it succeeded, and its error text in *error.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr)
    {
        QSqlQuery q(m_db);
        bool ok = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
        if (error)
            *error = ok ? QString() : q.lastError().text();
        return ok;
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return {};
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    // Every row, each as a list of its columns.
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {})
    {
        QList<QVariantList> result;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return result;
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return result;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            result << row;
        }
        return result;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

// SHA-256 of a whole file, to prove a file was not touched; empty when it cannot be read.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// The names in a folder (files only, hidden included), sorted.
inline QStringList folderEntries(const QString &folder)
{
    QStringList names =
        QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    return names;
}

} // namespace eventdesk::test
