#pragma once
// Reading an article for the reader, through core's import: a web page gives its main content
// and metadata, Markdown its rendered text, plain text its paragraphs; the encoding is found
// (BOM, declared charset, bytes) unless the reader chose one. Binary files, files too large to
// be an article and empty ones are refused with a message that says why.

#include "document/document.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace qlui {

struct ReadArticle final {
    ql::Document document;  // text, blocks, styles and metadata; no annotations yet
    QString error;          // why it was refused, as a phrase; empty when read
    QStringList warnings;   // e.g. how the encoding was guessed

    bool ok() const { return error.isEmpty(); }
};

// The encodings the reader can choose from: label for core (empty: detect) and menu text.
struct EncodingChoice final {
    QString label;
    QString text;
};
QList<EncodingChoice> encodingChoices();

// `encoding` is a label from encodingChoices(); empty detects it. A document without a title
// of its own is titled with the file's name.
ReadArticle readArticleFile(const QString& path, const QString& encoding = {});
// Bytes fetched from `url`; `contentType` is the server's (its charset is honoured).
ReadArticle readArticleBytes(const QByteArray& bytes, const QUrl& url, const QString& contentType,
                             const QString& encoding = {});

// HTML from the clipboard: all of it (a copied selection is not a page to extract from).
ReadArticle readClipboardHtml(const QString& html);

}  // namespace qlui
