// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DomainEvent.h"

#include "store/Event.h"

namespace eventdesk::domain {

DomainEvent DomainEvent::from(const RecordedEvent &event)
{
    return DomainEvent{event.type, event.payloadObject()};
}

} // namespace eventdesk::domain
