#pragma once
// Speaker colours for everything that shows speakers: exports here, and the GUI, which should
// call the same functions so that an export looks like the reader.
//
// The palette is Okabe and Ito's seven colours (told apart with every common colour-vision
// deficiency), then Paul Tol's nine "muted" ones; grey is kept out, it marks unattributed
// quotes. Which speaker gets which colour is stable per speaker name: each name hashes to a
// preferred colour among the first seven, taken in turn when two names want the same one, so
// that a person keeps their colour when other speakers are added, merged or removed, and
// from one article to the next unless names compete.

#include "document/annotation_set.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

struct Rgb final {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;

    static Rgb fromHex(std::uint32_t rgb);
    std::uint32_t toHex() const;
    std::string css() const;  // "#0072b2"
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

inline constexpr std::size_t kOkabeItoColors = 7;
std::size_t paletteSize();        // 16
Rgb paletteColor(std::size_t index);  // cycles past the end
Rgb unattributedColor();

// The palette index each speaker of `annotations` gets, in the order of annotations.speakers.
std::vector<std::size_t> speakerPaletteIndices(const AnnotationSet& annotations);
// The colour of each speaker, in the order of annotations.speakers.
std::vector<Rgb> speakerColors(const AnnotationSet& annotations);
// One speaker's colour; grey for an invalid or unknown id.
Rgb speakerColor(const AnnotationSet& annotations, SpeakerId speaker);

// `colour` laid over `background` with the given opacity: tints that keep text readable.
Rgb blend(Rgb colour, Rgb background, double opacity);
// The colour darkened where it is too light for thin lines on white (yellow), as the GUI does.
Rgb lineColor(Rgb colour);

// Text drawn on `background`: near-black on light colours (yellow), white on dark ones.
Rgb textOn(Rgb background);

// How the reader tints: quote text, mentions (stronger) and unattributed quotes.
inline constexpr double kQuoteTint = 0.2;
inline constexpr double kMentionTint = 0.45;
inline constexpr double kUnattributedTint = 0.16;

}  // namespace ql
