// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

#include <memory>

class QTimer;
namespace Ui {
class TimelinePage;
}

namespace eventdesk::gui {

class DensityChart;
class EventDetailPanel;
class TimelineModel;

// Timeline: every event of the store, paged by position, with filters and the state at any
// event. Above the list the event density over time (drag to pick a time range) and the
// filter bar; beside it the selected event's detail; below it the position scrubber.
class TimelinePage final : public Page
{
    Q_OBJECT
public:
    explicit TimelinePage(QWidget *parent = nullptr);
    ~TimelinePage() override;
    QString pageId() const override { return QStringLiteral("timeline"); }
    QString title() const override { return tr("Timeline"); }
    QString iconName() const override { return QStringLiteral("timeline"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    // {"position": N} selects the event at N (clearing the filters if they hide it).
    void navigateTo(const QVariantMap &arguments) override;

    // Selects the row of the event at position, or the first one after it; false when
    // there is none (the filters hide everything from there on).
    bool goToPosition(qint64 position);
    // Applies the filter bar now instead of when typing pauses (tests, Enter).
    void applyFilter();
    void cancelSearch();
    qint64 selectedPosition() const { return m_selectedPosition; }
    QString matchCountText() const;
    QString filterErrorText() const;
    TimelineModel *model() const { return m_model; }
    EventDetailPanel *detailPanel() const { return m_detail; }
    DensityChart *densityChart() const { return m_chart; }

private:
    void askGoToPosition();
    void onCurrentRowChanged(int row);
    void restoreSelection();
    void selectRow(int row);
    void updateCount();
    void updateEmptyState();
    void updateScrubber();
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void clearTimeRange();
    void loadLists();
    void loadDensity();
    void onEventsCommitted(qint64 head);

    std::unique_ptr<Ui::TimelinePage> m_ui;
    QPointer<Session> m_session;
    TimelineModel *m_model = nullptr;
    EventDetailPanel *m_detail = nullptr;
    DensityChart *m_chart = nullptr;
    QTimer *m_filterDelay = nullptr;
    QTimer *m_scrubDelay = nullptr;
    QTimer *m_refreshDelay = nullptr; // density and the filter lists, after live commits
    QTimer *m_detailDelay = nullptr;  // the detail panel follows a selection that rests
    qint64 m_selectedPosition = 0;    // kept across filters and live updates
    bool m_firstLoad = true;
    bool m_backgroundReadsStarted = false;
    quint64 m_listsRequest = 0;
    quint64 m_densityRequest = 0;
};

} // namespace eventdesk::gui
