#pragma once
// Paints a document's annotations into the QTextDocument that shows its text, as character
// formats in each speaker's colour: quote content lightly tinted, the speaker's mentions
// stronger and underlined, cues with a dotted underline; unattributed quotes grey and dashed.

#include "document/document.h"

class QColor;
class QTextDocument;

namespace qlui {

class TextPositions;

// `target` must hold positions.text(); `background` is what the tints are laid over.
void applyHighlights(QTextDocument& target, const ql::Document& document, const TextPositions& positions,
                     const QColor& background);

}  // namespace qlui
