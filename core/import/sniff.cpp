#include "import/sniff.h"

#include "import/ascii.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace ql {

namespace {

// The extension of the last path segment, without query or fragment: "html" for
// "https://x.org/a/b.html?x=1", empty for "https://x.org/".
std::string extensionOf(std::string_view pathOrUrl)
{
    std::string_view s = pathOrUrl.substr(0, pathOrUrl.find_first_of("?#"));
    const auto slash = s.find_last_of("/\\");
    if (slash != std::string_view::npos)
        s.remove_prefix(slash + 1);
    const auto dot = s.rfind('.');
    if (dot == std::string_view::npos)
        return {};
    return ascii::lower(s.substr(dot + 1));
}

bool isMarkdownLine(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ')
        ++i;
    line.remove_prefix(i);
    if (line.empty())
        return false;
    const std::size_t hashes = line.find_first_not_of('#');
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ')
        return true;  // ATX heading
    if (line.starts_with("> ") || line.starts_with("```") || line.starts_with("* ") || line.starts_with("- "))
        return true;
    if (line.find_first_not_of('=') == std::string_view::npos && line.size() >= 3)
        return true;  // setext underline
    if (line.find("](") != std::string_view::npos && line.find('[') != std::string_view::npos)
        return true;  // inline link
    return line.find("**") != std::string_view::npos;
}

}  // namespace

std::string_view formatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::Auto: return "auto";
    case ArticleFormat::Text: return "text";
    case ArticleFormat::Markdown: return "Markdown";
    case ArticleFormat::Html: return "HTML";
    }
    return "auto";
}

std::string binaryKind(std::string_view b)
{
    auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
    auto at = [&](std::size_t pos, std::string_view m) { return b.size() >= pos + m.size() && b.substr(pos, m.size()) == m; };
    if (starts("%PDF")) return "a PDF document";
    if (starts("\x89PNG")) return "a PNG image";
    if (starts("\xFF\xD8\xFF")) return "a JPEG image";
    if (starts("GIF8")) return "a GIF image";
    if (starts("RIFF") && at(8, "WEBP")) return "a WebP image";
    if (starts("II*\0") || starts(std::string_view("MM\0*", 4))) return "a TIFF image";
    if (at(4, "ftyp")) return "a video or audio file (MP4)";
    if (starts("ID3")) return "an MP3 audio file";
    if (starts("PK\x03\x04")) return "a ZIP archive (or an Office document or EPUB)";
    if (starts("\xD0\xCF\x11\xE0")) return "an old Microsoft Office document";
    if (starts("\x1F\x8B")) return "a gzip archive";
    if (starts("7z\xBC\xAF\x27\x1C")) return "a 7-Zip archive";
    if (starts("Rar!")) return "a RAR archive";
    if (starts("\xFD" "7zXZ")) return "an xz archive";
    if (starts(std::string_view("SQLite format 3\0", 16))) return "an SQLite database";
    if (starts("\x7F" "ELF")) return "a program (ELF executable)";
    return {};
}

ArticleFormat formatFromHints(std::string_view pathOrUrl, std::string_view mimeType)
{
    const std::string mime = ascii::lower(mimeType.substr(0, mimeType.find(';')));
    if (mime == "text/html" || mime == "application/xhtml+xml")
        return ArticleFormat::Html;
    if (mime == "text/markdown" || mime == "text/x-markdown")
        return ArticleFormat::Markdown;
    if (mime == "text/plain")
        return ArticleFormat::Text;
    const std::string ext = extensionOf(pathOrUrl);
    if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml")
        return ArticleFormat::Html;
    if (ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd")
        return ArticleFormat::Markdown;
    if (ext == "txt" || ext == "text")
        return ArticleFormat::Text;
    return ArticleFormat::Auto;
}

ArticleFormat sniffFormat(std::string_view text)
{
    const std::string head = ascii::lower(text.substr(0, 2048));
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && head[first] == '<') {
        for (std::string_view start : {"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title", "<?xml"})
            if (std::string_view(head).substr(first).starts_with(start))
                return ArticleFormat::Html;
    }
    for (std::string_view tag : {"<p>", "<p ", "<div", "<br>", "<article"})
        if (head.find(tag) != std::string::npos)
            return ArticleFormat::Html;
    // Two lines of Markdown syntax in the first hundred: a news text seldom has one.
    int markdownLines = 0;
    std::size_t lines = 0;
    for (std::size_t pos = 0; pos < text.size() && lines < 100; ++lines) {
        const auto end = std::min(text.find('\n', pos), text.size());
        markdownLines += isMarkdownLine(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return markdownLines >= 2 ? ArticleFormat::Markdown : ArticleFormat::Text;
}

}  // namespace ql
