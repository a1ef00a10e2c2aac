// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/TimelineQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QRegularExpression>

#include <memory>
#include <vector>

class QTimer;

namespace eventdesk::gui {

class Session;
struct JobProgress;

// Every event of the store (or those matching a filter) in position order, without ever
// holding them all: rows are known up front, their contents are read a page at a time off
// the GUI thread into a small least-recently-used cache, and a row whose page is not there
// yet shows a placeholder until it arrives.
//
// Row to position: unfiltered, positions are dense (1…head, checked once by count == head),
// so row r is position r + 1. Filtered (or a store with gaps), the matching positions are
// collected in the background in slices of positions, rows growing as each slice arrives
// (8 bytes a match: 8 MB for a million), with progress and Cancel.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Position,
        Time,
        Stream,
        Type,
        Actor,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole, // qint64, known even while the row is a placeholder
        RecordedAtRole,              // UTC ms; invalid while the row is a placeholder
        LoadedRole                   // bool
    };
    static constexpr int PageSize = 200;

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // Starts reading: the store's count and head, then rows as the view asks for them.
    void setSession(Session *session);
    // A new filter starts over (a reset); the same filter again does nothing. A regex filter
    // must have a valid pattern (the page checks it first).
    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    // Live: events were committed up to head. Rows are appended, never reset.
    void setHead(qint64 head);
    qint64 head() const { return m_head; }

    // The position of a row (0: none), and the row of a position (-1: not a row). With
    // atOrAfter, the first row at or after the position (-1 past the end).
    qint64 positionAt(int row) const;
    int rowOf(qint64 position, bool atOrAfter = false) const;

    // Whether the first count has arrived (rows are meaningful), and the filter's scan.
    bool isReady() const { return m_ready; }
    bool isScanning() const { return m_scanning; }
    bool scanWasCancelled() const { return m_scanCancelled; }
    qint64 scannedTo() const { return m_scannedTo; }
    void cancelScan();
    // Positions per background scan step (0: the default for the filter). Tests make it
    // small to see a scan in several steps.
    void setScanSlice(int positions) { m_scanSlice = positions; }

    int cachedPageCount() const { return int(m_pages.size()); }
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    // Pages asked of the store so far (tests: a view that does not scroll reads little).
    int pageLoads() const { return m_pageLoads; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // The first count (after setSession or a new filter) arrived: rows are known.
    void ready();
    // The filter's scan went on: positions scanned of total, matches so far.
    void scanProgress(qint64 scanned, qint64 total, int matches);
    // The scan reached the head (or was cancelled: see scanWasCancelled).
    void scanFinished();
    void pageLoaded(int page);
    void loadFailed(const QString &message);

private:
    struct Page
    {
        QList<TimelineRow> rows; // aligned with the page's rows (row - first)
        int endRow = 0;          // rows past this were not rows yet when it was read
        quint64 lastUse = 0;
    };

    void start();
    void readOverview();
    void startScan();
    void scanNext();
    void finishScan();
    void appendRows(int newCount);
    void requestPage(int page) const;
    void fetchPages();
    void storePage(int page, int endRow, const std::vector<qint64> &positions,
                   const QList<TimelineRow> &rows);
    const TimelineRow *rowAt(int row) const;
    int scanSlice() const;

    QPointer<Session> m_session;
    TimelineFilter m_filter;
    QRegularExpression m_regex;
    quint64 m_generation = 0; // bumped by every new filter: older answers are dropped
    qint64 m_head = 0;
    int m_rows = 0;
    bool m_ready = false;
    // Dense: row r is position r + 1. Otherwise m_positions holds every row's position.
    bool m_dense = false;
    bool m_overviewKnown = false;
    bool m_denseChecked = false; // the store was found gap-free once (count == head)
    std::vector<qint64> m_positions;

    // The filter's scan: positions (0, m_scannedTo] are done.
    bool m_scanning = false;
    bool m_scanCancelled = false;
    qint64 m_scannedTo = 0;
    std::shared_ptr<JobProgress> m_scanJob;

    // The page cache (bounded, least recently used goes) and the pages wanted next.
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useTick = 0;
    mutable QList<int> m_wanted;    // newest last, bounded
    QHash<int, quint64> m_inFlight; // page -> generation
    QTimer *m_fetchTimer = nullptr;
    int m_maxPages = 40;
    int m_scanSlice = 0;
    int m_pageLoads = 0;
};

} // namespace eventdesk::gui
