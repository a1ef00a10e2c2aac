// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineModel.h"

#include "common/Format.h"
#include "common/JobProgress.h"
#include "frame/Session.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
// At most this many pages wait to be read: while the scrollbar is dragged the view asks for
// page after page; only the newest ones are still on screen when the reads come round.
constexpr int MaxWanted = 8;
// Two reads at a time: the visible page comes quickly and the worker pool stays free for
// the rest of the console.
constexpr int MaxInFlight = 2;
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetchTimer(new QTimer(this))
{
    // Requests made while one paint asks for many cells are gathered and sent together.
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &TimelineModel::fetchPages);
}

TimelineModel::~TimelineModel()
{
    if (m_scanJob)
        m_scanJob->cancel = true;
}

void TimelineModel::setSession(Session *session)
{
    m_session = session;
    start();
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    ++m_generation;
    if (m_scanJob)
        m_scanJob->cancel = true;
    m_scanJob.reset();
    m_filter = filter;
    m_regex = QRegularExpression(filter.regex ? filter.text : QString(),
                                 QRegularExpression::UseUnicodePropertiesOption);
    m_pages.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_positions.clear();
    m_positions.shrink_to_fit();
    m_rows = 0;
    m_ready = false;
    m_dense = false;
    m_scanning = false;
    m_scanCancelled = false;
    m_scannedTo = 0;
    // Unfiltered on a store known to be gap-free: every row is known at once.
    const bool denseNow = m_session && m_overviewKnown && m_denseChecked && m_filter.isEmpty();
    if (denseNow) {
        m_dense = true;
        m_rows = int(std::min<qint64>(m_head, std::numeric_limits<int>::max()));
        m_ready = true;
    }
    endResetModel();
    if (denseNow)
        Q_EMIT ready();
    else
        start();
}

void TimelineModel::start()
{
    if (!m_session)
        return;
    // The first time, one count tells the head and whether positions are dense; its answer
    // goes on with the filter as it then is.
    if (!m_overviewKnown)
        readOverview();
    else
        startScan();
}

void TimelineModel::readOverview()
{
    const quint64 generation = m_generation;
    m_session->run(
        this, [](SqliteEventStore &store) { return timelinequery::overview(store); },
        [this, generation](Result<TimelineOverview> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_ready = true;
                Q_EMIT loadFailed(result.error().message);
                Q_EMIT ready();
                return;
            }
            m_overviewKnown = true;
            m_head = std::max(m_head, result->head);
            // Positions are gap-free by construction; the check costs one count and keeps
            // the list right on a store that was ever written otherwise.
            m_denseChecked = result->count == result->head;
            if (m_filter.isEmpty() && m_denseChecked) {
                m_dense = true;
                appendRows(int(std::min<qint64>(m_head, std::numeric_limits<int>::max())));
                m_ready = true;
                Q_EMIT ready();
            } else {
                startScan();
            }
        });
}

void TimelineModel::startScan()
{
    m_dense = false;
    m_scanning = true;
    m_scanCancelled = false;
    m_scanJob = std::make_shared<JobProgress>();
    scanNext();
}

int TimelineModel::scanSlice() const
{
    if (m_scanSlice > 0)
        return m_scanSlice;
    // Slices of positions short enough to show progress a few times a second on a slow
    // disk; a regex decodes and matches every payload, so its slices are smaller.
    return m_filter.regex && !m_filter.text.isEmpty() ? 25000 : 100000;
}

void TimelineModel::scanNext()
{
    if (!m_session || !m_scanJob)
        return;
    if (m_scannedTo >= m_head) {
        finishScan();
        return;
    }
    const qint64 from = m_scannedTo;
    const qint64 to = std::min(m_head, from + scanSlice());
    const quint64 generation = m_generation;
    auto job = m_scanJob;
    const TimelineFilter filter = m_filter;
    const QRegularExpression regex = m_regex;
    m_session->run(
        this,
        [filter, regex, from, to, job](SqliteEventStore &store) {
            return timelinequery::scan(store, filter, &regex, from, to, &job->cancel);
        },
        [this, generation, job](Result<TimelineScanChunk> chunk) {
            if (generation != m_generation || job != m_scanJob || job->cancel)
                return;
            if (!chunk) {
                Q_EMIT loadFailed(chunk.error().message);
                m_scanJob.reset();
                m_scanCancelled = true;
                finishScan();
                return;
            }
            const std::vector<qint64> &found = chunk->positions;
            if (!found.empty()) {
                const int room = std::numeric_limits<int>::max() - m_rows;
                const int add = int(std::min<size_t>(found.size(), size_t(room)));
                beginInsertRows({}, m_rows, m_rows + add - 1);
                m_positions.insert(m_positions.end(), found.begin(), found.begin() + add);
                m_rows += add;
                endInsertRows();
            }
            m_scannedTo = chunk->scannedTo;
            if (!m_ready) {
                m_ready = true;
                Q_EMIT ready();
            }
            Q_EMIT scanProgress(m_scannedTo, m_head, m_rows);
            scanNext();
        });
}

void TimelineModel::finishScan()
{
    const bool wasScanning = m_scanning;
    m_scanning = false;
    if (!m_ready) {
        m_ready = true;
        Q_EMIT ready();
    }
    if (wasScanning)
        Q_EMIT scanFinished();
}

void TimelineModel::cancelScan()
{
    if (!m_scanning)
        return;
    if (m_scanJob)
        m_scanJob->cancel = true;
    m_scanJob.reset();
    m_scanCancelled = true;
    finishScan();
}

void TimelineModel::setHead(qint64 head)
{
    if (head <= m_head)
        return;
    m_head = head;
    if (!m_ready)
        return; // the first count or scan is still under way and will reach it
    if (m_dense) {
        appendRows(int(std::min<qint64>(m_head, std::numeric_limits<int>::max())));
    } else if (!m_scanning && !m_scanCancelled) {
        // Go on scanning from where the last scan stopped: only the new events are read.
        m_scanning = true;
        m_scanJob = std::make_shared<JobProgress>();
        scanNext();
    }
}

void TimelineModel::appendRows(int newCount)
{
    if (newCount <= m_rows)
        return;
    beginInsertRows({}, m_rows, newCount - 1);
    m_rows = newCount;
    endInsertRows();
}

qint64 TimelineModel::positionAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return 0;
    return m_dense ? qint64(row) + 1 : m_positions[size_t(row)];
}

int TimelineModel::rowOf(qint64 position, bool atOrAfter) const
{
    if (m_rows == 0)
        return -1;
    if (m_dense) {
        if (position < 1)
            return atOrAfter ? 0 : -1;
        return position <= m_rows ? int(position - 1) : -1;
    }
    const auto it = std::lower_bound(m_positions.begin(), m_positions.end(), position);
    if (it == m_positions.end())
        return -1;
    if (*it != position && !atOrAfter)
        return -1;
    return int(it - m_positions.begin());
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TimelineRow *TimelineModel::rowAt(int row) const
{
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end() || row >= it->endRow) {
        requestPage(page);
        return nullptr;
    }
    it->lastUse = ++m_useTick;
    const int offset = row - page * PageSize;
    if (offset >= it->rows.size() || it->rows.at(offset).recordedAt < 0)
        return nullptr;
    return &it->rows.at(offset);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == PositionRole)
        return positionAt(row);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Position ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RecordedAtRole &&
        role != LoadedRole && role != Qt::AccessibleTextRole)
        return {};
    const TimelineRow *r = rowAt(row);
    if (role == LoadedRole)
        return r != nullptr;
    if (!r) {
        // A placeholder until the page arrives: the position is known already.
        if (role == Qt::DisplayRole)
            return index.column() == Position ? QVariant(positionAt(row)) : QVariant(u"…"_s);
        return {};
    }
    if (role == RecordedAtRole)
        return r->recordedAt;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return exactTime(r->recordedAt);
        if (index.column() == Stream)
            return r->stream;
        return {};
    }
    switch (index.column()) {
    case Position:
        return r->position;
    case Time:
        return relativeTime(r->recordedAt, QDateTime::currentMSecsSinceEpoch());
    case Stream:
        return r->stream;
    case Type:
        return r->type;
    case Actor:
        return r->actor;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Position");
    case Time:
        return tr("Time");
    case Stream:
        return tr("Stream");
    case Type:
        return tr("Type");
    case Actor:
        return tr("Actor");
    default:
        return {};
    }
}

void TimelineModel::requestPage(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWanted)
        m_wanted.removeFirst();
    if (!m_fetchTimer->isActive())
        m_fetchTimer->start();
}

void TimelineModel::fetchPages()
{
    while (m_session && m_inFlight.size() < MaxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast(); // the newest wish is what is on screen now
        const int firstRow = page * PageSize;
        const int endRow = std::min(m_rows, firstRow + PageSize);
        if (firstRow >= endRow || m_inFlight.contains(page))
            continue;
        if (auto it = m_pages.constFind(page); it != m_pages.cend() && it->endRow >= endRow)
            continue;
        std::vector<qint64> positions;
        positions.reserve(size_t(endRow - firstRow));
        for (int row = firstRow; row < endRow; ++row)
            positions.push_back(positionAt(row));
        const quint64 generation = m_generation;
        m_inFlight.insert(page, generation);
        ++m_pageLoads;
        m_session->run(
            this,
            [positions](SqliteEventStore &store) {
                return timelinequery::rowsAt(store, positions);
            },
            [this, generation, page, endRow, positions](Result<QList<TimelineRow>> rows) {
                if (generation != m_generation)
                    return; // a new filter: these rows belong to another list
                m_inFlight.remove(page);
                if (!rows) {
                    Q_EMIT loadFailed(rows.error().message);
                    storePage(page, endRow, positions, {}); // placeholders: no retry loop
                } else {
                    storePage(page, endRow, positions, *rows);
                }
                fetchPages();
            });
    }
}

void TimelineModel::storePage(int page, int endRow, const std::vector<qint64> &positions,
                              const QList<TimelineRow> &rows)
{
    Page entry;
    entry.endRow = endRow;
    entry.lastUse = ++m_useTick;
    entry.rows.reserve(qsizetype(positions.size()));
    qsizetype next = 0;
    for (qint64 position : positions) {
        if (next < rows.size() && rows.at(next).position == position) {
            entry.rows.append(rows.at(next++));
        } else {
            TimelineRow missing; // no such event (should not happen): stays a placeholder
            missing.position = position;
            missing.recordedAt = -1;
            entry.rows.append(missing);
        }
    }
    m_pages.insert(page, std::move(entry));
    // Bounded: the least recently used pages go, whatever was scrolled through.
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it.key() != page && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        if (oldest == m_pages.end())
            break;
        m_pages.erase(oldest);
    }
    const int firstRow = page * PageSize;
    if (firstRow < endRow)
        Q_EMIT dataChanged(index(firstRow, 0), index(endRow - 1, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

} // namespace eventdesk::gui
