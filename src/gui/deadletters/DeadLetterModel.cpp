// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadletters/DeadLetterModel.h"

#include "common/Format.h"
#include "common/StatusStyle.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

using messaging::DeadLetter;

namespace {
bool same(const DeadLetter &a, const DeadLetter &b)
{
    return a.id == b.id && a.state == b.state && a.attempts == b.attempts && a.error == b.error &&
           a.resolvedAt == b.resolvedAt && a.payload == b.payload;
}
} // namespace

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const DeadLetter &letter = m_letters.at(index.row());
    const QString word = messaging::deadLetterStateName(letter.state);
    switch (role) {
    case IdRole:
        return letter.id;
    case StateWordRole:
        return word;
    case StatusPillDelegate::StatusWordRole:
        return index.column() == StateColumn ? QVariant(word) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case IdColumn:
            return letter.id;
        case ServiceColumn:
            return letter.service;
        case OperationColumn:
            return letter.operation();
        case ErrorColumn:
            return letter.error.section(u'\n', 0, 0);
        case AttemptsColumn:
            return letter.attempts;
        case AgeColumn:
            return ageText(letter.deadAt, m_now);
        case StateColumn:
            return statusLook(word, false).text;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        if (index.column() == AgeColumn)
            return letter.deadAt;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == AgeColumn)
            return tr("Parked %1").arg(exactTime(letter.deadAt));
        if (index.column() == ErrorColumn)
            return letter.error;
        if (index.column() == StateColumn && letter.state != DeadLetter::State::Parked)
            return tr("By %1, %2").arg(letter.resolvedBy, exactTime(letter.resolvedAt));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AttemptsColumn ||
            index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("#");
    case ServiceColumn:
        return tr("Service");
    case OperationColumn:
        return tr("Operation");
    case ErrorColumn:
        return tr("Error");
    case AttemptsColumn:
        return tr("Attempts");
    case AgeColumn:
        return tr("Age");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void DeadLetterModel::setLetters(const QList<DeadLetter> &letters, qint64 nowMs)
{
    const bool ageChanged = nowMs != m_now;
    m_now = nowMs;
    QHash<qint64, int> incoming;
    for (int i = 0; i < letters.size(); ++i)
        incoming.insert(letters.at(i).id, i);
    for (int i = int(m_letters.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_letters.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_letters.removeAt(i);
            endRemoveRows();
        }
    }
    QSet<qint64> present;
    for (int i = 0; i < m_letters.size(); ++i) {
        const DeadLetter &fresh = letters.at(incoming.value(m_letters.at(i).id));
        present.insert(fresh.id);
        if (!same(fresh, m_letters.at(i))) {
            m_letters[i] = fresh;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else if (ageChanged) {
            Q_EMIT dataChanged(index(i, AgeColumn), index(i, AgeColumn));
        }
    }
    QList<DeadLetter> added;
    for (const DeadLetter &letter : letters)
        if (!present.contains(letter.id))
            added.append(letter);
    if (!added.isEmpty()) {
        const int first = int(m_letters.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_letters.append(added);
        endInsertRows();
    }
}

const DeadLetter *DeadLetterModel::letterAt(int row) const
{
    return row >= 0 && row < m_letters.size() ? &m_letters.at(row) : nullptr;
}

int DeadLetterModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_letters.size(); ++i)
        if (m_letters.at(i).id == id)
            return i;
    return -1;
}

int DeadLetterModel::parkedCount() const
{
    return int(std::count_if(m_letters.cbegin(), m_letters.cend(), [](const DeadLetter &l) {
        return l.state == DeadLetter::State::Parked;
    }));
}

} // namespace eventdesk::gui
