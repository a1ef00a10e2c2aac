// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace eventdesk::gui {

class Page;

// Every page of the console, in the rail's order (Ctrl+1 … Ctrl+8).
QList<Page *> createPages(QWidget *parent);

} // namespace eventdesk::gui
