#include "ui/article_highlights.h"

#include "ui/speaker_colors.h"
#include "ui/text_positions.h"

#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace qlui {

namespace {

constexpr double kQuoteTint = 0.22;
constexpr double kMentionTint = 0.5;

void merge(QTextDocument& target, TextRange range, const QTextCharFormat& format)
{
    if (range.end <= range.begin)
        return;
    QTextCursor cursor(&target);
    cursor.setPosition(range.begin);
    cursor.setPosition(range.end, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
}

class Painter final {
public:
    Painter(QTextDocument& target, const TextPositions& positions, const HighlightOptions& options)
        : m_target(target), m_positions(positions), m_options(options)
    {
    }

    bool shows(ql::SpeakerId speaker) const { return !m_options.onlySpeaker || speaker == m_options.onlySpeaker; }

    void quote(const ql::Quote& quote, const QColor& colour, bool attributed)
    {
        QTextCharFormat format;
        format.setBackground(readableTint(colour, m_options.background, m_options.text, attributed ? kQuoteTint : 0.16));
        if (!attributed) {
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(lineColor(colour, m_options.background));
        } else if (quote.confidence < m_options.lowConfidence) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(lineColor(colour, m_options.background));
        }
        for (const ql::Span& span : quote.spans)
            merge(m_target, m_positions.toDocument(span), format);
    }

    void mention(ql::Span span, const QColor& colour)
    {
        QTextCharFormat format;
        format.setBackground(readableTint(colour, m_options.background, m_options.text, kMentionTint));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(lineColor(colour, m_options.background));
        merge(m_target, m_positions.toDocument(span), format);
    }

    void cue(ql::Span span, const QColor& colour)
    {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(lineColor(colour, m_options.background));
        merge(m_target, m_positions.toDocument(span), format);
    }

private:
    QTextDocument& m_target;
    const TextPositions& m_positions;
    const HighlightOptions& m_options;
};

}  // namespace

void applyHighlights(QTextDocument& target, const ql::Document& document, const TextPositions& positions,
                     const SpeakerColors& colors, const HighlightOptions& options)
{
    const ql::AnnotationSet& annotations = document.annotations;
    Painter paint(target, positions, options);
    // Quotes first: a mention or cue inside a quote (a speaker quoting someone) stays visible.
    for (const ql::Quote& quote : annotations.quotes) {
        if (paint.shows(quote.speaker))
            paint.quote(quote, colors.color(quote.speaker), annotations.speaker(quote.speaker) != nullptr);
    }
    for (const ql::Mention& mention : annotations.mentions) {
        if (paint.shows(mention.speaker))
            paint.mention(mention.span, colors.color(mention.speaker));
    }
    for (const ql::Quote& quote : annotations.quotes) {
        if (!paint.shows(quote.speaker))
            continue;
        const QColor colour = colors.color(quote.speaker);
        if (quote.mention)
            paint.mention(*quote.mention, colour);
        if (quote.cue)
            paint.cue(*quote.cue, colour);
    }
}

}  // namespace qlui
