#pragma once
// Builds a Document's text, blocks and inline styles from a stream of structure, the way a
// browser lays text out: runs of white space collapse to one space, each block (and each
// <br>) starts a new paragraph, paragraphs are joined with '\n', empty ones vanish.
// HTML and Markdown imports both write through it, so their output has the same shape.

#include "document/document.h"

#include <string>
#include <string_view>
#include <vector>

namespace ql {

class DocumentBuilder final {
public:
    // Blocks nest (a paragraph in a blockquote in a list item); a paragraph takes the kind
    // of the innermost block that is not a plain paragraph.
    void openBlock(BlockKind kind, int level = 0);
    void closeBlock();
    void lineBreak();  // <br>: ends the paragraph; the next text starts another of the same kind

    void appendText(std::string_view utf8);     // white space collapses
    void appendVerbatim(std::string_view utf8);  // <pre>: newlines break paragraphs, spaces stay

    void openStyle(InlineStyle style, std::string href = {});
    void closeStyle();

    // Blockquotes without quote marks of their own get “ ” so the engine sees a quote; a
    // quote over several paragraphs gets an opening mark on each and a closing one at its end.
    void setQuoteBlockquotes(bool on) { m_quoteBlockquotes = on; }

    bool empty() const { return m_text.empty() && !m_paragraphOpen; }
    std::size_t size() const { return m_text.size(); }
    Document take();

private:
    struct OpenStyle {
        InlineStyle style;
        std::string href;
        bool started = false;
        std::uint32_t begin = 0;
    };
    enum class MarkState { Undecided, Own, Inserted };  // a blockquote's quote marks
    struct OpenBlock {
        BlockKind kind;
        int level;
        std::size_t firstParagraph;  // index into m_paragraphs when the block opened
        MarkState marks;
    };
    struct Paragraph {
        Span span;
        BlockKind kind;
        int level;
    };

    void startParagraphIfNeeded();
    void endParagraph();
    void putChar(char32_t codePoint, std::string_view bytes);

    std::string m_text;
    std::vector<Paragraph> m_paragraphs;
    std::vector<StyleSpan> m_styles;
    std::vector<OpenStyle> m_openStyles;
    std::vector<OpenBlock> m_blocks;
    bool m_paragraphOpen = false;
    bool m_pendingSpace = false;
    std::uint32_t m_paragraphBegin = 0;
    bool m_quoteBlockquotes = true;
    bool m_verbatim = false;
    bool m_lastParagraphMarked = false;  // opened with an inserted quote mark
};

}  // namespace ql
