// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Event.h"

#include <QHash>
#include <QJsonObject>
#include <QReadWriteLock>

#include <functional>

namespace eventdesk {

// Lifts old payloads to the current schema when they are read. Each upcaster turns a
// (type, schema version N) payload into version N+1; they chain. Stored rows are
// never rewritten, so the hash chain keeps covering exactly what was written.
class UpcasterRegistry final
{
public:
    using Upcaster = std::function<QJsonObject(const QJsonObject &payload)>;

    void add(const QString &type, int fromSchemaVersion, Upcaster upcaster);
    bool hasAny(const QString &type) const;
    // Applies every upcaster that matches, in order; returns whether anything changed.
    bool upcast(RecordedEvent &event) const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, QHash<int, Upcaster>> m_byType;
};

} // namespace eventdesk
