// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eventdesk::gui {

// Light, dark, or whatever the system uses. Qt 6.4 has no colour-scheme API, so dark is
// a palette of our own on the Fusion style, and "system" keeps the platform's palette.
enum class Theme
{
    System,
    Light,
    Dark
};

void applyTheme(Theme theme);
Theme themeFromName(const QString &name); // "system", "light", "dark"
QString themeName(Theme theme);

} // namespace eventdesk::gui
