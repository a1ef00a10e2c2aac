// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk: the desktop console. Flags as in shared/design/CLI.md ("The GUI's own flags").
#include "common/Theme.h"
#include "frame/DemoStore.h"
#include "frame/Language.h"
#include "frame/MainWindow.h"
#include "frame/ScreenshotTour.h"
#include "frame/Session.h"
#include "frame/SettingsDialog.h"
#include "frame/SignInDialog.h"

#include "app/AppIdentity.h"
#include "demo/DemoCompany.h"
#include "store/SqliteEventStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

#include <cstdio>
#include <cstring>

using namespace eventdesk;
using namespace eventdesk::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

// The user --screenshot signs in as: --as USER with EVENTDESK_PASSWORD, or on a demo
// company's store the demo administrator (who holds every role).
struct ScreenshotUser
{
    QString name;
    QString password;
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace

int main(int argc, char *argv[])
{
    // --version works without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("eventdesk %s\n", EVENTDESK_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "EventDesk: the desktop console for event-driven business workflows."));
    parser.addHelpOption();
    parser.addOption(
        {u"version"_s, QApplication::translate("main", "Print the version and exit.")});
    parser.addOption(
        {u"store"_s, QApplication::translate("main", "Open this store file."), u"PATH"_s});
    parser.addOption(
        {u"demo"_s, QApplication::translate(
                        "main", "Open the demo company's own store (made on first use).")});
    parser.addOption({u"lang"_s,
                      QApplication::translate("main", "Language of the interface (e.g. de, fr)."),
                      u"LANG"_s});
    parser.addOption({u"screenshot"_s,
                      QApplication::translate(
                          "main", "Render every page to DIR/<page>.png at 1440x900 and exit."),
                      u"DIR"_s});
    parser.addOption(
        {u"dark"_s, QApplication::translate("main", "With --screenshot: use the dark palette.")});
    parser.addOption(
        {u"as"_s,
         QApplication::translate(
             "main", "With --screenshot: sign in as USER (password from EVENTDESK_PASSWORD)."),
         u"USER"_s});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "eventdesk: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"store"_s) && parser.isSet(u"demo"_s)) {
        std::fprintf(stderr, "eventdesk: --store and --demo cannot be used together\n");
        return 2;
    }

    QString path =
        parser.isSet(u"store"_s)
            ? parser.value(u"store"_s)
            : QSettings().value(SettingsDialog::storeKey(), defaultStorePath()).toString();
    if (parser.isSet(u"demo"_s)) {
        path = demoStorePath();
        if (Status s = ensureDemoStore(path, !parser.isSet(u"screenshot"_s)); !s) {
            std::fprintf(stderr, "eventdesk: %s\n", qPrintable(s.error().message));
            return 3;
        }
    }

    const bool screenshot = parser.isSet(u"screenshot"_s);
    QSettings settings;
    applyTheme(parser.isSet(u"dark"_s)
                   ? Theme::Dark
                   : (screenshot
                          ? Theme::Light
                          : themeFromName(settings.value(SettingsDialog::themeKey()).toString())));
    QString language = parser.isSet(u"lang"_s)
                           ? parser.value(u"lang"_s)
                           : settings.value(SettingsDialog::languageKey()).toString();
    if (parser.isSet(u"lang"_s) && language != u"en"_s && !shippedLanguages().contains(language)) {
        std::fprintf(stderr,
                     "eventdesk: no translation for \"%s\" (there are: en, %s); showing "
                     "English\n",
                     qPrintable(language), qPrintable(shippedLanguages().join(u", "_s)));
        language = u"en"_s;
    }
    if (!applyLanguage(resolveLanguage(language)))
        applyLanguage(u"en"_s);

    MainWindow window;
    QObject::connect(&window, &MainWindow::storeFailed, &app, [&](const QString &message) {
        if (screenshot) {
            std::fprintf(stderr, "eventdesk: %s\n", qPrintable(message));
            app.exit(3);
        }
    });
    if (screenshot) {
        const QString dir = parser.value(u"screenshot"_s);
        const QString asUser = parser.value(u"as"_s);
        auto *tour = new ScreenshotTour(&window, dir, &window);
        QObject::connect(tour, &ScreenshotTour::finished, &app,
                         [&app](int code, const QString &problem) {
                             if (!problem.isEmpty())
                                 std::fprintf(stderr, "eventdesk: %s\n", qPrintable(problem));
                             app.exit(code);
                         });
        QObject::connect(&window, &MainWindow::signedIn, tour, &ScreenshotTour::start);
        QObject::connect(&window, &MainWindow::storeOpened, &app, [&window, &app, asUser] {
            auto store = window.store();
            // Which user: decided off the GUI thread (it reads the store).
            QtConcurrent::run([store, asUser]() -> Result<ScreenshotUser> {
                if (!asUser.isEmpty())
                    return ScreenshotUser{asUser, qEnvironmentVariable("EVENTDESK_PASSWORD")};
                auto demo = demo::isDemoStore(*store);
                if (!demo)
                    return demo.error();
                if (!*demo)
                    return Error::validation(Text::tr("This store is not the demo company's: give "
                                                      "--as USER and the password in "
                                                      "EVENTDESK_PASSWORD."));
                return ScreenshotUser{QString(demo::DemoAdministrator),
                                      QString(demo::DemoPassword)};
            }).then(&window, [&window, &app](const Result<ScreenshotUser> &user) {
                if (!user) {
                    std::fprintf(stderr, "eventdesk: %s\n", qPrintable(user.error().message));
                    app.exit(2);
                    return;
                }
                auto *dialog = new SignInDialog(window.store(), &window);
                QObject::connect(dialog, &SignInDialog::attemptFinished, &window,
                                 [&window, &app, dialog](bool ok) {
                                     if (ok) {
                                         window.startSession(dialog->signedInUser());
                                     } else {
                                         std::fprintf(stderr, "eventdesk: %s\n",
                                                      qPrintable(dialog->errorText()));
                                         app.exit(2);
                                     }
                                     dialog->deleteLater();
                                 });
                dialog->submit(user->name, user->password);
            });
        });
    } else {
        QObject::connect(&window, &MainWindow::storeOpened, &window, [&window] {
            window.askToSignIn(QSettings().value(u"session/lastUser"_s).toString());
        });
        QObject::connect(&window, &MainWindow::signedIn, &window, [&window] {
            QSettings().setValue(u"session/lastUser"_s, window.session()->user().name);
        });
    }
    window.show();
    // A first start (no store chosen, none at the default place) welcomes; a store named
    // on the command line is opened, and explained if it cannot be.
    const bool storeNamed = parser.isSet(u"store"_s) || parser.isSet(u"demo"_s) || screenshot;
    if (!storeNamed && !QFileInfo::exists(path))
        window.showWelcome();
    else
        window.openStore(path);
    return app.exec();
}
