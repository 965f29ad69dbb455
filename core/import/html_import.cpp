#include "import/html_import.h"

#include "import/document_builder.h"
#include "import/html_content.h"
#include "import/html_dom.h"
#include "import/html_metadata.h"
#include "import/html_render.h"

namespace ql {

Document importHtml(std::string_view utf8, const HtmlImportOptions& options)
{
    const html::Tree tree(utf8);
    ArticleMetadata meta = html::readMetadata(tree);
    const html::ContentSelection selection =
        options.mainContentOnly ? html::selectMainContent(tree, {.title = meta.title}) : html::selectWholeBody(tree);
    if (meta.byline.empty())
        meta.byline = selection.byline;
    DocumentBuilder builder;
    builder.setQuoteBlockquotes(options.quoteBlockquotes);
    html::render(selection, builder);
    Document document = builder.take();
    document.meta = std::move(meta);
    return document;
}

}  // namespace ql
