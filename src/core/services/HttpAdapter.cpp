// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/HttpAdapter.h"

#include "app/AppIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace eventdesk::services {

using namespace Qt::Literals::StringLiterals;

namespace {
QFuture<CallResult> readyResult(CallResult result)
{
    QPromise<CallResult> promise;
    QFuture<CallResult> future = promise.future();
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return future;
}

// Header values go on the wire as they are: printable ASCII only, so no value can end a
// header line early.
bool isHeaderSafe(const QString &value)
{
    static const QRegularExpression safe(u"^[\\x21-\\x7e]{1,255}$"_s);
    return safe.match(value).hasMatch();
}

// A short, single-line excerpt of a body for an error message.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += u"…"_s;
    return text;
}

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

struct HttpAdapter::Pending
{
    QPromise<CallResult> promise;
    QElapsedTimer elapsed;
    bool timedOut = false;
};

HttpAdapter::HttpAdapter(QString service, QUrl url, int timeoutMs,
                         std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_url(std::move(url))
    , m_timeoutMs(timeoutMs > 0 ? timeoutMs : DefaultTimeoutMs)
    , m_clock(std::move(clock))
    , m_network(new QNetworkAccessManager(this))
{
    // Calls to a loopback address stay on this machine, whatever proxy the environment names.
    if (isLoopbackHost(m_url.host()))
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

HttpAdapter::~HttpAdapter()
{
    // Replies still under way are dropped without calling back into a half-destroyed adapter.
    const QList<QNetworkReply *> replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->disconnect(this);
    delete m_network;
}

QString HttpAdapter::kind() const
{
    return QString(HttpAdapterKind);
}

QByteArray HttpAdapter::requestBody(const ServiceCall &call)
{
    QJsonObject body = call.body;
    body.insert("service"_L1, call.service);
    body.insert("operation"_L1, call.operation);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

CallOutcome HttpAdapter::outcomeForStatus(int status)
{
    if (status >= 200 && status <= 299)
        return CallOutcome::Success;
    switch (status) {
    case 408: // Request Timeout
    case 409: // Conflict: a request with the same key is still being processed
    case 429: // Too Many Requests
    case 500:
    case 502:
    case 503:
    case 504:
        return CallOutcome::RetryableFailure;
    default:
        // Every other 4xx (422: the key was used with a different body), redirects
        // (never followed: a POST is not sent on to another address) and the 5xx codes
        // SERVICES.md does not name are permanent.
        return CallOutcome::PermanentFailure;
    }
}

qint64 HttpAdapter::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return -1;
    static const QRegularExpression seconds(u"^[0-9]{1,10}$"_s);
    if (seconds.match(text).hasMatch())
        return text.toLongLong() * 1000;
    // HTTP dates (RFC 9110 5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms.
    // The day name is not checked; the date is read as "d MMM yyyy HH:mm:ss" UTC.
    static const QRegularExpression imf(
        u"^[A-Za-z]{3}, ([0-9]{2}) ([A-Za-z]{3}) ([0-9]{4}) ([0-9]{2}:[0-9]{2}:[0-9]{2}) GMT$"_s);
    static const QRegularExpression rfc850(
        u"^[A-Za-z]+, ([0-9]{2})-([A-Za-z]{3})-([0-9]{2}) ([0-9]{2}:[0-9]{2}:[0-9]{2}) GMT$"_s);
    static const QRegularExpression asctime(
        u"^[A-Za-z]{3} ([A-Za-z]{3}) ([0-9]{1,2}) ([0-9]{2}:[0-9]{2}:[0-9]{2}) ([0-9]{4})$"_s);
    QString day, month, year, time;
    if (const auto fixdate = imf.match(text); fixdate.hasMatch()) {
        day = fixdate.captured(1);
        month = fixdate.captured(2);
        year = fixdate.captured(3);
        time = fixdate.captured(4);
    } else if (const auto obsolete = rfc850.match(text); obsolete.hasMatch()) {
        day = obsolete.captured(1);
        month = obsolete.captured(2);
        time = obsolete.captured(4);
        // A two-digit year more than 50 years ahead is in the past century (RFC 9110).
        const int thisYear = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date().year();
        int full = thisYear / 100 * 100 + obsolete.captured(3).toInt();
        if (full > thisYear + 50)
            full -= 100;
        year = QString::number(full);
    } else if (const auto c = asctime.match(text); c.hasMatch()) {
        month = c.captured(1);
        day = c.captured(2);
        time = c.captured(3);
        year = c.captured(4);
    } else {
        return -1;
    }
    const QDateTime parsed = QLocale::c().toDateTime(day + u' ' + month + u' ' + year + u' ' + time,
                                                     u"d MMM yyyy HH:mm:ss"_s);
    const QDateTime when =
        parsed.isValid() ? QDateTime(parsed.date(), parsed.time(), Qt::UTC) : QDateTime();
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

QByteArray HttpAdapter::truncatedBody(const QByteArray &body, bool *truncated)
{
    if (truncated)
        *truncated = body.size() > MaxRecordedBodyBytes;
    if (body.size() <= MaxRecordedBodyBytes)
        return body;
    qsizetype end = MaxRecordedBodyBytes;
    // Step back over UTF-8 continuation bytes so no character is cut in half.
    while (end > 0 && (quint8(body.at(end)) & 0xC0) == 0x80)
        --end;
    return body.left(end);
}

QFuture<CallResult> HttpAdapter::call(const ServiceCall &call)
{
    CallResult refused;
    refused.outcome = CallOutcome::PermanentFailure;
    refused.adapter = QString(HttpAdapterKind);
    // Checked again at each call: the URL may have reached the store by other means.
    if (const QString problem = urlProblem(m_url); !problem.isEmpty()) {
        refused.error = tr("The %1 service is not called: %2").arg(m_service, problem);
        return readyResult(refused);
    }
    if (!isHeaderSafe(call.idempotencyKey)) {
        refused.error = tr("A call to %1 needs an idempotency key of 1 to 255 printable ASCII "
                           "characters.")
                            .arg(m_service);
        return readyResult(refused);
    }
    if (!call.correlationId.isEmpty() && !isHeaderSafe(call.correlationId)) {
        refused.error = tr("The correlation id of a call to %1 must be 1 to 255 printable ASCII "
                           "characters.")
                            .arg(m_service);
        return readyResult(refused);
    }
    if (const QJsonValue amount = call.body.value("amount"_L1);
        amount.isObject() && !amount.toObject().value("value"_L1).isString()) {
        refused.error = tr("An amount is sent as a decimal string, never as a number.");
        return readyResult(refused);
    }

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Idempotency-Key", call.idempotencyKey.toLatin1());
    if (!call.correlationId.isEmpty())
        request.setRawHeader("X-Correlation-Id", call.correlationId.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"EventDesk/"_s + versionString()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
#if QT_CONFIG(ssl)
    if (m_url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0) {
        // The default configuration trusts the system's certificate authorities; the peer
        // is always verified, and errors are never ignored.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }
#endif

    auto pending = std::make_shared<Pending>();
    pending->elapsed.start();
    pending->promise.start();
    QFuture<CallResult> future = pending->promise.future();
    ++m_pending;
    QNetworkReply *reply = m_network->post(request, requestBody(call));
    // The transfer timeout ends a silent connection; this one also ends an answer that
    // trickles in for longer than the whole timeout.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, pending] {
        pending->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending] { finish(reply, pending); });
    return future;
}

void HttpAdapter::finish(QNetworkReply *reply, const std::shared_ptr<Pending> &pending)
{
    reply->deleteLater();
    CallResult r;
    r.adapter = QString(HttpAdapterKind);
    r.latencyMs = pending->elapsed.elapsed();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    const bool timedOut = pending->timedOut || error == QNetworkReply::OperationCanceledError ||
                          error == QNetworkReply::TimeoutError;
    if (statusAttribute.isValid() && !timedOut) {
        const int status = statusAttribute.toInt();
        r.httpStatus = status;
        r.responseBody = truncatedBody(reply->readAll(), &r.responseTruncated);
        r.outcome = outcomeForStatus(status);
        if (r.outcome != CallOutcome::Success) {
            if (reply->hasRawHeader("Retry-After")) {
                const qint64 now = (m_clock ? *m_clock : systemClock()).nowMs();
                r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), now);
            }
            const QString reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            const QString answered = (u"HTTP %1 %2"_s.arg(status).arg(reason)).trimmed();
            r.error = r.outcome == CallOutcome::RetryableFailure
                          ? tr("The %1 service answered %2; the call will be tried again.")
                                .arg(m_service, answered)
                          : tr("The %1 service refused the call with %2: %3")
                                .arg(m_service, answered, excerpt(r.responseBody));
        }
    } else if (timedOut) {
        r.outcome = CallOutcome::RetryableFailure;
        r.error = tr("The %1 service did not answer within %2 ms.").arg(m_service).arg(m_timeoutMs);
    } else {
        // Refused, dropped, unreachable, name not found, a certificate that does not verify:
        // the service cannot be reached now; the breaker and the retries take it from here.
        r.outcome = CallOutcome::RetryableFailure;
        r.error =
            tr("The %1 service could not be reached: %2").arg(m_service, reply->errorString());
    }
    --m_pending;
    pending->promise.addResult(std::move(r));
    pending->promise.finish();
}

} // namespace eventdesk::services
