#include "export/speaker_palette.h"

#include "text/chars.h"
#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <tuple>

namespace ql {

namespace {

// Ordered so that the first few are the most distinct from one another.
constexpr std::array<std::uint32_t, 16> kPalette = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x56B4E9, 0xF0E442,            // Okabe–Ito
    0x332288, 0x44AA99, 0x882255, 0xDDCC77, 0x117733, 0xCC6677, 0x88CCEE, 0xAA4499, 0x999933,  // Tol muted
};

// FNV-1a over the name with case and spacing folded, so "Mr  lavrov" and "Mr Lavrov" agree.
std::uint32_t nameHash(std::string_view name)
{
    std::uint32_t hash = 2166136261u;
    bool space = false;
    bool started = false;
    auto mix = [&hash](unsigned char byte) {
        hash ^= byte;
        hash *= 16777619u;
    };
    for (std::size_t pos = 0; pos < name.size();) {
        const utf8::Decoded d = utf8::decode(name, pos);
        pos += d.length;
        if (chars::isSpace(d.codePoint)) {
            space = true;
            continue;
        }
        if (space && started)
            mix(' ');
        space = false;
        started = true;
        char32_t c = d.codePoint;
        if (c >= 'A' && c <= 'Z')
            c = c - 'A' + 'a';
        std::string bytes;
        utf8::append(bytes, c);
        for (unsigned char byte : bytes)
            mix(byte);
    }
    return hash;
}

// The first free index from `preferred` on, within [first, first + count); npos when all are taken.
std::size_t firstFree(const std::vector<bool>& taken, std::size_t first, std::size_t count, std::size_t preferred)
{
    for (std::size_t step = 0; step < count; ++step) {
        const std::size_t index = first + (preferred + step) % count;
        if (!taken[index])
            return index;
    }
    return std::string::npos;
}

}  // namespace

Rgb Rgb::fromHex(std::uint32_t rgb)
{
    return Rgb{static_cast<std::uint8_t>(rgb >> 16), static_cast<std::uint8_t>(rgb >> 8), static_cast<std::uint8_t>(rgb)};
}

std::uint32_t Rgb::toHex() const { return (std::uint32_t{r} << 16) | (std::uint32_t{g} << 8) | b; }

std::string Rgb::css() const
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", static_cast<unsigned>(toHex()));
    return buffer;
}

std::size_t paletteSize() { return kPalette.size(); }

Rgb paletteColor(std::size_t index) { return Rgb::fromHex(kPalette[index % kPalette.size()]); }

Rgb unattributedColor() { return Rgb::fromHex(0x8C8C8C); }

std::vector<std::size_t> speakerPaletteIndices(const AnnotationSet& annotations)
{
    const auto& speakers = annotations.speakers;
    std::vector<std::uint32_t> hashes;
    for (const Speaker& speaker : speakers)
        hashes.push_back(nameHash(speaker.name));
    // Names in a fixed order (by hash, then name, then id) take their colours in turn, so the
    // outcome depends on which names are present, not on the order of the speaker list.
    std::vector<std::size_t> order(speakers.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(hashes[a], speakers[a].name, speakers[a].id) < std::tie(hashes[b], speakers[b].name, speakers[b].id);
    });
    std::vector<bool> taken(kPalette.size(), false);
    std::vector<std::size_t> indices(speakers.size(), 0);
    const std::size_t tolColors = kPalette.size() - kOkabeItoColors;
    for (std::size_t i : order) {
        std::size_t index = firstFree(taken, 0, kOkabeItoColors, hashes[i] % kOkabeItoColors);
        if (index == std::string::npos)
            index = firstFree(taken, kOkabeItoColors, tolColors, hashes[i] % tolColors);
        if (index == std::string::npos)  // more speakers than colours: share, still by name
            index = hashes[i] % kPalette.size();
        taken[index] = true;
        indices[i] = index;
    }
    return indices;
}

std::vector<Rgb> speakerColors(const AnnotationSet& annotations)
{
    std::vector<Rgb> colors;
    for (std::size_t index : speakerPaletteIndices(annotations))
        colors.push_back(paletteColor(index));
    return colors;
}

Rgb speakerColor(const AnnotationSet& annotations, SpeakerId speaker)
{
    const auto& speakers = annotations.speakers;
    auto it = std::find_if(speakers.begin(), speakers.end(), [speaker](const Speaker& s) { return s.id == speaker; });
    if (!speaker || it == speakers.end())
        return unattributedColor();
    return paletteColor(speakerPaletteIndices(annotations)[static_cast<std::size_t>(it - speakers.begin())]);
}

Rgb blend(Rgb colour, Rgb background, double opacity)
{
    auto mix = [opacity](std::uint8_t c, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(c * opacity + b * (1.0 - opacity)));
    };
    return Rgb{mix(colour.r, background.r), mix(colour.g, background.g), mix(colour.b, background.b)};
}

Rgb lineColor(Rgb colour)
{
    // HSL lightness as Qt computes it; darkening keeps hue and saturation (all channels scale).
    const int lightness = (std::max({colour.r, colour.g, colour.b}) + std::min({colour.r, colour.g, colour.b})) / 2;
    if (lightness <= 150)
        return colour;
    auto darker = [](std::uint8_t c) { return static_cast<std::uint8_t>(c * 100 / 135); };
    return Rgb{darker(colour.r), darker(colour.g), darker(colour.b)};
}

Rgb textOn(Rgb background)
{
    // Perceived brightness (ITU-R BT.601 weights): enough to pick the readable one of two.
    const int brightness = (299 * background.r + 587 * background.g + 114 * background.b) / 1000;
    return brightness > 160 ? Rgb{0x1c, 0x1c, 0x1c} : Rgb{255, 255, 255};
}

}  // namespace ql
