// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli init: a new store and its first administrator.
#include "Cli.h"
#include "SignIn.h"

#include "app/AppIdentity.h"
#include "demo/DemoCompany.h"
#include "domain/Money.h"
#include "security/NewStore.h"
#include "security/Password.h"
#include "security/UserAdministration.h"
#include "security/Users.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::init", text);
}

// init --demo: the demo company instead of an empty store with one administrator.
int runInitDemo(Cli &cli)
{
    if (cli.isSet(u"admin"_s) || cli.isSet(u"password-stdin"_s) || cli.isSet(u"currency"_s))
        return cli.fail(ExitUsage, tr("--demo makes its own users and currency; leave out "
                                      "--admin, --password-stdin and --currency."));
    const QString path = cli.storePath();
    const QString file = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return cli.fail(ExitRefused, tr("%1 already exists; init only creates a new store at a "
                                        "path that holds no file.")
                                         .arg(file));
    if (!cli.isSet(u"store"_s))
        QDir().mkpath(QFileInfo(path).absolutePath());
    demo::DemoOptions options;
    int lastPercent = -1;
    options.progress = [&cli, &lastPercent](int done, int total, const QString &what) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 == lastPercent / 10)
            return;
        lastPercent = percent;
        cli.err() << tr("%1 %2 %").arg(what).arg(percent) << u'\n';
        cli.err().flush();
    };
    auto made = demo::createDemoCompany(path, options);
    if (!made)
        return cli.fail(made.error());
    if (cli.json()) {
        QJsonObject statuses;
        for (auto it = made->byStatus.cbegin(); it != made->byStatus.cend(); ++it)
            statuses.insert(it.key(), it.value());
        QJsonArray users;
        for (const demo::DemoUser &u : demo::demoUsers())
            users.append(QJsonObject{{"name"_L1, u.name}, {"roles"_L1, u.roles.toJson()}});
        cli.printJson(QJsonDocument(QJsonObject{{"store"_L1, QFileInfo(path).absoluteFilePath()},
                                                {"users"_L1, users},
                                                {"requests"_L1, made->requests},
                                                {"events"_L1, made->events},
                                                {"statuses"_L1, statuses}}));
        return ExitOk;
    }
    QTextStream &out = cli.out();
    out << tr("Created the demo company in %1: %2 requests, %3 events.")
               .arg(file)
               .arg(made->requests)
               .arg(made->events)
        << u'\n';
    QStringList words = made->byStatus.keys();
    words.sort();
    for (const QString &word : words)
        out << u"  "_s << word.leftJustified(18) << made->byStatus.value(word) << u'\n';
    out << tr("The payment service is left down: %1 payments wait in its queue.")
               .arg(made->queuedPayments)
        << u'\n';
    out << tr("Sign in as any of these users with the password \"%1\":").arg(demo::DemoPassword)
        << u'\n';
    for (const demo::DemoUser &u : demo::demoUsers())
        out << u"  "_s << u.name.leftJustified(8) << u.description << u'\n';
    out.flush();
    return ExitOk;
}

int runInit(Cli &cli)
{
    int exitCode = ExitOk;
    if (!cli.positional().isEmpty())
        return cli.fail(ExitUsage, tr("unexpected argument \"%1\"; see \"eventdesk-cli init "
                                      "--help\".")
                                       .arg(cli.positional().constFirst()));
    if (cli.isSet(u"demo"_s))
        return runInitDemo(cli);
    if (!cli.require(u"admin"_s, &exitCode))
        return exitCode;
    const QString admin = cli.value(u"admin"_s);

    QString currency = u"EUR"_s;
    if (cli.isSet(u"currency"_s)) {
        currency = cli.value(u"currency"_s).toUpper();
        const bool threeLetters =
            currency.size() == 3 && std::all_of(currency.cbegin(), currency.cend(),
                                                [](QChar c) { return c >= u'A' && c <= u'Z'; });
        if (!threeLetters)
            return cli.fail(ExitUsage, tr("--currency wants a three-letter ISO 4217 code such as "
                                          "EUR, not \"%1\".")
                                           .arg(cli.value(u"currency"_s)));
        if (const QString problem = Money::validateCurrency(currency); !problem.isEmpty())
            return cli.fail(ExitRefused, problem);
    }
    if (const QString problem = security::validateUserName(admin); !problem.isEmpty())
        return cli.fail(ExitRefused, problem);

    const QString path = cli.storePath();
    const QString file = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return cli.fail(ExitRefused, tr("%1 already exists; init only creates a new store at a "
                                        "path that holds no file.")
                                         .arg(file));

    // The password is read and checked before anything is created, so a refused password
    // leaves no store behind.
    auto password = readNewPassword(cli, admin);
    if (!password)
        return cli.fail(ExitUsage, password.error().message);
    if (!cli.isSet(u"store"_s))
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (Status made =
            security::createStoreWithAdministrator(path, admin, password.value(), currency);
        !made)
        return cli.fail(made.error());

    if (cli.json()) {
        cli.printJson(QJsonDocument(QJsonObject{{"store"_L1, QFileInfo(path).absoluteFilePath()},
                                                {"admin"_L1, admin},
                                                {"base_currency"_L1, currency}}));
    } else {
        cli.out() << tr("Created the store %1 (base currency %2) with the administrator %3.")
                         .arg(file, currency, admin)
                  << u'\n';
        cli.out().flush();
    }
    return ExitOk;
}

Command initCommand()
{
    return Command{
        u"init"_s,
        u"eventdesk-cli init [--admin NAME --password-stdin] [--currency EUR] [--demo] "
        "[--store PATH]"_s,
        tr("Creates a new store at a path that holds no file, with its first administrator. "
           "The administrator's password is read from standard input with --password-stdin, "
           "else asked for on the terminal; it needs at least %1 characters.")
            .arg(security::Password::MinCharacters),
        {
            {u"admin"_s, tr("The first administrator's user name."), u"NAME"_s},
            {u"password-stdin"_s, tr("Read the administrator's password from standard input.")},
            {u"currency"_s, tr("The store's base currency (default EUR)."), u"CODE"_s},
            {u"demo"_s, tr("Fill the new store with the demo company: users in every role "
                           "(README) and about 200 requests in every state.")},
        },
        runInit,
    };
}

const bool registered = registerCommand(&initCommand);
} // namespace

} // namespace eventdesk::cli
