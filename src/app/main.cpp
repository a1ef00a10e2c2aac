// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk: the desktop console. Flags as in shared/design/CLI.md ("The GUI's own flags").
#include "MainWindow.h"

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
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

#include <cstdio>
#include <cstring>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// The demo company lives in its own store, made on first use; never the user's own. It is
// made on a worker thread while the event loop runs, with progress and cancel (a few
// seconds); a cancelled or failed attempt leaves no file behind.
Status ensureDemoStore(const QString &path, bool showProgress)
{
    if (QFileInfo::exists(path))
        return success();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProgressDialog dialog(QApplication::translate("main", "Making the demo company…"),
                           QApplication::translate("main", "Cancel"), 0, 100);
    dialog.setWindowTitle(QApplication::translate("main", "EventDesk"));
    dialog.setMinimumDuration(0);
    std::atomic_bool cancel{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });
    demo::DemoOptions options;
    options.cancel = &cancel;
    options.progress = [&dialog](int done, int total, const QString &what) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total, what] {
                dialog.setMaximum(total);
                dialog.setValue(done);
                dialog.setLabelText(what);
            },
            Qt::QueuedConnection);
    };
    QEventLoop loop;
    QFutureWatcher<Result<demo::DemoSummary>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([path, options] { return demo::createDemoCompany(path, options); }));
    if (showProgress)
        dialog.show();
    loop.exec();
    const Result<demo::DemoSummary> made = watcher.result();
    if (!made)
        return made.error();
    return success();
}

int screenshotAndQuit(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    window.resize(1440, 900);
    const QString file = QDir(dir).filePath(u"main.png"_s);
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "eventdesk: could not write %s\n", qPrintable(file));
        return 1;
    }
    return 0;
}

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

    QString path = parser.isSet(u"store"_s) ? parser.value(u"store"_s) : defaultStorePath();
    if (parser.isSet(u"demo"_s)) {
        path = demoStorePath();
        if (Status s = ensureDemoStore(path, !parser.isSet(u"screenshot"_s)); !s) {
            std::fprintf(stderr, "eventdesk: %s\n", qPrintable(s.error().message));
            return 3;
        }
    }

    MainWindow window;
    const bool screenshot = parser.isSet(u"screenshot"_s);
    if (screenshot) {
        const QString dir = parser.value(u"screenshot"_s);
        // One turn of the event loop later, so the layout has settled.
        QObject::connect(&window, &MainWindow::storeReady, &app, [&] {
            QTimer::singleShot(50, &app, [&] { app.exit(screenshotAndQuit(window, dir)); });
        });
        QObject::connect(&window, &MainWindow::storeFailed, &app, [&](const QString &message) {
            std::fprintf(stderr, "eventdesk: %s\n", qPrintable(message));
            app.exit(3);
        });
    }
    window.show();
    window.openStore(path);
    return app.exec();
}
