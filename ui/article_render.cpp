#include "ui/article_render.h"

#include "ui/text_positions.h"

#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>

namespace qlui {

namespace {
constexpr qreal kLineHeightPercent = 150;

// Articles usually open with their headline: a short first line, a blank line after it.
bool isHeadline(const QTextBlock& block)
{
    const QString text = block.text().trimmed();
    return !text.isEmpty() && text.size() <= 160 && !text.endsWith(QLatin1Char('.')) && block.next().isValid() &&
           block.next().text().trimmed().isEmpty();
}
}  // namespace

std::unique_ptr<QTextDocument> renderArticle(const ql::Document& document, const TextPositions& positions,
                                             const SpeakerColors& colors, const HighlightOptions& options)
{
    auto target = std::make_unique<QTextDocument>();
    target->setUndoRedoEnabled(false);  // a read-only view: no undo history to grow
    target->setPlainText(positions.text());
    QTextCursor all(target.get());
    all.select(QTextCursor::Document);
    QTextBlockFormat airy;
    airy.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    airy.setBottomMargin(2);
    all.mergeBlockFormat(airy);
    if (const QTextBlock first = target->firstBlock(); isHeadline(first)) {
        QTextCursor headline(first);
        headline.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat large;
        // Relative to the view's font, so that zooming scales the headline too.
        large.setProperty(QTextFormat::FontSizeAdjustment, 2);
        large.setFontWeight(QFont::Bold);
        headline.mergeCharFormat(large);
    }
    applyHighlights(*target, document, positions, colors, options);
    return target;
}

}  // namespace qlui
