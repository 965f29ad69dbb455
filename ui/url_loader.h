#pragma once
// Fetches a web page for File → Open URL… with Qt Network: http and https only, redirects
// followed (never from https down to http), a size limit and a timeout, progress as it
// comes. Only the page itself is fetched, never its images, scripts or styles. The bytes
// are for ql::importArticle, with the final URL and the Content-Type as hints.

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace qlui {

class UrlLoader final : public QObject {
    Q_OBJECT

public:
    struct Limits {
        qint64 maxBytes = 50LL * 1024 * 1024;
        int timeoutMs = 30000;  // for the whole transfer
        int maxRedirects = 10;
    };

    explicit UrlLoader(QObject* parent = nullptr);

    void setLimits(const Limits& limits) { m_limits = limits; }
    const Limits& limits() const { return m_limits; }

    // Starts fetching `url`; a load still running is abandoned without a signal. The outcome
    // is always reported later, by loaded() or failed(), never from within load().
    void load(const QUrl& url);
    void cancel();  // reports failed() with "cancelled"
    bool isLoading() const { return m_reply != nullptr; }

signals:
    void progress(qint64 received, qint64 total);  // total is -1 while unknown
    void loaded(const QByteArray& bytes, const QString& contentType, const QUrl& finalUrl);
    void failed(const QString& message);

private:
    void stop(const QString& reason);
    void onReadyRead();
    void onFinished();

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_bytes;
    Limits m_limits;
    QString m_stopReason;  // why the loader aborted the reply itself
};

}  // namespace qlui
