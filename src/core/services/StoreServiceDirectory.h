// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServicePort.h"
#include "services/ServiceSettings.h"
#include "services/SimulatedService.h"

#include <QObject>

#include <map>
#include <memory>
#include <vector>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::services {

// The ServiceDirectory of a store: builds each service's adapter (simulated or HTTP) from
// the settings in the store and follows their changes, whoever made them. refresh() reads
// the settings (two small indexed queries); a changed mode is passed to the running
// simulated adapter, a changed adapter, URL or timeout gets a new adapter. A replaced
// adapter lives on until the calls it started have answered.
// Create it on the thread that makes the calls (the dispatcher's); it needs an event loop.
class StoreServiceDirectory final : public QObject, public ServiceDirectory
{
    Q_OBJECT
public:
    struct Options
    {
        quint64 simulatedSeed = DefaultSimulatedSeed; // the flaky draws of every service
    };

    explicit StoreServiceDirectory(SqliteEventStore &store, QObject *parent = nullptr);
    StoreServiceDirectory(SqliteEventStore &store, Options options, QObject *parent = nullptr);
    ~StoreServiceDirectory() override;
    Q_DISABLE_COPY_MOVE(StoreServiceDirectory)

    // Null for an unknown service, or while the settings could never be read.
    ServiceAdapter *adapterFor(const QString &service) override;
    void refresh() override;

    // The settings the current adapters were built from.
    QList<ServiceSettings> settings() const;
    // Why the last refresh could not read the settings; empty after one that could. The
    // adapters built before stay in use.
    QString lastError() const { return m_lastError; }
    // Replaced adapters still answering calls.
    int retiredAdapters() const { return int(m_retired.size()); }

private:
    struct Entry
    {
        ServiceSettings settings;
        std::unique_ptr<ServiceAdapter> adapter;
    };
    std::unique_ptr<ServiceAdapter> build(const ServiceSettings &settings);
    static int pendingCalls(ServiceAdapter *adapter);
    void reapRetired();

    SqliteEventStore &m_store;
    Options m_options;
    ServiceSettingsStore m_settings;
    std::map<QString, Entry> m_entries;
    std::vector<std::unique_ptr<ServiceAdapter>> m_retired;
    QString m_lastError;
};

} // namespace eventdesk::services
