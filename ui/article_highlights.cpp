#include "ui/article_highlights.h"

#include "ui/speaker_colors.h"
#include "ui/text_positions.h"

#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace qlui {

namespace {

void merge(QTextDocument& target, TextRange range, const QTextCharFormat& format)
{
    if (range.end <= range.begin)
        return;
    QTextCursor cursor(&target);
    cursor.setPosition(range.begin);
    cursor.setPosition(range.end, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
}

QTextCharFormat quoteFormat(const QColor& colour, bool attributed, const QColor& background)
{
    QTextCharFormat format;
    format.setBackground(blend(colour, background, attributed ? 0.2 : 0.16));
    if (!attributed) {
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(colour);
    }
    return format;
}

QTextCharFormat mentionFormat(const QColor& colour, const QColor& background)
{
    QTextCharFormat format;
    format.setBackground(blend(colour, background, 0.45));
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    format.setUnderlineColor(lineColor(colour));
    return format;
}

QTextCharFormat cueFormat(const QColor& colour)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(lineColor(colour));
    return format;
}

}  // namespace

void applyHighlights(QTextDocument& target, const ql::Document& document, const TextPositions& positions,
                     const QColor& background)
{
    const ql::AnnotationSet& annotations = document.annotations;
    // Quotes first: a mention or cue inside a quote (a speaker quoting someone) stays visible.
    for (const ql::Quote& quote : annotations.quotes) {
        const QTextCharFormat format = quoteFormat(speakerColor(annotations, quote.speaker),
                                                   annotations.speaker(quote.speaker) != nullptr, background);
        for (const ql::Span& span : quote.spans)
            merge(target, positions.toDocument(span), format);
    }
    for (const ql::Mention& mention : annotations.mentions)
        merge(target, positions.toDocument(mention.span),
              mentionFormat(speakerColor(annotations, mention.speaker), background));
    for (const ql::Quote& quote : annotations.quotes) {
        const QColor colour = speakerColor(annotations, quote.speaker);
        if (quote.mention)
            merge(target, positions.toDocument(*quote.mention), mentionFormat(colour, background));
        if (quote.cue)
            merge(target, positions.toDocument(*quote.cue), cueFormat(colour));
    }
}

}  // namespace qlui
