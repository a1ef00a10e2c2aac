// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eventdesk {

// Names the application for QSettings and QStandardPaths; both executables call it
// first, so the GUI and the CLI agree on where the default store lives.
void applyApplicationIdentity();

// The user's own store: <per-user data folder>/store.eventdesk.
QString defaultStorePath();
// The demo company's store, a separate file beside it: never the user's default store.
QString demoStorePath();

QString versionString();

} // namespace eventdesk
