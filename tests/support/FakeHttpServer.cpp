// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace eventdesk::test {

using namespace Qt::Literals::StringLiterals;

FakeHttpServer::Reply FakeHttpServer::Reply::json(int status, const QByteArray &body,
                                                  const QByteArray &reason)
{
    Reply r;
    r.status = status;
    r.reason = reason.isEmpty() ? QByteArray("Status") : reason;
    r.body = body;
    r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return r;
}

FakeHttpServer::Reply FakeHttpServer::Reply::text(int status, const QByteArray &body,
                                                  const QByteArray &reason)
{
    Reply r = json(status, body, reason);
    r.headers = {{"Content-Type", "text/plain; charset=utf-8"}};
    return r;
}

FakeHttpServer::Reply FakeHttpServer::Reply::hang()
{
    Reply r;
    r.kind = Kind::Hang;
    return r;
}

FakeHttpServer::Reply FakeHttpServer::Reply::drop()
{
    Reply r;
    r.kind = Kind::Drop;
    return r;
}

FakeHttpServer::Reply &FakeHttpServer::Reply::withHeader(const QByteArray &name,
                                                         const QByteArray &value)
{
    headers.append(std::pair<QByteArray, QByteArray>(name, value));
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_default = Reply::json(200, "{}", "OK");
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qWarning("FakeHttpServer: cannot listen on 127.0.0.1: %s",
                 qPrintable(m_server.errorString()));
}

FakeHttpServer::~FakeHttpServer()
{
    for (QTcpSocket *socket : m_buffers.keys()) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // One request per connection at a time: headers, then Content-Length bytes of body.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        const Reply reply = m_queue.isEmpty() ? m_default : m_queue.takeFirst();
        respond(socket, reply);
        Q_EMIT requestReceived();
        if (reply.kind != Reply::Kind::Answer || !m_buffers.contains(socket))
            return;
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const Reply &reply)
{
    switch (reply.kind) {
    case Reply::Kind::Hang:
        return;
    case Reply::Kind::Drop:
        socket->abort();
        return;
    case Reply::Kind::Answer:
        break;
    }
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    for (const auto &[name, value] : reply.headers)
        response += name + ": " + value + "\r\n";
    response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    response += reply.body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace eventdesk::test
