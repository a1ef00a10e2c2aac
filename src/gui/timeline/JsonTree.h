// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonDiff.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace eventdesk::gui {

// A JSON object flattened into nodes, built once and only read after. It is built on a
// worker thread (buildJsonTree is plain data work), so the tree model adopts a finished
// tree with a cheap reset instead of walking the document on the GUI thread.
struct JsonTree
{
    struct Node
    {
        int parent = -1; // index into nodes; -1 for a top-level field
        int row = 0;     // among its parent's children
        QString key;
        QString path;
        QJsonValue value; // leaves only; branches keep their children
        QJsonValue::Type type = QJsonValue::Null;
        QList<int> children; // indexes into nodes
    };

    std::vector<Node> nodes;
    QList<int> top; // the top-level fields
    QHash<QString, int> byPath;
    QHash<QString, JsonChange::Kind> changes; // see changedPaths()

    const QList<int> &childrenOf(int node) const
    {
        return node < 0 ? top : nodes[size_t(node)].children;
    }
};

std::shared_ptr<const JsonTree> buildJsonTree(const QJsonObject &object,
                                              const QHash<QString, JsonChange::Kind> &changes = {});

// The branches a view should expand so that it shows at most about maxRows rows: breadth
// first, a whole level of a branch at a time, so a state with a long list opens with its
// shape visible instead of thousands of rows (expanding and sizing every row of a big
// tree is what made the GUI thread stall). The branches on the way to a changed field
// are always expanded: the change is what the panel is about. In expansion order
// (parents first).
QList<int> branchesToExpand(const JsonTree &tree, int maxRows);

} // namespace eventdesk::gui
