// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resilience/CircuitBreaker.h"

#include <QHash>
#include <QString>

namespace eventdesk::resilience {

// The breakers' configuration for one process. Every process working on a store should
// use the same settings: each flush replays its calls through them.
struct BreakerSettings
{
    static constexpr qint64 DefaultSampleRetentionMs = 24LL * 3600 * 1000;

    CircuitBreakerConfig defaults;
    QHash<QString, CircuitBreakerConfig> perService; // overrides the defaults by service
    // Metric samples older than this are deleted at each flush.
    qint64 sampleRetentionMs = DefaultSampleRetentionMs;

    const CircuitBreakerConfig &configFor(const QString &service) const
    {
        const auto it = perService.constFind(service);
        return it == perService.constEnd() ? defaults : it.value();
    }
};

} // namespace eventdesk::resilience
