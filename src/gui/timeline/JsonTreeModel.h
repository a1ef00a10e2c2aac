// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonDiff.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace eventdesk::gui {

// A JSON object as a tree: key, value, type. Objects and arrays are branches (their value
// column says how many members), everything else a leaf. Fields a diff names can be
// marked (setChanges): they get the change's colour and word in the tooltip.
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

    void setJson(const QJsonObject &object, const QHash<QString, JsonChange::Kind> &changes = {});
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
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    void build(Node *node, const QJsonValue &value);

    std::unique_ptr<Node> m_root;
    QHash<QString, JsonChange::Kind> m_changes;
    QHash<QString, Node *> m_byPath;
};

} // namespace eventdesk::gui
