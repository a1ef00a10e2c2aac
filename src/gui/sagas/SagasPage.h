// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class SagasPage;
}

namespace eventdesk::gui {

class SagaDiagramView;
class SagaEventsModel;
class SagaListModel;

// Sagas: the workflow instances on the left (filtered by workflow, status, active, text),
// the selected one drawn as its steps on the right with the events behind them.
class SagasPage final : public Page
{
    Q_OBJECT
public:
    explicit SagasPage(QWidget *parent = nullptr);
    ~SagasPage() override;
    QString pageId() const override { return QStringLiteral("sagas"); }
    QString title() const override { return tr("Sagas"); }
    QString iconName() const override { return QStringLiteral("route"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    // For tests.
    SagaListModel *sagaModel() const { return m_model; }
    SagaEventsModel *eventsModel() const { return m_events; }
    SagaDiagramView *diagram() const;
    int visibleSagaCount() const;
    bool selectSaga(const QString &sagaId);
    QString selectedSagaId() const;
    // Sets the status filter to a SagaStatus word (empty: all).
    void setStatusFilter(const QString &status);

private:
    void requestSagas();
    void loadSelectedSaga();
    void loadWorkflows();
    void updateCount();
    void openEvent(const QModelIndex &index);
    void showProblem(const QString &message);

    std::unique_ptr<Ui::SagasPage> m_ui;
    QPointer<Session> m_session;
    SagaListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    SagaEventsModel *m_events = nullptr;
    quint64 m_listRequest = 0;
    quint64 m_sagaRequest = 0;
    bool m_loaded = false;
};

} // namespace eventdesk::gui
