// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Format.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace eventdesk::gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

QString span(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (minutes < 60)
        return Text::tr("%n min", nullptr, int(qMax<qint64>(1, minutes)));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return Text::tr("%n h", nullptr, int(hours));
    return Text::tr("%n d", nullptr, int(hours / 24));
}
} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int digits = Money::minorDigits(money.currency()).value_or(2);
    const double major = double(money.minorUnits()) / std::pow(10.0, digits);
    return locale.toCurrencyString(major, money.currency(), digits);
}

QString relativeTime(qint64 atMs, qint64 nowMs)
{
    const qint64 delta = nowMs - atMs;
    if (std::llabs(delta) < 60'000)
        return Text::tr("just now");
    return delta > 0 ? Text::tr("%1 ago").arg(span(delta)) : Text::tr("in %1").arg(span(-delta));
}

QString ageText(qint64 atMs, qint64 nowMs)
{
    return span(qMax<qint64>(0, nowMs - atMs));
}

QString exactTime(qint64 atMs, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime(), QLocale::LongFormat);
}

} // namespace eventdesk::gui
