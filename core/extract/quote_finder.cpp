#include "extract/quote_finder.h"

#include "text/chars.h"

#include <algorithm>

namespace ql {

using namespace std::string_view_literals;  // (a list of "…"sv needs no strlen at run time)

namespace {

enum class Family : std::uint8_t { Double, Single, Guillemet, SingleGuillemet };
enum class Role : std::uint8_t { Open, Close, Either, Apostrophe };

struct Mark {
    Role role;
    Family family;
};

struct Open {
    std::uint32_t token;
    Family family;
    bool low;                 // „ or ‚: closed by “ ” or ‘ ’
    std::int32_t continues;   // a quotation from an earlier paragraph that this mark re-opens, or -1
};

// A quotation being built; pieces accumulate across paragraphs.
struct Building {
    std::vector<QuotePiece> pieces;
};

class Finder {
public:
    Finder(std::string_view text, const Segmentation& seg) : m_text(text), m_seg(seg)
    {
        m_done.reserve(seg.tokens.size() / 64 + 4);  // (news quotes every sixty tokens or so: the list seldom grows)
    }
    QuoteScan run();

private:
    Mark classify(std::uint32_t i, std::uint32_t paragraphEnd) const;
    bool boundLeft(std::uint32_t i) const;
    bool boundRight(std::uint32_t i, std::uint32_t paragraphEnd) const;
    bool hasOpen(Family family) const;
    void close(std::uint32_t closeToken, Family family);
    void endParagraph(std::uint32_t paragraphIndex);
    bool reopensQuote(std::uint32_t paragraphIndex, const Open& outer) const;
    bool opensTranscriptTurn(std::uint32_t mark, std::uint32_t paragraphEnd) const;
    std::int32_t addPiece(std::int32_t building, std::uint32_t openToken, std::uint32_t closeToken, bool closed);
    QuoteScan finish();

    std::string_view m_text;
    const Segmentation& m_seg;
    std::vector<Open> m_stack;
    std::uint32_t m_paragraph = 0;
    std::int32_t m_carried = -1;  // a quotation left open at the end of the last paragraph
    std::vector<Building> m_done;
};

// Words a plural possessive never owns ("workers’ but", "families’ to"): after "s’" they show the
// mark closed a quotation.
bool endsNoPossession(std::string_view word)
{
    static constexpr std::string_view kWords[] = {"but", "to", "in", "on", "at", "from", "with", "by", "of", "that",
                                                  "which", "who", "when", "while", "after", "before", "because",
                                                  "if", "than", "as", "is", "was", "were", "are", "said", "says",
                                                  "he", "she", "they", "it", "we", "and", "or", "so", "for", "then",
                                                  "until", "since", "though", "although", "has", "have", "had",
                                                  "will", "would", "could", "should", "can", "may", "might", "not"};
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

bool isOpeningContext(const Token& t)
{
    return t.kind == TokenKind::QuoteMark || t.isPunct('(') || t.isPunct('[') || chars::isDash(t.first) ||
           t.isPunct(':') || t.isPunct('/');
}

bool isClosingContext(const Token& t)
{
    if (t.kind == TokenKind::QuoteMark)
        return true;
    if (t.kind != TokenKind::Punct)
        return false;
    switch (t.first) {
    case ',': case '.': case ';': case ':': case '!': case '?': case ')': case ']': case 0x2026:
        return true;
    default:
        return chars::isDash(t.first);
    }
}

bool Finder::boundLeft(std::uint32_t i) const
{
    const Token& t = m_seg.tokens[i];
    if (t.has(tokflag::SpaceBefore) || t.has(tokflag::ParagraphStart) || i == 0)
        return true;
    return isOpeningContext(m_seg.tokens[i - 1]);
}

bool Finder::boundRight(std::uint32_t i, std::uint32_t paragraphEnd) const
{
    const Token& t = m_seg.tokens[i];
    if (i + 1 >= paragraphEnd || t.has(tokflag::SpaceAfter))
        return true;
    return isClosingContext(m_seg.tokens[i + 1]);
}

bool Finder::hasOpen(Family family) const
{
    return std::any_of(m_stack.begin(), m_stack.end(), [family](const Open& o) { return o.family == family; });
}

Mark Finder::classify(std::uint32_t i, std::uint32_t paragraphEnd) const
{
    const Token& t = m_seg.tokens[i];
    const bool left = boundLeft(i);
    const bool right = boundRight(i, paragraphEnd);
    const Token* next = i + 1 < paragraphEnd ? &m_seg.tokens[i + 1] : nullptr;
    const Token* prev = i > 0 && !t.has(tokflag::ParagraphStart) ? &m_seg.tokens[i - 1] : nullptr;
    switch (t.first) {
    case 0x201C:  // “ opens, or closes „ (German) and a stray open when it clearly ends a word
        if (!m_stack.empty() && m_stack.back().low && m_stack.back().family == Family::Double)
            return {Role::Close, Family::Double};
        if (right && !left && hasOpen(Family::Double))
            return {Role::Close, Family::Double};
        return {Role::Open, Family::Double};
    case 0x201D:  // ”
        if (left && !right && !hasOpen(Family::Double))
            return {Role::Open, Family::Double};
        return {Role::Close, Family::Double};
    case 0x201E: case 0x201F:  // „
        return {Role::Open, Family::Double};
    case '"':
        if (left && !right) return {Role::Open, Family::Double};
        if (right && !left) return {Role::Close, Family::Double};
        return {Role::Either, Family::Double};
    case 0x00AB: return {Role::Open, Family::Guillemet};
    case 0x00BB: return {Role::Close, Family::Guillemet};
    case 0x2039: return {Role::Open, Family::SingleGuillemet};
    case 0x203A: return {Role::Close, Family::SingleGuillemet};
    case 0x201A:  // ‚
        return {Role::Open, Family::Single};
    case 0x2018: case 0x201B:  // ‘ — an apostrophe when it elides digits: ‘90s
        if (next && next->kind == TokenKind::Number && !right)
            return {Role::Apostrophe, Family::Single};
        return {Role::Open, Family::Single};
    case 0x2019: case '\'': {
        if (left && next && next->kind == TokenKind::Number && !right)
            return {Role::Apostrophe, Family::Single};  // ’90s
        if (left && !right) {
            // ’ never opens in careful typography; ' may.
            return {t.first == '\'' ? Role::Open : Role::Apostrophe, Family::Single};
        }
        if (!left && hasOpen(Family::Single)) {
            // students’ union: a plural possessive, not the end of the quote
            const bool plural = prev && prev->kind == TokenKind::Word &&
                                (m_text[prev->span.end - 1] == 's' || m_text[prev->span.end - 1] == 'S');
            // (but "‘… to workers’ but were …": no noun a possessive could own follows, the quote ends)
            if (plural && next && next->kind == TokenKind::Word && !chars::isUpper(next->first) &&
                !endsNoPossession(next->span.in(m_text)))
                return {Role::Apostrophe, Family::Single};
            return {Role::Close, Family::Single};
        }
        // (‘He told me, “Never again,”’: right after a closing double mark it closes the outer single)
        if (left && right && prev && prev->kind == TokenKind::QuoteMark && hasOpen(Family::Single))
            return {Role::Close, Family::Single};
        return {Role::Apostrophe, Family::Single};
    }
    default:
        return {Role::Apostrophe, Family::Single};
    }
}

std::int32_t Finder::addPiece(std::int32_t building, std::uint32_t openToken, std::uint32_t closeToken, bool closed)
{
    QuotePiece piece;
    piece.openToken = openToken;
    piece.closeToken = closeToken;
    piece.paragraph = m_paragraph;
    piece.closed = closed;
    const auto& tokens = m_seg.tokens;
    const std::uint32_t begin = tokens[openToken].span.end;
    const std::uint32_t end = closed ? tokens[closeToken].span.begin : tokens[closeToken - 1].span.end;
    piece.content = {begin, std::max(begin, end)};
    // Trim spaces just inside the marks: « Nous ne sommes pas contre le pont »
    auto spaceAt = [&](std::uint32_t pos) { return m_text[pos] == ' ' || m_text[pos] == '\t'; };
    while (piece.content.begin < piece.content.end && spaceAt(piece.content.begin))
        ++piece.content.begin;
    while (piece.content.end > piece.content.begin && spaceAt(piece.content.end - 1))
        --piece.content.end;
    for (std::string_view nbsp : {"\xC2\xA0"sv, "\xE2\x80\xAF"sv}) {  // no-break spaces beside guillemets
        // (the first byte first: it is not even a non-ASCII one beside nearly every quotation)
        const auto nbspAt = [&](std::uint32_t pos) {
            return m_text[pos] == nbsp.front() && m_text.substr(pos, nbsp.size()) == nbsp;
        };
        if (piece.content.size() >= nbsp.size() && nbspAt(piece.content.begin))
            piece.content.begin += static_cast<std::uint32_t>(nbsp.size());
        if (piece.content.size() >= nbsp.size() && nbspAt(piece.content.end - static_cast<std::uint32_t>(nbsp.size())))
            piece.content.end -= static_cast<std::uint32_t>(nbsp.size());
    }
    if (building < 0) {
        m_done.emplace_back();
        building = static_cast<std::int32_t>(m_done.size()) - 1;
    }
    m_done[static_cast<std::size_t>(building)].pieces.push_back(piece);
    return building;
}

void Finder::close(std::uint32_t closeToken, Family family)
{
    auto it = std::find_if(m_stack.rbegin(), m_stack.rend(), [family](const Open& o) { return o.family == family; });
    if (it == m_stack.rend())
        return;  // a stray closing mark
    const auto index = static_cast<std::size_t>(std::distance(it, m_stack.rend())) - 1;
    const Open open = m_stack[index];
    m_stack.resize(index);  // inner marks left open were strays
    addPiece(open.continues, open.token, closeToken, true);
}

// Does the paragraph after `paragraphIndex` open with a quote mark of the family left open (single
// marks only for single: British style runs ‘…¶‘…’ over paragraphs too), and in the same style? A
// curly “ after a paragraph left open by a straight " starts a quotation of its own: an excerpt set
// in straight marks quotes people in curly ones.
bool Finder::reopensQuote(std::uint32_t paragraphIndex, const Open& outer) const
{
    const Family family = outer.family;
    if (paragraphIndex + 1 >= m_seg.paragraphs.size())
        return false;
    const Paragraph& next = m_seg.paragraphs[paragraphIndex + 1];
    const Token& first = m_seg.tokens[next.firstToken];
    if (first.kind != TokenKind::QuoteMark)
        return false;
    const Mark mark = classify(next.firstToken, next.endToken);
    const bool opens = mark.role == Role::Open || mark.role == Role::Either;
    if (family == Family::Double && mark.family == Family::Double &&
        (first.first == '"') != (m_seg.tokens[outer.token].first == '"'))
        return false;
    return opens && (family == Family::Single ? mark.family == Family::Single : mark.family != Family::Single);
}

void Finder::endParagraph(std::uint32_t paragraphIndex)
{
    const Paragraph& p = m_seg.paragraphs[paragraphIndex];
    m_carried = -1;
    if (m_stack.empty())
        return;
    // Only the outermost open mark can run on; inner ones left open are strays.
    const Open outer = m_stack.front();
    m_stack.clear();
    if (outer.family == Family::Single && outer.continues < 0 && outer.token + 1 < p.endToken &&
        !reopensQuote(paragraphIndex, outer)) {
        // An unmatched single mark is far more often an apostrophe than a quote, unless the next
        // paragraph opens with one again.
        return;
    }
    if (outer.token + 1 >= p.endToken)
        return;  // a mark at the very end of the paragraph
    const std::int32_t building = addPiece(outer.continues, outer.token, p.endToken, false);
    if (reopensQuote(paragraphIndex, outer))
        m_carried = building;
}

// A transcript turn set as a quoted paragraph: a mark, then one to three upper-case words
// and a colon ("“WALLACE: Let's start …").
bool Finder::opensTranscriptTurn(std::uint32_t mark, std::uint32_t paragraphEnd) const
{
    std::uint32_t i = mark + 1;
    while (i < paragraphEnd && i - mark <= 3 && m_seg.tokens[i].kind == TokenKind::Word &&
           m_seg.tokens[i].has(tokflag::AllCaps))
        ++i;
    return i > mark + 1 && i < paragraphEnd && m_seg.tokens[i].isPunct(':');
}

QuoteScan Finder::run()
{
    for (std::uint32_t pi = 0; pi < m_seg.paragraphs.size(); ++pi) {
        const Paragraph& p = m_seg.paragraphs[pi];
        m_paragraph = pi;
        const std::int32_t carried = m_carried;
        for (std::uint32_t i = p.firstToken; i < p.endToken; ++i) {
            if (m_seg.tokens[i].kind != TokenKind::QuoteMark)
                continue;
            Mark mark = classify(i, p.endToken);
            if (mark.role == Role::Either)
                mark.role = hasOpen(mark.family) ? Role::Close : Role::Open;
            if (mark.role == Role::Open && i == p.firstToken && opensTranscriptTurn(i, p.endToken))
                continue;  // "WALLACE: …" — a transcript's turns are attributions of their own
            if (mark.role == Role::Open) {
                const bool low = m_seg.tokens[i].first == 0x201E || m_seg.tokens[i].first == 0x201A;
                const bool reopening = i == p.firstToken && carried >= 0;
                m_stack.push_back({i, mark.family, low, reopening ? carried : -1});
            } else if (mark.role == Role::Close) {
                close(i, mark.family);
            }
        }
        endParagraph(pi);
    }
    return finish();
}

QuoteScan Finder::finish()
{
    QuoteScan scan;
    scan.quotations.reserve(m_done.size());
    for (Building& b : m_done) {
        Quotation q;
        q.pieces = std::move(b.pieces);
        scan.quotations.push_back(std::move(q));
    }
    std::sort(scan.quotations.begin(), scan.quotations.end(), [](const Quotation& a, const Quotation& b) {
        const Span x = a.bounds(), y = b.bounds();
        return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
    });
    const auto& tokens = m_seg.tokens;
    scan.innermost.assign(tokens.size(), -1);
    scan.outermost.assign(tokens.size(), -1);
    std::vector<std::int32_t> open;  // containment stack
    for (std::size_t qi = 0; qi < scan.quotations.size(); ++qi) {
        Quotation& q = scan.quotations[qi];
        while (!open.empty() && scan.quotations[static_cast<std::size_t>(open.back())].bounds().end <= q.bounds().begin)
            open.pop_back();
        q.parent = open.empty() ? -1 : open.back();
        open.push_back(static_cast<std::int32_t>(qi));
        for (const QuotePiece& piece : q.pieces) {
            for (std::uint32_t t = piece.openToken + 1; t < piece.closeToken; ++t) {
                scan.innermost[t] = static_cast<std::int32_t>(qi);
                if (q.parent < 0)
                    scan.outermost[t] = static_cast<std::int32_t>(qi);
                const Token& tok = tokens[t];
                if (tok.kind == TokenKind::Word || tok.kind == TokenKind::Number)
                    ++q.words;
                else if (t + 1 < piece.closeToken && (tok.isPunct('.') || tok.isPunct('?') || tok.isPunct('!')))
                    q.hasSentenceEnd = true;
            }
        }
        const QuotePiece& last = q.pieces.back();
        if (last.closed && last.closeToken > last.openToken + 1) {
            const Token& before = tokens[last.closeToken - 1];
            q.endsWithPunctuation = before.kind == TokenKind::Punct &&
                                    (before.first == ',' || before.first == '.' || before.first == '?' ||
                                     before.first == '!' || before.has(tokflag::Ellipsis));
        }
    }
    return scan;
}

}  // namespace

QuoteScan findQuotations(std::string_view text, const Segmentation& seg) { return Finder(text, seg).run(); }

std::string dump(std::string_view text, const QuoteScan& scan)
{
    std::string out;
    for (const Quotation& q : scan.quotations) {
        out += q.parent >= 0 ? "  " : "";
        out += "Q";
        for (const QuotePiece& piece : q.pieces) {
            out += " [";
            out += piece.content.in(text);
            out += piece.closed ? "]" : "…";
        }
        out += '\n';
    }
    return out;
}

}  // namespace ql
