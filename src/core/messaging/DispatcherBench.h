// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace eventdesk::messaging {

// Dispatcher throughput, outbox row to delivered (docs/PERFORMANCE.md).
struct DispatcherThroughput
{
    int messages = 0;
    double seconds = 0; // from the dispatcher's start to the last delivery recorded
    double messagesPerSecond = 0;
    qint64 transactions = 0;    // the dispatcher's write transactions
    double cpuUsPerMessage = 0; // processor time of the whole process a message
    QString adapter;            // "simulated"

    QJsonObject toJson() const;
};

// Fills a temporary store (durable, as shipped) with `messages` outbox messages for the
// four services, four a request in order under the request's key as saga steps are, then
// measures how fast one dispatcher delivers all of them through the circuit breakers to
// the simulated adapters, which record every effect in the store. Blocks.
Result<DispatcherThroughput> measureDispatcherThroughput(int messages);

} // namespace eventdesk::messaging
