// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace eventdesk::test {

// A real HTTP/1.1 server on 127.0.0.1 (a free port) for testing the HTTP adapter. A test
// tells it how to answer — a status with a body and headers, hang (read the request and
// never answer), or drop (close the connection without a word) — and reads back every
// request it received. Runs on the test's thread: the test spins the event loop while
// the client waits.
class FakeHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                      // with the query, as sent
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Reply
    {
        enum class Kind
        {
            Answer,
            Hang,
            Drop
        };
        Kind kind = Kind::Answer;
        int status = 200;
        QByteArray reason = "OK";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers; // beyond Content-Length

        static Reply json(int status, const QByteArray &body, const QByteArray &reason = {});
        static Reply text(int status, const QByteArray &body, const QByteArray &reason = {});
        static Reply hang();
        static Reply drop();
        Reply &withHeader(const QByteArray &name, const QByteArray &value);
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // How the following requests are answered: the queued replies in turn, then the
    // default one (200 with an empty JSON object unless set).
    void setDefaultReply(const Reply &reply) { m_default = reply; }
    void enqueue(const Reply &reply) { m_queue.append(reply); }

    const QList<Request> &requests() const { return m_requests; }
    // Connections that are still open (hanging ones among them).
    int openConnections() const { return int(m_buffers.size()); }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Reply &reply);

    QTcpServer m_server;
    Reply m_default;
    QList<Reply> m_queue;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace eventdesk::test
