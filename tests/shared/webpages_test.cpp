// HTML article extraction measured against Readability's extractions of the same pages
// (../shared/eval/webpages/*/expected.html), read in place: the word-level F1 per page and
// the mean, printed as a table. Target: mean >= 0.95, no page below 0.80.
#include "import/article_import.h"
#include "import/text_similarity.h"
#include "io/article_reader.h"
#include "io/json_fields.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace {

ql::Document importPage(const fs::path& path, bool wholePage)
{
    const ql::ImportResult result = ql::importArticleFile(path.string(), {.mainContentOnly = !wholePage});
    INFO(path.string() << ": " << result.error);
    REQUIRE(result.ok());
    return result.document;
}

// Readability's title, white space collapsed as the import collapses it.
std::string expectedTitle(const fs::path& page)
{
    std::ifstream in(page / "expected-metadata.json");
    const ql::Json meta = ql::Json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (!meta.is_object() || !meta.contains("title") || !meta["title"].is_string())
        return {};
    std::string title;
    for (char c : meta["title"].get<std::string>()) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (title.empty() || title.back() == ' '))
            continue;
        title += space ? ' ' : c;
    }
    while (!title.empty() && title.back() == ' ')
        title.pop_back();
    return title;
}

}  // namespace

TEST_CASE("webpages: article text matches Readability's extraction")
{
    const fs::path root = fs::path(QUOTELENS_SHARED_DIR) / "eval" / "webpages";
    std::vector<fs::path> pages;
    for (const auto& entry : fs::directory_iterator(root))
        if (fs::exists(entry.path() / "source.html") && fs::exists(entry.path() / "expected.html"))
            pages.push_back(entry.path());
    std::sort(pages.begin(), pages.end());
    REQUIRE(pages.size() >= 10);

    double sum = 0;
    double worst = 1;
    std::size_t sameTitle = 0;
    std::printf("%-20s %9s %9s %9s %7s %7s\n", "page", "precision", "recall", "F1", "words", "ref");
    for (const fs::path& page : pages) {
        const ql::Document extracted = importPage(page / "source.html", false);
        const ql::Document reference = importPage(page / "expected.html", true);
        const ql::WordOverlap o = ql::wordOverlap(extracted.text, reference.text);
        std::printf("%-20s %9.3f %9.3f %9.3f %7zu %7zu\n", page.filename().c_str(), o.precision(), o.recall(), o.f1(),
                    o.extracted, o.reference);
        const std::string title = expectedTitle(page);
        sameTitle += extracted.meta.title == title;
        if (extracted.meta.title != title)
            std::printf("%-20s title \"%s\", Readability's \"%s\"\n", "", extracted.meta.title.c_str(), title.c_str());
        sum += o.f1();
        worst = std::min(worst, o.f1());
        INFO(page.filename().string());
        CHECK(o.f1() >= 0.80);
    }
    const double mean = sum / pages.size();
    std::printf("%-20s %29.3f   (%zu pages, worst %.3f)\n", "mean", mean, pages.size(), worst);
    CHECK(mean >= 0.95);
    std::printf("titles as Readability has them: %zu of %zu\n", sameTitle, pages.size());
    CHECK(sameTitle * 10 >= pages.size() * 9);
}
