#pragma once
// Documents for the ui tests: a hand-annotated one (the views' behaviour does not wait for
// the engine), and helpers to write article files.

#include "document/document.h"

#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <string>
#include <string_view>

namespace qltest {

// The byte span of the `nth` occurrence of `needle` in `text`.
ql::Span spanOf(std::string_view text, std::string_view needle, int nth = 0);

// Non-ASCII text (accents, curly quotes, an emoji) with two speakers, three quotes (one split
// in two pieces, one unattributed), mentions and cues.
ql::Document annotatedDocument();

// Writes `bytes` to `name` in `dir` and returns the path.
QString writeFile(const QTemporaryDir& dir, const QString& name, std::string_view bytes);

// Runs the event loop until `done` holds; false if it still does not after a generous limit
// (a safety net against hanging, not a measure of speed).
bool waitUntil(const std::function<bool()>& done);

// Clears every setting: each test that uses settings starts from none.
void clearSettings();

// The window's title as it is shown: the "[*]" placeholder becomes "*" when the window is
// marked modified and disappears otherwise.
QString shownTitle(const QWidget& window);

}  // namespace qltest
