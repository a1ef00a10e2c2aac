// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class DeadLettersPage;
}

namespace eventdesk::gui {

class DeadLetterModel;

// Dead letters: parked messages, to inspect, retry, edit and retry, or discard.
// Actions are an administrator's (core refuses anyone else); the page hides them for others.
class DeadLettersPage final : public Page
{
    Q_OBJECT
public:
    explicit DeadLettersPage(QWidget *parent = nullptr);
    ~DeadLettersPage() override;
    QString pageId() const override { return QStringLiteral("dead-letters"); }
    QString title() const override { return tr("Dead letters"); }
    QString iconName() const override { return QStringLiteral("mail-x"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    // The questions the page asks, replaceable so tests can answer them.
    using Confirm = std::function<bool(const QString &question)>;
    using AskReason = std::function<std::optional<QString>(const QString &what)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskReason(AskReason ask) { m_askReason = std::move(ask); }

    // For tests.
    DeadLetterModel *letterModel() const { return m_model; }
    bool selectLetter(qint64 id);
    qint64 selectedId() const;
    void setShowResolved(bool show);
    QWidget *findChildWidget(const QString &name) const { return findChild<QWidget *>(name); }

    void retrySelected();
    void retryAll();
    void startEdit();
    void cancelEdit();
    void retryEdited();
    void discardSelected();

private:
    void requestLetters();
    void showSelected();
    void updateActions();
    void updateCount();
    void validateEdit();
    void showProblem(const QString &message);
    void afterAction(const QString &done);
    bool isAdmin() const;

    std::unique_ptr<Ui::DeadLettersPage> m_ui;
    QPointer<Session> m_session;
    DeadLetterModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    Confirm m_confirm;
    AskReason m_askReason;
    quint64 m_request = 0;
    qint64 m_shownId = 0;
    bool m_editing = false;
    bool m_busy = false;
    bool m_refreshing = false;
};

} // namespace eventdesk::gui
