// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace eventdesk {

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("EventDesk"));
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *label = new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(storePath)), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    statusBar()->showMessage(QDir::toNativeSeparators(storePath));
    resize(1200, 800);
}

} // namespace eventdesk
