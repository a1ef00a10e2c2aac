// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTreeModel.h"

#include "common/StatusStyle.h"

#include <QFont>
#include <QJsonArray>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key;
    QString path;
    QJsonValue value; // leaves only; branches keep their children
    QJsonValue::Type type = QJsonValue::Null;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->type = QJsonValue::Object;
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node *node, const QJsonValue &value)
{
    node->type = value.type();
    m_byPath.insert(node->path, node);
    auto add = [node](const QString &key, const QString &path) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->key = key;
        child->path = path;
        node->children.push_back(std::move(child));
        return node->children.back().get();
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            build(add(it.key(), node->path.isEmpty() ? it.key() : node->path + u'.' + it.key()),
                  it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            build(add(u"[%1]"_s.arg(i), node->path + u"[%1]"_s.arg(i)), a.at(i));
    } else {
        node->value = value;
    }
}

void JsonTreeModel::setJson(const QJsonObject &object,
                            const QHash<QString, JsonChange::Kind> &changes)
{
    // Another event's state: a different document, so the tree is built afresh.
    beginResetModel();
    m_byPath.clear();
    m_root = std::make_unique<Node>();
    build(m_root.get(), object);
    m_byPath.remove(QString());
    m_changes = changes;
    endResetModel();
}

QModelIndex JsonTreeModel::indexOfPath(const QString &path, int column) const
{
    const Node *n = m_byPath.value(path);
    return n ? createIndex(n->row, column, n) : QModelIndex();
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
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
    const Node *n = nodeOf(index);
    const auto change = m_changes.constFind(n->path);
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
            return change == m_changes.constEnd()
                       ? typeName(n->type)
                       : tr("%1 — %2").arg(typeName(n->type), changeWord(*change));
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (change != m_changes.constEnd())
            return tr("%1: %2 by this event").arg(n->path, changeWord(*change));
        return n->path;
    case Qt::ForegroundRole:
        if (change != m_changes.constEnd())
            return changeColor(*change, paletteIsDark());
        break;
    case Qt::FontRole:
        if (change != m_changes.constEnd()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case PathRole:
        return n->path;
    case ChangeRole:
        return change == m_changes.constEnd() ? QVariant() : QVariant(int(*change));
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
