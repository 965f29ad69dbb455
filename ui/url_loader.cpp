#include "ui/url_loader.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace qlui {

namespace {
QString tooLarge(qint64 maxBytes)
{
    const QString size = maxBytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(maxBytes / (1024 * 1024))
                                                 : QStringLiteral("%1 kB").arg(maxBytes / 1024);
    return UrlLoader::tr("The page is larger than %1: not an article.").arg(size);
}
}  // namespace

UrlLoader::UrlLoader(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stop(tr("No complete answer within %1 s.").arg(m_limits.timeoutMs / 1000.0, 0, 'g', 3));
    });
}

void UrlLoader::load(const QUrl& url)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_bytes.clear();
    m_stopReason.clear();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        const QString message = tr("Only http and https addresses can be opened: “%1”.").arg(url.toDisplayString());
        QMetaObject::invokeMethod(this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Quotelens/" QUOTELENS_VERSION));
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &UrlLoader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UrlLoader::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (total > m_limits.maxBytes)  // said by Content-Length: no need to wait for the bytes
            stop(tooLarge(m_limits.maxBytes));
        else
            emit progress(received, total);
    });
    m_timer.start(m_limits.timeoutMs);
}

void UrlLoader::cancel()
{
    stop(tr("Cancelled."));
}

void UrlLoader::stop(const QString& reason)
{
    if (!m_reply || !m_stopReason.isEmpty())
        return;
    m_stopReason = reason;
    m_reply->abort();  // finishes the reply, which reports the reason
}

void UrlLoader::onReadyRead()
{
    if (!m_reply || !m_stopReason.isEmpty())
        return;
    m_bytes += m_reply->readAll();
    if (m_bytes.size() > m_limits.maxBytes)
        stop(tooLarge(m_limits.maxBytes));
}

void UrlLoader::onFinished()
{
    m_timer.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_stopReason.isEmpty()) {
        m_bytes.clear();
        emit failed(m_stopReason);
    } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
        emit failed(tr("More than %1 redirects.").arg(m_limits.maxRedirects));
    } else if (status >= 400) {
        emit failed(tr("The server answered HTTP %1.").arg(status));
    } else if (reply->error() != QNetworkReply::NoError) {
        emit failed(reply->errorString());
    } else {
        m_bytes += reply->readAll();
        emit loaded(std::exchange(m_bytes, {}), reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                    reply->url());
    }
}

}  // namespace qlui
