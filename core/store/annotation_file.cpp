#include "store/annotation_file.h"

#include "edit/history_json.h"
#include "edit/set_json.h"
#include "io/annotation_json.h"
#include "store/sha256.h"
#include "text/utf8.h"

#include <climits>

namespace ql {

using namespace json_fields;

namespace {

// Which format version a parsed file is in; throws FieldError for what is not ours.
int detectVersion(const Json& json)
{
    if (!json.is_object())
        fail("", std::string("not a Quotelens annotation file: it holds a JSON ") + json.type_name() + ", not an object");
    const Json* format = optional(json, "format");
    if (!format) {
        // Version 0: the engine's own annotation JSON (quotelens-cli extract --json).
        if (const Json* quotes = optional(json, "quotes"); quotes && quotes->is_array())
            return 0;
        fail("", "not a Quotelens annotation file: it has no \"format\" field");
    }
    const std::string name = string(*format, "format");
    if (name == "quotelens-document")
        return 0;  // the document JSON that File → Export writes: the same annotations, with text
    if (name != kAnnotationFileFormat)
        fail("format", "\"" + name + "\" is not a Quotelens annotation file");
    const auto version = static_cast<int>(integerField(required(json, "version", ""), "version", 1, INT_MAX));
    if (version > kAnnotationFileVersion)
        fail("version", "the file was written by a newer Quotelens (format version " + std::to_string(version) +
                            "); this one reads up to version " + std::to_string(kAnnotationFileVersion));
    return version;
}

// Version 0 → 1: the engine's annotation JSON gets the envelope. It has no history and
// carries its text only when it was written with one; without, its offsets refer to the
// article as it is.
Json upgrade0To1(Json old, std::string_view articleText)
{
    if (!old.contains("text"))
        old["text"] = std::string(articleText);
    const std::string hash = old["text"].is_string() ? sha256Hex(old["text"].get<std::string>()) : std::string();
    return Json{{"format", kAnnotationFileFormat}, {"version", 1}, {"engine", ""}, {"text_sha256", hash},
                {"document", std::move(old)}};
}

using Upgrade = Json (*)(Json, std::string_view);
// kUpgrades[v] turns version v into version v + 1.
constexpr Upgrade kUpgrades[] = {upgrade0To1};
static_assert(std::size(kUpgrades) == kAnnotationFileVersion, "one upgrade per older version");

// Reads the current version into `result`; throws FieldError naming the field.
void readCurrent(const Json& json, std::string_view articleText, LoadedAnnotations& result)
{
    result.engineVersion = optionalString(json, "engine", "");
    const Json& documentJson = requireObject(required(json, "document", ""), "document");
    if (!optional(documentJson, "text"))
        fail("document.text", "missing: the file must hold the text its offsets refer to");
    ParsedDocument parsed = fromAnnotationJson(documentJson);
    if (!parsed.ok())
        fail("document", parsed.error);
    Document saved = std::move(parsed.document);
    try {
        readLinksJson(documentJson, saved.annotations, OffsetMap(saved.text));
    } catch (const FieldError& e) {
        fail("document", e.what());
    }
    const std::string hash = optionalString(json, "text_sha256", "");
    if (!hash.empty() && hash != sha256Hex(saved.text))
        result.warnings.push_back("the saved text does not match its SHA-256: the file was changed by hand or damaged");

    if (const Json* history = optional(json, "history")) {
        LoadedHistory loaded = historyFromJson(*history, saved);
        if (loaded.ok())
            result.history = std::move(loaded.history);
        else
            result.warnings.push_back("the undo history could not be restored (" + loaded.error +
                                      "); the annotations are intact");
    }
    result.document.id = saved.id;
    result.document.meta = saved.meta;
    result.document.text = std::string(articleText);
    if (saved.text == articleText) {
        result.document.blocks = std::move(saved.blocks);
        result.document.styles = std::move(saved.styles);
        result.document.annotations = std::move(saved.annotations);
        return;
    }
    result.textChanged = true;
    Reanchored moved = reanchor(saved.annotations, saved.text, articleText);
    result.document.annotations = std::move(moved.annotations);
    result.unplaced = std::move(moved.unplaced);
    if (!result.history.steps().empty())
        result.warnings.push_back("the article changed since the annotations were saved: they were re-anchored, "
                                  "and the undo history starts afresh");
    result.history = History();
}

}  // namespace

std::string annotationPathFor(std::string_view articlePath) { return std::string(articlePath) + ".quotelens.json"; }

std::string writeAnnotationText(const Document& document, const History& history)
{
    Json documentJson = toAnnotationJson(document, {.includeText = true});
    addLinksJson(documentJson, document.annotations, OffsetMap(document.text));
    const Json json{{"format", kAnnotationFileFormat},
                    {"version", kAnnotationFileVersion},
                    {"engine", std::string("quotelens ") + QUOTELENS_VERSION},
                    {"text_sha256", sha256Hex(document.text)},
                    {"text_length", utf8::countCodePoints(document.text)},
                    {"document", std::move(documentJson)},
                    {"history", historyToJson(history, document)}};
    return dumpJson(json, 1) + "\n";
}

LoadedAnnotations readAnnotationText(std::string_view fileText, std::string_view articleText)
{
    LoadedAnnotations result;
    if (fileText.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.error = "the annotation file is empty";
        return result;
    }
    Json json;
    int version = 0;
    try {
        json = parse(fileText);
        version = detectVersion(json);
    } catch (const FieldError& e) {
        result.error = std::string(e.what()).starts_with("not valid JSON")
                           ? "not a Quotelens annotation file, or a damaged one: " + std::string(e.what())
                           : e.what();
        return result;
    }
    result.version = version;
    try {
        for (int v = version; v < kAnnotationFileVersion; ++v)
            json = kUpgrades[v](std::move(json), articleText);
        readCurrent(json, articleText, result);
    } catch (const FieldError& e) {
        LoadedAnnotations refused;
        refused.version = version;
        refused.error = "damaged annotation file: " + std::string(e.what());
        return refused;
    }
    if (version < kAnnotationFileVersion)
        result.warnings.push_back("the file was written in format version " + std::to_string(version) +
                                  "; saving writes version " + std::to_string(kAnnotationFileVersion));
    return result;
}

LoadedAnnotations loadAnnotationFile(const std::string& path, std::string_view articleText)
{
    const FileBytes file = readWholeFile(path, kMaxAnnotationFileBytes);
    if (!file.ok()) {
        LoadedAnnotations result;
        result.error = file.error;
        return result;
    }
    return readAnnotationText(file.bytes, articleText);
}

namespace {

// What a file of ours says about itself, read against the text it holds, so that nothing is
// re-anchored. `heldText` is false for a version 0 file without a text: it was not read then.
struct SelfRead {
    LoadedAnnotations loaded;
    bool heldText = true;
};

SelfRead readAgainstOwnText(const std::string& fileText)
{
    SelfRead result;
    Json json;
    int version = 0;
    try {
        json = parse(fileText);
        version = detectVersion(json);
    } catch (const FieldError& e) {
        result.loaded.error = e.what();
        return result;
    }
    const Json* document = version == 0 ? &json : optional(json, "document");
    const Json* text = document && document->is_object() ? optional(*document, "text") : nullptr;
    if (version == 0 && !text) {
        result.heldText = false;
        return result;
    }
    result.loaded = readAnnotationText(fileText, text && text->is_string() ? text->get<std::string>() : std::string());
    return result;
}

}  // namespace

LoadedAnnotations loadAnnotationFileAlone(const std::string& path)
{
    const FileBytes file = readWholeFile(path, kMaxAnnotationFileBytes);
    LoadedAnnotations result;
    if (!file.ok()) {
        result.error = file.error;
        return result;
    }
    if (file.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        result.error = "the annotation file is empty";
        return result;
    }
    SelfRead read = readAgainstOwnText(file.bytes);
    if (!read.heldText)
        read.loaded.error = "the annotation file does not hold its article's text: open the article instead";
    return std::move(read.loaded);
}

std::string checkReplaceable(const std::string& path)
{
    const FileBytes file = readWholeFile(path, kMaxAnnotationFileBytes);
    if (file.missing)
        return {};
    if (!file.ok())
        return file.error;
    if (file.bytes.find_first_not_of(" \t\r\n") == std::string::npos)
        return {};  // nothing there to lose
    // A damaged file of ours is kept too: what it still holds may be rescued by hand. A
    // version 0 file without a text cannot be checked further.
    const SelfRead check = readAgainstOwnText(file.bytes);
    if (check.loaded.ok())
        return {};
    return "will not replace \"" + path + "\": " + check.loaded.error + "; it was left as it is";
}

std::string saveAnnotationFile(const std::string& path, const Document& document, const History& history,
                               FileOps& ops)
{
    if (std::string error = checkReplaceable(path); !error.empty())
        return error;
    return writeFileAtomically(path, writeAnnotationText(document, history), ops);
}

}  // namespace ql
