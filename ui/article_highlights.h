#pragma once
// Paints a document's annotations into the QTextDocument that shows its text, as character
// formats in each speaker's colour: quote content tinted, the speaker's mentions stronger and
// underlined, cues with a dotted underline; unattributed quotes grey and dashed, attributions
// the engine is unsure of with a wavy underline.

#include "document/document.h"

#include <QColor>

class QTextDocument;

namespace qlui {

class SpeakerColors;
class TextPositions;

struct HighlightOptions final {
    QColor background = Qt::white;  // what the tints are laid over
    QColor text = Qt::black;        // what must stay readable on them
    QColor link = QColor(0x1a, 0x5f, 0xb4);  // links kept from a web page or Markdown
    ql::SpeakerId onlySpeaker;      // when valid, the other speakers' quotes and mentions stay plain
    double lowConfidence = 0.5;     // attributions below this are marked for review
};

// `target` must hold positions.text().
void applyHighlights(QTextDocument& target, const ql::Document& document, const TextPositions& positions,
                     const SpeakerColors& colors, const HighlightOptions& options);

}  // namespace qlui
