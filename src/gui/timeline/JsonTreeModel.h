// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonTree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace eventdesk::gui {

// A JSON object as a tree: key, value, type. Objects and arrays are branches (their value
// column says how many members), everything else a leaf. Fields a diff names can be
// marked (the tree's changes): they get the change's colour and word in the tooltip.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        ChangeRole,
        JsonValueRole
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Builds the tree here: for small documents and tests. The panel builds it on a worker
    // (buildJsonTree) and hands it to setTree.
    void setJson(const QJsonObject &object, const QHash<QString, JsonChange::Kind> &changes = {});
    // Adopts a finished tree: a reset that copies nothing.
    void setTree(std::shared_ptr<const JsonTree> tree);
    // The index of a node of the tree (JsonTree::nodes), column 0.
    QModelIndex indexOfNode(int node) const;
    // The index of a path ("approvals[0].by"), or invalid.
    QModelIndex indexOfPath(const QString &path, int column = KeyColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The node an index stands for (internalId is the node's index + 1; 0 is the root).
    int nodeOf(const QModelIndex &index) const;

    std::shared_ptr<const JsonTree> m_tree;
};

} // namespace eventdesk::gui
