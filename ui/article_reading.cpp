#include "ui/article_reading.h"

#include "import/article_import.h"
#include "ui/labels.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

namespace qlui {

namespace {

ReadArticle fromImport(ql::ImportResult imported, const QString& fallbackTitle)
{
    ReadArticle result;
    result.error = fromUtf8(imported.error);
    for (const std::string& warning : imported.warnings)
        result.warnings << fromUtf8(warning);
    if (!result.ok())
        return result;
    result.document = std::move(imported.document);
    if (result.document.meta.title.empty())
        result.document.meta.title = fallbackTitle.toStdString();
    return result;
}

}  // namespace

QList<EncodingChoice> encodingChoices()
{
    return {
        {{}, QObject::tr("&Detect Automatically")},
        {QStringLiteral("utf-8"), QObject::tr("&Unicode (UTF-8)")},
        {QStringLiteral("utf-16le"), QObject::tr("Unicode (UTF-16 &Little Endian)")},
        {QStringLiteral("utf-16be"), QObject::tr("Unicode (UTF-16 &Big Endian)")},
        {QStringLiteral("windows-1252"), QObject::tr("&Western (Windows-1252, ISO-8859-1)")},
    };
}

ReadArticle readArticleFile(const QString& path, const QString& encoding)
{
    ql::ImportOptions options;
    options.encoding = encoding.toStdString();
    const QFileInfo info(path);
    return fromImport(ql::importArticleFile(QFile::encodeName(path).toStdString(), options), info.fileName());
}

ReadArticle readArticleBytes(const QByteArray& bytes, const QUrl& url, const QString& contentType,
                             const QString& encoding)
{
    ql::ImportOptions options;
    options.source = url.toString(QUrl::FullyEncoded).toStdString();
    options.mimeType = contentType.toStdString();
    options.encoding = encoding.toStdString();
    const QString name = url.fileName().isEmpty() ? url.host() : url.fileName();
    return fromImport(ql::importArticle(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                        options),
                      name);
}

ReadArticle readClipboardHtml(const QString& html)
{
    ql::ImportOptions options;
    options.encoding = "utf-8";
    options.format = ql::ArticleFormat::Html;
    options.mainContentOnly = false;
    const QByteArray bytes = html.toUtf8();
    return fromImport(ql::importArticle(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                        options),
                      {});
}

}  // namespace qlui
