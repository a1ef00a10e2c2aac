// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame/Page.h"

#include <QPointer>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class RequestsPage;
}

namespace eventdesk::gui {

class RequestTableModel;
class SubmitRequestDialog;

// Requests: my requests (everyone's, with a Mine / All toggle, for managers, auditors and
// administrators), the selected one's detail, and New request. Refreshed in place when
// the read models move on.
class RequestsPage final : public Page
{
    Q_OBJECT
public:
    explicit RequestsPage(QWidget *parent = nullptr);
    ~RequestsPage() override;
    QString pageId() const override { return QStringLiteral("requests"); }
    QString title() const override { return tr("Requests"); }
    QString iconName() const override { return QStringLiteral("file-text"); }
    bool availableTo(const security::SignedInUser &user) const override;
    void attach(Session *session) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    // {"stream": id}: selects that request.
    void navigateTo(const QVariantMap &arguments) override;

    RequestTableModel *model() const { return m_model; }
    // Opens the New request form (Ctrl+N); the form deletes itself when closed.
    SubmitRequestDialog *openNewRequest();
    QString selectedStreamId() const;

private:
    void reload();
    void loadDetail(const QString &streamId);
    void currentChanged();
    void updateHeading();
    bool showsAll() const;

    std::unique_ptr<Ui::RequestsPage> m_ui;
    QPointer<Session> m_session;
    RequestTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    quint64 m_listRequest = 0;
    quint64 m_detailRequest = 0;
    qint64 m_detailVersion = -1;
    QString m_pendingSelection; // a stream to select once it is in the list
};

} // namespace eventdesk::gui
