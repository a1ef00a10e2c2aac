// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

class QWidget;

namespace eventdesk::gui {

// Makes the demo company's own store at path if it is not there yet (a few seconds), on a
// worker thread while the event loop runs, with progress and Cancel when showProgress; a
// cancelled or failed attempt leaves no file behind.
Status ensureDemoStore(const QString &path, bool showProgress, QWidget *parent = nullptr);

} // namespace eventdesk::gui
