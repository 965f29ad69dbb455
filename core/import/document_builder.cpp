#include "import/document_builder.h"

#include "text/utf8.h"

#include <algorithm>

namespace ql {

namespace {

constexpr std::string_view kOpenQuote = "\xE2\x80\x9C";   // “
constexpr std::string_view kCloseQuote = "\xE2\x80\x9D";  // ”

bool collapsible(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || c == 0x2007 || c == 0x202F;
}

// Characters that only steer layout: they would split words for the engine.
bool invisible(char32_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c < 0x20;
}

bool isQuoteMark(char32_t c)
{
    return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E || c == 0x2039 ||
           c == 0x201A || c == 0x300C;
}

}  // namespace

void DocumentBuilder::openBlock(BlockKind kind, int level)
{
    endParagraph();
    m_blocks.push_back({kind, level, m_paragraphs.size(), MarkState::Undecided});
}

void DocumentBuilder::closeBlock()
{
    if (m_blocks.empty())
        return;
    const OpenBlock block = m_blocks.back();
    if (block.kind == BlockKind::Blockquote && block.marks == MarkState::Inserted && m_lastParagraphMarked) {
        // The closing mark ends the last paragraph of the quote, which is the last one so far.
        if (m_paragraphOpen) {
            m_text += kCloseQuote;
        } else if (m_paragraphs.size() > block.firstParagraph) {
            m_text += kCloseQuote;
            m_paragraphs.back().span.end = static_cast<std::uint32_t>(m_text.size());
        }
    }
    endParagraph();
    m_blocks.pop_back();
}

void DocumentBuilder::lineBreak()
{
    endParagraph();
}

void DocumentBuilder::appendText(std::string_view utf8Text)
{
    for (std::size_t pos = 0; pos < utf8Text.size();) {
        const utf8::Decoded d = utf8::decode(utf8Text, pos);
        const std::string_view bytes = utf8Text.substr(pos, d.length);
        pos += d.length;
        if (collapsible(d.codePoint)) {
            if (m_paragraphOpen && m_text.size() > m_paragraphBegin)
                m_pendingSpace = true;
        } else if (!invisible(d.codePoint)) {
            putChar(d.codePoint, d.codePoint == 0xFFFD ? std::string_view("\xEF\xBF\xBD") : bytes);
        }
    }
}

// Code and poetry keep their lines; code in a quote gets no quote marks of its own.
void DocumentBuilder::appendVerbatim(std::string_view utf8Text)
{
    m_verbatim = true;
    std::size_t indent = 0;
    for (std::size_t pos = 0; pos < utf8Text.size();) {
        const utf8::Decoded d = utf8::decode(utf8Text, pos);
        const std::string_view bytes = utf8Text.substr(pos, d.length);
        pos += d.length;
        if (d.codePoint == '\n') {
            endParagraph();
            indent = 0;
        } else if (d.codePoint == ' ' || d.codePoint == '\t' || d.codePoint == 0xA0) {
            if (m_paragraphOpen)
                putChar(' ', " ");
            else
                ++indent;  // kept only when the line has text
        } else if (!invisible(d.codePoint)) {
            for (; indent > 0; --indent)
                putChar(' ', " ");
            putChar(d.codePoint, d.codePoint == 0xFFFD ? std::string_view("\xEF\xBF\xBD") : bytes);
        }
    }
    m_verbatim = false;
}

void DocumentBuilder::openStyle(InlineStyle style, std::string href)
{
    m_openStyles.push_back({style, std::move(href)});
}

void DocumentBuilder::closeStyle()
{
    if (m_openStyles.empty())
        return;
    const OpenStyle style = std::move(m_openStyles.back());
    m_openStyles.pop_back();
    if (style.started && m_paragraphOpen && m_text.size() > style.begin)
        m_styles.push_back({{style.begin, static_cast<std::uint32_t>(m_text.size())}, style.style, style.href});
}

void DocumentBuilder::putChar(char32_t codePoint, std::string_view bytes)
{
    if (!m_paragraphOpen) {
        if (!m_text.empty())
            m_text += '\n';
        m_paragraphBegin = static_cast<std::uint32_t>(m_text.size());
        m_paragraphOpen = true;
        m_pendingSpace = false;
        // A blockquote paragraph opens with a quote mark: its own, or one put there.
        m_lastParagraphMarked = false;
        if (m_quoteBlockquotes && !m_verbatim) {
            for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it) {
                if (it->kind != BlockKind::Blockquote)
                    continue;
                if (it->marks == MarkState::Undecided)
                    it->marks = isQuoteMark(codePoint) ? MarkState::Own : MarkState::Inserted;
                if (it->marks == MarkState::Inserted && !isQuoteMark(codePoint)) {
                    m_text += kOpenQuote;
                    m_lastParagraphMarked = true;
                }
                break;
            }
        }
    }
    if (m_pendingSpace) {
        m_text += ' ';
        m_pendingSpace = false;
    }
    for (OpenStyle& style : m_openStyles) {
        if (!style.started) {
            style.started = true;
            style.begin = static_cast<std::uint32_t>(m_text.size());
        }
    }
    m_text += bytes;
}

void DocumentBuilder::endParagraph()
{
    if (!m_paragraphOpen)
        return;
    const auto end = static_cast<std::uint32_t>(m_text.size());
    for (OpenStyle& style : m_openStyles) {
        if (style.started && end > style.begin)
            m_styles.push_back({{style.begin, end}, style.style, style.href});
        style.started = false;
    }
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it) {
        if (it->kind != BlockKind::Paragraph) {
            kind = it->kind;
            level = it->level;
            break;
        }
    }
    m_paragraphs.push_back({{m_paragraphBegin, end}, kind, level});
    m_paragraphOpen = false;
    m_pendingSpace = false;
}

Document DocumentBuilder::take()
{
    while (!m_blocks.empty())
        closeBlock();
    endParagraph();
    m_openStyles.clear();
    Document document;
    document.text = std::move(m_text);
    document.blocks.reserve(m_paragraphs.size());
    for (const Paragraph& p : m_paragraphs)
        document.blocks.push_back({p.span, p.kind, p.level});
    std::stable_sort(m_styles.begin(), m_styles.end(), [](const StyleSpan& a, const StyleSpan& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
    document.styles = std::move(m_styles);
    *this = DocumentBuilder{};
    return document;
}

}  // namespace ql
