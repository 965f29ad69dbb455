#include "ui/speaker_colors.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace qlui {

namespace {
constexpr std::array<QRgb, 16> kPalette = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x56B4E9, 0xF0E442,  // Okabe–Ito
    0x332288, 0x44AA99, 0x882255, 0xDDCC77, 0x117733, 0xCC6677, 0x88CCEE, 0xAA4499, 0x999933,  // Tol muted
};
constexpr int kSafeColours = 7;

// FNV-1a: small, and the same on every platform and in every session.
std::uint32_t nameHash(std::string_view name)
{
    std::uint32_t hash = 2166136261u;
    for (const char c : name) {
        hash ^= static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        hash *= 16777619u;
    }
    return hash;
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
}  // namespace

int paletteSize() { return static_cast<int>(kPalette.size()); }

QColor paletteColor(int slot)
{
    const int n = paletteSize();
    return QColor::fromRgb(kPalette[static_cast<std::size_t>(((slot % n) + n) % n)]);
}

QColor unattributedColor() { return QColor::fromRgb(0x8C8C8C); }

std::vector<int> paletteSlots(const std::vector<std::string_view>& names)
{
    const int size = names.size() <= kSafeColours ? kSafeColours : paletteSize();
    std::vector<int> assigned;
    std::vector<bool> taken(static_cast<std::size_t>(size), false);
    for (std::size_t i = 0; i < names.size(); ++i) {
        int slot = static_cast<int>(nameHash(names[i]) % static_cast<std::uint32_t>(size));
        // With more speakers than colours every slot is taken: colours repeat from then on.
        if (i < static_cast<std::size_t>(size)) {
            while (taken[static_cast<std::size_t>(slot)])
                slot = (slot + 1) % size;
            taken[static_cast<std::size_t>(slot)] = true;
        }
        assigned.push_back(slot);
    }
    return assigned;
}

SpeakerColors::SpeakerColors(const ql::AnnotationSet& annotations)
{
    std::vector<std::string_view> names;
    for (const ql::Speaker& speaker : annotations.speakers)
        names.push_back(speaker.name);
    const std::vector<int> assigned = paletteSlots(names);
    for (std::size_t i = 0; i < assigned.size(); ++i)
        m_colors.emplace_back(annotations.speakers[i].id, paletteColor(assigned[i]));
}

QColor SpeakerColors::color(ql::SpeakerId speaker) const
{
    auto it = std::find_if(m_colors.begin(), m_colors.end(), [speaker](const auto& c) { return c.first == speaker; });
    return !speaker || it == m_colors.end() ? unattributedColor() : it->second;
}

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor& colour, const QColor& background, double opacity)
{
    auto mix = [opacity](int c, int b) { return static_cast<int>(c * opacity + b * (1.0 - opacity) + 0.5); };
    return QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
                  mix(colour.blue(), background.blue()));
}

QColor readableTint(const QColor& colour, const QColor& background, const QColor& text, double opacity)
{
    // A little above the minimum, so that rounding in the renderer cannot take it below.
    constexpr double kTarget = kMinTextContrast + 0.1;
    for (double o = opacity; o > 0.0; o -= 0.02) {
        const QColor tint = blend(colour, background, o);
        if (contrastRatio(tint, text) >= kTarget)
            return tint;
    }
    return background;
}

QColor lineColor(const QColor& colour, const QColor& background)
{
    // Towards white on a dark background, towards black on a light one: both end in contrast.
    const QColor target = relativeLuminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (double t = 0.0; t < 1.0; t += 0.05) {
        const QColor line = blend(target, colour, t);
        if (contrastRatio(line, background) >= kMinLineContrast + 0.05)
            return line;
    }
    return target;
}

}  // namespace qlui
