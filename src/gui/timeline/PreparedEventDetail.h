// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventDetailLoader.h"
#include "JsonDiff.h"
#include "JsonTree.h"

#include <memory>

namespace eventdesk::gui {

// What the detail panel shows for one event, worked out on the worker thread that read
// it: the diff, the state tree and the branches to open, the payload and metadata as
// indented text. Measured on a 1,000,000-event store, diffing, building and fully
// expanding a state of a few hundred fields on the GUI thread took up to 10 ms of its
// CPU per event; handed over finished, the GUI thread only swaps the models' data.
struct PreparedEventDetail
{
    EventDetail detail;
    QList<JsonChange> changes;
    std::shared_ptr<const JsonTree> stateTree;
    QList<int> expandedBranches; // nodes of stateTree, parents first
    QString payloadText;
    QString metadataText;
};

// At most about this many rows of the state tree are open at first (branchesToExpand);
// the user opens the rest.
inline constexpr int StateTreeOpenRows = 200;

PreparedEventDetail prepareEventDetail(EventDetail detail);

} // namespace eventdesk::gui
