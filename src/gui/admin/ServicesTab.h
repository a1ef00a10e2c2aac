// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ServicesTab;
}

namespace eventdesk::gui {

class ServicesModel;
class Session;

// Administration › Services: each service's endpoint, timeout and (simulated) mode, saved
// through core as the signed-in administrator; what core refuses is shown beside the form
// and the edit stays.
class ServicesTab final : public QWidget
{
    Q_OBJECT
public:
    explicit ServicesTab(QWidget *parent = nullptr);
    ~ServicesTab() override;

    void attach(Session *session);
    void reload();
    ServicesModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded();
    void saved(bool ok, const QString &message);

private:
    void showSelected();
    void save();
    QString selectedName() const;

    std::unique_ptr<Ui::ServicesTab> m_ui;
    QPointer<Session> m_session;
    ServicesModel *m_model = nullptr;
    quint64 m_request = 0;
};

} // namespace eventdesk::gui
