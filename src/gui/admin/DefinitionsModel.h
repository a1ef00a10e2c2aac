// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace eventdesk::gui {

// The workflow definitions the store knows, every version, keyed by (workflow, version):
// a refresh inserts new versions in place.
class DefinitionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Workflow,
        Version,
        Title,
        Steps,
        Source,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole,
        VersionRole
    };

    struct Row
    {
        QString name;
        int version = 0;
        QString title;
        int steps = 0;
        QString source;
        bool latest = false;
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit DefinitionsModel(QObject *parent = nullptr);
    void setRows(const QList<Row> &rows); // sorted by name, then version

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

} // namespace eventdesk::gui
