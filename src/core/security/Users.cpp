// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Users.h"

#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace eventdesk::security {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Users)
};

constexpr int PageSize = 1000;
constexpr int MaxUserNameLength = 64;
} // namespace

QJsonObject User::toJson(qint64 nowMs) const
{
    return QJsonObject{
        {"name"_L1, name},
        {"roles"_L1, roles.toJson()},
        {"approval_limit"_L1, approvalLimit ? QJsonValue(approvalLimit->toString()) : QJsonValue()},
        {"currency"_L1, approvalLimit ? QJsonValue(approvalLimit->currency()) : QJsonValue()},
        {"locked"_L1, isLockedAt(nowMs)},
        {"locked_until"_L1, isLockedAt(nowMs) ? QJsonValue(lockedUntilMs) : QJsonValue()},
        {"disabled"_L1, disabled},
    };
}

void UserDirectory::apply(const RecordedEvent &event)
{
    m_version = event.streamVersion;
    const QJsonObject p = event.payloadObject();
    const QString name = p.value("name"_L1).toString();
    auto readLimit = [&p]() -> std::optional<Money> {
        const QJsonValue v = p.value("approvalLimit"_L1);
        if (!v.isObject())
            return std::nullopt;
        auto m = Money::fromJson(v);
        return m ? std::optional<Money>(m.value()) : std::nullopt;
    };
    if (event.type == UserEvents::UserCreated) {
        User u;
        u.name = name;
        u.roles = RoleSet::fromJson(p.value("roles"_L1).toArray());
        u.approvalLimit = readLimit();
        u.createdAtMs = event.recordedAt;
        m_users.insert(name, u);
        return;
    }
    auto it = m_users.find(name);
    if (it == m_users.end())
        return;
    if (event.type == UserEvents::UserRolesChanged) {
        it->roles = RoleSet::fromJson(p.value("roles"_L1).toArray());
        it->approvalLimit = readLimit();
    } else if (event.type == UserEvents::UserDisabled) {
        it->disabled = true;
    } else if (event.type == UserEvents::UserEnabled) {
        it->disabled = false;
    } else if (event.type == UserEvents::UserLocked) {
        it->lockedUntilMs = p.value("lockedUntil"_L1).toInteger();
    } else if (event.type == UserEvents::UserUnlocked) {
        it->lockedUntilMs = 0;
    }
}

const User *UserDirectory::find(const QString &name) const
{
    auto it = m_users.constFind(name);
    return it == m_users.cend() ? nullptr : &*it;
}

const User *UserDirectory::findIgnoringCase(const QString &name) const
{
    for (const User &u : m_users)
        if (u.name.compare(name, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

QList<User> UserDirectory::users() const
{
    return m_users.values();
}

int UserDirectory::enabledAdminCount() const
{
    return int(std::count_if(m_users.cbegin(), m_users.cend(),
                             [](const User &u) { return u.isEnabledAdmin(); }));
}

Result<UserDirectory> loadUserDirectory(EventStore &store)
{
    UserDirectory directory;
    IEventReader &reader = store.reader();
    qint64 next = 0;
    for (;;) {
        auto slice = reader.readStream(QString(UsersStream), next, Direction::Forwards, PageSize);
        if (!slice)
            return slice.error();
        for (const RecordedEvent &e : std::as_const(slice->events))
            directory.apply(e);
        if (slice->events.size() < PageSize)
            break;
        next = slice->events.constLast().streamVersion + 1;
    }
    return directory;
}

Result<QString> baseCurrency(SqliteEventStore &store)
{
    QSqlDatabase &db = store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(
            Text::tr("The store %1 cannot be read.").arg(store.location()));
    auto q =
        sqlite::exec(db, u"SELECT value FROM store_info WHERE key = ?"_s, {u"base_currency"_s});
    if (!q)
        return q.error();
    const QString currency = q->next() ? q->value(0).toString() : u"EUR"_s;
    q->finish();
    return currency.isEmpty() ? u"EUR"_s : currency;
}

QString validateUserName(const QString &name)
{
    if (name.isEmpty())
        return Text::tr("The user name is empty.");
    if (name.size() > MaxUserNameLength)
        return Text::tr("The user name \"%1\" is longer than %2 characters.")
            .arg(name)
            .arg(MaxUserNameLength);
    auto letterOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    if (!letterOrDigit(name.front()))
        return Text::tr("The user name \"%1\" must start with a letter or a digit.").arg(name);
    for (QChar c : name)
        if (!letterOrDigit(c) && c != u'.' && c != u'_' && c != u'-' && c != u'@')
            return Text::tr("The user name \"%1\" may only hold letters, digits and . _ - @.")
                .arg(name);
    return {};
}

} // namespace eventdesk::security
