// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/ScreenshotTour.h"

#include "frame/MainWindow.h"
#include "frame/Page.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTimer>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT finished(
            1, tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_directory)));
        return;
    }
    m_window->resize(1440, 900);
    for (Page *page : m_window->visiblePages())
        m_pending.append(page->pageId());
    next();
}

void ScreenshotTour::next()
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished(0, {});
        return;
    }
    const QString id = m_pending.constFirst();
    m_window->showPage(id);
    Page *page = m_window->page(id);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Poll: a page is ready once its first load is in; a stuck page is captured as it is.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, page, poll, timer] {
        if (!page->isReady() && timer->elapsed() < PageTimeoutMs)
            return;
        poll->deleteLater();
        // Let the layout and any animation settle before the picture.
        QTimer::singleShot(400, this, &ScreenshotTour::capture);
    });
    poll->start();
}

void ScreenshotTour::capture()
{
    const QString id = m_pending.takeFirst();
    const QString file = QDir(m_directory).filePath(id + u".png"_s);
    if (!m_window->grab().save(file)) {
        Q_EMIT finished(1, tr("%1 cannot be written.").arg(QDir::toNativeSeparators(file)));
        return;
    }
    m_written.append(file);
    next();
}

} // namespace eventdesk::gui
