// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/ServicesModel.h"

#include <QLocale>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using services::ServiceSettings;

ServicesModel::ServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServicesModel::setSettings(const QList<ServiceSettings> &settings)
{
    // Rows are keyed by service name; core lists them in a fixed order.
    for (const ServiceSettings &s : settings) {
        int row = 0;
        while (row < m_rows.size() && m_rows.at(row).name != s.name)
            ++row;
        if (row == m_rows.size()) {
            beginInsertRows({}, row, row);
            m_rows.append(s);
            endInsertRows();
        } else if (!m_rows.at(row).sameEffect(s) || m_rows.at(row).mode != s.mode) {
            m_rows[row] = s;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

const ServiceSettings *ServicesModel::settings(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServicesModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const ServiceSettings &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Service:
            return s.name;
        case Endpoint:
            return s.isHttp() ? s.url : tr("simulated");
        case Timeout:
            return tr("%1 ms").arg(QLocale().toString(s.timeoutMs));
        case Mode:
            return s.isHttp() ? tr("as the real service is") : s.mode.toText();
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Timeout)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole:
        return s.name;
    default:
        break;
    }
    return {};
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Service:
        return tr("Service");
    case Endpoint:
        return tr("Calls go to");
    case Timeout:
        return tr("Timeout");
    case Mode:
        return tr("Mode (simulated)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace eventdesk::gui
