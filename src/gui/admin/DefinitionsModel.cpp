// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/DefinitionsModel.h"

#include <QFont>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
bool before(const DefinitionsModel::Row &a, const DefinitionsModel::Row &b)
{
    return a.name != b.name ? a.name < b.name : a.version < b.version;
}
} // namespace

DefinitionsModel::DefinitionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DefinitionsModel::setRows(const QList<Row> &rows)
{
    // A merge of two sorted lists: rows are removed, inserted or changed one by one.
    int row = 0;
    int next = 0;
    while (row < m_rows.size() || next < rows.size()) {
        if (next >= rows.size() || (row < m_rows.size() && before(m_rows.at(row), rows.at(next)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (row >= m_rows.size() || before(rows.at(next), m_rows.at(row))) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, rows.at(next));
            endInsertRows();
            ++row;
            ++next;
        } else {
            if (!(m_rows.at(row) == rows.at(next))) {
                m_rows[row] = rows.at(next);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        }
    }
}

int DefinitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DefinitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefinitionsModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Workflow:
            return r.name;
        case Version:
            return r.latest ? tr("%1 (in use)").arg(r.version) : QString::number(r.version);
        case Title:
            return r.title;
        case Steps:
            return r.steps;
        case Source:
            return r.source == u"shipped"_s ? tr("shipped with EventDesk") : r.source;
        case ColumnCount:
            break;
        }
        break;
    case Qt::FontRole:
        if (r.latest) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Version)
            return r.latest ? tr("New requests of this workflow use this version.")
                            : tr("Requests started with this version keep it.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Steps)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole:
        return r.name;
    case VersionRole:
        return r.version;
    default:
        break;
    }
    return {};
}

QVariant DefinitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Workflow:
        return tr("Workflow");
    case Version:
        return tr("Version");
    case Title:
        return tr("Title");
    case Steps:
        return tr("Steps");
    case Source:
        return tr("Loaded from");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace eventdesk::gui
