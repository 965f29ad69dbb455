#include "local_http_server.h"

#include <QTcpSocket>

#include <stdexcept>

namespace qltest {

LocalHttpServer::LocalHttpServer()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("cannot listen on 127.0.0.1");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { reply(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void LocalHttpServer::page(const QByteArray& path, QByteArray body, const QByteArray& contentType)
{
    serve(path, {.headers = "Content-Type: " + contentType + "\r\n", .body = std::move(body)});
}

QUrl LocalHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void LocalHttpServer::reply(QTcpSocket* socket)
{
    const QByteArray request = socket->readAll();
    if (!request.startsWith("GET "))
        return;
    const QByteArray path = request.mid(4, request.indexOf(' ', 4) - 4);
    const Answer answer = m_answers.value(
        path, Answer{.status = "404 Not Found", .headers = "Content-Type: text/plain\r\n", .body = "not here"});
    if (answer.silent)
        return;
    socket->write("HTTP/1.1 " + answer.status + "\r\n" + answer.headers +
                  "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n" +
                  answer.body);
    socket->disconnectFromHost();
}

}  // namespace qltest
