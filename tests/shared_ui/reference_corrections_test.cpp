// The reviewer's path on the reference article, in the window: a Rasmussen quote is given to
// Lavrov with the popup and back with undo, then Rasmussen is merged into a new speaker made
// from the words "NATO Secretary General" selected in the article. Set
// QUOTELENS_SCREENSHOT_DIR to keep a picture of the window after the reassignment (for a
// look; pictures of this article's text are not committed).
#include "../ui/correction_fixture.h"
#include "extract/pipeline.h"
#include "ui/labels.h"
#include "ui/speaker_dialog.h"
#include "ui/speaker_panel.h"
#include "ui/speaker_picker.h"

#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace {
const QString kArticle = QStringLiteral(QUOTELENS_SHARED_DIR "/corpus/000_8181f8be8ae015c2.txt");

ql::SpeakerId speakerNamed(const ql::AnnotationSet& set, std::string_view part)
{
    for (const ql::Speaker& s : set.speakers)
        if (s.name.find(part) != std::string::npos)
            return s.id;
    return {};
}
}  // namespace

TEST_CASE("reference article: a Rasmussen quote to Lavrov and back, Rasmussen merged into a new speaker")
{
    qltest::CorrectionFixture f;
    REQUIRE(f.window.openFile(kArticle));
    REQUIRE(qltest::waitUntil([&] { return !f.session.analysing() && !f.view->rendering(); }));
    const ql::AnnotationSet engine = f.annotations();
    REQUIRE(engine == ql::extractQuotes(f.session.document().text));
    const ql::SpeakerId rasmussen = speakerNamed(engine, "Rasmussen");
    const ql::SpeakerId lavrov = speakerNamed(engine, "Lavrov");
    REQUIRE(rasmussen);
    REQUIRE(lavrov);
    const auto agree = std::find_if(engine.quotes.begin(), engine.quotes.end(), [&](const ql::Quote& q) {
        return q.speaker == rasmussen && qlui::quoteText(f.session.document(), q).startsWith(QStringLiteral("We do not agree"));
    });
    REQUIRE(agree != engine.quotes.end());

    // Select the quote (a click on its row), R, type "lav", Enter.
    f.select(agree->id.value);
    f.key(Qt::Key_R);
    auto* picker = f.find<qlui::SpeakerPicker>();
    REQUIRE(picker);
    QTest::keyClicks(picker->searchField(), QStringLiteral("lav"));
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    if (auto* prompt = f.find<QMessageBox>(QStringLiteral("propagationPrompt")))  // a quote that goes on from it
        prompt->findChild<QPushButton*>(QStringLiteral("moveOne"))->click();
    CHECK(f.speakerOf(agree->id.value) == lavrov);
    CHECK(f.panelSpeaker(agree->id.value).contains(QStringLiteral("Lavrov")));
    const QString lavrovQuote = QStringLiteral("We believe we still have");
    CHECK(f.background("We do not agree") == f.background(lavrovQuote.toStdString()));
    if (const QByteArray dir = qgetenv("QUOTELENS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTextCursor cursor = f.view->textCursor();
        cursor.clearSelection();  // the quote in its new speaker's colour, not in the selection's
        f.view->setTextCursor(cursor);
        QTest::qWait(200);  // let the layout settle
        CHECK(f.window.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("reassigned.png"))));
    }

    f.undoKey();
    CHECK(f.annotations() == engine);

    // Select "NATO Secretary General", P, Enter: a new speaker, given the quote.
    f.select(agree->id.value);
    f.selectText("NATO Secretary General");
    f.key(Qt::Key_P);
    auto* dialog = f.find<qlui::SpeakerDialog>();
    REQUIRE(dialog);
    CHECK(dialog->nameEdit()->text() == QStringLiteral("NATO Secretary General"));
    dialog->accept();
    const ql::SpeakerId created = speakerNamed(f.annotations(), "NATO Secretary General");
    REQUIRE(created);
    CHECK(f.speakerOf(agree->id.value) == created);

    // Rasmussen selected in the panel, merged into it.
    f.window.speakerPanel()->selectSpeaker(rasmussen);
    f.actions.mergeSpeaker->trigger();
    picker = f.find<qlui::SpeakerPicker>();
    REQUIRE(picker);
    QTest::keyClicks(picker->searchField(), QStringLiteral("secretary"));
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    CHECK_FALSE(f.annotations().speaker(rasmussen));
    for (const ql::Quote& q : engine.quotes)
        if (q.speaker == rasmussen)
            CHECK(f.speakerOf(q.id.value) == created);

    f.undoKey();
    f.undoKey();
    CHECK(f.annotations() == engine);
}
