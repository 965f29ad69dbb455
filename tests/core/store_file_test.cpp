// The annotation file: a save and reopen keeps every edit and the undo history; older
// versions are upgraded; damaged, foreign and newer files are refused with the problem
// named and are never overwritten; a changed article is re-anchored.
#include "edit/builders.h"
#include "edit/chain.h"
#include "io/json_fields.h"
#include "store/annotation_file.h"
#include "store/sha256.h"
#include "edit_fixture.h"
#include "store_temp_dir.h"

#include <catch2/catch.hpp>

using namespace ql;
using ql::test::find;
using ql::test::readFile;
using ql::test::TempDir;
using ql::test::writeFile;

namespace {

const std::string kData = QUOTELENS_SOURCE_DIR "/tests/data/store/";

void perform(History& h, const Edit& edit, Document& d)
{
    const ApplyResult r = h.perform(edit, d);
    INFO(r.error);
    REQUIRE(r.ok());
}

// A session's worth of corrections, of every sort that leaves a mark in the file.
History correct(Document& d)
{
    History h;
    perform(h, propagateReassign(d.annotations, QuoteId{2}, SpeakerId{2}).edit, d);
    perform(h, {MergeSpeakers{SpeakerId{3}, SpeakerId{1}}}, d);
    perform(h, {RejectQuote{QuoteId{5}}}, d);
    perform(h, {NudgeQuoteSpan{QuoteId{4}, Edge::End, NudgeUnit::Word, -1}}, d);
    perform(h, {quoteFromSelection(d, find("owners agree"), QuoteKind::Indirect, SpeakerId{1})}, d);
    perform(h, {SetVerified{QuoteId{1}}}, d);
    perform(h, {EditSpeaker{SpeakerId{2}, std::string("Sergei V. Lavrov")}}, d);
    return h;
}

}  // namespace

TEST_CASE("store file: save and reopen keeps every edit, and undo goes on")
{
    TempDir dir;
    const std::string path = annotationPathFor(dir.file("article.txt"));
    CHECK(path == dir.file("article.txt.quotelens.json"));
    Document d = ql::test::sampleDocument();
    History h = correct(d);
    REQUIRE(h.undo(d).empty());  // the rename waits to be redone
    REQUIRE(saveAnnotationFile(path, d, h).empty());

    const LoadedAnnotations loaded = loadAnnotationFile(path, d.text);
    REQUIRE(loaded.ok());
    CHECK(loaded.warnings.empty());
    CHECK(loaded.version == kAnnotationFileVersion);
    CHECK(loaded.engineVersion == std::string("quotelens ") + QUOTELENS_VERSION);
    CHECK_FALSE(loaded.textChanged);
    CHECK(loaded.document.text == d.text);
    CHECK(loaded.document.id == d.id);
    CHECK(loaded.document.annotations == d.annotations);  // flags, rejected quotes and chain links too
    CHECK(loaded.document.annotations.rejected == std::vector<Span>{find("Nobody wants this,")});

    Document reopened = loaded.document;
    History history = loaded.history;
    CHECK(history.position() == 6);
    CHECK_FALSE(history.isModified());
    REQUIRE(history.redo(reopened).empty());
    CHECK(reopened.annotations.speaker(SpeakerId{2})->name == "Sergei V. Lavrov");
    while (history.canUndo())
        REQUIRE(history.undo(reopened).empty());
    CHECK(reopened.annotations == ql::test::sampleDocument().annotations);
}

TEST_CASE("store file: a file opened without its article is read against the text it holds")
{
    TempDir dir;
    const std::string path = dir.file("kept elsewhere.quotelens.json");
    Document d = ql::test::sampleDocument();
    const History h = correct(d);
    REQUIRE(saveAnnotationFile(path, d, h).empty());

    const LoadedAnnotations alone = loadAnnotationFileAlone(path);
    INFO(alone.error);
    REQUIRE(alone.ok());
    CHECK_FALSE(alone.textChanged);
    CHECK(alone.document.text == d.text);
    CHECK(alone.document.annotations == d.annotations);
    CHECK(alone.history.steps().size() == h.steps().size());
    CHECK_FALSE(alone.history.isModified());

    struct Row {
        const char* what;
        std::string bytes;
        const char* error;
    };
    const Row rows[] = {
        {"empty", " \n", "the annotation file is empty"},
        {"foreign", readFile(kData + "foreign.json"), "not a Quotelens annotation file"},
        {"version 0 without its text", readFile(kData + "v0-extract.json"), "does not hold its article's text"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        writeFile(path, row.bytes);
        const LoadedAnnotations refused = loadAnnotationFileAlone(path);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error.find(row.error) != std::string::npos);
    }
    CHECK_FALSE(loadAnnotationFileAlone(dir.file("missing.quotelens.json")).ok());
}

TEST_CASE("store file: the documented fields")
{
    Document d = ql::test::sampleDocument();
    const History h = correct(d);
    const Json json = Json::parse(writeAnnotationText(d, h));
    CHECK(json["format"] == "quotelens-annotations");
    CHECK(json["version"] == 1);
    CHECK(json["text_sha256"] == sha256Hex(d.text));
    CHECK(json["text_length"] == 277);
    CHECK(json["document"]["text"] == d.text);
    CHECK(json["document"]["quotes"][0]["verified"] == true);
    CHECK(json["document"]["quotes"][1]["manual"] == true);
    CHECK(json["document"]["rejected"].size() == 1);
    CHECK(json["document"]["links"]["follows"][0] == Json::parse(R"({"quote": "q3", "follows": "q2"})"));
    CHECK(json["history"]["position"] == 7);
    CHECK(json["history"]["edits"][1] == Json::parse(R"({"type": "merge-speakers", "from": "s3", "into": "s1"})"));
    CHECK(json["history"]["base"]["quotes"].size() == 5);
}

TEST_CASE("store file: version 0 (the engine's JSON) is read and upgraded")
{
    const std::string article = readFile(kData + "article.txt");
    const LoadedAnnotations v0 = loadAnnotationFile(kData + "v0-extract.json", article);
    INFO(v0.error);
    REQUIRE(v0.ok());
    CHECK(v0.version == 0);
    CHECK(v0.warnings == std::vector<std::string>{"the file was written in format version 0; saving writes version 1"});
    const AnnotationSet& set = v0.document.annotations;
    REQUIRE(set.quotes.size() == 3);
    CHECK(set.quotes[0].spans[0].in(article) == "We are ready,");
    CHECK(set.quotes[2].verified);
    CHECK(set.quotes[2].mention->in(article) == "Lavrov");
    CHECK(set.speakers[1].role == "Russian Foreign Minister");
    CHECK(v0.history.steps().empty());

    // Saved again, it is version 1 and reads back the same.
    TempDir dir;
    const std::string path = dir.file("article.txt.quotelens.json");
    writeFile(path, readFile(kData + "v0-extract.json"));
    REQUIRE(saveAnnotationFile(path, v0.document, v0.history).empty());  // ours: may be replaced
    const LoadedAnnotations v1 = loadAnnotationFile(path, article);
    REQUIRE(v1.ok());
    CHECK(v1.version == 1);
    CHECK(v1.warnings.empty());
    CHECK(v1.document.annotations == set);

    // The exported document JSON reads the same way.
    Json exported = Json::parse(readFile(kData + "v0-extract.json"));
    exported["format"] = "quotelens-document";
    exported["version"] = 1;
    exported["text"] = article;
    const LoadedAnnotations document = readAnnotationText(exported.dump(), article);
    REQUIRE(document.ok());
    CHECK(document.version == 0);
    CHECK(document.document.annotations == set);
}

TEST_CASE("store file: damaged, foreign and newer files are refused and never overwritten")
{
    const std::string article = ql::test::kArticle;
    std::string valid = writeAnnotationText(ql::test::sampleDocument(), History());
    struct Row {
        const char* name;
        std::string content;
        std::string error;
    };
    Json wrongType = Json::parse(valid);
    wrongType["document"]["quotes"][1]["spans"][0][0] = "twelve";
    Json noText = Json::parse(valid);
    noText["document"].erase("text");
    Json badLink = Json::parse(valid);
    badLink["document"]["links"]["antecedents"][0]["mention"] = 99;
    const Row rows[] = {
        {"empty", "  \n", "the annotation file is empty"},
        {"binary", std::string("\x89PNG\r\n\x1a\n\0\0", 10), ""},
        {"cut short", valid.substr(0, valid.size() / 2), ""},
        {"foreign", readFile(kData + "foreign.json"), "not a Quotelens annotation file: it has no \"format\" field"},
        {"an array", "[1, 2]", "not a Quotelens annotation file: it holds a JSON array, not an object"},
        {"another format", R"({"format": "label-studio", "version": 1})",
         "format: \"label-studio\" is not a Quotelens annotation file"},
        {"newer", readFile(kData + "newer-version.quotelens.json"),
         "version: the file was written by a newer Quotelens (format version 7); this one reads up to version 1"},
        {"no version", R"({"format": "quotelens-annotations"})", "version: missing"},
        {"no document", R"({"format": "quotelens-annotations", "version": 1})", "damaged annotation file: document: missing"},
        {"a wrong type", wrongType.dump(), "damaged annotation file: document: quotes[1].spans[0][0]: expected an offset (an integer), found string"},
        {"no text", noText.dump(), "damaged annotation file: document.text: missing: the file must hold the text its offsets refer to"},
        {"a link to nothing", badLink.dump(),
         "damaged annotation file: document: links.antecedents[0].mention: must be between 0 and 5"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const LoadedAnnotations loaded = readAnnotationText(row.content, article);
        CHECK_FALSE(loaded.ok());
        if (row.error.empty())
            CHECK_THAT(loaded.error, Catch::StartsWith("not a Quotelens annotation file, or a damaged one: not valid JSON: "));
        else
            CHECK(loaded.error == row.error);
        CHECK(loaded.document.annotations.quotes.empty());

        // Saving over it is refused, damaged files of ours included (unless it is empty:
        // there is nothing to lose).
        TempDir dir;
        const std::string path = dir.file("a.quotelens.json");
        writeFile(path, row.content);
        const std::string error = saveAnnotationFile(path, ql::test::sampleDocument(), History());
        if (std::string(row.name) == "empty") {
            CHECK(error.empty());
            continue;
        }
        CHECK_THAT(error, Catch::StartsWith("will not replace \"" + path + "\": "));
        CHECK_THAT(error, Catch::EndsWith("; it was left as it is"));
        CHECK(readFile(path) == row.content);
    }
}

TEST_CASE("store file: a damaged history or hash is a warning, the annotations are intact")
{
    Document d = ql::test::sampleDocument();
    const History h = correct(d);
    Json json = Json::parse(writeAnnotationText(d, h));
    json["history"]["edits"][2] = Json{{"type", "reject-quote"}, {"quote", "q44"}};
    json["text_sha256"] = std::string(64, '0');
    const LoadedAnnotations loaded = readAnnotationText(json.dump(), d.text);
    REQUIRE(loaded.ok());
    CHECK(loaded.document.annotations == d.annotations);
    CHECK(loaded.history.steps().empty());
    CHECK(loaded.warnings == std::vector<std::string>{
                                 "the saved text does not match its SHA-256: the file was changed by hand or damaged",
                                 "the undo history could not be restored (history: step 3 (Delete quote) cannot be "
                                 "replayed: there is no quote q44); the annotations are intact"});
}

TEST_CASE("store file: a changed article is re-anchored and what cannot be placed is listed")
{
    Document d = ql::test::sampleDocument();
    const History h = correct(d);
    const std::string saved = writeAnnotationText(d, h);
    // A headline added on top, and the words of the added quote changed.
    std::string changed = "Talks in Brussels\n" + d.text;
    changed.replace(changed.find("owners agree"), 12, "owners disagree");
    const LoadedAnnotations loaded = readAnnotationText(saved, changed);
    REQUIRE(loaded.ok());
    CHECK(loaded.textChanged);
    CHECK(loaded.document.text == changed);
    CHECK(loaded.history.steps().empty());
    CHECK(loaded.warnings == std::vector<std::string>{"the article changed since the annotations were saved: they "
                                                      "were re-anchored, and the undo history starts afresh"});
    REQUIRE(loaded.unplaced.size() == 1);
    CHECK(loaded.unplaced[0].part == UnplacedPart::Quote);
    CHECK(loaded.unplaced[0].oldText == "owners agree");
    REQUIRE(loaded.unplaced[0].removed);
    CHECK(loaded.unplaced[0].removed->manual);
    const AnnotationSet& set = loaded.document.annotations;
    CHECK(set.quotes.size() == d.annotations.quotes.size() - 1);
    for (const Quote& q : set.quotes) {
        const Quote* before = d.annotations.quote(q.id);
        REQUIRE(before);
        CHECK(q.spans[0].in(changed) == before->spans[0].in(d.text));
        CHECK(q.speaker == before->speaker);
        CHECK(q.verified == before->verified);
    }
}
