// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace eventdesk::gui {

// An icon of resources/icons (Tabler, MIT) by name ("clock"), drawn in color — by
// default the palette's window text, so it reads on light and dark palettes alike. The
// SVGs use currentColor, which Qt's SVG renderer would otherwise draw black.
QIcon themedIcon(const QString &name, const QColor &color = {});

} // namespace eventdesk::gui
