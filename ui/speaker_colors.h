#pragma once
// Speaker colours. The palette is Okabe and Ito's seven colours, told apart with every common
// colour-vision deficiency, then Paul Tol's "muted" set for articles with more speakers.
// A speaker's colour comes from a hash of its canonical name, so the same person keeps the
// same colour across sessions; a speaker whose slot is taken moves to the next free one.
// Grey is kept out of the palette: it marks unattributed quotes.
//
// Colours are laid over the background as tints; the tint is lightened until the text on it
// keeps a contrast ratio of at least 4.5:1 (WCAG AA), on light and dark palettes alike.

#include "document/annotation_set.h"

#include <QColor>

#include <string_view>
#include <utility>
#include <vector>

namespace qlui {

inline constexpr double kMinTextContrast = 4.5;  // WCAG AA for body text
inline constexpr double kMinLineContrast = 3.0;  // WCAG AA for non-text marks (underlines)

int paletteSize();
QColor paletteColor(int slot);
QColor unattributedColor();

// The palette slot of each name, in order: the name's hash decides, earlier names win a clash.
// Up to seven names use only the colour-blind-safe Okabe–Ito part of the palette.
std::vector<int> paletteSlots(const std::vector<std::string_view>& names);

// The colours of one document's speakers.
class SpeakerColors final {
public:
    SpeakerColors() = default;
    explicit SpeakerColors(const ql::AnnotationSet& annotations);

    QColor color(ql::SpeakerId speaker) const;  // grey when unattributed or unknown

private:
    std::vector<std::pair<ql::SpeakerId, QColor>> m_colors;
};

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);

// `colour` laid over `background` with the given opacity.
QColor blend(const QColor& colour, const QColor& background, double opacity);
// A tint of `colour` over `background`, at most `opacity` strong, on which `text` keeps
// kMinTextContrast.
QColor readableTint(const QColor& colour, const QColor& background, const QColor& text, double opacity);
// `colour` made darker (light background) or lighter (dark background) until a thin line
// of it keeps kMinLineContrast against `background`.
QColor lineColor(const QColor& colour, const QColor& background);

}  // namespace qlui
