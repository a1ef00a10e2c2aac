// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace eventdesk::gui {

// The console's preferences, kept with QSettings: appearance (light, dark, or following
// the system; applied at once), language (from the next start) and the store opened when
// no --store is given.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The settings keys, shared with main.cpp.
    static QString themeKey();
    static QString languageKey();
    static QString storeKey();

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace eventdesk::gui
