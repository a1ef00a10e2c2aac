// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/DemoStore.h"

#include "demo/DemoCompany.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace eventdesk::gui {

Status ensureDemoStore(const QString &path, bool showProgress, QWidget *parent)
{
    if (QFileInfo::exists(path))
        return success();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProgressDialog dialog(QProgressDialog::tr("Making the demo company…"),
                           QProgressDialog::tr("Cancel"), 0, 100, parent);
    dialog.setWindowTitle(QProgressDialog::tr("EventDesk"));
    dialog.setMinimumDuration(0);
    dialog.setWindowModality(Qt::WindowModal);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel] { *cancel = true; });
    demo::DemoOptions options;
    options.cancel = cancel.get();
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
    watcher.setFuture(QtConcurrent::run(
        [path, options, cancel] { return demo::createDemoCompany(path, options); }));
    if (showProgress)
        dialog.show();
    loop.exec();
    const Result<demo::DemoSummary> made = watcher.result();
    if (!made)
        return made.error();
    return success();
}

} // namespace eventdesk::gui
