// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Upcasters.h"

#include <QJsonDocument>

namespace eventdesk {

void UpcasterRegistry::add(const QString &type, int fromSchemaVersion, Upcaster upcaster)
{
    QWriteLocker locker(&m_lock);
    m_byType[type].insert(fromSchemaVersion, std::move(upcaster));
}

bool UpcasterRegistry::hasAny(const QString &type) const
{
    QReadLocker locker(&m_lock);
    return m_byType.contains(type);
}

bool UpcasterRegistry::upcast(RecordedEvent &event) const
{
    QReadLocker locker(&m_lock);
    const auto typeIt = m_byType.constFind(event.type);
    if (typeIt == m_byType.constEnd())
        return false;
    QJsonObject payload;
    bool parsed = false;
    // Bounded so a registry that maps a version onto itself cannot loop forever.
    for (int guard = 0; guard < 1000; ++guard) {
        const auto it = typeIt->constFind(event.schemaVersion);
        if (it == typeIt->constEnd())
            break;
        if (!parsed) {
            payload = event.payloadObject();
            parsed = true;
        }
        payload = (*it)(payload);
        ++event.schemaVersion;
    }
    if (!parsed)
        return false;
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return true;
}

} // namespace eventdesk
