// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/StoreServiceDirectory.h"

#include "services/HttpAdapter.h"
#include "store/SqliteEventStore.h"

namespace eventdesk::services {

StoreServiceDirectory::StoreServiceDirectory(SqliteEventStore &store, QObject *parent)
    : StoreServiceDirectory(store, Options{}, parent)
{}

StoreServiceDirectory::StoreServiceDirectory(SqliteEventStore &store, Options options,
                                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_settings(store)
{
    refresh();
}

StoreServiceDirectory::~StoreServiceDirectory() = default;

ServiceAdapter *StoreServiceDirectory::adapterFor(const QString &service)
{
    auto it = m_entries.find(service);
    return it == m_entries.end() ? nullptr : it->second.adapter.get();
}

QList<ServiceSettings> StoreServiceDirectory::settings() const
{
    QList<ServiceSettings> list;
    for (const QString &name : knownServices())
        if (auto it = m_entries.find(name); it != m_entries.end())
            list.append(it->second.settings);
    return list;
}

std::unique_ptr<ServiceAdapter> StoreServiceDirectory::build(const ServiceSettings &settings)
{
    if (settings.isHttp())
        return std::make_unique<HttpAdapter>(settings.name, QUrl(settings.url, QUrl::StrictMode),
                                             settings.timeoutMs, m_store.options().clock);
    return std::make_unique<SimulatedAdapter>(
        m_store, settings.name, settings.mode,
        simulatedSeedFor(m_options.simulatedSeed, settings.name));
}

int StoreServiceDirectory::pendingCalls(ServiceAdapter *adapter)
{
    if (auto *simulated = dynamic_cast<SimulatedAdapter *>(adapter))
        return simulated->pendingCalls();
    if (auto *http = dynamic_cast<HttpAdapter *>(adapter))
        return http->pendingCalls();
    return 0;
}

void StoreServiceDirectory::reapRetired()
{
    std::erase_if(m_retired, [](const std::unique_ptr<ServiceAdapter> &adapter) {
        return pendingCalls(adapter.get()) == 0;
    });
}

void StoreServiceDirectory::refresh()
{
    reapRetired();
    auto loaded = m_settings.load();
    if (!loaded) {
        m_lastError = loaded.error().message;
        return;
    }
    m_lastError.clear();
    for (const ServiceSettings &s : loaded.value()) {
        Entry &entry = m_entries[s.name];
        if (entry.adapter && entry.settings.sameEffect(s)) {
            entry.settings = s;
            continue;
        }
        // Only the fault mode changed on a simulated service: the running adapter takes it.
        if (entry.adapter && !s.isHttp() && !entry.settings.isHttp()) {
            if (auto *simulated = dynamic_cast<SimulatedAdapter *>(entry.adapter.get())) {
                simulated->setMode(s.mode);
                entry.settings = s;
                continue;
            }
        }
        if (entry.adapter)
            m_retired.push_back(std::move(entry.adapter));
        entry.adapter = build(s);
        entry.settings = s;
    }
    reapRetired();
}

} // namespace eventdesk::services
