#include "import/html_content.h"

#include "import/html_hints.h"
#include "import/html_scoring.h"

#include <algorithm>
#include <unordered_map>

namespace ql::html {

namespace {

struct Flags {
    bool stripUnlikely = true;
    bool weighClasses = true;
    bool cleanConditionally = true;
};

class Extractor final {
public:
    Extractor(const Tree& tree, const ContentOptions& options, Flags flags)
        : m_tree(tree), m_options(options), m_flags(flags)
    {
    }

    ContentSelection run();

private:
    void dropNoise(const Node* node, int depth);
    const Stats& computeStats(const Node* node, int depth);
    void scoreParagraphs(const Node* body);
    double& candidate(const Node* node);
    const Node* pickTop();
    void clean(const Node* node, int depth);
    bool shouldDropConditionally(const Node* node) const;
    bool isWrapper(const Node* node) const { return isWrapperShape(node) && linkDensity(node) < 0.25; }
    int weight(const Node* node) const { return m_flags.weighClasses ? classWeight(classAndId(node)) : 0; }
    double linkDensity(const Node* node) const
    {
        const Stats& s = stats(node);
        return s.text ? double(s.linkText) / s.text : 0.0;
    }
    const Stats& stats(const Node* node) const
    {
        static const Stats none;
        const auto it = m_stats.find(node);
        return it == m_stats.end() ? none : it->second;
    }

    const Tree& m_tree;
    const ContentOptions& m_options;
    Flags m_flags;
    ContentSelection m_result;
    std::unordered_map<const Node*, Stats> m_stats;
    std::unordered_map<const Node*, double> m_scores;
    bool m_titleDropped = false;
};

void Extractor::dropNoise(const Node* node, int depth)
{
    const GumboVector* kids = children(node);
    if (!kids || depth > kMaxDepth)
        return;
    for (unsigned i = 0; i < kids->length; ++i) {
        const auto* child = static_cast<const Node*>(kids->data[i]);
        if (!isElement(child))
            continue;
        const GumboTag tag = tagOf(child);
        const std::string hints = classAndId(child);
        bool drop = isNeverContent(child) || tag == GUMBO_TAG_NAV;
        if (!drop && m_flags.stripUnlikely) {
            drop = tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER || isUnlikelyRole(attribute(child, "role")) ||
                   (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_A && tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_MAIN &&
                    isUnlikelyCandidate(hints));
        }
        if (!drop && m_result.byline.empty() && looksLikeByline(child, hints)) {
            // Only a short element is a byline: a long one is content that mentions its author.
            const std::string text = textContent(child);
            if (!text.empty() && text.size() < 100) {
                m_result.byline = bylineText(child);
                drop = true;
            }
        }
        if (!drop && !m_titleDropped && (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) &&
            repeatsTitle(textContent(child), m_options.title)) {
            m_titleDropped = true;
            drop = true;
        }
        if (drop)
            m_result.dropped.insert(child);
        else
            dropNoise(child, depth + 1);
    }
}

const Stats& Extractor::computeStats(const Node* node, int depth)
{
    Stats s;
    const GumboVector* kids = children(node);
    for (unsigned i = 0; kids && depth <= kMaxDepth && i < kids->length; ++i) {
        const auto* child = static_cast<const Node*>(kids->data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE) {
            Stats t;
            countText(child->v.text.text, t);
            s.text += t.text;
            s.commas += t.commas;
            s.inlineText += t.text;
            s.inlineCommas += t.commas;
            continue;
        }
        if (!isElement(child))
            continue;
        if (m_result.dropped.count(child)) {
            // A dropped placeholder was still an image: the density of images stays what it was.
            s.images += stats(child).images + isTag(child, GUMBO_TAG_IMG) + hiddenImages(child);
            continue;
        }
        const Stats& c = computeStats(child, depth + 1);
        const GumboTag childTag = tagOf(child);
        s.text += c.text;
        s.linkText += childTag == GUMBO_TAG_A ? c.text : c.linkText;
        s.commas += c.commas;
        s.listText += childTag == GUMBO_TAG_LI ? c.text : c.listText;
        s.paragraphs += c.paragraphs + (childTag == GUMBO_TAG_P);
        s.images += c.images + (childTag == GUMBO_TAG_IMG) + hiddenImages(child);
        s.items += c.items + (childTag == GUMBO_TAG_LI);
        s.inputs += c.inputs + (childTag == GUMBO_TAG_INPUT);
        s.embeds += c.embeds + (childTag == GUMBO_TAG_OBJECT || childTag == GUMBO_TAG_EMBED || childTag == GUMBO_TAG_IFRAME);
        s.headings += c.headings + isHeadingTag(childTag);
        s.rows += c.rows + (childTag == GUMBO_TAG_TR);
        s.tableHeader = s.tableHeader || c.tableHeader || childTag == GUMBO_TAG_TH;
        if (!isBlockTag(childTag) && childTag != GUMBO_TAG_BR) {
            s.inlineText += c.text;
            s.inlineCommas += c.commas;
        }
    }
    return m_stats[node] = s;
}

double& Extractor::candidate(const Node* node)
{
    auto [it, added] = m_scores.try_emplace(node, 0.0);
    if (added)
        it->second = tagBaseScore(tagOf(node)) + weight(node);
    return it->second;
}

void Extractor::scoreParagraphs(const Node* body)
{
    // In document order, so that ties are broken the same way on every run.
    std::vector<const Node*> voters;
    forEachElement(body, [&](const Node* node) {
        const auto it = m_stats.find(node);  // dropped subtrees have no stats
        if (it != m_stats.end() && votes(tagOf(node)) && it->second.inlineText >= 25)
            voters.push_back(node);
    });
    for (const Node* node : voters) {
        const Stats& s = stats(node);
        const double score = 1.0 + s.inlineCommas + std::min(s.inlineText / 100u, 3u);
        // A div that holds its own text is a paragraph and a candidate at once.
        if (tagOf(node) != GUMBO_TAG_P && tagOf(node) != GUMBO_TAG_TD && tagOf(node) != GUMBO_TAG_PRE &&
            !isHeadingTag(tagOf(node)))
            candidate(node) += score;
        const Node* ancestor = node->parent;
        for (int level = 0; level < 5 && isElement(ancestor); ancestor = ancestor->parent) {
            if (isWrapper(ancestor))
                continue;  // a div around one paragraph is that paragraph: not a level of its own
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            candidate(ancestor) += score / divider;
            ++level;
        }
    }
}

const Node* Extractor::pickTop()
{
    const Node* top = nullptr;
    double best = 0;
    std::vector<std::pair<double, const Node*>> ranked;
    for (auto& [node, score] : m_scores) {
        score *= 1.0 - linkDensity(node);
        ranked.emplace_back(score, node);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (ranked.empty())
        return nullptr;
    top = ranked.front().second;
    best = ranked.front().first;
    // When several strong candidates share an ancestor, the article is that ancestor.
    std::vector<const Node*> strong;
    for (std::size_t i = 1; i < ranked.size() && i < 5; ++i)
        if (ranked[i].first >= best * 0.75)
            strong.push_back(ranked[i].second);
    if (strong.size() >= 3) {
        for (const Node* ancestor = top->parent; isElement(ancestor) && !isTag(ancestor, GUMBO_TAG_BODY);
             ancestor = ancestor->parent) {
            int inside = 0;
            for (const Node* other : strong)
                for (const Node* up = other; up; up = up->parent)
                    if (up == ancestor) {
                        ++inside;
                        break;
                    }
            if (inside >= 3) {
                top = ancestor;
                break;
            }
        }
    }
    // Climb while the parent scores higher: the article is bigger than its best part.
    double last = m_scores.count(top) ? m_scores[top] : 0.0;
    const double floor = last / 3;
    for (const Node* parent = top->parent; isElement(parent) && !isTag(parent, GUMBO_TAG_BODY); parent = parent->parent) {
        const auto it = m_scores.find(parent);
        if (it == m_scores.end())
            continue;
        if (it->second < floor)
            break;
        if (it->second > last) {
            top = parent;
            break;
        }
        last = it->second;
    }
    // A lone child says nothing its parent does not.
    while (isElement(top->parent) && !isTag(top->parent, GUMBO_TAG_BODY)) {
        const GumboVector* kids = children(top->parent);
        int elements = 0;
        for (unsigned i = 0; i < kids->length; ++i)
            elements += isElement(static_cast<const Node*>(kids->data[i]));
        if (elements != 1)
            break;
        top = top->parent;
    }
    return top;
}

bool Extractor::shouldDropConditionally(const Node* node) const
{
    const GumboTag tag = tagOf(node);
    const int w = weight(node);
    if (w < 0)
        return true;
    const Stats& s = stats(node);
    if (s.commas >= 10)
        return false;
    if (tag == GUMBO_TAG_TABLE && (s.tableHeader || s.rows >= 10))
        return false;  // a data table
    const bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || (s.text && s.listText * 10 > s.text * 9);
    const double ld = linkDensity(node);
    const bool figure = isTag(node, GUMBO_TAG_FIGURE);
    if (s.images > 1 && s.paragraphs * 2 < s.images && !figure)
        return true;
    if (!list && s.items > s.paragraphs)
        return true;
    if (s.inputs > s.paragraphs / 3)
        return true;
    if (!list && !figure && s.text < 25 && (s.images == 0 || s.images > 2))
        return true;
    if (!list && w < 25 && ld > 0.2)
        return true;
    if (w >= 25 && ld > 0.5)
        return true;
    return (s.embeds == 1 && s.text < 75) || s.embeds > 1;
}

void Extractor::clean(const Node* node, int depth)
{
    const GumboVector* kids = children(node);
    if (!kids || depth > kMaxDepth)
        return;
    for (unsigned i = 0; i < kids->length; ++i) {
        const auto* child = static_cast<const Node*>(kids->data[i]);
        if (!isElement(child) || m_result.dropped.count(child))
            continue;
        clean(child, depth + 1);
        computeStats(child, depth + 1);  // what its children left
        const GumboTag tag = tagOf(child);
        const std::string hints = classAndId(child);
        bool drop = isShareWidget(hints) && stats(child).text < 500;
        drop = drop || ((tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) && weight(child) < 0);
        if (!drop && m_flags.cleanConditionally &&
            (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV ||
             tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_FIELDSET || tag == GUMBO_TAG_ASIDE))
            drop = shouldDropConditionally(child);
        if (drop)
            m_result.dropped.insert(child);
    }
}

ContentSelection Extractor::run()
{
    const Node* body = m_tree.find(GUMBO_TAG_BODY);
    if (!body)
        body = m_tree.root();
    dropNoise(body, 0);
    computeStats(body, 0);
    scoreParagraphs(body);
    const Node* top = pickTop();
    if (!top || isTag(top, GUMBO_TAG_BODY) || isTag(top, GUMBO_TAG_HTML)) {
        m_result.roots.push_back(body);
    } else {
        // Siblings that score like the article, or read like its paragraphs, belong to it.
        const double topScore = m_scores.count(top) ? m_scores[top] : 0.0;
        const double threshold = std::max(10.0, topScore * 0.2);
        const std::string topClass = firstClass(top);
        const GumboVector* siblings = children(top->parent);
        for (unsigned i = 0; i < siblings->length; ++i) {
            const auto* sibling = static_cast<const Node*>(siblings->data[i]);
            if (!isElement(sibling) || m_result.dropped.count(sibling))
                continue;
            bool keep = sibling == top;
            if (!keep) {
                const auto it = m_scores.find(sibling);
                // Blocks of the same kind as the article ("item item-image" beside "item item-text").
                const double bonus = !topClass.empty() && firstClass(sibling) == topClass ? topScore * 0.2 : 0.0;
                keep = it != m_scores.end() && it->second + bonus >= threshold;
            }
            if (!keep && (isTag(sibling, GUMBO_TAG_P) || isWrapper(sibling))) {
                const Stats& s = stats(sibling);
                const double ld = linkDensity(sibling);
                const std::string text = s.text < 80 ? textContent(sibling) : std::string();
                keep = (s.text >= 80 && ld < 0.25) ||
                       (s.text > 0 && s.text < 80 && ld == 0 && (text.ends_with('.') || text.find(". ") != std::string::npos));
            }
            if (keep)
                m_result.roots.push_back(sibling);
        }
    }
    for (const Node* root : m_result.roots)
        clean(root, 0);
    return std::move(m_result);
}

std::size_t textLength(const Node* node, const std::unordered_set<const Node*>& dropped, int depth = 0)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        Stats s;
        countText(node->v.text.text, s);
        return s.text;
    }
    const GumboVector* kids = children(node);
    if (!kids || dropped.count(node) || depth > kMaxDepth)
        return 0;
    std::size_t total = 0;
    for (unsigned i = 0; i < kids->length; ++i)
        total += textLength(static_cast<const Node*>(kids->data[i]), dropped, depth + 1);
    return total;
}

}  // namespace

bool isNeverContent(const Node* node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        break;
    }
    if (!isElement(node))
        return false;
    if (hasAttribute(node, "hidden") || attribute(node, "aria-hidden") == "true")
        return true;
    const std::string style = lower(attribute(node, "style"));
    return style.find("display:none") != std::string::npos || style.find("display: none") != std::string::npos ||
           style.find("visibility:hidden") != std::string::npos || style.find("visibility: hidden") != std::string::npos;
}

ContentSelection selectMainContent(const Tree& tree, const ContentOptions& options)
{
    // Strict first; a page whose article comes out short is tried again with fewer guesses,
    // and the longest result wins.
    const Flags attempts[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    ContentSelection best;
    std::size_t bestLength = 0;
    for (const Flags& flags : attempts) {
        ContentSelection selection = Extractor(tree, options, flags).run();
        std::size_t length = 0;
        for (const Node* root : selection.roots)
            length += textLength(root, selection.dropped);
        if (length > bestLength || best.roots.empty()) {
            best = std::move(selection);
            bestLength = length;
        }
        if (bestLength >= 500)
            break;
    }
    return best;
}

ContentSelection selectWholeBody(const Tree& tree)
{
    ContentSelection selection;
    const Node* body = tree.find(GUMBO_TAG_BODY);
    selection.roots.push_back(body ? body : tree.root());
    forEachElement(selection.roots.front(), [&](const Node* node) {
        if (isNeverContent(node))
            selection.dropped.insert(node);
    });
    return selection;
}

}  // namespace ql::html
