#include "import/html_render.h"

namespace ql::html {

namespace {

class Renderer final {
public:
    Renderer(const ContentSelection& selection, DocumentBuilder& builder) : m_selection(selection), m_builder(builder) {}

    void node(const Node* n, int depth)
    {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            if (m_pre > 0)
                m_builder.appendVerbatim(n->v.text.text);
            else
                m_builder.appendText(n->v.text.text);
            return;
        }
        if (!isElement(n) || depth > kMaxDepth || m_selection.dropped.count(n) || isNeverContent(n))
            return;
        const GumboTag tag = tagOf(n);
        switch (tag) {
        case GUMBO_TAG_BR:
        case GUMBO_TAG_HR:
            m_builder.lineBreak();
            return;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            block(n, depth, BlockKind::Heading, headingLevel(tag));
            return;
        case GUMBO_TAG_BLOCKQUOTE:
            block(n, depth, BlockKind::Blockquote, 0);
            return;
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DD:
            block(n, depth, BlockKind::ListItem, std::max(m_listDepth, 1));
            return;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
            ++m_listDepth;
            block(n, depth, BlockKind::Paragraph, 0);
            --m_listDepth;
            return;
        case GUMBO_TAG_PRE:
            ++m_pre;
            block(n, depth, BlockKind::Paragraph, 0);
            --m_pre;
            return;
        case GUMBO_TAG_EM: case GUMBO_TAG_I:
            styled(n, depth, InlineStyle::Emphasis, {});
            return;
        case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
            styled(n, depth, InlineStyle::Strong, {});
            return;
        case GUMBO_TAG_A: {
            const std::string_view href = attribute(n, "href");
            if (href.empty() || lower(href.substr(0, 11)) == "javascript:")
                children(n, depth);
            else
                styled(n, depth, InlineStyle::Link, std::string(href));
            return;
        }
        default:
            if (isBlockTag(tag))
                block(n, depth, BlockKind::Paragraph, 0);
            else
                children(n, depth);
        }
    }

private:
    void children(const Node* n, int depth)
    {
        const GumboVector* kids = html::children(n);
        for (unsigned i = 0; kids && i < kids->length; ++i)
            node(static_cast<const Node*>(kids->data[i]), depth + 1);
    }
    void block(const Node* n, int depth, BlockKind kind, int level)
    {
        m_builder.openBlock(kind, level);
        children(n, depth);
        m_builder.closeBlock();
    }
    void styled(const Node* n, int depth, InlineStyle style, std::string href)
    {
        m_builder.openStyle(style, std::move(href));
        children(n, depth);
        m_builder.closeStyle();
    }

    const ContentSelection& m_selection;
    DocumentBuilder& m_builder;
    int m_listDepth = 0;
    int m_pre = 0;
};

}  // namespace

void render(const ContentSelection& selection, DocumentBuilder& builder)
{
    Renderer renderer(selection, builder);
    for (const Node* root : selection.roots)
        renderer.node(root, 0);
}

}  // namespace ql::html
