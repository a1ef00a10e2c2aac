// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

// Installed translators live as long as the program; a switch replaces both.
std::unique_ptr<QTranslator> g_ours;
std::unique_ptr<QTranslator> g_qts;
QString g_current = u"en"_s;

QString ourFile(const QString &code)
{
    return u":/i18n/eventdesk_%1.qm"_s.arg(code);
}

void removeTranslators()
{
    if (g_ours)
        QCoreApplication::removeTranslator(g_ours.get());
    if (g_qts)
        QCoreApplication::removeTranslator(g_qts.get());
    g_ours.reset();
    g_qts.reset();
}

} // namespace

QStringList shippedLanguages()
{
    return {u"de"_s, u"fr"_s};
}

QString resolveLanguage(const QString &setting)
{
    if (setting == u"en"_s || shippedLanguages().contains(setting))
        return setting;
    for (const QString &preferred : QLocale::system().uiLanguages()) {
        const QString code = QLocale(preferred).name().section(u'_', 0, 0);
        if (code == u"en"_s || shippedLanguages().contains(code))
            return code;
    }
    return u"en"_s;
}

bool applyLanguage(const QString &code)
{
    if (code != u"en"_s && (!shippedLanguages().contains(code) || !QFile::exists(ourFile(code))))
        return false;
    auto ours = std::make_unique<QTranslator>();
    if (code != u"en"_s && !ours->load(ourFile(code)))
        return false;

    removeTranslators();
    // The system's locale keeps its own conventions (a Swiss German keeps "1'200.00")
    // when it speaks the chosen language; otherwise the language's usual ones apply.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().section(u'_', 0, 0) == code ? system : QLocale(code));
    if (code != u"en"_s) {
        auto qts = std::make_unique<QTranslator>();
        // Qt's own strings (standard buttons, file dialogs) when the system has them.
        if (qts->load(QLocale(code), u"qtbase"_s, u"_"_s,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qts.get());
            g_qts = std::move(qts);
        }
        QCoreApplication::installTranslator(ours.get());
        g_ours = std::move(ours);
    }
    g_current = code;
    return true;
}

QString currentLanguage()
{
    return g_current;
}

} // namespace eventdesk::gui
