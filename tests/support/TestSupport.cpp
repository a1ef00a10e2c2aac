// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcessEnvironment>
#include <QTest>

namespace eventdesk::test {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<SqliteEventStore> createStore(const QString &path, std::shared_ptr<FakeClock> clock,
                                              StoreOptions options)
{
    if (!clock)
        clock = std::make_shared<FakeClock>();
    options.clock = clock;
    const Status created = SqliteEventStore::create(path, options);
    if (!created) {
        qWarning("create failed: %s", qPrintable(created.error().message));
        return nullptr;
    }
    auto opened = SqliteEventStore::open(path, options);
    if (!opened) {
        qWarning("open failed: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

QUuid seededUuid(quint64 n)
{
    return QUuid(uint(n >> 32), ushort(n >> 16), ushort(n), 0x80, 0, 0, 0, 0, 0, 0, 0x01);
}

NewEvent sampleEvent(const QString &type, int n, const QString &actor)
{
    EventMetadata meta;
    meta.actor = actor;
    meta.correlationId = u"corr-%1"_s.arg(n);
    return NewEvent::make(type, QJsonObject{{u"n"_s, n}, {u"title"_s, u"Laptop for new hire"_s}},
                          meta);
}

QString cliPath() { return QString::fromUtf8(EVENTDESK_CLI_PATH); }
QString sourceDir() { return QString::fromUtf8(EVENTDESK_SOURCE_DIR); }

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData, const QString &password,
              int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"EVENTDESK_PASSWORD"_s);
    if (!password.isEmpty())
        env.insert(u"EVENTDESK_PASSWORD"_s, password);
    p.setProcessEnvironment(env);
    p.start(cliPath(), arguments);
    CliRun run;
    if (!p.waitForStarted(30000)) {
        run.err = "could not start eventdesk-cli";
        return run;
    }
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "eventdesk-cli timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace eventdesk::test
