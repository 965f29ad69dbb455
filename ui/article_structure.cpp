#include "ui/article_structure.h"

#include "ui/text_positions.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace qlui {

namespace {

constexpr qreal kIndent = 28;  // blockquotes and each list level, in pixels
constexpr qreal kParagraphSpace = 10;
constexpr qreal kListItemSpace = 3;

// Articles in plain text usually open with their headline: a short first line, a blank line after it.
bool isHeadline(const QTextBlock& block)
{
    const QString text = block.text().trimmed();
    return !text.isEmpty() && text.size() <= 160 && !text.endsWith(QLatin1Char('.')) && block.next().isValid() &&
           block.next().text().trimmed().isEmpty();
}

// Relative to the view's font, so that zooming scales headings too.
QTextCharFormat headingFormat(int level)
{
    QTextCharFormat format;
    format.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - std::max(level, 1)));
    format.setFontWeight(QFont::Bold);
    return format;
}

void mergeChars(QTextDocument& target, int begin, int end, const QTextCharFormat& format)
{
    if (end <= begin)
        return;
    QTextCursor cursor(&target);
    cursor.setPosition(begin);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
}

class StructurePainter final {
public:
    StructurePainter(QTextDocument& target, const TextPositions& positions, const QColor& linkColour)
        : m_target(target), m_positions(positions), m_linkColour(linkColour)
    {
    }

    void block(const ql::TextBlock& block)
    {
        const TextRange range = m_positions.toDocument(block.span);
        for (QTextBlock paragraph = m_target.findBlock(range.begin); paragraph.isValid();
             paragraph = paragraph.next()) {
            if (paragraph.position() > range.end || (paragraph.position() == range.end && range.end > range.begin))
                break;
            format(paragraph, block);
        }
    }

    void style(const ql::StyleSpan& style)
    {
        const TextRange range = m_positions.toDocument(style.span);
        QTextCharFormat format;
        switch (style.style) {
        case ql::InlineStyle::Emphasis:
            format.setFontItalic(true);
            break;
        case ql::InlineStyle::Strong:
            format.setFontWeight(QFont::Bold);
            break;
        case ql::InlineStyle::Link:
            format.setAnchor(true);
            format.setAnchorHref(QString::fromStdString(style.href));
            format.setForeground(m_linkColour);
            format.setFontUnderline(true);
            break;
        }
        mergeChars(m_target, range.begin, range.end, format);
    }

private:
    void format(const QTextBlock& paragraph, const ql::TextBlock& block)
    {
        QTextCursor cursor(paragraph);
        switch (block.kind) {
        case ql::BlockKind::Paragraph:
            m_list = nullptr;
            return;
        case ql::BlockKind::Heading: {
            m_list = nullptr;
            QTextBlockFormat spaced;
            spaced.setTopMargin(block.level <= 2 ? 14 : 10);
            spaced.setBottomMargin(4);
            cursor.mergeBlockFormat(spaced);
            mergeChars(m_target, paragraph.position(), paragraph.position() + paragraph.length() - 1,
                       headingFormat(block.level));
            return;
        }
        case ql::BlockKind::Blockquote: {
            m_list = nullptr;
            QTextBlockFormat indented;
            indented.setLeftMargin(kIndent);
            indented.setRightMargin(kIndent);
            cursor.mergeBlockFormat(indented);
            QTextCharFormat italic;
            italic.setFontItalic(true);
            mergeChars(m_target, paragraph.position(), paragraph.position() + paragraph.length() - 1, italic);
            return;
        }
        case ql::BlockKind::ListItem: {
            const int indent = std::max(block.level, 1);
            // Consecutive items of one level make one list; its markers are drawn, not typed.
            if (m_list && m_list->format().indent() == indent && paragraph.previous() == m_lastItem) {
                m_list->add(paragraph);
                QTextBlockFormat tight;  // items of one list stand closer than paragraphs
                tight.setBottomMargin(kListItemSpace);
                QTextCursor(m_lastItem).mergeBlockFormat(tight);
            } else {
                QTextListFormat list;
                list.setStyle(indent % 2 == 1 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
                list.setIndent(indent);
                m_list = cursor.createList(list);
            }
            m_lastItem = paragraph;
            return;
        }
        }
    }

    QTextDocument& m_target;
    const TextPositions& m_positions;
    QColor m_linkColour;
    QTextList* m_list = nullptr;
    QTextBlock m_lastItem;
};

}  // namespace

void applyStructure(QTextDocument& target, const ql::Document& document, const TextPositions& positions,
                    const QColor& linkColour)
{
    if (document.blocks.empty()) {
        if (const QTextBlock first = target.firstBlock(); isHeadline(first))
            mergeChars(target, first.position(), first.position() + first.length() - 1, headingFormat(1));
    } else {
        // Plain text separates paragraphs with blank lines; an import's paragraphs need space of their own.
        QTextCursor all(&target);
        all.select(QTextCursor::Document);
        QTextBlockFormat spaced;
        spaced.setBottomMargin(kParagraphSpace);
        all.mergeBlockFormat(spaced);
    }
    StructurePainter paint(target, positions, linkColour);
    for (const ql::TextBlock& block : document.blocks)
        paint.block(block);
    for (const ql::StyleSpan& style : document.styles)
        paint.style(style);
}

const ql::StyleSpan* linkAt(const ql::Document& document, std::uint32_t byte)
{
    for (const ql::StyleSpan& style : document.styles) {
        if (style.style == ql::InlineStyle::Link && style.span.contains(byte))
            return &style;
    }
    return nullptr;
}

}  // namespace qlui
