// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace eventdesk::gui {

// When this computer last made a verified backup of a store, and whether it is time for
// another. Kept in the user's settings, per store file.
class BackupReminder
{
public:
    static constexpr int DefaultMaxAgeDays = 7;

    static void recordBackup(const QString &storeLocation,
                             const QDateTime &when = QDateTime::currentDateTimeUtc());
    static std::optional<QDateTime> lastBackup(const QString &storeLocation);
    // No backup yet, or the last one older than maxAgeDays.
    static bool isDue(const QString &storeLocation,
                      const QDateTime &now = QDateTime::currentDateTimeUtc(),
                      int maxAgeDays = DefaultMaxAgeDays);
    // What the status bar says when a backup is due.
    static QString reminderText(const QString &storeLocation,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace eventdesk::gui
