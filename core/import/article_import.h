#pragma once
// The one entry point for opening an article, whatever it is: plain text, Markdown or a web
// page, in UTF-8, UTF-16 or Windows-1252, from a file or from bytes fetched elsewhere.
// Core never does I/O beyond reading a named file; the GUI and the CLI fetch URLs and
// hand the bytes here with the URL and Content-Type as hints.
//
//   bytes → size and binary checks → encoding (override, BOM, declared charset, statistics)
//         → format (option, hints, sniffing) → text / Markdown / HTML importer → Document
//
// The Document's text is what the engine reads: paragraphs separated by '\n'; its blocks
// and styles (byte spans into the text) are what the article view shows.

#include "document/document.h"
#include "import/sniff.h"

#include <string>
#include <string_view>
#include <vector>

namespace ql {

struct ImportOptions {
    std::string source{};    // file path or URL: the document's id and url; its extension hints the format
    std::string mimeType{};  // e.g. an HTTP Content-Type; a "charset=" in it is honoured
    std::string encoding{};  // forces an encoding ("windows-1252", "utf-16le", ...); empty: detect
    ArticleFormat format = ArticleFormat::Auto;
    bool mainContentOnly = true;   // HTML: the article, not the whole page
    bool quoteBlockquotes = true;  // HTML, Markdown: blockquotes without marks get “ ”
};

struct ImportResult {
    Document document;
    ArticleFormat format = ArticleFormat::Auto;  // what the input was read as
    std::string encoding;                        // what it was decoded from, e.g. "UTF-8"
    std::vector<std::string> warnings;
    std::string error;  // non-empty when refused; says why, not which file

    bool ok() const { return error.empty(); }
};

ImportResult importArticle(std::string_view bytes, const ImportOptions& options = {});

// Reads the file (refusing directories and files over the size limit before reading them)
// and imports it; options.source defaults to the path.
ImportResult importArticleFile(const std::string& path, ImportOptions options = {});

}  // namespace ql
