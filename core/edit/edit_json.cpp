#include "edit/edit_json.h"

#include "edit/set_json.h"

#include <array>
#include <stdexcept>

namespace ql {

using namespace json_fields;

namespace {

constexpr long long kMaxSteps = 1'000'000;

Json idJson(SpeakerId id) { return id ? Json(id.toString()) : Json(nullptr); }
Json idJson(QuoteId id) { return id ? Json(id.toString()) : Json(nullptr); }

// One name per kind: the "type" of the JSON object.
struct TypeName {
    std::string_view operator()(const ReassignQuote&) const { return "reassign-quote"; }
    std::string_view operator()(const CreateSpeaker&) const { return "create-speaker"; }
    std::string_view operator()(const EditSpeaker&) const { return "edit-speaker"; }
    std::string_view operator()(const MergeSpeakers&) const { return "merge-speakers"; }
    std::string_view operator()(const SplitAlias&) const { return "split-alias"; }
    std::string_view operator()(const AddQuote&) const { return "add-quote"; }
    std::string_view operator()(const RejectQuote&) const { return "reject-quote"; }
    std::string_view operator()(const SetQuoteSpans&) const { return "set-quote-spans"; }
    std::string_view operator()(const NudgeQuoteSpan&) const { return "nudge-quote-span"; }
    std::string_view operator()(const SetQuoteMention&) const { return "set-quote-mention"; }
    std::string_view operator()(const SetQuoteCue&) const { return "set-quote-cue"; }
    std::string_view operator()(const SetVerified&) const { return "set-verified"; }
    std::string_view operator()(const SetMentionSpeaker&) const { return "set-mention-speaker"; }
    std::string_view operator()(const ReplaceAnnotations&) const { return "replace-annotations"; }
    std::string_view operator()(const Compound&) const { return "compound"; }
    std::string_view operator()(const Restore&) const { return "restore"; }
};

// Writes the fields of each kind after "type".
struct Writer {
    const EditJson& self;
    std::string_view text;
    const OffsetMap& map;
    Json& out;

    Json span(Span s) const { return Json::array({map.toCodePoint(s.begin), map.toCodePoint(s.end)}); }
    Json span(const std::optional<Span>& s) const { return s ? span(*s) : Json(nullptr); }
    Json spans(const std::vector<Span>& list) const
    {
        Json json = Json::array();
        for (Span s : list)
            json.push_back(span(s));
        return json;
    }

    void operator()(const ReassignQuote& e) const
    {
        out["quote"] = idJson(e.quote);
        out["speaker"] = idJson(e.speaker);
    }
    void operator()(const CreateSpeaker& e) const
    {
        out["id"] = idJson(e.id);
        out["name"] = e.name;
        out["speaker_type"] = ql::toString(e.type);
        out["gender"] = ql::toString(e.gender);
        out["role"] = e.role;
        out["mention"] = span(e.mention);
        out["assign"] = idJson(e.assign);
    }
    void operator()(const EditSpeaker& e) const
    {
        out["speaker"] = idJson(e.speaker);
        if (e.name)
            out["name"] = *e.name;
        if (e.role)
            out["role"] = *e.role;
        if (e.type)
            out["speaker_type"] = ql::toString(*e.type);
        if (e.gender)
            out["gender"] = ql::toString(*e.gender);
    }
    void operator()(const MergeSpeakers& e) const
    {
        out["from"] = idJson(e.from);
        out["into"] = idJson(e.into);
    }
    void operator()(const SplitAlias& e) const
    {
        out["from"] = idJson(e.from);
        out["alias"] = e.alias;
        out["id"] = idJson(e.id);
    }
    void operator()(const AddQuote& e) const
    {
        out["id"] = idJson(e.id);
        out["kind"] = ql::toString(e.kind);
        out["spans"] = spans(e.spans);
        out["speaker"] = idJson(e.speaker);
    }
    void operator()(const RejectQuote& e) const { out["quote"] = idJson(e.quote); }
    void operator()(const SetQuoteSpans& e) const
    {
        out["quote"] = idJson(e.quote);
        out["spans"] = spans(e.spans);
    }
    void operator()(const NudgeQuoteSpan& e) const
    {
        out["quote"] = idJson(e.quote);
        out["edge"] = toString(e.edge);
        out["unit"] = toString(e.unit);
        out["steps"] = e.steps;
    }
    void operator()(const SetQuoteMention& e) const
    {
        out["quote"] = idJson(e.quote);
        out["mention"] = span(e.span);
        out["mention_kind"] = ql::toString(e.kind);
    }
    void operator()(const SetQuoteCue& e) const
    {
        out["quote"] = idJson(e.quote);
        out["cue"] = span(e.span);
    }
    void operator()(const SetVerified& e) const
    {
        out["quote"] = idJson(e.quote);
        out["verified"] = e.verified;
    }
    void operator()(const SetMentionSpeaker& e) const
    {
        out["mention"] = span(e.mention);
        out["speaker"] = idJson(e.speaker);
        out["mention_kind"] = ql::toString(e.kind);
    }
    void operator()(const ReplaceAnnotations& e) const { out["annotations"] = annotationsToJson(e.annotations, text); }
    void operator()(const Compound& e) const
    {
        out["label"] = e.label;
        Json edits = Json::array();
        for (const Edit& edit : e.edits)
            edits.push_back(self.write(edit));
        out["edits"] = std::move(edits);
    }
    void operator()(const Restore&) const
    {
        throw std::invalid_argument("an inverse (restore) edit is never saved; save the forward edits");
    }
};

template <typename IdT>
IdT readId(const Json& object, const char* key, std::string_view where, bool allowNone)
{
    const Json* value = optional(object, key);
    const std::string path = child(where, key);
    if (!value) {
        if (!allowNone)
            fail(path, "missing");
        return {};
    }
    const std::string text = string(*value, path);
    const auto id = IdT::parse(text);
    if (!id)
        fail(path, "\"" + text + "\" is not a valid id");
    return *id;
}

template <typename Enum, std::size_t N>
Enum readEnum(const Json& object, const char* key, std::string_view where, const std::array<Enum, N>& values)
{
    const std::string path = child(where, key);
    const std::string text = string(required(object, key, where), path);
    for (Enum v : values)
        if (ql::toString(v) == text)
            return v;
    fail(path, "unknown value \"" + text + "\"");
}

}  // namespace

EditJson::EditJson(std::string_view text) : m_text(text), m_map(text) {}

Json EditJson::write(const Edit& edit) const
{
    Json json{{"type", std::visit(TypeName{}, edit.value)}};
    std::visit(Writer{*this, m_text, m_map, json}, edit.value);
    return json;
}

Edit EditJson::read(const Json& json, std::string_view where) const
{
    requireObject(json, where);
    const std::string type = string(required(json, "type", where), child(where, "type"));
    auto q = [&](const char* key, bool none = false) { return readId<QuoteId>(json, key, where, none); };
    auto s = [&](const char* key, bool none = false) { return readId<SpeakerId>(json, key, where, none); };
    auto str = [&](const char* key) { return string(required(json, key, where), child(where, key)); };
    auto span = [&](const char* key) -> std::optional<Span> {
        const Json* value = optional(json, key);
        if (!value)
            return std::nullopt;
        return spanFromPair(*value, child(where, key), m_map);
    };
    auto spans = [&](const char* key) {
        const std::string path = child(where, key);
        const Json& list = requireArray(required(json, key, where), path);
        std::vector<Span> result;
        for (std::size_t i = 0; i < list.size(); ++i)
            result.push_back(spanFromPair(list[i], element(path, i), m_map));
        return result;
    };
    const std::array speakerTypes{SpeakerType::Person, SpeakerType::Organization, SpeakerType::Unknown};
    const std::array genders{Gender::Female, Gender::Male, Gender::Unknown};
    const std::array mentionKinds{MentionKind::Name, MentionKind::Pronoun, MentionKind::RoleNoun};

    if (type == "reassign-quote")
        return {ReassignQuote{q("quote"), s("speaker", true)}};
    if (type == "create-speaker")
        return {CreateSpeaker{s("id"), str("name"), readEnum(json, "speaker_type", where, speakerTypes),
                              readEnum(json, "gender", where, genders), optionalString(json, "role", where),
                              span("mention"), q("assign", true)}};
    if (type == "edit-speaker") {
        EditSpeaker e{s("speaker")};
        if (optional(json, "name"))
            e.name = str("name");
        if (optional(json, "role"))
            e.role = str("role");
        if (optional(json, "speaker_type"))
            e.type = readEnum(json, "speaker_type", where, speakerTypes);
        if (optional(json, "gender"))
            e.gender = readEnum(json, "gender", where, genders);
        return {e};
    }
    if (type == "merge-speakers")
        return {MergeSpeakers{s("from"), s("into")}};
    if (type == "split-alias")
        return {SplitAlias{s("from"), str("alias"), s("id")}};
    if (type == "add-quote")
        return {AddQuote{q("id"), quoteKind(json, where), spans("spans"), s("speaker", true)}};
    if (type == "reject-quote")
        return {RejectQuote{q("quote")}};
    if (type == "set-quote-spans")
        return {SetQuoteSpans{q("quote"), spans("spans")}};
    if (type == "nudge-quote-span")
        return {NudgeQuoteSpan{q("quote"), readEnum(json, "edge", where, std::array{Edge::Begin, Edge::End}),
                               readEnum(json, "unit", where, std::array{NudgeUnit::Character, NudgeUnit::Word}),
                               static_cast<int>(integerField(required(json, "steps", where), child(where, "steps"),
                                                             -kMaxSteps, kMaxSteps))}};
    if (type == "set-quote-mention")
        return {SetQuoteMention{q("quote"), span("mention"), readEnum(json, "mention_kind", where, mentionKinds)}};
    if (type == "set-quote-cue")
        return {SetQuoteCue{q("quote"), span("cue")}};
    if (type == "set-verified")
        return {SetVerified{q("quote"), boolean(required(json, "verified", where), child(where, "verified"))}};
    if (type == "set-mention-speaker") {
        const std::optional<Span> mention = span("mention");
        if (!mention)
            fail(child(where, "mention"), "missing");
        return {SetMentionSpeaker{*mention, s("speaker", true), readEnum(json, "mention_kind", where, mentionKinds)}};
    }
    if (type == "replace-annotations")
        return {ReplaceAnnotations{
            annotationsFromJson(required(json, "annotations", where), m_text, child(where, "annotations"))}};
    if (type == "compound") {
        Compound c{optionalString(json, "label", where), {}};
        const std::string path = child(where, "edits");
        const Json& edits = requireArray(required(json, "edits", where), path);
        for (std::size_t i = 0; i < edits.size(); ++i)
            c.edits.push_back(read(edits[i], element(path, i)));
        return {std::move(c)};
    }
    fail(child(where, "type"), "unknown edit \"" + type + "\"");
}

ParsedEdit parseEdit(std::string_view jsonText, std::string_view text)
{
    ParsedEdit result;
    try {
        result.edit = EditJson(text).read(parse(jsonText), "edit");
    } catch (const FieldError& e) {
        result.error = e.what();
    }
    return result;
}

}  // namespace ql
