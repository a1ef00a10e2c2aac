// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace eventdesk::gui {

// One field that differs between two JSON states, named by its path ("approvals[1].by").
struct JsonChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString path;
    QJsonValue before; // Undefined when added
    QJsonValue after;  // Undefined when removed

    friend bool operator==(const JsonChange &, const JsonChange &) = default;
};

// The fields that differ, in path order. Objects and arrays are compared member by member
// (arrays by index), so a change deep inside names the leaf; a value whose type changed
// (an object that became a number) is one change at its own path.
QList<JsonChange> diffJson(const QJsonObject &before, const QJsonObject &after);

// A path -> kind index of a diff, for highlighting a tree: the changed leaves and every
// object/array that holds one (as Changed).
QHash<QString, JsonChange::Kind> changedPaths(const QList<JsonChange> &changes);

// How a JSON value reads in one line (strings unquoted, containers compact).
QString jsonValueText(const QJsonValue &value);
// The word of a change kind, translated ("added", "removed", "changed").
QString changeWord(JsonChange::Kind kind);
// The colour of a change kind (added green, removed red, changed amber); always shown
// with the word.
QColor changeColor(JsonChange::Kind kind, bool dark);

// A diff as a table: change (colour + word), field, before, after.
class JsonDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ChangeColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        PathRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(QList<JsonChange> changes);
    const QList<JsonChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JsonChange> m_changes;
};

} // namespace eventdesk::gui
