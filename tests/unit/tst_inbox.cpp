// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox: a handler processes each message once, the record kept with the effect.
#include "RawStoreAccess.h"
#include "TestSupport.h"

#include "messaging/Inbox.h"
#include "store/SqliteSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::messaging;
using namespace eventdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// The effect: a row in a table of the test's own.
SqliteEventStore::WriteJob addEffect(const QString &what)
{
    return [what](QSqlDatabase &db) {
        return sqlite::execStatus(db, u"INSERT INTO effects (what) VALUES (?)"_s, {what});
    };
}
} // namespace

class tst_Inbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachMessageOncePerHandler();
    void aFailedEffectIsNotRecorded();
    void duplicatesArrivingTogether();
    void eventEffectsUseStableIds();

private:
    std::unique_ptr<TempStore> m_tmp;
    std::unique_ptr<SqliteEventStore> m_store;
    qint64 effects(const QString &what = {})
    {
        RawDb raw(m_tmp->path(), true);
        return what.isEmpty() ? raw.scalar(u"SELECT count(*) FROM effects"_s).toLongLong()
                              : raw.scalar(u"SELECT count(*) FROM effects WHERE what = ?"_s, {what})
                                    .toLongLong();
    }
};

void tst_Inbox::init()
{
    m_tmp = std::make_unique<TempStore>();
    m_store = createStore(m_tmp->path());
    QVERIFY(m_store);
    QVERIFY(m_store
                ->runWrite([](QSqlDatabase &db) {
                    return sqlite::execStatus(db, u"CREATE TABLE effects (what TEXT)"_s);
                })
                .result());
}

void tst_Inbox::cleanup()
{
    m_store.reset();
    m_tmp.reset();
}

void tst_Inbox::eachMessageOncePerHandler()
{
    Inbox inbox(*m_store);
    const QUuid id = seededUuid(1);
    auto first = inbox.processOnce(id, u"ledger-posting"_s, addEffect(u"a"_s)).result();
    QVERIFY(first);
    QVERIFY(first.value());
    auto second = inbox.processOnce(id, u"ledger-posting"_s, addEffect(u"a"_s)).result();
    QVERIFY(second);
    QVERIFY(!second.value());
    QCOMPARE(effects(), 1);
    // Another handler processes the same message on its own account.
    auto other = inbox.processOnce(id, u"notifier"_s, addEffect(u"b"_s)).result();
    QVERIFY(other && other.value());
    QCOMPARE(effects(), 2);
    QVERIFY(inbox.processed(uuidText(id), u"ledger-posting"_s).value());
    QVERIFY(!inbox.processed(uuidText(seededUuid(2)), u"ledger-posting"_s).value());
    // Idempotency keys are message ids too.
    QVERIFY(inbox.processOnce(u"key-7"_s, u"notifier"_s, addEffect(u"c"_s)).result().value());
    QVERIFY(!inbox.processOnce(u"key-7"_s, u"notifier"_s, addEffect(u"c"_s)).result().value());
    QCOMPARE(effects(u"c"_s), 1);
    QVERIFY(!inbox.processOnce(QString(), u"notifier"_s, {}).result());
}

void tst_Inbox::aFailedEffectIsNotRecorded()
{
    Inbox inbox(*m_store);
    const QUuid id = seededUuid(3);
    auto failed = inbox
                      .processOnce(id, u"h"_s,
                                   [](QSqlDatabase &db) -> Status {
                                       if (auto s = sqlite::execStatus(
                                               db, u"INSERT INTO effects (what) VALUES ('x')"_s);
                                           !s)
                                           return s;
                                       return Error::validation(u"refused"_s);
                                   })
                      .result();
    QVERIFY(!failed);
    QCOMPARE(effects(), 0);
    QVERIFY(!inbox.processed(uuidText(id), u"h"_s).value());
    auto again = inbox.processOnce(id, u"h"_s, addEffect(u"x"_s)).result();
    QVERIFY(again && again.value());
    QCOMPARE(effects(), 1);
}

void tst_Inbox::duplicatesArrivingTogether()
{
    Inbox inbox(*m_store);
    QList<QFuture<Result<bool>>> futures;
    for (int i = 0; i < 20; ++i)
        futures.append(inbox.processOnce(seededUuid(9), u"h"_s, addEffect(u"once"_s)));
    int ran = 0;
    for (auto &f : futures) {
        const auto r = f.result();
        QVERIFY(r);
        ran += r.value() ? 1 : 0;
    }
    QCOMPARE(ran, 1);
    QCOMPARE(effects(u"once"_s), 1);
}

void tst_Inbox::eventEffectsUseStableIds()
{
    const QString message = uuidText(seededUuid(11));
    const QUuid a = Inbox::eventIdFor(u"h"_s, message, 0);
    QCOMPARE(Inbox::eventIdFor(u"h"_s, message, 0), a);
    QVERIFY(Inbox::eventIdFor(u"h"_s, message, 1) != a);
    QVERIFY(Inbox::eventIdFor(u"other"_s, message, 0) != a);
    const auto append = [&] {
        AppendRequest r;
        r.streamId = u"order-1"_s;
        r.events.append(NewEvent::make(u"StockReserved"_s, QJsonObject{{"n"_L1, 1}}, {}, 1, a));
        return m_store->append(r).result();
    };
    const auto first = append();
    QVERIFY(first && !first->alreadyStored);
    const auto second = append();
    QVERIFY(second && second->alreadyStored);
    QCOMPARE(m_store->reader().countEvents().value(), 1);
}

QTEST_GUILESS_MAIN(tst_Inbox)
#include "tst_inbox.moc"
