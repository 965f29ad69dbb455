#include "import/markdown_import.h"

#include "import/document_builder.h"
#include "import/html_content.h"
#include "import/html_render.h"

#include <cmark.h>

#include <memory>

namespace ql {

namespace {

struct NodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

std::string_view literal(cmark_node* node)
{
    const char* text = cmark_node_get_literal(node);
    return text ? std::string_view(text) : std::string_view();
}

// Raw HTML inside Markdown is laid out like any HTML, in place.
void renderHtmlBlock(std::string_view html, DocumentBuilder& builder)
{
    const html::Tree tree(html);
    html::render(html::selectWholeBody(tree), builder);
}

}  // namespace

Document importMarkdown(std::string_view utf8, bool quoteBlockquotes)
{
    const std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parse_document(utf8.data(), utf8.size(), CMARK_OPT_DEFAULT));
    DocumentBuilder builder;
    builder.setQuoteBlockquotes(quoteBlockquotes);
    if (!root)
        return builder.take();
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root.get()));
    int listDepth = 0;
    int insideImage = 0;  // an image's alt text is not article text
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const bool enter = event == CMARK_EVENT_ENTER;
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE) {
            insideImage += enter ? 1 : -1;
            continue;
        }
        if (insideImage > 0)
            continue;
        switch (type) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_CUSTOM_BLOCK:
            enter ? builder.openBlock(BlockKind::Paragraph) : builder.closeBlock();
            break;
        case CMARK_NODE_HEADING:
            enter ? builder.openBlock(BlockKind::Heading, cmark_node_get_heading_level(node)) : builder.closeBlock();
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            enter ? builder.openBlock(BlockKind::Blockquote) : builder.closeBlock();
            break;
        case CMARK_NODE_LIST:
            listDepth += enter ? 1 : -1;
            enter ? builder.openBlock(BlockKind::Paragraph) : builder.closeBlock();
            break;
        case CMARK_NODE_ITEM:
            enter ? builder.openBlock(BlockKind::ListItem, listDepth) : builder.closeBlock();
            break;
        case CMARK_NODE_CODE_BLOCK:
            builder.openBlock(BlockKind::Paragraph);
            builder.appendVerbatim(literal(node));
            builder.closeBlock();
            break;
        case CMARK_NODE_HTML_BLOCK:
            builder.openBlock(BlockKind::Paragraph);
            renderHtmlBlock(literal(node), builder);
            builder.closeBlock();
            break;
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_LINEBREAK:
            builder.lineBreak();
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            builder.appendText(literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            builder.appendText(" ");
            break;
        case CMARK_NODE_HTML_INLINE:
            if (literal(node).starts_with("<br"))
                builder.lineBreak();
            break;
        case CMARK_NODE_EMPH:
            enter ? builder.openStyle(InlineStyle::Emphasis) : builder.closeStyle();
            break;
        case CMARK_NODE_STRONG:
            enter ? builder.openStyle(InlineStyle::Strong) : builder.closeStyle();
            break;
        case CMARK_NODE_LINK: {
            const char* url = cmark_node_get_url(node);
            enter ? builder.openStyle(InlineStyle::Link, url ? url : "") : builder.closeStyle();
            break;
        }
        default:
            break;
        }
    }
    return builder.take();
}

}  // namespace ql
