// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace eventdesk {
struct RecordedEvent;
}

namespace eventdesk::domain {

// A business fact a decider asks to record: its type and JSON payload. The command layer
// adds the metadata (actor, correlation, ...) when it appends it to the request's stream.
struct DomainEvent
{
    QString type;
    QJsonObject payload;

    static DomainEvent from(const RecordedEvent &event);

    friend bool operator==(const DomainEvent &, const DomainEvent &) = default;
};

// What decide() returns: the events to append, in order (possibly none, when the command
// repeats what is already recorded), or a domain error a person understands.
using Decision = Result<QList<DomainEvent>>;

} // namespace eventdesk::domain
