#pragma once
// Article text made safe for each output format. Every function also replaces invalid UTF-8
// and control characters (other than tab and line ends) with U+FFFD: what a file cannot hold
// is shown as such, never dropped silently and never passed through raw.

#include <string>
#include <string_view>

namespace ql {

// HTML text and attribute values: & < > " ' as character references.
void appendHtml(std::string& out, std::string_view text);
std::string escapeHtml(std::string_view text);

// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a
// line end; as it is otherwise.
std::string csvField(std::string_view text);

// Markdown text that renders as the same characters: the punctuation that could start
// emphasis, code, links, HTML or tables is backslash-escaped, and so is whatever would make
// the start of a line a heading, a list, a quote block or a rule. `lineStart` tells whether
// `text` begins a line.
void appendMarkdown(std::string& out, std::string_view text, bool lineStart);

}  // namespace ql
