#pragma once
// Builds the QTextDocument the article view shows: the text set for reading (airy lines, the
// headline larger, the structure an import kept) with every speaker's highlights. QTextDocument is reentrant, so long
// articles are rendered in a worker thread and handed to the view when ready.

#include "ui/article_highlights.h"

#include <QTextDocument>

#include <memory>

namespace qlui {

// The document has no parent; the caller moves it to the thread that shows it.
std::unique_ptr<QTextDocument> renderArticle(const ql::Document& document, const TextPositions& positions,
                                             const SpeakerColors& colors, const HighlightOptions& options);

}  // namespace qlui
