// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class WorkflowsTab;
}

namespace eventdesk::gui {

class DefinitionsModel;
class Session;

// Administration › Workflow definitions: every version in the store, validating a file,
// and loading one (core records it in $workflows as the signed-in administrator). A bad
// file is refused whole, naming the file, the place in the JSON and the problem.
class WorkflowsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowsTab(QWidget *parent = nullptr);
    ~WorkflowsTab() override;

    void attach(Session *session);
    void reload();
    void validateFile(const QString &path);
    void loadFile(const QString &path);
    DefinitionsModel *model() const { return m_model; }
    QString resultText() const;

Q_SIGNALS:
    void loaded();
    void fileChecked(bool ok, const QString &message);

private:
    QString askForFile();
    void showResult(const QString &text, bool error);

    std::unique_ptr<Ui::WorkflowsTab> m_ui;
    QPointer<Session> m_session;
    DefinitionsModel *m_model = nullptr;
    quint64 m_request = 0;
};

} // namespace eventdesk::gui
