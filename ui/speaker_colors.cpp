#include "ui/speaker_colors.h"

#include <algorithm>
#include <array>

namespace qlui {

namespace {
// Ordered so that the first few are the most distinct from one another.
constexpr std::array<QRgb, 16> kPalette = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x56B4E9, 0xF0E442,  // Okabe–Ito
    0x332288, 0x44AA99, 0x882255, 0xDDCC77, 0x117733, 0xCC6677, 0x88CCEE, 0xAA4499, 0x999933,  // Tol muted
};
}  // namespace

QColor speakerColor(int index)
{
    const auto n = static_cast<int>(kPalette.size());
    return QColor::fromRgb(kPalette[static_cast<std::size_t>(((index % n) + n) % n)]);
}

QColor speakerColor(const ql::AnnotationSet& annotations, ql::SpeakerId speaker)
{
    const auto& speakers = annotations.speakers;
    auto it = std::find_if(speakers.begin(), speakers.end(), [speaker](const ql::Speaker& s) { return s.id == speaker; });
    if (!speaker || it == speakers.end())
        return unattributedColor();
    return speakerColor(static_cast<int>(it - speakers.begin()));
}

QColor unattributedColor() { return QColor::fromRgb(0x8C8C8C); }

QColor blend(const QColor& colour, const QColor& background, double opacity)
{
    auto mix = [opacity](int c, int b) { return static_cast<int>(c * opacity + b * (1.0 - opacity) + 0.5); };
    return QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
                  mix(colour.blue(), background.blue()));
}

QColor lineColor(const QColor& colour) { return colour.lightness() > 150 ? colour.darker(135) : colour; }

}  // namespace qlui
