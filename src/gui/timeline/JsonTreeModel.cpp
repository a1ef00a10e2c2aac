// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTreeModel.h"

#include "common/StatusStyle.h"

#include <QFont>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_tree(std::make_shared<JsonTree>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonObject &object,
                            const QHash<QString, JsonChange::Kind> &changes)
{
    setTree(buildJsonTree(object, changes));
}

void JsonTreeModel::setTree(std::shared_ptr<const JsonTree> tree)
{
    // Another event's state: a different document, nothing of the old tree stays.
    beginResetModel();
    m_tree = tree ? std::move(tree) : std::make_shared<JsonTree>();
    endResetModel();
}

QModelIndex JsonTreeModel::indexOfNode(int node) const
{
    if (node < 0 || size_t(node) >= m_tree->nodes.size())
        return {};
    return createIndex(m_tree->nodes[size_t(node)].row, 0, quintptr(node) + 1);
}

QModelIndex JsonTreeModel::indexOfPath(const QString &path, int column) const
{
    const int node = m_tree->byPath.value(path, -1);
    return node < 0 ? QModelIndex()
                    : createIndex(m_tree->nodes[size_t(node)].row, column, quintptr(node) + 1);
}

int JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int node = m_tree->childrenOf(nodeOf(parent)).at(row);
    return createIndex(row, column, quintptr(node) + 1);
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_tree->nodes[size_t(nodeOf(child))].parent;
    if (p < 0)
        return {};
    return createIndex(m_tree->nodes[size_t(p)].row, 0, quintptr(p) + 1);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_tree->childrenOf(nodeOf(parent)).size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

namespace {

QString typeName(QJsonValue::Type t)
{
    switch (t) {
    case QJsonValue::Null:
        return JsonTreeModel::tr("null");
    case QJsonValue::Bool:
        return JsonTreeModel::tr("boolean");
    case QJsonValue::Double:
        return JsonTreeModel::tr("number");
    case QJsonValue::String:
        return JsonTreeModel::tr("text");
    case QJsonValue::Array:
        return JsonTreeModel::tr("list");
    case QJsonValue::Object:
        return JsonTreeModel::tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const JsonTree::Node *n = &m_tree->nodes[size_t(nodeOf(index))];
    const auto change = m_tree->changes.constFind(n->path);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KeyColumn:
            return n->key;
        case ValueColumn:
            if (n->type == QJsonValue::Object)
                return tr("{%n field(s)}", nullptr, int(n->children.size()));
            if (n->type == QJsonValue::Array)
                return tr("[%n item(s)]", nullptr, int(n->children.size()));
            return jsonValueText(n->value);
        case TypeColumn:
            return change == m_tree->changes.constEnd()
                       ? typeName(n->type)
                       : tr("%1 — %2").arg(typeName(n->type), changeWord(*change));
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (change != m_tree->changes.constEnd())
            return tr("%1: %2 by this event").arg(n->path, changeWord(*change));
        return n->path;
    case Qt::ForegroundRole:
        if (change != m_tree->changes.constEnd())
            return changeColor(*change, paletteIsDark());
        break;
    case Qt::FontRole:
        if (change != m_tree->changes.constEnd()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case PathRole:
        return n->path;
    case ChangeRole:
        return change == m_tree->changes.constEnd() ? QVariant() : QVariant(int(*change));
    case JsonValueRole:
        return n->value.toVariant();
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KeyColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace eventdesk::gui
