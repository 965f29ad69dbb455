#pragma once
// Helpers shared by the import tests: fixtures in tests/data/import and readable dumps.

#include "document/document.h"

#include <fstream>
#include <sstream>
#include <string>

namespace qltest {

inline std::string importFixture(const std::string& name)
{
    std::ifstream in(std::string(QUOTELENS_SOURCE_DIR) + "/tests/data/import/" + name, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline std::string importFixturePath(const std::string& name)
{
    return std::string(QUOTELENS_SOURCE_DIR) + "/tests/data/import/" + name;
}

// "kind level: text" per block, one a line: what the article view will show.
inline std::string dumpBlocks(const ql::Document& d)
{
    static const char* names[] = {"p", "h", "quote", "li"};
    std::string out;
    for (const ql::TextBlock& b : d.blocks) {
        out += names[static_cast<int>(b.kind)];
        if (b.level)
            out += std::to_string(b.level);
        out += ": " + std::string(b.span.in(d.text)) + "\n";
    }
    return out;
}

// "style[text]" per style span, in order.
inline std::string dumpStyles(const ql::Document& d)
{
    static const char* names[] = {"em", "strong", "link"};
    std::string out;
    for (const ql::StyleSpan& s : d.styles) {
        out += std::string(names[static_cast<int>(s.style)]) + "[" + std::string(s.span.in(d.text)) + "]";
        if (!s.href.empty())
            out += "(" + s.href + ")";
        out += " ";
    }
    return out;
}

}  // namespace qltest
