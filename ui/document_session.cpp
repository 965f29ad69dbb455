#include "ui/document_session.h"

#include "extract/pipeline.h"
#include "io/article_reader.h"
#include "ui/labels.h"

#include <QFile>
#include <QFileInfo>

namespace qlui {

DocumentSession::DocumentSession(QObject* parent) : QObject(parent) {}

OpenResult DocumentSession::open(const QString& path)
{
    ql::ArticleText article = ql::readArticleFile(QFile::encodeName(path).toStdString());
    OpenResult result;
    result.error = fromUtf8(article.error);
    for (const std::string& warning : article.warnings)
        result.warnings << fromUtf8(warning);
    if (!result.ok())
        return result;
    const QFileInfo info(path);
    setText(std::move(article.text), info.fileName(), info.absoluteFilePath());
    return result;
}

void DocumentSession::setText(std::string text, const QString& title, const QString& path)
{
    ql::Document document;
    document.meta.title = title.toStdString();
    document.annotations = ql::extractQuotes(text);
    document.text = std::move(text);
    setDocument(std::move(document), path);
}

void DocumentSession::setDocument(ql::Document document, const QString& path)
{
    m_document = std::move(document);
    m_path = path;
    m_positions = TextPositions(m_document.text);
    emit documentChanged();
}

}  // namespace qlui
