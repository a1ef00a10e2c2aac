// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace eventdesk {

using namespace Qt::Literals::StringLiterals;

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"EventDesk"_s);
    QCoreApplication::setOrganizationDomain(u"eventdesk.invalid"_s);
    QCoreApplication::setApplicationName(u"EventDesk"_s);
    QCoreApplication::setApplicationVersion(versionString());
}

static QString dataFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + u"/.eventdesk"_s;
    return folder;
}

QString defaultStorePath() { return dataFolder() + u"/store.eventdesk"_s; }
QString demoStorePath() { return dataFolder() + u"/demo.eventdesk"_s; }
QString versionString() { return QString::fromLatin1(EVENTDESK_VERSION); }

} // namespace eventdesk
