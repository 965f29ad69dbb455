#pragma once
// A small HTTP server on 127.0.0.1 that a test runs itself (never anything beyond loopback):
// a canned answer per path, 404 for the others; a silent path is never answered.

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace qltest {

class LocalHttpServer : public QObject {
public:
    struct Answer {
        QByteArray status = "200 OK";
        QByteArray headers = "Content-Type: text/html; charset=utf-8\r\n";  // each ending in \r\n
        QByteArray body{};
        bool silent = false;
    };

    LocalHttpServer();

    void serve(const QByteArray& path, Answer answer) { m_answers.insert(path, std::move(answer)); }
    // A page at `path` with this body and Content-Type.
    void page(const QByteArray& path, QByteArray body, const QByteArray& contentType = "text/html; charset=utf-8");
    QUrl url(const QString& path) const;

private:
    void reply(class QTcpSocket* socket);

    QTcpServer m_server;
    QMap<QByteArray, Answer> m_answers;
};

}  // namespace qltest
