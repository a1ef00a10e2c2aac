// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/Definition.h"

#include <QList>
#include <QStringView>

#include <functional>
#include <optional>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::workflow {

// Where the saga engine finds the definition a request runs on: by workflow and version,
// so that a running saga finishes on the version it started with.
using DefinitionSource =
    std::function<std::optional<Definition>(QStringView workflow, int version)>;

// The store's definitions: the shipped ones and those loaded into $workflows
// (DefinitionRegistry), read again when $workflows grows. For the calling thread only.
DefinitionSource storeDefinitions(SqliteEventStore &store);
// Exactly these definitions (tests; a registry read elsewhere).
DefinitionSource fixedDefinitions(QList<Definition> definitions);

} // namespace eventdesk::workflow
