// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace eventdesk {

// The console's frame: menus, navigation and status bar. The pages arrive with the
// console issue; this shows which store is open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);
};

} // namespace eventdesk
