// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/NewStore.h"

#include "domain/Money.h"
#include "security/Password.h"
#include "security/Secret.h"
#include "security/UserAdministration.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "store/StoreFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace eventdesk::security {

using namespace Qt::Literals::StringLiterals;

Status createStoreWithAdministrator(const QString &path, const QString &admin,
                                    const Secret &password, const QString &baseCurrency)
{
    if (const QString problem = validateUserName(admin); !problem.isEmpty())
        return Error::validation(problem);
    if (const QString problem = Money::validateCurrency(baseCurrency); !problem.isEmpty())
        return Error::validation(problem);
    if (auto policy = Password::checkPolicy(password); !policy)
        return policy.error();
    if (QFileInfo::exists(path))
        return Error{ErrorCode::AlreadyExists,
                     QCoreApplication::translate("security::NewStore",
                                                 "%1 already exists; a new store needs a path "
                                                 "that holds no file.")
                         .arg(QDir::toNativeSeparators(path))};
    if (Status created = SqliteEventStore::create(path, {}, {{u"base_currency"_s, baseCurrency}});
        !created)
        return created;
    Status made = success();
    {
        auto store = SqliteEventStore::open(path);
        made = store ? UserAdministration(**store).createFirstAdmin(admin, password)
                     : Status(store.error());
    }
    if (!made)
        StoreFile::removeStoreFiles(path);
    return made;
}

} // namespace eventdesk::security
