// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace eventdesk::gui {

// The languages EventDesk ships besides English, as codes ("de", "fr").
QStringList shippedLanguages();

// The language to show for a setting: the setting itself when it names English or a
// shipped language, otherwise (empty: "the system's language") the first of the system's
// preferred languages that ships, or English.
QString resolveLanguage(const QString &setting);

// Shows `code` from now on: replaces EventDesk's translator (and Qt's own, for the
// standard dialogs) and makes numbers, amounts and dates follow that language, unless
// the system's locale already speaks it. Every widget then receives a LanguageChange
// event. "en" removes the translators. Returns false, changing nothing, when no
// translation ships for `code`.
bool applyLanguage(const QString &code);

// The language applyLanguage last installed ("en" before any).
QString currentLanguage();

} // namespace eventdesk::gui
