// Exports of the reference article. Its text may not be copied into the project, so its golden
// files are kept as digests (tests/data/export/reference.digests); when one differs, the new
// output is written to the working directory for a look, and
//   QUOTELENS_UPDATE_GOLDEN=1 build/bin/quotelens_core_tests "export reference*"
// records the new digests after a deliberate change.
// The annotations come from the hand-made gold file, not the engine, so that the digests move
// only when an exporter changes.
#include "edit/set_json.h"
#include "export/exporter_registry.h"
#include "export/html_exporter.h"
#include "extract/pipeline.h"
#include "io/annotation_json.h"
#include "text/offset_map.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

using namespace ql;

namespace {

const std::string kCorpus = QUOTELENS_SHARED_DIR "/corpus/";
const std::string kDigests = QUOTELENS_SOURCE_DIR "/tests/data/export/reference.digests";

// Opens an exported JSON document as the reader does: annotations, then their chain links.
ParsedDocument openDocumentJson(const std::string& text)
{
    ParsedDocument opened = parseAnnotationJson(text);
    if (opened.ok())
        readLinksJson(json_fields::parse(text), opened.document.annotations, OffsetMap(opened.document.text));
    return opened;
}

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// FNV-1a, 64 bits, as hex: enough to notice any change of an export.
std::string digest(std::string_view bytes)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

Span span(const Json& start, const Json& end, const OffsetMap& map)
{
    return Span{map.toByte(start.get<std::uint32_t>()), map.toByte(end.get<std::uint32_t>())};
}

// The reference article with the gold file's speakers and quotes, every one verified.
Document referenceDocument()
{
    Document doc;
    doc.id = "000_8181f8be8ae015c2.txt";
    doc.text = slurp(kCorpus + "000_8181f8be8ae015c2.txt");
    const Json gold = Json::parse(slurp(kCorpus + "000_8181f8be8ae015c2.gold.json"));
    const OffsetMap map(doc.text);
    std::map<std::string, SpeakerId> byName;
    for (const Json& s : gold["speakers"]) {
        Speaker speaker;
        speaker.id = SpeakerId{static_cast<std::uint32_t>(doc.annotations.speakers.size() + 1)};
        speaker.name = s["name"];
        speaker.type = speakerTypeFromString(s.value("type", ""));
        speaker.gender = genderFromString(s.value("gender", ""));
        speaker.role = s.value("role", "");
        byName[speaker.name] = speaker.id;
        doc.annotations.speakers.push_back(speaker);
    }
    for (const Json& q : gold["quotes"]) {
        Quote quote;
        quote.kind = *quoteKindFromString(q["kind"].get<std::string>());
        if (q.contains("spans"))
            for (const Json& pair : q["spans"])
                quote.spans.push_back(span(pair[0], pair[1], map));
        else
            quote.spans.push_back(span(q["start"], q["end"], map));
        quote.speaker = byName.at(q["entity"]);
        quote.mention = span(q["speaker_start"], q["speaker_end"], map);
        quote.cue = span(q["cue_start"], q["cue_end"], map);
        quote.confidence = 1.0;
        quote.rule = "gold";
        quote.verified = true;
        doc.annotations.quotes.push_back(quote);
        Mention mention;
        mention.span = *quote.mention;
        mention.speaker = quote.speaker;
        doc.annotations.mentions.push_back(mention);
    }
    auto& quotes = doc.annotations.quotes;
    std::sort(quotes.begin(), quotes.end(), [](const Quote& a, const Quote& b) { return a.spans[0] < b.spans[0]; });
    for (std::size_t i = 0; i < quotes.size(); ++i)
        quotes[i].id = QuoteId{static_cast<std::uint32_t>(i + 1)};
    auto& mentions = doc.annotations.mentions;
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
    return doc;
}

std::map<std::string, std::string> readDigests()
{
    std::map<std::string, std::string> digests;
    std::ifstream in(kDigests);
    std::string name, hash;
    while (in >> name >> hash)
        digests[name] = hash;
    return digests;
}

std::size_t count(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("export reference: every format of the hand-annotated reference article matches its digest")
{
    const Document doc = referenceDocument();
    REQUIRE(doc.annotations.quotes.size() == 12);
    ExporterRegistry registry;
    addCoreExporters(registry);
    const bool updating = std::getenv("QUOTELENS_UPDATE_GOLDEN") != nullptr;
    std::map<std::string, std::string> digests = readDigests();
    for (const auto& exporter : registry.exporters()) {
        const std::string name = "reference." + exporter->format().extension;
        const std::string output = exporter->write(doc, {});
        INFO(name);
        if (updating) {
            digests[name] = digest(output);
            continue;
        }
        REQUIRE(digests.contains(name));
        if (digest(output) != digests[name]) {
            std::ofstream(name + ".actual", std::ios::binary) << output;
            FAIL(name << " changed (digest " << digest(output) << ", expected " << digests[name]
                      << "); the new output is in " << name << ".actual");
        }
    }
    if (updating) {
        std::ofstream out(kDigests);
        for (const auto& [name, hash] : digests)
            out << name << ' ' << hash << '\n';
        WARN("rewrote " << kDigests);
    }
}

TEST_CASE("export reference: what each format holds, whatever the digests")
{
    const Document doc = referenceDocument();
    ExporterRegistry registry;
    addCoreExporters(registry);
    const std::string html = registry.find("html")->write(doc, {});
    CHECK(count(html, "<li id=\"i-q") == 12);
    for (const Speaker& speaker : doc.annotations.speakers)
        CHECK(count(html, "</span>" + speaker.name) >= 1);  // each in the legend and the index
    CHECK(html.find("Unattributed") == std::string::npos);
    const std::string csv = registry.find("csv")->write(doc, {});
    CHECK(count(csv, "\r\n") == 13);
    const std::string md = registry.find("md")->write(doc, {});
    CHECK(count(md, "\n[^q") == 12);  // footnote definitions
    CHECK(count(md, "\n### ") == 6);
    const std::string json = registry.find("json")->write(doc, {});
    const ParsedDocument opened = openDocumentJson(json);
    REQUIRE(opened.ok());
    CHECK(opened.document.annotations == doc.annotations);
    CHECK(registry.find("json")->write(opened.document, {}) == json);
}

TEST_CASE("export reference: the engine's annotations export and round-trip too")
{
    Document doc;
    doc.id = "000_8181f8be8ae015c2.txt";
    doc.text = slurp(kCorpus + "000_8181f8be8ae015c2.txt");
    doc.annotations = extractQuotes(doc.text);
    REQUIRE_FALSE(doc.annotations.quotes.empty());
    ExporterRegistry registry;
    addCoreExporters(registry);
    const std::string json = registry.find("json")->write(doc, {});
    const ParsedDocument opened = openDocumentJson(json);
    REQUIRE(opened.ok());
    CHECK(opened.document.annotations == doc.annotations);
    CHECK(registry.find("json")->write(opened.document, {}) == json);
    const std::string html = registry.find("html")->write(doc, {});
    CHECK(count(html, "<li id=\"i-q") == doc.annotations.quotes.size());
    CHECK(count(registry.find("csv")->write(doc, {}), "\r\n") == doc.annotations.quotes.size() + 1);
}
