// Corrections on the reference article: a deliberately wrong attribution is made and fixed
// again (a Rasmussen quote to Lavrov and back), Rasmussen is merged into a new speaker made
// from a selection, everything survives saving and reopening, and undoing it all gives back
// exactly what the engine found.
#include "edit/builders.h"
#include "edit/candidates.h"
#include "edit/chain.h"
#include "extract/pipeline.h"
#include "io/article_reader.h"
#include "store/annotation_file.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace ql;

namespace {

SpeakerId speakerNamed(const AnnotationSet& set, std::string_view part)
{
    for (const Speaker& s : set.speakers)
        if (s.name.find(part) != std::string::npos)
            return s.id;
    return {};
}

void perform(History& h, const Edit& edit, Document& d)
{
    const ApplyResult r = h.perform(edit, d);
    INFO(describe(edit) << ": " << r.error);
    REQUIRE(r.ok());
}

}  // namespace

TEST_CASE("edit reference article: fix a wrong attribution, merge a speaker, save, reopen, undo everything")
{
    const ArticleText article = readArticleFile(QUOTELENS_SHARED_DIR "/corpus/000_8181f8be8ae015c2.txt");
    REQUIRE(article.ok());
    Document d;
    d.text = article.text;
    d.annotations = extractQuotes(d.text);
    const AnnotationSet engine = d.annotations;
    const SpeakerId rasmussen = speakerNamed(engine, "Rasmussen");
    const SpeakerId lavrov = speakerNamed(engine, "Lavrov");
    REQUIRE(rasmussen);
    REQUIRE(lavrov);
    auto quotesOf = [&](SpeakerId s) {
        return std::count_if(d.annotations.quotes.begin(), d.annotations.quotes.end(),
                             [s](const Quote& q) { return q.speaker == s; });
    };
    const auto rasmussenQuotes = quotesOf(rasmussen);
    REQUIRE(rasmussenQuotes >= 2);
    const QuoteId wrong =
        std::find_if(engine.quotes.begin(), engine.quotes.end(), [&](const Quote& q) { return q.speaker == rasmussen; })->id;

    History h;
    // Lavrov is a candidate for the quote, and the reassignment is one step each way.
    const auto candidates = reassignCandidates(d.annotations, wrong);
    CHECK(std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) { return c.speaker == lavrov; }));
    perform(h, {ReassignQuote{wrong, lavrov}}, d);
    CHECK(d.annotations.quote(wrong)->speaker == lavrov);
    REQUIRE(h.undo(d).empty());
    CHECK(d.annotations == engine);
    REQUIRE(h.redo(d).empty());
    perform(h, {ReassignQuote{wrong, rasmussen}}, d);
    CHECK(quotesOf(rasmussen) == rasmussenQuotes);

    // A new speaker from the words "NATO Secretary General", and Rasmussen merged into it.
    const auto at = static_cast<std::uint32_t>(d.text.find("NATO Secretary General"));
    REQUIRE(at != std::string::npos);
    const CreateSpeaker created = speakerFromSelection(d, Span{at, at + 22});
    perform(h, {created}, d);
    perform(h, {MergeSpeakers{rasmussen, created.id}}, d);
    CHECK(quotesOf(created.id) == rasmussenQuotes);
    CHECK_FALSE(d.annotations.speaker(rasmussen));
    const Speaker& merged = *d.annotations.speaker(created.id);
    CHECK(merged.name == "NATO Secretary General");
    CHECK(std::find(merged.aliases.begin(), merged.aliases.end(), engine.speaker(rasmussen)->name) != merged.aliases.end());

    // Saved and reopened: the same annotations, and the whole history can be undone.
    const std::string path = "/tmp/quotelens-reference-" + std::to_string(::getpid()) + ".quotelens.json";
    REQUIRE(saveAnnotationFile(path, d, h).empty());
    const LoadedAnnotations loaded = loadAnnotationFile(path, d.text);
    std::remove(path.c_str());
    REQUIRE(loaded.ok());
    CHECK(loaded.document.annotations == d.annotations);
    Document reopened = loaded.document;
    History history = loaded.history;
    CHECK(history.steps().size() == 4);
    while (history.canUndo())
        REQUIRE(history.undo(reopened).empty());
    CHECK(reopened.annotations == engine);
}
