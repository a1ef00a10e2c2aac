// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace eventdesk::gui {

class MainWindow;

// `eventdesk --screenshot DIR`: shows every page the signed-in user may see, waits until
// it has loaded (or PageTimeoutMs), and saves the window at 1440×900 as DIR/<page>.png.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageTimeoutMs = 30'000;
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);
    void start();
    QStringList written() const { return m_written; }

Q_SIGNALS:
    void finished(int exitCode, const QString &problem);

private:
    void next();
    void capture();

    MainWindow *m_window;
    QString m_directory;
    QStringList m_pending;
    QStringList m_written;
};

} // namespace eventdesk::gui
