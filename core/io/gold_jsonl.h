#pragma once
// Gold annotations in JSON Lines, one article a line (shared/eval/README.md, "Gold format").
// The file counts Unicode code points; GoldQuote holds UTF-8 byte offsets (ql::Span, like the
// rest of core), converted and range-checked on reading. Unknown fields are ignored.
// A malformed line is reported with its number and reason; the other lines are still read.

#include "document/quote.h"
#include "document/span.h"

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

struct GoldQuote {
    QuoteKind kind = QuoteKind::Direct;
    std::vector<Span> spans;             // content pieces, bytes; [start, end] when the file has no "spans"
    std::optional<std::string> source;   // "speaker": the source as written ("she"); nullopt when null
    std::vector<Span> sourceSpans;       // "speaker_spans", else [speaker_start, speaker_end]; may be empty
    std::optional<std::string> cue;
    std::vector<Span> cueSpans;          // "cue_spans", else [cue_start, cue_end]; may be empty
    std::optional<std::string> entity;   // canonical speaker name, where annotated

    Span bounds() const { return spans.empty() ? Span{} : Span{spans.front().begin, spans.back().end}; }
};

struct GoldArticle {
    std::string id;
    std::string text;
    std::vector<GoldQuote> quotes;
    std::size_t line = 0;  // 1-based line in the file, for messages
};

// TextOnly reads just "id" and "text": what the engine needs, so that a batch run does not
// refuse an article because of its annotations.
enum class GoldDetail { TextOnly, WithQuotes };

struct ParsedGoldLine {
    GoldArticle article;
    std::string error;  // non-empty when the line was refused: names the field and the reason

    bool ok() const { return error.empty(); }
};

ParsedGoldLine parseGoldLine(std::string_view line, GoldDetail detail = GoldDetail::WithQuotes);

// Hands out the non-blank lines of a JSON Lines stream with their 1-based numbers, one at a
// time, so that a large file or stdin is processed as it is read.
class JsonlLineReader final {
public:
    explicit JsonlLineReader(std::istream& in) : m_in(in) {}

    bool next(std::string& line);  // false at the end of the stream
    std::size_t lineNumber() const { return m_lineNumber; }
    bool failed() const { return m_in.bad(); }  // a read error, as opposed to the end

private:
    std::istream& m_in;
    std::size_t m_lineNumber = 0;
};

struct JsonlLineError {
    std::size_t line = 0;
    std::string reason;
};

struct GoldFile {
    std::vector<GoldArticle> articles;
    std::vector<JsonlLineError> errors;
};

GoldFile readGoldJsonl(std::istream& in, GoldDetail detail = GoldDetail::WithQuotes);

}  // namespace ql
