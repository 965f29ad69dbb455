#include "ui/article_render.h"

#include "ui/article_structure.h"
#include "ui/text_positions.h"

#include <QTextBlockFormat>
#include <QTextCursor>

namespace qlui {

namespace {
constexpr qreal kLineHeightPercent = 150;
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
    applyStructure(*target, document, positions, options.link);
    applyHighlights(*target, document, positions, colors, options);
    return target;
}

}  // namespace qlui
