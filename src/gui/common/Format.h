// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QLocale>
#include <QString>

namespace eventdesk::gui {

// How every page writes amounts and times, so they read the same everywhere
// (UI.md "One visual language"): amounts in the user's locale with the currency, times
// relative with the exact local time for the tooltip.
QString formatMoney(const Money &money, const QLocale &locale = QLocale());
// "3 h ago", "in 46 h", "just now"; nowMs and atMs are UTC milliseconds.
QString relativeTime(qint64 atMs, qint64 nowMs);
// The exact local time, in the locale's long date and time format.
QString exactTime(qint64 atMs, const QLocale &locale = QLocale());
// "3 h", "2 d": how long since atMs.
QString ageText(qint64 atMs, qint64 nowMs);

} // namespace eventdesk::gui
