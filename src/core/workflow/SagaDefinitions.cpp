// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/SagaDefinitions.h"

#include "store/SqliteEventStore.h"
#include "workflow/DefinitionRegistry.h"

#include <memory>

namespace eventdesk::workflow {

DefinitionSource storeDefinitions(SqliteEventStore &store)
{
    // The registry is read again only when $workflows has grown (an administrator loaded a
    // definition, maybe from another process): a look-up costs one indexed read.
    struct Cache
    {
        std::optional<DefinitionRegistry> registry;
        qint64 version = -2;
    };
    auto cache = std::make_shared<Cache>();
    return [&store, cache](QStringView workflow, int version) -> std::optional<Definition> {
        auto current = store.reader().streamVersion(QString(WorkflowsStream));
        const qint64 now = current ? current.value() : -1;
        if (!cache->registry || now != cache->version) {
            auto loaded = DefinitionRegistry::load(store);
            if (!loaded)
                return std::nullopt;
            cache->registry = std::move(loaded.value());
            cache->version = now;
        }
        if (const Definition *d = cache->registry->find(workflow, version))
            return *d;
        return std::nullopt;
    };
}

DefinitionSource fixedDefinitions(QList<Definition> definitions)
{
    return [definitions = std::move(definitions)](QStringView workflow,
                                                  int version) -> std::optional<Definition> {
        for (const Definition &d : definitions)
            if (d.name == workflow && d.version == version)
                return d;
        return std::nullopt;
    };
}

} // namespace eventdesk::workflow
