// Which document an input exports: a document JSON as it is, an article with its saved
// corrections when there are some, otherwise with the engine's annotations.
#include "export/export_source.h"
#include "export/json_exporter.h"
#include "store/annotation_file.h"
#include "export_samples.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace ql;

namespace {

// A scratch directory of its own, removed afterwards.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir()
    {
        path = std::filesystem::temp_directory_path() /
               ("quotelens-export-source-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() { std::filesystem::remove_all(path); }
    std::string write(const std::string& name, const std::string& bytes) const
    {
        const std::string file = (path / name).string();
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }
};

const std::string kArticle = "\u201cWe are ready,\u201d the minister said on Tuesday.\n";

}  // namespace

TEST_CASE("export source: an article without saved corrections goes through the engine")
{
    ScratchDir dir;
    const std::string path = dir.write("minister.txt", kArticle);
    const ExportSource source = documentForExport(path, savedAnnotationsLookup());
    REQUIRE(source.ok());
    CHECK(source.origin == ExportOrigin::Engine);
    CHECK(source.document.text == kArticle);
    REQUIRE(source.document.annotations.quotes.size() == 1);
    CHECK(source.document.annotations.quotes[0].spans[0].in(source.document.text) == "We are ready,");
}

TEST_CASE("export source: saved corrections win over the engine")
{
    ScratchDir dir;
    const std::string path = dir.write("minister.txt", kArticle);
    std::string askedFor;
    const SavedAnnotationsLookup saved = [&](const std::string& input, const Document& article) {
        askedFor = input;
        ExportSource corrected;
        corrected.document = article;
        corrected.document.annotations.speakers = {test::makeSpeaker(1, "Corrected Name")};
        corrected.document.annotations.quotes = {test::makeQuote(1, QuoteKind::Direct, {Span{3, 16}}, SpeakerId{1})};
        corrected.document.annotations.quotes[0].verified = true;
        return std::optional<ExportSource>(corrected);
    };
    const ExportSource source = documentForExport(path, saved);
    REQUIRE(source.ok());
    CHECK(askedFor == path);
    CHECK(source.origin == ExportOrigin::SavedAnnotations);
    CHECK(source.document.text == kArticle);
    REQUIRE(source.document.annotations.speakers.size() == 1);
    CHECK(source.document.annotations.speakers[0].name == "Corrected Name");
    CHECK(source.document.annotations.quotes[0].verified);

    SECTION("a saved file that cannot be used is an error, not the engine's output")
    {
        const ExportSource broken = documentForExport(path, [](const std::string&, const Document&) {
            ExportSource failed;
            failed.error = "the annotation file is damaged";
            return std::optional<ExportSource>(failed);
        });
        CHECK_FALSE(broken.ok());
        CHECK(broken.error == "the annotation file is damaged");
    }
    SECTION("no saved corrections: the engine")
    {
        const ExportSource engine =
            documentForExport(path, [](const std::string&, const Document&) { return std::optional<ExportSource>(); });
        REQUIRE(engine.ok());
        CHECK(engine.origin == ExportOrigin::Engine);
    }
}

TEST_CASE("export source: the lookup finds the reader's annotation file beside the article")
{
    ScratchDir dir;
    const std::string path = dir.write("minister.txt", kArticle);
    SECTION("none saved: the engine")
    {
        CHECK(documentForExport(path, savedAnnotationsLookup()).origin == ExportOrigin::Engine);
    }
    SECTION("saved corrections are what is exported")
    {
        Document corrected = documentForExport(path).document;
        REQUIRE(corrected.annotations.quotes.size() == 1);
        corrected.annotations.speakers = {test::makeSpeaker(1, "Minister Anna Berg")};
        corrected.annotations.quotes[0].speaker = SpeakerId{1};
        corrected.annotations.quotes[0].verified = true;
        corrected.annotations.mentions.clear();
        REQUIRE(saveAnnotationFile(annotationPathFor(path), corrected, History()).empty());
        const ExportSource source = documentForExport(path, savedAnnotationsLookup());
        REQUIRE(source.ok());
        CHECK(source.origin == ExportOrigin::SavedAnnotations);
        CHECK(source.document.annotations == corrected.annotations);
    }
    SECTION("a damaged annotation file is an error, never quietly the engine's output")
    {
        dir.write("minister.txt.quotelens.json", "{\"format\": \"quotelens-annotations\", ");
        const ExportSource source = documentForExport(path, savedAnnotationsLookup());
        CHECK_FALSE(source.ok());
        CHECK_THAT(source.error, Catch::Contains("minister.txt.quotelens.json cannot be used"));
    }
}

TEST_CASE("export source: an exported JSON document opens as it was saved")
{
    ScratchDir dir;
    const Document tricky = test::trickyDocument();
    const std::string exported = JsonExporter().write(tricky, {});
    const ExportSource source = documentForExport(dir.write("tricky.json", exported));
    REQUIRE(source.ok());
    CHECK(source.origin == ExportOrigin::DocumentJson);
    CHECK(source.document.annotations == tricky.annotations);
    CHECK(source.document.meta == tricky.meta);
    CHECK(JsonExporter().write(source.document, {}) == exported);
    SECTION("with the corrections' chain links and rejected quotes")
    {
        Document linked = tricky;
        linked.annotations.quotes[0].follows = QuoteId{2};
        linked.annotations.mentions[2].antecedent = linked.annotations.mentions[1].span;
        linked.annotations.rejected = {test::spanOf(linked.text, "Nobody objected")};
        const std::string withLinks = JsonExporter().write(linked, {});
        const ExportSource opened = documentForExport(dir.write("linked.json", withLinks));
        REQUIRE(opened.ok());
        CHECK(opened.document.annotations == linked.annotations);
        CHECK(JsonExporter().write(opened.document, {}) == withLinks);
        // leaving out the quote another one follows drops the link too
        const ExportSource direct =
            documentForExport(dir.write("direct.json", JsonExporter().write(linked, {.indirect = false})));
        REQUIRE(direct.ok());
        REQUIRE(direct.document.annotations.quotes[0].id == QuoteId{1});
        CHECK_FALSE(direct.document.annotations.quotes[0].follows);
    }
}

TEST_CASE("export source: unreadable inputs say why")
{
    ScratchDir dir;
    struct Row { std::string path; const char* error; };
    const Row rows[] = {
        {(dir.path / "missing.txt").string(), ""},
        {dir.path.string(), "directory"},
        {dir.write("empty.txt", ""), "empty"},
        {dir.write("broken.json", "{\"format\": \"quotelens-document\", \"version\": 1, \"text\": 5}"),
         "not a Quotelens document: text: expected a string"},
        {dir.write("truncated.json", "{\"format\": "), "not a Quotelens document: not valid JSON"},
        {dir.write("newer.json", "{\"format\": \"quotelens-document\", \"version\": 7}"), "newer Quotelens"},
    };
    for (const Row& row : rows) {
        INFO(row.path);
        const ExportSource source = documentForExport(row.path);
        CHECK_FALSE(source.ok());
        CHECK_FALSE(source.error.empty());
        CHECK_THAT(source.error, Catch::Contains(row.error));
    }
}

TEST_CASE("export source: a JSON Lines record is an article for the engine")
{
    const ExportSource source = documentForExport("record-7", kArticle);
    REQUIRE(source.ok());
    CHECK(source.document.id == "record-7");
    CHECK(source.document.annotations.quotes.size() == 1);
}

TEST_CASE("export source: File › Open takes a document JSON as a document, other files as articles")
{
    ScratchDir dir;
    const Document tricky = test::trickyDocument();
    const std::string exported = JsonExporter().write(tricky, {});
    struct Row {
        const char* name;
        const char* file;
        std::string bytes;
        bool document;     // read as a document JSON (else: nullopt, an article)
        const char* error;  // when read as one: empty, or part of the error
    };
    const Row rows[] = {
        {"an exported document", "tricky.json", exported, true, ""},
        {"another program's JSON", "data.json", "{\"format\": \"geojson\", \"features\": []}", false, ""},
        {"JSON that is not an object", "list.json", "[1, 2, 3]", false, ""},
        {"a document JSON of a newer version", "newer.json",
         "{\"format\": \"quotelens-document\", \"version\": 99, \"text\": \"\"}", true, "version"},
        {"a damaged document JSON", "cut.json", exported.substr(0, exported.size() / 2), true, "not a Quotelens document"},
        {"an article that talks about the format", "notes.txt", "\"format\": \"quotelens-document\"", false, ""},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const std::optional<ExportSource> opened = openedDocumentJson(dir.write(row.file, row.bytes));
        REQUIRE(opened.has_value() == row.document);
        if (!opened)
            continue;
        CHECK(opened->origin == ExportOrigin::DocumentJson);
        if (std::string(row.error).empty()) {
            REQUIRE(opened->ok());
            CHECK(opened->document.annotations == tricky.annotations);
            CHECK(opened->document.text == tricky.text);
        } else {
            CHECK_THAT(opened->error, Catch::Contains(row.error));
        }
    }
}
