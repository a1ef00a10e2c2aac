// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonDiff.h"

#include "common/StatusStyle.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString indexPath(const QString &parent, qsizetype i)
{
    return parent + u'[' + QString::number(i) + u']';
}

void diffValue(const QString &path, const QJsonValue &before, const QJsonValue &after,
               QList<JsonChange> &out);

void diffObject(const QString &path, const QJsonObject &before, const QJsonObject &after,
                QList<JsonChange> &out)
{
    // Keys in order of both objects merged (QJsonObject keeps keys sorted).
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!before.contains(k))
            keys.append(k);
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        const QString p = childPath(path, k);
        if (!after.contains(k))
            out.append({JsonChange::Kind::Removed, p, before.value(k), QJsonValue::Undefined});
        else if (!before.contains(k))
            out.append({JsonChange::Kind::Added, p, QJsonValue::Undefined, after.value(k)});
        else
            diffValue(p, before.value(k), after.value(k), out);
    }
}

void diffArray(const QString &path, const QJsonArray &before, const QJsonArray &after,
               QList<JsonChange> &out)
{
    const qsizetype common = std::min(before.size(), after.size());
    for (qsizetype i = 0; i < common; ++i)
        diffValue(indexPath(path, i), before.at(i), after.at(i), out);
    for (qsizetype i = common; i < before.size(); ++i)
        out.append(
            {JsonChange::Kind::Removed, indexPath(path, i), before.at(i), QJsonValue::Undefined});
    for (qsizetype i = common; i < after.size(); ++i)
        out.append(
            {JsonChange::Kind::Added, indexPath(path, i), QJsonValue::Undefined, after.at(i)});
}

void diffValue(const QString &path, const QJsonValue &before, const QJsonValue &after,
               QList<JsonChange> &out)
{
    if (before.isObject() && after.isObject())
        diffObject(path, before.toObject(), after.toObject(), out);
    else if (before.isArray() && after.isArray())
        diffArray(path, before.toArray(), after.toArray(), out);
    else if (before != after)
        out.append({JsonChange::Kind::Changed, path, before, after});
}

} // namespace

QList<JsonChange> diffJson(const QJsonObject &before, const QJsonObject &after)
{
    QList<JsonChange> out;
    diffObject({}, before, after, out);
    return out;
}

QHash<QString, JsonChange::Kind> changedPaths(const QList<JsonChange> &changes)
{
    QHash<QString, JsonChange::Kind> paths;
    for (const JsonChange &c : changes) {
        paths.insert(c.path, c.kind);
        // Every container on the way holds a change.
        QString p = c.path;
        while (true) {
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            if (cut <= 0)
                break;
            p.truncate(cut);
            if (paths.contains(p))
                break;
            paths.insert(p, JsonChange::Kind::Changed);
        }
    }
    return paths;
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integers (positions, amounts in minor units, times) without an exponent.
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString changeWord(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return JsonDiffModel::tr("added");
    case JsonChange::Kind::Removed:
        return JsonDiffModel::tr("removed");
    case JsonChange::Kind::Changed:
        return JsonDiffModel::tr("changed");
    }
    return {};
}

namespace {

StatusTone toneOf(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return StatusTone::Done;
    case JsonChange::Kind::Removed:
        return StatusTone::Failed;
    case JsonChange::Kind::Changed:
        return StatusTone::Waiting;
    }
    return StatusTone::Neutral;
}

} // namespace

QColor changeColor(JsonChange::Kind kind, bool dark)
{
    return toneColor(toneOf(kind), dark);
}

void JsonDiffModel::setChanges(QList<JsonChange> changes)
{
    // A new event's diff replaces the old one entirely: there is nothing to keep.
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int JsonDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int JsonDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JsonDiffModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const JsonChange &c = m_changes.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn || index.column() == FieldColumn) {
            switch (c.kind) {
            case JsonChange::Kind::Added:
                return tr("%1 added: %2").arg(c.path, jsonValueText(c.after));
            case JsonChange::Kind::Removed:
                return tr("%1 removed (was %2)").arg(c.path, jsonValueText(c.before));
            case JsonChange::Kind::Changed:
                return tr("%1 changed: %2 → %3")
                    .arg(c.path, jsonValueText(c.before), jsonValueText(c.after));
            }
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ChangeColumn:
            return changeWord(c.kind);
        case FieldColumn:
            return c.path;
        case BeforeColumn:
            return c.kind == JsonChange::Kind::Added ? tr("(none)") : jsonValueText(c.before);
        case AfterColumn:
            return c.kind == JsonChange::Kind::Removed ? tr("(none)") : jsonValueText(c.after);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn)
            return changeColor(c.kind, paletteIsDark());
        break;
    case Qt::FontRole:
        if (index.column() == ChangeColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case KindRole:
        return int(c.kind);
    case PathRole:
        return c.path;
    default:
        break;
    }
    return {};
}

QVariant JsonDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ChangeColumn:
        return tr("Change");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace eventdesk::gui
