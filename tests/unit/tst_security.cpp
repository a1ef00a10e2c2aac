// SPDX-License-Identifier: GPL-3.0-or-later
// Users and sign-in: hashing, lockout, administration rights and their refusals.
#include "TestSupport.h"

#include "security/Authenticator.h"
#include "security/Credentials.h"
#include "security/Password.h"
#include "security/Secret.h"
#include "security/UserAdministration.h"
#include "security/Users.h"

#include <QTest>

using namespace eventdesk;
using namespace eventdesk::security;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray AdminPassword = "Admin-Password-1";
const QByteArray UserPassword = "User-Password-22";

Secret secret(const QByteArray &text)
{
    return Secret(QByteArrayView(text));
}

QList<RecordedEvent> allEvents(SqliteEventStore &store)
{
    ReadAllQuery query;
    query.maxCount = 100000;
    auto events = store.reader().readAll(query);
    return events ? events.value() : QList<RecordedEvent>();
}

QList<RecordedEvent> eventsOf(SqliteEventStore &store, const QString &stream)
{
    auto slice = store.reader().readStream(stream, 0, Direction::Forwards, 100000);
    return slice ? slice->events : QList<RecordedEvent>();
}
} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void secretWipesAndOnlyMoves();
    void passwordsAreArgon2idAndNeverInEvents();
    void signInGivesRolesAndApprovalLimit();
    void wrongPasswordAndUnknownUserLookTheSame();
    void tooShortPasswordIsRefusedAndWritesNothing();
    void fiveFailuresLockForFifteenMinutes();
    void successResetsTheFailureCount();
    void aReadOnlyStoreChecksPasswordsButWritesNothing();
    void adminUnlocks();
    void disabledUserIsRefused();
    void lastAdminCannotBeDisabledOrLoseAdmin();
    void nonAdminAddingAUserIsDeniedAndRecorded();
    void passwordChangeBySelfOrAdminOnly();
    void rolesChangeAndApprovalLimits();
    void approvalLimitIsInTheBaseCurrency();
    void duplicateNamesAreRefused();
    void credentialWithoutUserCreatedIsIgnoredAndReplaced();
    void firstAdminOnlyOnAnEmptyStore();

private:
    SignedInUser signInOk(const QString &name, const QByteArray &password);
    void addUser(const QString &name, RoleSet roles, const QByteArray &password = UserPassword);

    std::unique_ptr<test::TempStore> m_temp;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<SqliteEventStore> m_store;
    SignedInUser m_admin;
};

void tst_Security::init()
{
    m_temp = std::make_unique<test::TempStore>();
    m_clock = std::make_shared<FakeClock>();
    m_store = test::createStore(m_temp->path(), m_clock);
    QVERIFY(m_store);
    const Status made =
        UserAdministration(*m_store).createFirstAdmin(u"admin"_s, secret(AdminPassword));
    QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
    m_admin = signInOk(u"admin"_s, AdminPassword);
}

void tst_Security::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

SignedInUser tst_Security::signInOk(const QString &name, const QByteArray &password)
{
    auto user = Authenticator(*m_store).signIn(name, secret(password));
    if (!user) {
        qWarning("sign-in of %s failed: %s", qPrintable(name), qPrintable(user.error().message));
        return {};
    }
    return user.value();
}

void tst_Security::addUser(const QString &name, RoleSet roles, const QByteArray &password)
{
    const Status s = UserAdministration(*m_store).addUser(m_admin, {name, roles, std::nullopt},
                                                          secret(password));
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
}

void tst_Security::secretWipesAndOnlyMoves()
{
    static_assert(!std::is_copy_constructible_v<Secret>);
    static_assert(!std::is_convertible_v<Secret, QString>);
    QByteArray source = "hunter2-hunter2";
    Secret s = Secret::take(source);
    QVERIFY(source.isEmpty());
    QCOMPARE(s.size(), 15);
    Secret moved = std::move(s);
    QVERIFY(s.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is defined
    QCOMPARE(moved.bytes(), QByteArrayView("hunter2-hunter2"));
    QVERIFY(moved.equals(secret("hunter2-hunter2")));
    QVERIFY(!moved.equals(secret("hunter2-hunter3")));
    QCOMPARE(secret("äöüäöüäö").characterCount(), 8);
    moved.wipe();
    QVERIFY(moved.isEmpty());
}

void tst_Security::passwordsAreArgon2idAndNeverInEvents()
{
    addUser(u"max"_s, {Role::Manager});
    const SignedInUser max = signInOk(u"max"_s, UserPassword);
    const QByteArray newPassword = "Changed-Password-333";
    QVERIFY(UserAdministration(*m_store).changePassword(max, u"max"_s, secret(newPassword)).ok());
    // A refused sign-in and a refused operation (an AccessDenied event) must not leak one either.
    QVERIFY(!Authenticator(*m_store).signIn(u"max"_s, secret("Wrong-Guess-4444")).ok());
    QVERIFY(!UserAdministration(*m_store).disable(max, u"admin"_s).ok());

    CredentialStore credentials(*m_store);
    QList<QByteArray> hashes;
    for (const QString &name : {u"admin"_s, u"max"_s}) {
        auto row = credentials.find(name);
        QVERIFY(row.ok() && row->has_value());
        QVERIFY2((*row)->passwordHash.startsWith("$argon2id$"), (*row)->passwordHash.constData());
        hashes.append((*row)->passwordHash);
    }
    QVERIFY(Password::verify(hashes.at(1), secret(newPassword)));

    const QList<RecordedEvent> events = allEvents(*m_store);
    QCOMPARE(events.size(), 4); // two UserCreated, UserPasswordChanged, AccessDenied
    bool sawPasswordChanged = false;
    for (const RecordedEvent &e : events) {
        const QByteArray bytes = e.payload + e.metadata;
        for (const QByteArray &forbidden :
             {AdminPassword, UserPassword, newPassword, QByteArray("Wrong-Guess-4444"),
              QByteArray("argon2"), QByteArray("$argon")}) {
            QVERIFY2(!bytes.contains(forbidden), qPrintable(e.type));
        }
        for (const QByteArray &h : std::as_const(hashes)) {
            QVERIFY(!bytes.contains(h));
            // The hash's salt and digest (after the last '$') must not appear either.
            QVERIFY(!bytes.contains(h.mid(h.lastIndexOf('$') + 1)));
        }
        const QJsonObject payload = e.payloadObject();
        for (const QString &key : payload.keys())
            QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive) &&
                         !key.contains(u"hash"_s, Qt::CaseInsensitive),
                     qPrintable(key));
        sawPasswordChanged |= e.type == UserEvents::UserPasswordChanged;
    }
    QVERIFY(sawPasswordChanged);
}

void tst_Security::signInGivesRolesAndApprovalLimit()
{
    QCOMPARE(m_admin.name, u"admin"_s);
    QVERIFY(m_admin.hasRole(Role::Admin));
    QVERIFY(!m_admin.approvalLimit);

    addUser(u"max"_s, {Role::Manager, Role::Requester});
    const SignedInUser max = signInOk(u"max"_s, UserPassword);
    QCOMPARE(max.name, u"max"_s);
    QCOMPARE(max.roles, (RoleSet{Role::Requester, Role::Manager}));
    QVERIFY(!max.hasRole(Role::Admin));
    // No limit of their own: the workflow definition's default applies at each approval.
    QVERIFY(!max.approvalLimit.has_value());
}

void tst_Security::wrongPasswordAndUnknownUserLookTheSame()
{
    Authenticator auth(*m_store);
    auto wrong = auth.signIn(u"admin"_s, secret("Not-The-Password"));
    auto unknown = auth.signIn(u"nobody"_s, secret("Not-The-Password"));
    QVERIFY(!wrong.ok());
    QVERIFY(!unknown.ok());
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
    QCOMPARE(unknown.error().code, ErrorCode::WrongPassword);
    QCOMPARE(wrong.error().message, unknown.error().message);
    QVERIFY(!wrong.error().message.contains(u"admin"_s));
    QVERIFY(!unknown.error().message.contains(u"nobody"_s));
    // An empty password is just a wrong one.
    auto empty = auth.signIn(u"admin"_s, Secret());
    QCOMPARE(empty.error().code, ErrorCode::WrongPassword);
}

void tst_Security::tooShortPasswordIsRefusedAndWritesNothing()
{
    const qint64 before = allEvents(*m_store).size();
    const Status s = UserAdministration(*m_store).addUser(
        m_admin, {u"ann"_s, {Role::Requester}, std::nullopt}, secret("Seven-7"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Validation);
    QVERIFY2(s.error().message.contains(u"8"_s), qPrintable(s.error().message));
    QCOMPARE(allEvents(*m_store).size(), before);
    auto row = CredentialStore(*m_store).find(u"ann"_s);
    QVERIFY(row.ok() && !row->has_value());
    // Eight characters is enough, counted as characters, not bytes.
    addUser(u"ann"_s, {Role::Requester}, "äöüäöüäö");
    QVERIFY(!signInOk(u"ann"_s, "äöüäöüäö").name.isEmpty());
}

void tst_Security::fiveFailuresLockForFifteenMinutes()
{
    addUser(u"ann"_s, {Role::Requester});
    Authenticator auth(*m_store);
    for (int i = 1; i < MaxFailedSignIns; ++i) {
        auto r = auth.signIn(u"ann"_s, secret("Wrong-Password"));
        QCOMPARE(r.error().code, ErrorCode::WrongPassword);
    }
    QVERIFY(eventsOf(*m_store, QString(UsersStream)).constLast().type != UserEvents::UserLocked);
    auto fifth = auth.signIn(u"ann"_s, secret("Wrong-Password"));
    QCOMPARE(fifth.error().code, ErrorCode::AccountLocked);

    const RecordedEvent locked = eventsOf(*m_store, QString(UsersStream)).constLast();
    QCOMPARE(locked.type, QString(UserEvents::UserLocked));
    QCOMPARE(locked.payloadObject().value("name"_L1).toString(), u"ann"_s);
    const qint64 until = locked.payloadObject().value("lockedUntil"_L1).toInteger();
    QCOMPARE(until, m_clock->nowMs() + LockoutDurationMs);
    QCOMPARE(LockoutDurationMs, qint64(15 * 60 * 1000));
    QVERIFY(!locked.actor().isEmpty());

    // Even the right password is refused while the lock holds.
    auto right = auth.signIn(u"ann"_s, secret(UserPassword));
    QCOMPARE(right.error().code, ErrorCode::AccountLocked);
    m_clock->advance(LockoutDurationMs - 1000);
    QCOMPARE(auth.signIn(u"ann"_s, secret(UserPassword)).error().code, ErrorCode::AccountLocked);
    auto directory = loadUserDirectory(*m_store);
    QVERIFY(directory->find(u"ann"_s)->isLockedAt(m_clock->nowMs()));

    m_clock->advance(1000);
    QCOMPARE(signInOk(u"ann"_s, UserPassword).name, u"ann"_s);
    // After the lock the count starts afresh: one wrong password does not lock again.
    QCOMPARE(auth.signIn(u"ann"_s, secret("Wrong-Password")).error().code,
             ErrorCode::WrongPassword);
}

void tst_Security::successResetsTheFailureCount()
{
    addUser(u"ann"_s, {Role::Requester});
    Authenticator auth(*m_store);
    for (int round = 0; round < 2; ++round) {
        for (int i = 1; i < MaxFailedSignIns; ++i)
            QCOMPARE(auth.signIn(u"ann"_s, secret("Wrong-Password")).error().code,
                     ErrorCode::WrongPassword);
        QCOMPARE(signInOk(u"ann"_s, UserPassword).name, u"ann"_s);
        QCOMPARE((*CredentialStore(*m_store).find(u"ann"_s))->failedAttempts, 0);
    }
    for (const RecordedEvent &e : eventsOf(*m_store, QString(UsersStream)))
        QVERIFY(e.type != UserEvents::UserLocked);
}

void tst_Security::aReadOnlyStoreChecksPasswordsButWritesNothing()
{
    addUser(u"ann"_s, {Role::Requester});
    Authenticator writable(*m_store);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(writable.signIn(u"ann"_s, secret("Wrong-Password")).error().code,
                 ErrorCode::WrongPassword);
    const CredentialRecord before = *CredentialStore(*m_store).find(u"ann"_s).value();
    QCOMPARE(before.failedAttempts, 2);
    const qint64 head = m_store->reader().headPosition().value();

    StoreOptions options;
    options.readOnly = true;
    options.clock = m_clock;
    auto opened = SqliteEventStore::open(m_temp->path(), options);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    auto readOnly = std::move(opened).value();
    Authenticator auth(*readOnly);
    // More wrong passwords than lock a writable account: each is only refused.
    for (int i = 0; i <= MaxFailedSignIns; ++i) {
        auto r = auth.signIn(u"ann"_s, secret("Wrong-Password"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().code == ErrorCode::WrongPassword, qPrintable(r.error().message));
    }
    auto unknown = auth.signIn(u"nobody"_s, secret("Wrong-Password"));
    QCOMPARE(unknown.error().code, ErrorCode::WrongPassword);
    // The right one signs in without resetting the count it cannot write.
    auto right = auth.signIn(u"ann"_s, secret(UserPassword));
    QVERIFY2(right.ok(), qPrintable(right ? QString() : right.error().message));
    QCOMPARE(right->name, u"ann"_s);

    const CredentialRecord after = *CredentialStore(*m_store).find(u"ann"_s).value();
    QCOMPARE(after.failedAttempts, before.failedAttempts);
    QCOMPARE(after.updatedAtMs, before.updatedAtMs);
    QCOMPARE(m_store->reader().headPosition().value(), head);
    for (const RecordedEvent &e : eventsOf(*m_store, QString(UsersStream)))
        QVERIFY(e.type != UserEvents::UserLocked);

    // A lock recorded by a writable store holds on a read-only one too.
    for (int i = 2; i < MaxFailedSignIns; ++i)
        (void)writable.signIn(u"ann"_s, secret("Wrong-Password"));
    QCOMPARE(writable.signIn(u"ann"_s, secret(UserPassword)).error().code,
             ErrorCode::AccountLocked);
    QCOMPARE(auth.signIn(u"ann"_s, secret(UserPassword)).error().code, ErrorCode::AccountLocked);
}

void tst_Security::adminUnlocks()
{
    addUser(u"ann"_s, {Role::Requester});
    UserAdministration admin(*m_store);
    auto notLocked = admin.unlock(m_admin, u"ann"_s);
    QCOMPARE(notLocked.error().code, ErrorCode::Validation);

    Authenticator auth(*m_store);
    for (int i = 0; i < MaxFailedSignIns; ++i)
        QVERIFY(!auth.signIn(u"ann"_s, secret("Wrong-Password")).ok());
    QCOMPARE(auth.signIn(u"ann"_s, secret(UserPassword)).error().code, ErrorCode::AccountLocked);

    // Only an administrator may unlock.
    addUser(u"bob"_s, {Role::Auditor});
    const SignedInUser bob = signInOk(u"bob"_s, UserPassword);
    QCOMPARE(admin.unlock(bob, u"ann"_s).error().code, ErrorCode::AccessDenied);

    const Status unlocked = admin.unlock(m_admin, u"ann"_s);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked ? QString() : unlocked.error().message));
    const RecordedEvent last = eventsOf(*m_store, QString(UsersStream)).constLast();
    QCOMPARE(last.type, QString(UserEvents::UserUnlocked));
    QCOMPARE(last.actor(), u"admin"_s);
    QCOMPARE(signInOk(u"ann"_s, UserPassword).name, u"ann"_s);
}

void tst_Security::disabledUserIsRefused()
{
    addUser(u"ann"_s, {Role::Requester});
    UserAdministration admin(*m_store);
    QVERIFY(admin.disable(m_admin, u"ann"_s).ok());
    QCOMPARE(admin.disable(m_admin, u"ann"_s).error().code, ErrorCode::Validation);

    Authenticator auth(*m_store);
    auto refused = auth.signIn(u"ann"_s, secret(UserPassword));
    QCOMPARE(refused.error().code, ErrorCode::AccountLocked);
    QVERIFY2(refused.error().message.contains(u"disabled"_s), qPrintable(refused.error().message));
    // A wrong password tells nothing more about a disabled account than about any other.
    QCOMPARE(auth.signIn(u"ann"_s, secret("Wrong-Password")).error().code,
             ErrorCode::WrongPassword);
    auto directory = loadUserDirectory(*m_store);
    QVERIFY(directory->find(u"ann"_s)->disabled);

    QVERIFY(admin.enable(m_admin, u"ann"_s).ok());
    QCOMPARE(admin.enable(m_admin, u"ann"_s).error().code, ErrorCode::Validation);
    QCOMPARE(signInOk(u"ann"_s, UserPassword).name, u"ann"_s);

    QCOMPARE(admin.disable(m_admin, u"nobody"_s).error().code, ErrorCode::NotFound);
}

void tst_Security::lastAdminCannotBeDisabledOrLoseAdmin()
{
    UserAdministration admin(*m_store);
    const Status disabled = admin.disable(m_admin, u"admin"_s);
    QCOMPARE(disabled.error().code, ErrorCode::Validation);
    QVERIFY2(disabled.error().message.contains(u"last"_s), qPrintable(disabled.error().message));
    const Status demoted = admin.setRoles(m_admin, u"admin"_s, {Role::Auditor});
    QCOMPARE(demoted.error().code, ErrorCode::Validation);
    QVERIFY2(demoted.error().message.contains(u"last"_s), qPrintable(demoted.error().message));
    QVERIFY(signInOk(u"admin"_s, AdminPassword).hasRole(Role::Admin));

    // A disabled second admin does not count.
    addUser(u"root"_s, {Role::Admin});
    QVERIFY(admin.disable(m_admin, u"root"_s).ok());
    QCOMPARE(admin.disable(m_admin, u"admin"_s).error().code, ErrorCode::Validation);
    QVERIFY(admin.enable(m_admin, u"root"_s).ok());

    // With another enabled admin, either change is allowed.
    QVERIFY(admin.setRoles(m_admin, u"admin"_s, {Role::Auditor, Role::Admin}).ok());
    const SignedInUser root = signInOk(u"root"_s, UserPassword);
    QVERIFY(admin.setRoles(root, u"admin"_s, {Role::Auditor}).ok());
    QVERIFY(!signInOk(u"admin"_s, AdminPassword).hasRole(Role::Admin));
    QCOMPARE(admin.disable(root, u"root"_s).error().code, ErrorCode::Validation);
}

void tst_Security::nonAdminAddingAUserIsDeniedAndRecorded()
{
    addUser(u"ann"_s, {Role::Requester, Role::Manager});
    const SignedInUser ann = signInOk(u"ann"_s, UserPassword);
    const qint64 usersBefore = eventsOf(*m_store, QString(UsersStream)).size();

    const Status s = UserAdministration(*m_store).addUser(
        ann, {u"eve"_s, {Role::Admin}, std::nullopt}, secret("Eve-Password-55"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::AccessDenied);
    QVERIFY2(s.error().message.contains(u"admin"_s), qPrintable(s.error().message));

    const QList<RecordedEvent> denied = eventsOf(*m_store, QString(SecurityStream));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.constFirst().type, QString(UserEvents::AccessDenied));
    const QJsonObject p = denied.constFirst().payloadObject();
    QCOMPARE(p.value("actor"_L1).toString(), u"ann"_s);
    QVERIFY(!p.value("operation"_L1).toString().isEmpty());
    QVERIFY(!p.value("reason"_L1).toString().isEmpty());
    QCOMPARE(denied.constFirst().actor(), u"ann"_s);

    // Nothing else was written: no user, no credential.
    QCOMPARE(eventsOf(*m_store, QString(UsersStream)).size(), usersBefore);
    QVERIFY(!loadUserDirectory(*m_store)->find(u"eve"_s));
    QVERIFY(!CredentialStore(*m_store).find(u"eve"_s)->has_value());

    // The other administrative operations are refused the same way.
    UserAdministration admin(*m_store);
    QCOMPARE(admin.setRoles(ann, u"ann"_s, {Role::Admin}).error().code, ErrorCode::AccessDenied);
    QCOMPARE(admin.disable(ann, u"admin"_s).error().code, ErrorCode::AccessDenied);
    QCOMPARE(admin.enable(ann, u"ann"_s).error().code, ErrorCode::AccessDenied);
    QCOMPARE(eventsOf(*m_store, QString(SecurityStream)).size(), 4);
    QVERIFY(!signInOk(u"ann"_s, UserPassword).hasRole(Role::Admin));
}

void tst_Security::passwordChangeBySelfOrAdminOnly()
{
    addUser(u"ann"_s, {Role::Requester});
    addUser(u"bob"_s, {Role::Finance});
    UserAdministration admin(*m_store);
    const SignedInUser ann = signInOk(u"ann"_s, UserPassword);

    // Self.
    QVERIFY(admin.changePassword(ann, u"ann"_s, secret("Anns-New-Password")).ok());
    QCOMPARE(Authenticator(*m_store).signIn(u"ann"_s, secret(UserPassword)).error().code,
             ErrorCode::WrongPassword);
    QCOMPARE(signInOk(u"ann"_s, "Anns-New-Password").name, u"ann"_s);
    const RecordedEvent changed = eventsOf(*m_store, QString(UsersStream)).constLast();
    QCOMPARE(changed.type, QString(UserEvents::UserPasswordChanged));
    QCOMPARE(changed.payloadObject().value("name"_L1).toString(), u"ann"_s);
    QCOMPARE(changed.actor(), u"ann"_s);

    // Someone else's, without admin: refused and recorded; bob's password stays.
    const Status other = admin.changePassword(ann, u"bob"_s, secret("Taken-Over-Bob"));
    QCOMPARE(other.error().code, ErrorCode::AccessDenied);
    QCOMPARE(eventsOf(*m_store, QString(SecurityStream))
                 .constLast()
                 .payloadObject()
                 .value("actor"_L1)
                 .toString(),
             u"ann"_s);
    QCOMPARE(signInOk(u"bob"_s, UserPassword).name, u"bob"_s);

    // An admin may set anyone's, subject to the same policy.
    QCOMPARE(admin.changePassword(m_admin, u"bob"_s, secret("short")).error().code,
             ErrorCode::Validation);
    QVERIFY(admin.changePassword(m_admin, u"bob"_s, secret("Bobs-Reset-Password")).ok());
    QCOMPARE(signInOk(u"bob"_s, "Bobs-Reset-Password").name, u"bob"_s);
    QCOMPARE(eventsOf(*m_store, QString(UsersStream)).constLast().actor(), u"admin"_s);
}

void tst_Security::rolesChangeAndApprovalLimits()
{
    addUser(u"ann"_s, {Role::Requester});
    UserAdministration admin(*m_store);
    QVERIFY(!signInOk(u"ann"_s, UserPassword).approvalLimit);

    // Becoming a manager brings no limit of one's own: the definitions' default applies.
    QVERIFY(admin.setRoles(m_admin, u"ann"_s, {Role::Requester, Role::Manager}).ok());
    SignedInUser ann = signInOk(u"ann"_s, UserPassword);
    QCOMPARE(ann.roles, (RoleSet{Role::Requester, Role::Manager}));
    QVERIFY(!ann.approvalLimit);
    const RecordedEvent changed = eventsOf(*m_store, QString(UsersStream)).constLast();
    QCOMPARE(changed.type, QString(UserEvents::UserRolesChanged));
    QCOMPARE(changed.payloadObject().value("roles"_L1).toArray(),
             (QJsonArray{u"requester"_s, u"manager"_s}));

    // A given limit replaces it; unchanged roles keep it.
    QVERIFY(admin.setRoles(m_admin, u"ann"_s, {Role::Manager}, Money(1'250'000, u"EUR"_s)).ok());
    QVERIFY(admin.setRoles(m_admin, u"ann"_s, {Role::Manager, Role::Finance}).ok());
    ann = signInOk(u"ann"_s, UserPassword);
    QCOMPARE(ann.approvalLimit->minorUnits(), qint64(1'250'000));

    // Setting the same roles again changes nothing and says so.
    QCOMPARE(admin.setRoles(m_admin, u"ann"_s, {Role::Manager, Role::Finance}).error().code,
             ErrorCode::Validation);

    // No longer a manager: no limit; a limit for a non-manager is refused.
    QVERIFY(admin.setRoles(m_admin, u"ann"_s, {Role::Warehouse}).ok());
    ann = signInOk(u"ann"_s, UserPassword);
    QCOMPARE(ann.roles, RoleSet{Role::Warehouse});
    QVERIFY(!ann.approvalLimit);
    QCOMPARE(admin.setRoles(m_admin, u"ann"_s, {Role::Auditor}, Money(100, u"EUR"_s)).error().code,
             ErrorCode::Validation);
    QCOMPARE(admin.setRoles(m_admin, u"ann"_s, RoleSet()).error().code, ErrorCode::Validation);

    // Role names parse strictly.
    QVERIFY(RoleSet::parse(u"manager, finance").ok());
    QCOMPARE(RoleSet::parse(u"boss").error().code, ErrorCode::Validation);
    QVERIFY(RoleSet::parse(u"boss").error().message.contains(u"boss"_s));
    QVERIFY(!RoleSet::parse(u"").ok());
    QVERIFY(!RoleSet::parse(u"Manager").ok());
}

void tst_Security::approvalLimitIsInTheBaseCurrency()
{
    // A store kept in yen: a manager's own limit is in yen, and a euro limit is refused.
    test::TempStore temp;
    const QString path = temp.path();
    StoreOptions options;
    options.clock = m_clock;
    QVERIFY(SqliteEventStore::create(path, options, {{u"base_currency"_s, u"JPY"_s}}).ok());
    auto store = SqliteEventStore::open(path, options);
    QVERIFY(store.ok());
    QCOMPARE(baseCurrency(**store).value(), u"JPY"_s);
    UserAdministration admin(**store);
    QVERIFY(admin.createFirstAdmin(u"admin"_s, secret(AdminPassword)).ok());
    auto root = Authenticator(**store).signIn(u"admin"_s, secret(AdminPassword));
    QVERIFY(root.ok());
    QVERIFY(admin
                .addUser(*root, {u"max"_s, {Role::Manager}, Money(5000, u"JPY"_s)},
                         secret(UserPassword))
                .ok());
    auto max = Authenticator(**store).signIn(u"max"_s, secret(UserPassword));
    QCOMPARE(max->approvalLimit->toDisplayString(), u"5000 JPY"_s);
    const Status euro = admin.addUser(*root, {u"eur"_s, {Role::Manager}, Money(100, u"EUR"_s)},
                                      secret(UserPassword));
    QCOMPARE(euro.error().code, ErrorCode::Validation);
}

void tst_Security::duplicateNamesAreRefused()
{
    addUser(u"ann"_s, {Role::Requester});
    UserAdministration admin(*m_store);
    for (const QString &name : {u"ann"_s, u"Ann"_s}) {
        const Status s =
            admin.addUser(m_admin, {name, {Role::Auditor}, std::nullopt}, secret("Other-Password"));
        QCOMPARE(s.error().code, ErrorCode::AlreadyExists);
    }
    QCOMPARE(signInOk(u"ann"_s, UserPassword).roles, RoleSet{Role::Requester});
    for (const QString &bad : {QString(), u"$system"_s, u"with space"_s, u"-dash"_s})
        QCOMPARE(admin.addUser(m_admin, {bad, {Role::Auditor}, std::nullopt}, secret(UserPassword))
                     .error()
                     .code,
                 ErrorCode::Validation);
}

void tst_Security::credentialWithoutUserCreatedIsIgnoredAndReplaced()
{
    // What a crash between the two writes of an add leaves behind: a credential, no user.
    auto hash = Password::hash(secret("Half-Made-Password"));
    QVERIFY(hash.ok());
    const qint64 version = loadUserDirectory(*m_store)->version();
    QVERIFY(CredentialStore(*m_store).setPasswordHash(u"ghost"_s, hash.value(), version).ok());
    QCOMPARE(Authenticator(*m_store).signIn(u"ghost"_s, secret("Half-Made-Password")).error().code,
             ErrorCode::WrongPassword);

    // A credential write decided on an older $users version is refused.
    QCOMPARE(CredentialStore(*m_store)
                 .setPasswordHash(u"ghost"_s, hash.value(), version - 1)
                 .error()
                 .code,
             ErrorCode::Conflict);

    addUser(u"ghost"_s, {Role::Requester}, UserPassword);
    QCOMPARE(Authenticator(*m_store).signIn(u"ghost"_s, secret("Half-Made-Password")).error().code,
             ErrorCode::WrongPassword);
    QCOMPARE(signInOk(u"ghost"_s, UserPassword).name, u"ghost"_s);
}

void tst_Security::firstAdminOnlyOnAnEmptyStore()
{
    const Status again =
        UserAdministration(*m_store).createFirstAdmin(u"intruder"_s, secret("Intruder-Pass-1"));
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QVERIFY(!loadUserDirectory(*m_store)->find(u"intruder"_s));
    QCOMPARE(loadUserDirectory(*m_store)->enabledAdminCount(), 1);
    const RecordedEvent created = eventsOf(*m_store, QString(UsersStream)).constFirst();
    QCOMPARE(created.type, QString(UserEvents::UserCreated));
    QCOMPARE(created.streamVersion, qint64(0));
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
