// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP adapter against a real HTTP server on 127.0.0.1: the request it sends (method,
// headers, exact body), how it reads every kind of answer (2xx with and without JSON,
// retryable and permanent statuses, Retry-After, a hang, a dropped or refused connection),
// and the rule that plain http goes to loopback hosts only.
#include "FakeHttpServer.h"
#include "TestSupport.h"

#include "app/AppIdentity.h"
#include "services/HttpAdapter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTest>

using namespace eventdesk;
using namespace eventdesk::services;
using namespace Qt::Literals::StringLiterals;

namespace {
ServiceCall paymentCall(const QString &key = u"pay-7f3a-authorize"_s)
{
    ServiceCall c;
    c.service = u"payment"_s;
    c.operation = u"authorize"_s;
    c.idempotencyKey = key;
    c.correlationId = u"corr-42"_s;
    c.body = QJsonObject{
        {"requestId"_L1, u"purchase-7f3a2c1e-0000-4000-8000-000000000001"_s},
        {"sagaId"_L1, u"$saga-purchase-7f3a2c1e-0000-4000-8000-000000000001"_s},
        {"amount"_L1, QJsonObject{{"value"_L1, u"1200.50"_s}, {"currency"_L1, u"EUR"_s}}},
    };
    return c;
}

CallResult await(QFuture<CallResult> future)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!future.isFinished() || future.resultCount() == 0)
        return CallResult{CallOutcome::PermanentFailure, -1, u"no answer"_s, {}, -1, 0, {}};
    return future.result();
}
} // namespace

class tst_HttpAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheContractRequest();
    void successWithJson();
    void successWithoutJsonKeepsTheRawBody();
    void aLargeBodyIsTruncated();
    void statuses_data();
    void statuses();
    void unavailableWithRetryAfterSeconds();
    void tooManyRequestsWithRetryAfterDate();
    void unprocessableIsPermanentWithStatusAndBody();
    void redirectsAreNotFollowed();
    void hangingServerTimesOut();
    void droppedConnectionIsRetryable();
    void refusedConnectionIsRetryable();
    void plainHttpOnlyToLoopback();
    void unsafeHeaderValuesAreRefused();
    void amountsAsNumbersAreRefused();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void tst_HttpAdapter::sendsTheContractRequest()
{
    test::FakeHttpServer server;
    QVERIFY(server.isListening());
    HttpAdapter adapter(u"payment"_s, server.url(u"/v1/payments?tenant=acme"_s));
    QCOMPARE(adapter.kind(), u"http"_s);
    const CallResult r = await(adapter.call(paymentCall()));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(server.requests().size(), 1);
    const test::FakeHttpServer::Request req = server.requests().constFirst();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/v1/payments?tenant=acme"));
    QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(req.header("Idempotency-Key"), QByteArray("pay-7f3a-authorize"));
    QCOMPARE(req.header("X-Correlation-Id"), QByteArray("corr-42"));
    QCOMPARE(req.header("User-Agent"), "EventDesk/" + versionString().toUtf8());
    QCOMPARE(req.header("Accept"), QByteArray("application/json"));
    // The exact bytes: compact JSON, keys in order, the amount as a decimal string.
    QCOMPARE(req.body,
             QByteArray(R"({"amount":{"currency":"EUR","value":"1200.50"},"operation":"authorize",)"
                        R"("requestId":"purchase-7f3a2c1e-0000-4000-8000-000000000001",)"
                        R"("sagaId":"$saga-purchase-7f3a2c1e-0000-4000-8000-000000000001",)"
                        R"("service":"payment"})"));
    QCOMPARE(req.header("Content-Length"), QByteArray::number(req.body.size()));
    // A retry of the same step carries the same key.
    QVERIFY(await(adapter.call(paymentCall())).ok());
    QCOMPARE(server.requests().at(1).header("Idempotency-Key"), QByteArray("pay-7f3a-authorize"));
    QCOMPARE(server.requests().at(1).body, req.body);

    // A call without a correlation id sends no such header.
    ServiceCall bare = paymentCall();
    bare.correlationId.clear();
    QVERIFY(await(adapter.call(bare)).ok());
    QVERIFY(!server.requests().at(2).headers.contains("x-correlation-id"));
    QCOMPARE(adapter.pendingCalls(), 0);
}

void tst_HttpAdapter::successWithJson()
{
    test::FakeHttpServer server;
    server.setDefaultReply(test::FakeHttpServer::Reply::json(
        201, R"({"authorization":"AUTH-1","status":"authorized"})", "Created"));
    HttpAdapter adapter(u"payment"_s, server.url(u"/pay"_s));
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::Success);
    QCOMPARE(r.httpStatus, 201);
    QCOMPARE(r.adapter, u"http"_s);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.retryAfterMs, -1);
    QVERIFY(!r.responseTruncated);
    QCOMPARE(recordedResponse(r).toObject().value("authorization"_L1).toString(), u"AUTH-1"_s);
    QVERIFY(r.latencyMs >= 0);
}

void tst_HttpAdapter::successWithoutJsonKeepsTheRawBody()
{
    test::FakeHttpServer server;
    server.setDefaultReply(test::FakeHttpServer::Reply::text(200, "accepted, thank you", "OK"));
    HttpAdapter adapter(u"notification"_s, server.url());
    ServiceCall c = paymentCall();
    c.service = u"notification"_s;
    c.operation = u"send"_s;
    const CallResult r = await(adapter.call(c));
    QCOMPARE(r.outcome, CallOutcome::Success);
    QCOMPARE(r.responseBody, QByteArray("accepted, thank you"));
    QCOMPARE(recordedResponse(r), QJsonValue(u"accepted, thank you"_s));
    // 204: success without a body.
    server.setDefaultReply(test::FakeHttpServer::Reply::text(204, {}, "No Content"));
    const CallResult empty = await(adapter.call(c));
    QVERIFY(empty.ok());
    QVERIFY(recordedResponse(empty).isNull());
}

void tst_HttpAdapter::aLargeBodyIsTruncated()
{
    test::FakeHttpServer server;
    // Multi-byte characters across the cut: it falls on a character boundary.
    QByteArray body;
    while (body.size() < MaxRecordedBodyBytes * 3)
        body += "é";
    server.setDefaultReply(test::FakeHttpServer::Reply::text(200, "x" + body, "OK"));
    HttpAdapter adapter(u"payment"_s, server.url());
    const CallResult r = await(adapter.call(paymentCall()));
    QVERIFY(r.ok());
    QVERIFY(r.responseTruncated);
    QVERIFY(r.responseBody.size() <= MaxRecordedBodyBytes);
    QVERIFY(r.responseBody.size() >= MaxRecordedBodyBytes - 1);
    QVERIFY(QString::fromUtf8(r.responseBody).toUtf8() == r.responseBody);
    QVERIFY(!QString::fromUtf8(r.responseBody).contains(QChar::ReplacementCharacter));
}

void tst_HttpAdapter::statuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("outcome");
    const int retryable = int(CallOutcome::RetryableFailure);
    const int permanent = int(CallOutcome::PermanentFailure);
    for (int s : {408, 409, 429, 500, 502, 503, 504})
        QTest::addRow("%d", s) << s << retryable;
    for (int s : {400, 401, 403, 404, 405, 410, 413, 415, 422, 451, 501, 505})
        QTest::addRow("%d", s) << s << permanent;
    QTest::addRow("200") << 200 << int(CallOutcome::Success);
    QTest::addRow("202") << 202 << int(CallOutcome::Success);
}

void tst_HttpAdapter::statuses()
{
    QFETCH(int, status);
    QFETCH(int, outcome);
    QCOMPARE(int(HttpAdapter::outcomeForStatus(status)), outcome);
    test::FakeHttpServer server;
    server.setDefaultReply(
        test::FakeHttpServer::Reply::json(status, R"({"error":"because"})", "Reason"));
    HttpAdapter adapter(u"payment"_s, server.url());
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(int(r.outcome), outcome);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.responseBody, QByteArray(R"({"error":"because"})"));
    if (outcome != int(CallOutcome::Success)) {
        QVERIFY2(r.error.contains(QString::number(status)), qPrintable(r.error));
        QCOMPARE(r.retryAfterMs, -1);
    }
    if (outcome == int(CallOutcome::PermanentFailure))
        QVERIFY2(r.error.contains(u"because"_s), qPrintable(r.error));
    QCOMPARE(server.requests().size(), 1);
}

void tst_HttpAdapter::unavailableWithRetryAfterSeconds()
{
    test::FakeHttpServer server;
    server.setDefaultReply(
        test::FakeHttpServer::Reply::text(503, "maintenance", "Service Unavailable")
            .withHeader("Retry-After", "7"));
    HttpAdapter adapter(u"payment"_s, server.url());
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::RetryableFailure);
    QCOMPARE(r.httpStatus, 503);
    QCOMPARE(r.retryAfterMs, 7000);
    QVERIFY(r.error.contains(u"503"_s));
}

void tst_HttpAdapter::tooManyRequestsWithRetryAfterDate()
{
    auto clock = std::make_shared<FakeClock>();
    const QDateTime later = QDateTime::fromMSecsSinceEpoch(clock->nowMs(), Qt::UTC).addSecs(90);
    const QByteArray date =
        QLocale::c().toString(later, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    test::FakeHttpServer server;
    server.setDefaultReply(test::FakeHttpServer::Reply::json(429, "{}", "Too Many Requests")
                               .withHeader("Retry-After", date));
    HttpAdapter adapter(u"payment"_s, server.url(), DefaultTimeoutMs, clock);
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::RetryableFailure);
    QCOMPARE(r.retryAfterMs, 90000);
}

void tst_HttpAdapter::unprocessableIsPermanentWithStatusAndBody()
{
    test::FakeHttpServer server;
    server.setDefaultReply(test::FakeHttpServer::Reply::json(
        422, R"({"error":"idempotency key reused with a different body"})",
        "Unprocessable Entity"));
    HttpAdapter adapter(u"payment"_s, server.url());
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::PermanentFailure);
    QCOMPARE(r.httpStatus, 422);
    QVERIFY(r.responseBody.contains("different body"));
    QVERIFY2(r.error.contains(u"422"_s) && r.error.contains(u"different body"_s),
             qPrintable(r.error));
}

void tst_HttpAdapter::redirectsAreNotFollowed()
{
    test::FakeHttpServer server;
    server.setDefaultReply(test::FakeHttpServer::Reply::text(307, {}, "Temporary Redirect")
                               .withHeader("Location", server.url(u"/elsewhere"_s).toEncoded()));
    HttpAdapter adapter(u"payment"_s, server.url(u"/pay"_s));
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::PermanentFailure);
    QCOMPARE(r.httpStatus, 307);
    QCOMPARE(server.requests().size(), 1);
}

void tst_HttpAdapter::hangingServerTimesOut()
{
    test::FakeHttpServer server;
    server.setDefaultReply(test::FakeHttpServer::Reply::hang());
    HttpAdapter adapter(u"payment"_s, server.url(), 300);
    QElapsedTimer t;
    t.start();
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::RetryableFailure);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.error.contains(u"300"_s), qPrintable(r.error));
    QVERIFY2(t.elapsed() >= 250 && t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(adapter.pendingCalls(), 0);
}

void tst_HttpAdapter::droppedConnectionIsRetryable()
{
    test::FakeHttpServer server;
    server.setDefaultReply(test::FakeHttpServer::Reply::drop());
    HttpAdapter adapter(u"payment"_s, server.url());
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::RetryableFailure);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY(!r.error.isEmpty());
    // Qt may send the request again on a fresh connection when one closes before any
    // answer; every copy carries the same key, which is what makes that safe.
    QVERIFY(!server.requests().isEmpty());
    const QList<test::FakeHttpServer::Request> requests = server.requests();
    for (const auto &req : requests)
        QCOMPARE(req.header("Idempotency-Key"), QByteArray("pay-7f3a-authorize"));
}

void tst_HttpAdapter::refusedConnectionIsRetryable()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpAdapter adapter(u"payment"_s, QUrl(u"http://127.0.0.1:%1/pay"_s.arg(port)));
    const CallResult r = await(adapter.call(paymentCall()));
    QCOMPARE(r.outcome, CallOutcome::RetryableFailure);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY(!r.error.isEmpty());
}

void tst_HttpAdapter::plainHttpOnlyToLoopback()
{
    test::FakeHttpServer server;
    // Loopback in every spelling is allowed...
    for (const QString &host : {u"127.0.0.1"_s, u"localhost"_s}) {
        HttpAdapter adapter(u"payment"_s, QUrl(u"http://%1:%2/pay"_s.arg(host).arg(server.port())));
        const CallResult r = await(adapter.call(paymentCall()));
        QVERIFY2(r.ok(), qPrintable(host + u": "_s + r.error));
    }
    const qsizetype sent = server.requests().size();
    // ...any other host only over https: refused before anything goes out.
    for (const QString &url : {u"http://192.0.2.10/pay"_s, u"http://example.com/pay"_s,
                               u"http://0.0.0.0:%1/pay"_s.arg(server.port()),
                               u"ftp://127.0.0.1/pay"_s, u"https://user:pw@example.com/"_s}) {
        HttpAdapter adapter(u"payment"_s, QUrl(url));
        QElapsedTimer t;
        t.start();
        QFuture<CallResult> f = adapter.call(paymentCall());
        QVERIFY(f.isFinished());
        const CallResult r = f.result();
        QCOMPARE(r.outcome, CallOutcome::PermanentFailure);
        QCOMPARE(r.adapter, u"http"_s);
        QVERIFY(!r.error.isEmpty());
    }
    QCOMPARE(server.requests().size(), sent);
    // The same rule when a URL is set.
    bool malformed = true;
    QVERIFY(!ServiceEndpoint::parse(u"http://example.com/pay"_s, &malformed));
    QVERIFY(!malformed);
    QVERIFY(ServiceEndpoint::parse(u"https://example.com/pay"_s));
    QVERIFY(ServiceEndpoint::parse(server.url(u"/pay"_s).toString()));
}

void tst_HttpAdapter::unsafeHeaderValuesAreRefused()
{
    test::FakeHttpServer server;
    HttpAdapter adapter(u"payment"_s, server.url());
    for (const QString &key :
         {QString(), u"two words"_s, u"line\r\nX-Evil: 1"_s, u"é"_s, QString(256, u'k')}) {
        const CallResult r = await(adapter.call(paymentCall(key)));
        QCOMPARE(r.outcome, CallOutcome::PermanentFailure);
    }
    ServiceCall c = paymentCall();
    c.correlationId = u"a\nb"_s;
    QCOMPARE(await(adapter.call(c)).outcome, CallOutcome::PermanentFailure);
    QCOMPARE(server.requests().size(), 0);
}

void tst_HttpAdapter::amountsAsNumbersAreRefused()
{
    test::FakeHttpServer server;
    HttpAdapter adapter(u"payment"_s, server.url());
    ServiceCall c = paymentCall();
    c.body.insert("amount"_L1, QJsonObject{{"value"_L1, 1200.5}, {"currency"_L1, u"EUR"_s}});
    QCOMPARE(await(adapter.call(c)).outcome, CallOutcome::PermanentFailure);
    QCOMPARE(server.requests().size(), 0);
}

void tst_HttpAdapter::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    // now = 2026-01-01T00:00:00Z
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("imf") << QByteArray("Thu, 01 Jan 2026 00:01:00 GMT") << qint64(60000);
    QTest::newRow("rfc850") << QByteArray("Thursday, 01-Jan-26 00:00:30 GMT") << qint64(30000);
    QTest::newRow("asctime") << QByteArray("Thu Jan  1 00:00:10 2026") << qint64(10000);
    QTest::newRow("past date") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void tst_HttpAdapter::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    QCOMPARE(HttpAdapter::parseRetryAfter(value, FakeClock().nowMs()), expected);
}

QTEST_GUILESS_MAIN(tst_HttpAdapter)
#include "tst_httpadapter.moc"
