// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewStoreDialog;
}

namespace eventdesk::gui {

// Creates a new store with its first administrator (the password entered twice). Core
// checks the name, the password policy and the currency and creates all or nothing, on a
// worker thread; a refusal is shown in the dialog and nothing typed is lost.
class NewStoreDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewStoreDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    ~NewStoreDialog() override;

    QString createdPath() const { return m_created; }
    QString administrator() const;
    QString errorText() const;
    // Fills the form and creates (tests).
    void submit(const QString &path, const QString &admin, const QString &password,
                const QString &repeated, const QString &currency = QStringLiteral("EUR"));

Q_SIGNALS:
    void attemptFinished(bool created);

private:
    void create();
    void showError(const QString &message);

    std::unique_ptr<Ui::NewStoreDialog> m_ui;
    QString m_created;
    bool m_busy = false;
};

} // namespace eventdesk::gui
