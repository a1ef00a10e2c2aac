// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTree.h"

#include <QJsonArray>
#include <QSet>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

void build(JsonTree &tree, int node, const QJsonValue &value)
{
    // Indexes, not pointers: nodes grows while its children are added.
    const QString path = node < 0 ? QString() : tree.nodes[size_t(node)].path;
    auto add = [&tree, node](const QString &key, const QString &childPath) {
        JsonTree::Node child;
        child.parent = node;
        child.row = int(tree.childrenOf(node).size());
        child.key = key;
        child.path = childPath;
        tree.nodes.push_back(std::move(child));
        const int index = int(tree.nodes.size()) - 1;
        (node < 0 ? tree.top : tree.nodes[size_t(node)].children).append(index);
        tree.byPath.insert(childPath, index);
        return index;
    };
    if (node >= 0)
        tree.nodes[size_t(node)].type = value.type();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            build(tree, add(it.key(), path.isEmpty() ? it.key() : path + u'.' + it.key()),
                  it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString key = u'[' + QString::number(i) + u']';
            build(tree, add(key, path + key), a.at(i));
        }
    } else if (node >= 0) {
        tree.nodes[size_t(node)].value = value;
    }
}

} // namespace

std::shared_ptr<const JsonTree> buildJsonTree(const QJsonObject &object,
                                              const QHash<QString, JsonChange::Kind> &changes)
{
    auto tree = std::make_shared<JsonTree>();
    build(*tree, -1, object);
    tree->changes = changes;
    return tree;
}

QList<int> branchesToExpand(const JsonTree &tree, int maxRows)
{
    QList<int> out;
    QSet<int> chosen;
    // The way to every changed field first: the containers changedPaths() marked.
    for (auto it = tree.changes.constBegin(); it != tree.changes.constEnd(); ++it) {
        const int node = tree.byPath.value(it.key(), -1);
        if (node >= 0 && !tree.nodes[size_t(node)].children.isEmpty())
            chosen.insert(node);
    }
    qsizetype rows = tree.top.size();
    for (int node : std::as_const(chosen))
        rows += tree.nodes[size_t(node)].children.size();
    // Then breadth first while the rows fit.
    QList<int> level = tree.top;
    while (!level.isEmpty()) {
        QList<int> next;
        for (int node : std::as_const(level)) {
            const JsonTree::Node &n = tree.nodes[size_t(node)];
            if (n.children.isEmpty())
                continue;
            if (!chosen.contains(node)) {
                if (rows + n.children.size() > maxRows)
                    continue;
                rows += n.children.size();
                chosen.insert(node);
            }
            next.append(n.children);
        }
        level = std::move(next);
    }
    // Parents before children, in document order: nodes are stored depth first.
    out = QList<int>(chosen.cbegin(), chosen.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace eventdesk::gui
