#include "ui/article_opener.h"

#include "ui/article_reading.h"
#include "ui/document_session.h"
#include "ui/url_loader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace qlui {

namespace {

QString kilobytes(qint64 bytes) { return ArticleOpener::tr("%1 kB").arg((bytes + 1023) / 1024); }

}  // namespace

ArticleOpener::ArticleOpener(QMainWindow& window, DocumentSession& session, QMenu& encodingMenu)
    : QObject(&window), m_window(window), m_session(session), m_encodingMenu(encodingMenu),
      m_loader(new UrlLoader(this)), m_status(new QWidget), m_label(new QLabel), m_bar(new QProgressBar)
{
    m_status->setObjectName(QStringLiteral("urlStatus"));
    m_bar->setMaximumWidth(140);
    m_bar->setTextVisible(false);
    auto* stop = new QToolButton;
    stop->setObjectName(QStringLiteral("cancelLoading"));
    stop->setText(tr("Cancel"));
    stop->setToolTip(tr("Stop fetching the page"));
    stop->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton));
    stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    stop->setAutoRaise(true);
    auto* layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(stop);
    m_window.statusBar()->addPermanentWidget(m_status);
    m_status->hide();
    connect(stop, &QToolButton::clicked, this, &ArticleOpener::cancel);

    connect(m_loader, &UrlLoader::progress, this, &ArticleOpener::progress);
    connect(m_loader, &UrlLoader::loaded, this, &ArticleOpener::loaded);
    connect(m_loader, &UrlLoader::failed, this, [this](const QString& message) {
        setLoading(false);
        if (m_cancelled)
            m_window.statusBar()->showMessage(tr("Stopped fetching %1.").arg(m_requested.toDisplayString()));
        else
            emit failed(m_requested.toDisplayString(), message);
    });

    for (const EncodingChoice& choice : encodingChoices()) {
        QAction* action = m_encodingMenu.addAction(choice.text);
        connect(action, &QAction::triggered, this, [this, label = choice.label] {
            if (!m_session.path().isEmpty())
                emit reopenFile(m_session.path(), label);
            else if (const QUrl url(QString::fromStdString(m_session.document().meta.url)); isWebAddress(url))
                openUrl(url, label);
        });
    }
    connect(&m_session, &DocumentSession::documentChanged, this, &ArticleOpener::updateEncodingMenu);
    updateEncodingMenu();
}

bool ArticleOpener::isWebAddress(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void ArticleOpener::updateEncodingMenu()
{
    const bool fromFile = !m_session.path().isEmpty();
    const bool fromWeb = isWebAddress(QUrl(QString::fromStdString(m_session.document().meta.url)));
    m_encodingMenu.setEnabled(fromFile || fromWeb);
}

void ArticleOpener::askForUrl()
{
    auto* dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("openUrlDialog"));
    dialog->setWindowTitle(tr("Open URL"));
    dialog->setLabelText(tr("Address of the web page:"));
    dialog->setOkButtonText(tr("Open"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(520, dialog->sizeHint().height());
    // An address on the clipboard is most likely the one wanted.
    const QString clipboard = QApplication::clipboard()->text().trimmed();
    if (isWebAddress(QUrl(clipboard)) && !clipboard.contains(QLatin1Char('\n')))
        dialog->setTextValue(clipboard);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const QString address = text.trimmed();
        if (!address.isEmpty())
            openUrl(QUrl::fromUserInput(address));
    });
    dialog->open();
}

void ArticleOpener::openUrl(const QUrl& url, const QString& encoding)
{
    m_requested = url;
    m_encoding = encoding;
    m_cancelled = false;
    m_label->setText(tr("Fetching %1…").arg(url.host().isEmpty() ? url.toDisplayString() : url.host()));
    m_bar->setRange(0, 0);
    setLoading(true);
    m_loader->load(url);
}

void ArticleOpener::cancel()
{
    if (!loading())
        return;
    m_cancelled = true;
    m_loader->cancel();
}

void ArticleOpener::progress(qint64 received, qint64 total)
{
    const QString host = m_requested.host();
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(received * 1000 / total));
        m_label->setText(tr("Fetching %1… %2 of %3").arg(host, kilobytes(received), kilobytes(total)));
    } else {
        m_bar->setRange(0, 0);
        m_label->setText(tr("Fetching %1… %2").arg(host, kilobytes(received)));
    }
}

void ArticleOpener::loaded(const QByteArray& bytes, const QString& contentType, const QUrl& finalUrl)
{
    setLoading(false);
    ReadArticle article = readArticleBytes(bytes, finalUrl, contentType, m_encoding);
    if (!article.ok()) {
        emit failed(finalUrl.toDisplayString(), article.error);
        return;
    }
    if (m_mayReplace && !m_mayReplace())
        return;
    m_session.setArticle(std::move(article.document));
    emit pageOpened();
    const QString opened = tr("Opened %1").arg(finalUrl.toDisplayString());
    m_window.statusBar()->showMessage(article.warnings.isEmpty()
                                          ? opened
                                          : opened + QStringLiteral(" — ") + article.warnings.join(QStringLiteral("; ")));
}

void ArticleOpener::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    m_status->setVisible(loading);
    emit loadingChanged(loading);
}

}  // namespace qlui
