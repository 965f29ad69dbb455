#pragma once
// The formatting an import keeps (headings, blockquotes, list items, emphasis, strong, links)
// laid onto the QTextDocument that shows the article's plain text. Only formats change, never
// the text: the document keeps one position per UTF-16 unit of TextPositions::text(), so the
// byte ↔ position mapping, the highlights and the selection stay right. List bullets are
// QTextList markers, drawn by the layout and not part of the text. Links are shown (colour,
// underline, the address in a tool tip), never followed or loaded.

#include "document/document.h"

#include <QColor>

class QTextDocument;

namespace qlui {

class TextPositions;

// `target` must hold positions.text(). Plain text (no blocks) gets its headline set large.
void applyStructure(QTextDocument& target, const ql::Document& document, const TextPositions& positions,
                    const QColor& linkColour);

// The link at `byte`, or nullptr.
const ql::StyleSpan* linkAt(const ql::Document& document, std::uint32_t byte);

}  // namespace qlui
