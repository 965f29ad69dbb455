#include "import/article_import.h"

#include "import/encoding.h"
#include "import/html_import.h"
#include "import/markdown_import.h"
#include "import/text_import.h"
#include "io/article_reader.h"

namespace ql {

namespace {

ImportResult refused(std::string error)
{
    ImportResult result;
    result.error = std::move(error);
    return result;
}

std::string charsetOf(std::string_view mimeType)
{
    const auto at = mimeType.find("charset=");
    if (at == std::string_view::npos)
        return {};
    std::string_view value = mimeType.substr(at + 8);
    value = value.substr(0, value.find_first_of("; "));
    if (value.size() >= 2 && value.front() == '"')
        value = value.substr(1, value.size() - 2);
    return std::string(value);
}

bool blank(std::string_view text)
{
    return text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

// The first level-1 heading, when the article opens with it, is its title.
std::string leadingHeading(const Document& document)
{
    if (document.blocks.empty() || document.blocks.front().kind != BlockKind::Heading ||
        document.blocks.front().level != 1)
        return {};
    return std::string(document.blocks.front().span.in(document.text));
}

}  // namespace

ImportResult importArticle(std::string_view bytes, const ImportOptions& options)
{
    if (bytes.size() > kMaxArticleBytes)
        return refused(tooLargeMessage(bytes.size()));
    if (std::string kind = binaryKind(bytes); !kind.empty())
        return refused("this is " + kind + ", not an article");
    DecodeHints hints;
    if (!options.encoding.empty()) {
        hints.override = encodingFromLabel(options.encoding);
        if (!hints.override)
            return refused("unknown encoding \"" + options.encoding +
                           "\" (known: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1)");
    }
    ArticleFormat format = options.format != ArticleFormat::Auto ? options.format
                                                                 : formatFromHints(options.source, options.mimeType);
    hints.declaredCharset = charsetOf(options.mimeType);
    if (hints.declaredCharset.empty() && format != ArticleFormat::Text && format != ArticleFormat::Markdown)
        hints.declaredCharset = declaredHtmlCharset(bytes).value_or("");

    ImportResult result;
    DecodedText decoded = decodeText(bytes, hints);
    result.encoding = std::string(encodingName(decoded.encoding));
    result.warnings = std::move(decoded.warnings);
    if (decoded.text.find('\0') != std::string::npos)
        return refused("the file contains NUL bytes: it is binary, not an article");
    std::string text = normaliseNewlines(decoded.text);
    if (format == ArticleFormat::Auto)
        format = sniffFormat(text);
    result.format = format;

    switch (format) {
    case ArticleFormat::Html:
        if (const std::size_t unclosed = unclosedFormattingTags(text); unclosed > kMaxUnclosedFormattingTags)
            return refused("the page's markup is too broken to read: " + std::to_string(unclosed) +
                           " formatting tags are never closed");
        result.document = importHtml(text, {.mainContentOnly = options.mainContentOnly,
                                            .quoteBlockquotes = options.quoteBlockquotes});
        break;
    case ArticleFormat::Markdown:
        result.document = importMarkdown(text, options.quoteBlockquotes);
        result.document.meta.title = leadingHeading(result.document);
        break;
    case ArticleFormat::Auto:
    case ArticleFormat::Text:
        rejoinWrappedLines(text);
        result.document.text = std::move(text);
        break;
    }
    if (blank(result.document.text)) {
        return refused(format == ArticleFormat::Html ? "the page has no article text"
                                                     : "the article is empty");
    }
    result.document.id = options.source;
    result.document.meta.url = options.source;
    return result;
}

ImportResult importArticleFile(const std::string& path, ImportOptions options)
{
    ArticleBytes file = readArticleBytes(path);
    if (!file.ok())
        return refused(std::move(file.error));
    if (options.source.empty())
        options.source = path;
    return importArticle(file.bytes, options);
}

}  // namespace ql
