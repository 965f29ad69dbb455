// Speaker colours: the reader's palette, stable per speaker name.
#include "export/speaker_palette.h"
#include "export_samples.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ql;

namespace {

AnnotationSet speakers(const std::vector<std::string>& names)
{
    AnnotationSet set;
    std::uint32_t id = 0;
    for (const std::string& name : names)
        set.speakers.push_back(test::makeSpeaker(++id, name));
    return set;
}

Rgb colourOf(const AnnotationSet& set, const std::string& name)
{
    for (const Speaker& speaker : set.speakers)
        if (speaker.name == name)
            return speakerColor(set, speaker.id);
    FAIL("no speaker " << name);
    return {};
}

}  // namespace

TEST_CASE("speaker palette: Okabe-Ito, then Tol muted, grey only for unattributed")
{
    CHECK(paletteSize() == 16);
    CHECK(paletteColor(0).css() == "#0072b2");
    CHECK(paletteColor(6).css() == "#f0e442");
    CHECK(paletteColor(7).css() == "#332288");
    CHECK(paletteColor(15).css() == "#999933");
    CHECK(paletteColor(16) == paletteColor(0));
    CHECK(unattributedColor().css() == "#8c8c8c");
    for (std::size_t i = 0; i < paletteSize(); ++i)
        CHECK(paletteColor(i) != unattributedColor());
    const AnnotationSet set = speakers({"Anna Berg"});
    CHECK(speakerColor(set, SpeakerId{}) == unattributedColor());
    CHECK(speakerColor(set, SpeakerId{7}) == unattributedColor());
}

TEST_CASE("speaker palette: up to seven speakers get seven different Okabe-Ito colours")
{
    const AnnotationSet set = speakers({"Hillary Clinton", "Sergei Lavrov", "Anders Fogh Rasmussen", "Dmitry Rogozin",
                                        "Russia", "NATO", "Reuters"});
    std::set<std::uint32_t> seen;
    for (std::size_t index : speakerPaletteIndices(set)) {
        CHECK(index < kOkabeItoColors);
        seen.insert(static_cast<std::uint32_t>(index));
    }
    CHECK(seen.size() == 7);
}

TEST_CASE("speaker palette: more speakers go on in Tol's colours, all different up to sixteen")
{
    std::vector<std::string> names;
    for (int i = 0; i < 16; ++i)
        names.push_back("Speaker " + std::to_string(i));
    const std::vector<std::size_t> indices = speakerPaletteIndices(speakers(names));
    CHECK(std::set<std::size_t>(indices.begin(), indices.end()).size() == 16);
    names.push_back("One too many");
    CHECK(speakerPaletteIndices(speakers(names)).size() == 17);  // colours are shared from here on
}

TEST_CASE("speaker palette: a speaker keeps their colour when others come, go or are reordered")
{
    const AnnotationSet before = speakers({"Sergei Lavrov", "Hillary Clinton", "NATO"});
    SECTION("the order of the speaker list does not matter")
    {
        const AnnotationSet reordered = speakers({"NATO", "Sergei Lavrov", "Hillary Clinton"});
        for (const char* name : {"Sergei Lavrov", "Hillary Clinton", "NATO"})
            CHECK(colourOf(before, name) == colourOf(reordered, name));
    }
    SECTION("removing a speaker (a merge, a deletion) leaves the others as they were")
    {
        const AnnotationSet after = speakers({"Sergei Lavrov", "Hillary Clinton"});
        CHECK(colourOf(before, "Sergei Lavrov") == colourOf(after, "Sergei Lavrov"));
        CHECK(colourOf(before, "Hillary Clinton") == colourOf(after, "Hillary Clinton"));
    }
    SECTION("case and spacing of the name do not matter")
    {
        CHECK(colourOf(speakers({"Sergei  Lavrov"}), "Sergei  Lavrov") == colourOf(speakers({"sergei lavrov"}), "sergei lavrov"));
    }
    SECTION("a name no other name competes with has the same colour in every article")
    {
        const std::size_t alone = speakerPaletteIndices(speakers({"NATO"}))[0];
        int checked = 0;
        for (const char* other : {"Anders Fogh Rasmussen", "Dmitry Rogozin", "Reuters", "Iran", "Russia"}) {
            if (speakerPaletteIndices(speakers({other}))[0] == alone)
                continue;
            CHECK(speakerPaletteIndices(speakers({"NATO", other}))[0] == alone);
            CHECK(speakerPaletteIndices(speakers({other, "NATO"}))[1] == alone);
            ++checked;
        }
        CHECK(checked > 0);
    }
}

TEST_CASE("speaker palette: tints and line colours as the reader computes them")
{
    const Rgb white{255, 255, 255};
    CHECK(blend(Rgb::fromHex(0x0072B2), white, 0.2).css() == "#cce3f0");
    CHECK(blend(Rgb::fromHex(0x000000), white, 1.0) == Rgb{0, 0, 0});
    CHECK(blend(Rgb::fromHex(0x000000), white, 0.0) == white);
    CHECK(lineColor(Rgb::fromHex(0x0072B2)) == Rgb::fromHex(0x0072B2));  // dark enough
    CHECK(lineColor(Rgb::fromHex(0xF0E442)).css() == "#b1a830");           // yellow, darkened
    CHECK(Rgb::fromHex(0x0072B2).toHex() == 0x0072B2u);
    CHECK(textOn(Rgb::fromHex(0xF0E442)).css() == "#1c1c1c");  // dark numbers on yellow
    CHECK(textOn(Rgb::fromHex(0x0072B2)) == white);             // white on blue
    CHECK(textOn(Rgb::fromHex(0x332288)) == white);
}
