// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

namespace eventdesk::resilience {

// Every transition of a breaker is an event in `$health-<service>`; opening one (from
// closed) also raises an alert in `$alerts`. docs/RESILIENCE.md lists the payloads.
inline constexpr QLatin1String HealthStreamPrefix{"$health-"};
inline constexpr QLatin1String AlertsStream{"$alerts"};

inline QString healthStream(const QString &service)
{
    return QString(HealthStreamPrefix) + service;
}

namespace BreakerEvents {
inline constexpr QLatin1String BreakerOpened{"BreakerOpened"};
inline constexpr QLatin1String BreakerHalfOpened{"BreakerHalfOpened"};
inline constexpr QLatin1String BreakerClosed{"BreakerClosed"};
inline constexpr QLatin1String BreakerForcedOpen{"BreakerForcedOpen"};
inline constexpr QLatin1String BreakerForcedClosed{"BreakerForcedClosed"};
inline constexpr QLatin1String BreakerReleased{"BreakerReleased"};
inline constexpr QLatin1String AlertRaised{"AlertRaised"};
} // namespace BreakerEvents

// The `alert` key of an AlertRaised payload raised by a breaker.
inline constexpr QLatin1String BreakerOpenedAlert{"breaker_opened"};

} // namespace eventdesk::resilience
