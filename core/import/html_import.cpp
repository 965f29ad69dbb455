#include "import/html_import.h"

#include "import/document_builder.h"
#include "import/html_content.h"
#include "import/html_dom.h"
#include "import/html_metadata.h"
#include "import/html_render.h"

#include <algorithm>
#include <array>
#include <cctype>

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

std::size_t unclosedFormattingTags(std::string_view html)
{
    static constexpr std::array<std::string_view, 14> kFormatting = {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"};
    std::size_t open = 0;
    std::size_t closed = 0;
    for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        std::size_t i = at + 1;
        const bool end = i < html.size() && html[i] == '/';
        i += end;
        std::string name;
        while (i < html.size() && name.size() < 8 && std::isalpha(static_cast<unsigned char>(html[i])))
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
        const bool tagEnds = i == html.size() || html[i] == '>' || html[i] == '/' || std::isspace(static_cast<unsigned char>(html[i]));
        if (!tagEnds || std::find(kFormatting.begin(), kFormatting.end(), name) == kFormatting.end())
            continue;
        (end ? closed : open) += 1;
    }
    return open > closed ? open - closed : 0;
}

}  // namespace ql
