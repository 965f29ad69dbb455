#include "import/text_import.h"

#include "text/utf8.h"

#include <algorithm>
#include <vector>

namespace ql {

namespace {

struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;   // the '\n' or the end of the text
    std::size_t width = 0; // in code points, trailing spaces excluded
};

std::size_t widthOf(std::string_view line)
{
    const auto last = line.find_last_not_of(" \t");
    return last == std::string_view::npos ? 0 : utf8::countCodePoints(line.substr(0, last + 1));
}

std::size_t firstWordWidth(std::string_view line)
{
    const auto begin = line.find_first_not_of(" \t");
    if (begin == std::string_view::npos)
        return 0;
    const auto end = line.find_first_of(" \t", begin);
    return utf8::countCodePoints(line.substr(begin, end == std::string_view::npos ? line.npos : end - begin));
}

// Lines that start a list item or an indented block keep their break.
bool startsItem(std::string_view line)
{
    if (line.empty())
        return true;
    if (line[0] == ' ' || line[0] == '\t')
        return true;
    if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("\xE2\x80\xA2"))
        return true;
    const auto digits = line.find_first_not_of("0123456789");
    return digits > 0 && digits != std::string_view::npos && digits < line.size() - 1 &&
           (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ';
}

}  // namespace

std::string normaliseNewlines(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            out += '\n';
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else {
            out += in[i];
        }
    }
    return out;
}

std::size_t rejoinWrappedLines(std::string& text)
{
    std::vector<Line> lines;
    for (std::size_t pos = 0; pos <= text.size();) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        lines.push_back({pos, end, widthOf(std::string_view(text).substr(pos, end - pos))});
        pos = end + 1;
    }
    // The wrap width is the longest line. Text whose lines run long was not wrapped; nor is
    // text where no two non-blank lines follow each other.
    std::size_t width = 0;
    bool blankLines = false;  // between paragraphs, not only at the end
    for (std::size_t i = 0; i < lines.size(); ++i) {
        width = std::max(width, lines[i].width);
        blankLines = blankLines || (i > 0 && i + 1 < lines.size() && lines[i].width == 0 && lines[i + 1].width > 0);
    }
    if (width == 0 || width > 100)
        return 0;
    // Wrapped text has many lines near its width, each followed by another line.
    const std::size_t slack = std::max<std::size_t>(width / 8, 4);
    std::size_t nearWidth = 0, followed = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].width == 0 || lines[i + 1].width == 0)
            continue;
        ++followed;
        nearWidth += lines[i].width + slack * 2 >= width;
    }
    if (nearWidth < 3 || nearWidth * 2 < followed)
        return 0;
    std::size_t joined = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const Line& line = lines[i];
        const Line& next = lines[i + 1];
        if (line.width == 0 || next.width == 0)
            continue;
        const std::string_view nextText = std::string_view(text).substr(next.begin, next.end - next.begin);
        if (startsItem(nextText))
            continue;
        // Without blank lines between paragraphs, a sentence that ends a line may end one.
        const char last = text[line.begin + std::string_view(text).substr(line.begin, line.end - line.begin).find_last_not_of(" \t")];
        if (!blankLines && (last == '.' || last == '?' || last == '!' || last == ':'))
            continue;
        if (line.width + 1 + firstWordWidth(nextText) + slack > width) {
            text[line.end] = ' ';
            ++joined;
        }
    }
    return joined;
}

}  // namespace ql
