// Options common to all formats, and the registry that app/ fills.
#include "export/csv_exporter.h"
#include "export/exporter_registry.h"
#include "export/speaker_palette.h"
#include "export_samples.h"
#include "io/annotation_json.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {

std::vector<std::string> keptIds(const ExportOptions& options)
{
    std::vector<std::string> ids;
    for (const Quote& quote : selectQuotes(test::trickyDocument(), options).annotations.quotes)
        ids.push_back(quote.id.toString());
    return ids;
}

// Quote ids as each format shows them.
std::size_t occurrences(const std::string& text, const std::string& what)
{
    std::size_t count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++count;
    return count;
}

}  // namespace

TEST_CASE("export options: indirect, unverified and unattributed quotes can be left out")
{
    // tricky: q1 direct verified, q2 indirect, q3 direct manual, q4 indirect, q5 direct,
    // q6 indirect verified, q7 direct unattributed
    using Ids = std::vector<std::string>;
    struct Row { ExportOptions options; Ids kept; };
    const Row rows[] = {
        {{}, {"q1", "q2", "q3", "q4", "q5", "q6", "q7"}},
        {{.indirect = false}, {"q1", "q3", "q5", "q7"}},
        {{.unverified = false}, {"q1", "q6"}},
        {{.unattributed = false}, {"q1", "q2", "q3", "q4", "q5", "q6"}},
        {{.indirect = false, .unattributed = false}, {"q1", "q3", "q5"}},
        {{.indirect = false, .unverified = false, .unattributed = false}, {"q1"}},
    };
    for (const Row& row : rows) {
        INFO("indirect " << row.options.indirect << ", unverified " << row.options.unverified << ", unattributed "
                         << row.options.unattributed);
        CHECK(keptIds(row.options) == row.kept);
    }
    SECTION("mixed quotes are kept without indirect ones")
    {
        Document doc = test::trickyDocument();
        doc.annotations.quotes[1].kind = QuoteKind::Mixed;
        CHECK(selectQuotes(doc, {.indirect = false}).annotations.quotes.size() == 5);
    }
    SECTION("a speaker id that names nobody counts as unattributed")
    {
        Document doc = test::trickyDocument();
        doc.annotations.quotes[0].speaker = SpeakerId{99};
        CHECK(selectQuotes(doc, {.unattributed = false}).annotations.quotes.size() == 5);
    }
    SECTION("speakers and mentions stay, so colours do not move")
    {
        const Document all = test::trickyDocument();
        const Document some = selectQuotes(all, {.indirect = false});
        CHECK(some.annotations.speakers == all.annotations.speakers);
        CHECK(some.annotations.mentions == all.annotations.mentions);
        CHECK(speakerColors(some.annotations) == speakerColors(all.annotations));
    }
}

TEST_CASE("export options: every format honours them")
{
    ExporterRegistry registry;
    addCoreExporters(registry);
    const Document doc = test::trickyDocument();
    const ExportOptions directOnly{.indirect = false};
    // q2, q4 and q6 are indirect: no format may show them.
    const std::string html = registry.find("html")->write(doc, directOnly);
    CHECK(occurrences(html, "<li id=\"i-q") == 4);
    CHECK(html.find("id=\"q2\"") == std::string::npos);
    const std::string md = registry.find("md")->write(doc, directOnly);
    CHECK(md.find("[^q2]") == std::string::npos);
    CHECK(md.find("[^q5]") != std::string::npos);
    const std::string csv = registry.find("csv")->write(doc, directOnly);
    CHECK(occurrences(csv, "\r\n") == 5);
    const ParsedDocument json = parseAnnotationJson(registry.find("json")->write(doc, directOnly));
    REQUIRE(json.ok());
    CHECK(json.document.annotations.quotes.size() == 4);
}

TEST_CASE("export registry: app/ fills it, ids find exporters, a second registration replaces the first")
{
    ExporterRegistry registry;
    CHECK(registry.find("html") == nullptr);
    CHECK(registry.ids().empty());
    addCoreExporters(registry);
    CHECK(registry.ids() == std::vector<std::string>{"html", "json", "csv", "md"});
    for (const std::string& id : registry.ids()) {
        const Exporter* exporter = registry.find(id);
        REQUIRE(exporter != nullptr);
        CHECK(exporter->format().id == id);
        CHECK_FALSE(exporter->format().label.empty());
        CHECK_FALSE(exporter->format().extension.empty());
    }
    CHECK(registry.find("pdf") == nullptr);
    CHECK(registry.find("HTML") == nullptr);
    registry.add(std::make_unique<CsvExporter>());
    CHECK(registry.ids().size() == 4);
    registry.add(nullptr);
    CHECK(registry.ids().size() == 4);
}
