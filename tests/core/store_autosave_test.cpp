// Autosave to a recovery file: written when the work changed, read back after a crash
// with its undo history, removed once the work is saved.
#include "edit/builders.h"
#include "store/autosave.h"
#include "edit_fixture.h"
#include "store_temp_dir.h"

#include <catch2/catch.hpp>

#include <cerrno>

using namespace ql;
using ql::test::TempDir;

namespace {

class FullDisk final : public FileOps {
public:
    long write(int, const char*, std::size_t) override
    {
        errno = ENOSPC;
        return -1;
    }
};

}  // namespace

TEST_CASE("store autosave: unsaved work survives a crash")
{
    TempDir dir;
    const std::string annotations = annotationPathFor(dir.file("article.txt"));
    CHECK(recoveryPathFor(annotations) == annotations + ".recovery");
    CHECK_FALSE(hasRecovery(annotations));

    Document d = ql::test::sampleDocument();
    History h;
    {
        Autosaver autosaver(annotations);
        REQUIRE(h.perform({ReassignQuote{QuoteId{2}, SpeakerId{2}}}, d).ok());
        REQUIRE(autosaver.save(d, h).empty());
        REQUIRE(autosaver.save(d, h).empty());  // nothing changed: nothing written
        CHECK(autosaver.writes() == 1);
        REQUIRE(h.perform({verifyAllFrom(d.annotations, SpeakerId{1})}, d).ok());
        REQUIRE(autosaver.save(d, h).empty());
        CHECK(autosaver.writes() == 2);
        // The session ends here without saving, as in a crash: the autosaver is gone.
    }
    REQUIRE(hasRecovery(annotations));
    const LoadedAnnotations recovered = loadRecovery(annotations, d.text);
    REQUIRE(recovered.ok());
    CHECK(recovered.document.annotations == d.annotations);
    History history = recovered.history;
    Document again = recovered.document;
    REQUIRE(history.position() == 2);
    while (history.canUndo())
        REQUIRE(history.undo(again).empty());
    CHECK(again.annotations == ql::test::sampleDocument().annotations);

    // Saved for real: the recovery file goes.
    Autosaver next(annotations);
    REQUIRE(saveAnnotationFile(annotations, recovered.document, recovered.history).empty());
    REQUIRE(next.discard().empty());
    CHECK_FALSE(hasRecovery(annotations));
    CHECK(next.discard().empty());  // already gone is fine
}

TEST_CASE("store autosave: a failed autosave keeps the last recovery file")
{
    TempDir dir;
    const std::string annotations = dir.file("a.txt.quotelens.json");
    Document d = ql::test::sampleDocument();
    History h;
    Autosaver good(annotations);
    REQUIRE(good.save(d, h).empty());
    const std::string before = ql::test::readFile(recoveryPathFor(annotations));

    FullDisk full;
    Autosaver failing(annotations, full);
    REQUIRE(h.perform({RejectQuote{QuoteId{1}}}, d).ok());
    const std::string error = failing.save(d, h);
    CHECK(error == "could not save \"" + recoveryPathFor(annotations) +
                       "\": No space left on device (writing); the previous file is unchanged");
    CHECK(failing.writes() == 0);
    CHECK(ql::test::readFile(recoveryPathFor(annotations)) == before);
    CHECK(dir.entries() == 1);
}
