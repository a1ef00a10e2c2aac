// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/BackupReminder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupReminder)
};

// A settings key per store file; the path itself has slashes QSettings would nest.
QString keyFor(const QString &storeLocation)
{
    const QString canonical = QFileInfo(storeLocation).absoluteFilePath();
    return u"backups/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

void BackupReminder::recordBackup(const QString &storeLocation, const QDateTime &when)
{
    QSettings().setValue(keyFor(storeLocation), when.toUTC());
}

std::optional<QDateTime> BackupReminder::lastBackup(const QString &storeLocation)
{
    const QDateTime when = QSettings().value(keyFor(storeLocation)).toDateTime();
    if (!when.isValid())
        return std::nullopt;
    return when;
}

bool BackupReminder::isDue(const QString &storeLocation, const QDateTime &now, int maxAgeDays)
{
    const auto last = lastBackup(storeLocation);
    return !last || last->daysTo(now) >= maxAgeDays;
}

QString BackupReminder::reminderText(const QString &storeLocation, const QDateTime &now)
{
    const auto last = lastBackup(storeLocation);
    if (!last)
        return Text::tr("No backup of this store has been made from this computer yet.");
    return Text::tr("The last backup of this store is %n day(s) old.", nullptr,
                    int(last->daysTo(now)));
}

} // namespace eventdesk::gui
