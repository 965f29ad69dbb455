#include "ui/speaker_colors.h"

#include "catch_qt.h"
#include "ui/themes.h"

#include <set>
#include <string>

using namespace qlui;

TEST_CASE("speaker colours: WCAG contrast ratios of known pairs")
{
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    CHECK(contrastRatio(QColor(0x767676), Qt::white) == Approx(4.54).epsilon(0.01));  // the AA grey
    CHECK(contrastRatio(QColor(0x0072B2), Qt::white) == contrastRatio(Qt::white, QColor(0x0072B2)));
}

TEST_CASE("speaker colours: tints keep text readable and lines visible on light and dark palettes")
{
    struct Row { const char* name; QPalette palette; };
    const Row rows[] = {{"light", lightPalette()}, {"dark", darkPalette()}};
    for (const Row& row : rows) {
        const QColor base = row.palette.color(QPalette::Base);
        const QColor text = row.palette.color(QPalette::Text);
        REQUIRE(contrastRatio(text, base) >= 7.0);  // the palette itself reads well
        std::vector<QColor> colours{unattributedColor()};
        for (int slot = 0; slot < paletteSize(); ++slot)
            colours.push_back(paletteColor(slot));
        for (const QColor& colour : colours) {
            INFO(row.name << " palette, colour " << colour.name().toStdString());
            for (const double opacity : {0.16, 0.22, 0.5, 1.0}) {
                const QColor tint = readableTint(colour, base, text, opacity);
                CHECK(contrastRatio(tint, text) >= kMinTextContrast);
                if (opacity <= 0.22)
                    CHECK(tint != base);  // light tints need no fading: the colour shows
            }
            CHECK(contrastRatio(lineColor(colour, base), base) >= kMinLineContrast);
        }
    }
}

TEST_CASE("speaker colours: a tint fades only as much as the text needs")
{
    const QColor base = darkPalette().color(QPalette::Base);
    const QColor text = darkPalette().color(QPalette::Text);
    const QColor yellow(0xF0E442);
    CHECK(contrastRatio(blend(yellow, base, 0.5), text) < kMinTextContrast);  // too bright as asked
    const QColor tint = readableTint(yellow, base, text, 0.5);
    CHECK(contrastRatio(tint, text) >= kMinTextContrast);
    CHECK(relativeLuminance(tint) > relativeLuminance(base));
}

TEST_CASE("speaker colours: a name keeps its colour whoever else is in the article")
{
    const std::vector<int> alone = paletteSlots({"Ana Núñez"});
    const std::vector<int> withOthers = paletteSlots({"Ana Núñez", "Tomás Ferreira", "Harbour council"});
    const std::vector<int> later = paletteSlots({"Tomás Ferreira", "Ana Núñez"});
    CHECK(withOthers[0] == alone[0]);
    CHECK(paletteSlots({"ana núñez"})[0] == alone[0]);  // case does not matter
    // Names that do not clash keep their slot in any order.
    if (later[0] != alone[0])
        CHECK(later[1] == alone[0]);
}

TEST_CASE("speaker colours: up to seven speakers get distinct colour-blind-safe colours")
{
    for (std::size_t count = 1; count <= 7; ++count) {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < count; ++i)
            names.push_back("Speaker " + std::to_string(i));
        const std::vector<std::string_view> views(names.begin(), names.end());
        const std::vector<int> assigned = paletteSlots(views);
        INFO(count << " speakers");
        CHECK(std::set<int>(assigned.begin(), assigned.end()).size() == count);
        CHECK(*std::max_element(assigned.begin(), assigned.end()) < 7);  // Okabe–Ito only
    }
}

TEST_CASE("speaker colours: more speakers than colours repeat colours, never fail")
{
    std::vector<std::string> names;
    for (int i = 0; i < 40; ++i)
        names.push_back("Person " + std::to_string(i));
    const std::vector<std::string_view> views(names.begin(), names.end());
    const std::vector<int> assigned = paletteSlots(views);
    REQUIRE(assigned.size() == 40);
    CHECK(std::set<int>(assigned.begin(), assigned.begin() + paletteSize()).size() == std::size_t(paletteSize()));
    CHECK(std::all_of(assigned.begin(), assigned.end(), [](int s) { return s >= 0 && s < paletteSize(); }));
}

TEST_CASE("speaker colours: a document's speakers, grey for unattributed and unknown ids")
{
    ql::AnnotationSet annotations;
    annotations.speakers.push_back({ql::SpeakerId{4}, "Ana Núñez", {}, {}, {}, {}});
    annotations.speakers.push_back({ql::SpeakerId{9}, "Tomás Ferreira", {}, {}, {}, {}});
    const SpeakerColors colors(annotations);
    const std::vector<int> assigned = paletteSlots({"Ana Núñez", "Tomás Ferreira"});
    CHECK(colors.color(ql::SpeakerId{4}) == paletteColor(assigned[0]));
    CHECK(colors.color(ql::SpeakerId{9}) == paletteColor(assigned[1]));
    CHECK(colors.color(ql::SpeakerId{}) == unattributedColor());
    CHECK(colors.color(ql::SpeakerId{5}) == unattributedColor());
}
