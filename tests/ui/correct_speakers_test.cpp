// Correcting speakers through the window: a new speaker from the selection, editing, merging
// (into another or into a new speaker), splitting an alias, verifying all; each undone and redone.
#include "correction_fixture.h"
#include "ui/speaker_dialog.h"
#include "ui/speaker_list_model.h"
#include "ui/speaker_panel.h"
#include "ui/speaker_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>

#include <functional>

using qltest::CorrectionFixture;

namespace {

qlui::SpeakerDialog* speakerDialog(CorrectionFixture& f)
{
    auto* dialog = f.find<qlui::SpeakerDialog>();
    REQUIRE(dialog);
    return dialog;
}

QStringList speakerRows(const CorrectionFixture& f)
{
    QStringList names;
    const QAbstractItemModel* model = f.window.speakerPanel()->speakers();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, qlui::SpeakerListModel::NameColumn).data().toString();
    names.sort();
    return names;
}

}  // namespace

TEST_CASE("correcting: each edit of a speaker through the window, undone and redone")
{
    struct Row {
        const char* name;
        bool chain;  // on the document where Rasmussen has an alias
        std::function<void(CorrectionFixture&)> edit;
        std::function<void(CorrectionFixture&)> check;
    };
    const Row rows[] = {
        {"P makes a speaker of the selected name and gives it the current quote", false,
         [](CorrectionFixture& f) {
             f.select(3);
             f.selectText("one message");
             f.key(Qt::Key_P);
             qlui::SpeakerDialog* dialog = speakerDialog(f);
             CHECK(dialog->nameEdit()->text() == QStringLiteral("one message"));
             CHECK(dialog->assignBox()->isChecked());
             dialog->nameEdit()->setText(QStringLiteral("Harbour worker"));
             dialog->roleEdit()->setText(QStringLiteral("fisherman"));
             dialog->genderBox()->setCurrentIndex(dialog->genderBox()->findData(static_cast<int>(ql::Gender::Male)));
             dialog->accept();
         },
         [](CorrectionFixture& f) {
             const ql::Speaker* made = f.speakerNamed("Harbour worker");
             REQUIRE(made);
             CHECK(made->role == "fisherman");
             CHECK(made->gender == ql::Gender::Male);
             CHECK(f.speakerOf(3) == made->id);
             CHECK(f.panelSpeaker(3) == QStringLiteral("Harbour worker"));
             CHECK(speakerRows(f).contains(QStringLiteral("Harbour worker")));
             CHECK(f.background("scandal") != f.background("reopen"));
             CHECK(f.background("scandal") != f.background("city"));
         }},
        {"E edits the selected speaker's role", false,
         [](CorrectionFixture& f) {
             f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{2});
             f.view->setFocus();
             f.key(Qt::Key_E);
             qlui::SpeakerDialog* dialog = speakerDialog(f);
             CHECK(dialog->nameEdit()->text() == QStringLiteral("Ana Núñez"));
             dialog->roleEdit()->setText(QStringLiteral("Mayor of Harbour"));
             dialog->accept();
         },
         [](CorrectionFixture& f) {
             CHECK(f.annotations().speaker(ql::SpeakerId{2})->role == "Mayor of Harbour");
             CHECK(f.annotations().speaker(ql::SpeakerId{2})->name == "Ana Núñez");
         }},
        {"E renames the current quote's speaker", false,
         [](CorrectionFixture& f) {
             f.select(1);
             f.key(Qt::Key_E);
             qlui::SpeakerDialog* dialog = speakerDialog(f);
             dialog->nameEdit()->setText(QStringLiteral("Zoë Ørsted-Berg"));
             dialog->accept();
         },
         [](CorrectionFixture& f) {
             CHECK(f.panelSpeaker(1) == QStringLiteral("Zoë Ørsted-Berg"));
             CHECK(f.actions.undo->text() == QStringLiteral("&Undo Rename speaker"));
         }},
        {"merging a speaker into another moves all her quotes", false,
         [](CorrectionFixture& f) {
             f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{1});
             f.actions.mergeSpeaker->trigger();
             auto* picker = f.find<qlui::SpeakerPicker>();
             REQUIRE(picker);
             QTest::keyClicks(picker->searchField(), QStringLiteral("ana"));
             QTest::keyClick(picker->searchField(), Qt::Key_Return);
         },
         [](CorrectionFixture& f) {
             CHECK_FALSE(f.annotations().speaker(ql::SpeakerId{1}));
             CHECK(f.speakerOf(1) == ql::SpeakerId{2});
             CHECK(speakerRows(f) == QStringList{QStringLiteral("Ana Núñez")});
             CHECK(f.background("reopen") == f.background("city"));
         }},
        {"merging a speaker into a new one", false,
         [](CorrectionFixture& f) {
             f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{1});
             f.actions.mergeSpeaker->trigger();
             auto* picker = f.find<qlui::SpeakerPicker>();
             REQUIRE(picker);
             picker->choose(picker->list()->count() - 1);  // "New speaker…"
             qlui::SpeakerDialog* dialog = speakerDialog(f);
             CHECK(dialog->nameEdit()->text() == QStringLiteral("Zoë Ørsted"));
             dialog->nameEdit()->setText(QStringLiteral("Harbour engineers"));
             dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(static_cast<int>(ql::SpeakerType::Organization)));
             dialog->accept();
         },
         [](CorrectionFixture& f) {
             CHECK_FALSE(f.annotations().speaker(ql::SpeakerId{1}));
             const ql::Speaker* made = f.speakerNamed("Harbour engineers");
             REQUIRE(made);
             CHECK(made->type == ql::SpeakerType::Organization);
             CHECK(f.speakerOf(1) == made->id);
             CHECK(f.panelSpeaker(1) == QStringLiteral("Harbour engineers"));
         }},
        {"splitting an alias out makes it a speaker of its own", true,
         [](CorrectionFixture& f) {
             f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{1});
             f.actions.splitAlias->trigger();
             auto* dialog = f.find<QInputDialog>(QStringLiteral("splitAliasDialog"));
             REQUIRE(dialog);
             dialog->setTextValue(QStringLiteral("Rasmussen"));
             dialog->accept();
         },
         [](CorrectionFixture& f) {
             REQUIRE(f.speakerNamed("Rasmussen"));
             CHECK(f.speakerNamed("Anders Rasmussen")->aliases.empty());
             CHECK(speakerRows(f).contains(QStringLiteral("Rasmussen")));
         }},
        {"verifying all from a speaker", true,
         [](CorrectionFixture& f) {
             f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{1});
             f.actions.verifyAllFromSpeaker->trigger();
         },
         [](CorrectionFixture& f) {
             for (const std::uint32_t id : {1u, 2u, 3u})
                 CHECK(f.quote(id).verified);
             CHECK(f.actions.undo->text() == QStringLiteral("&Undo Verify all from speaker"));
         }},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name)
        {
            CorrectionFixture f(row.chain ? qltest::chainDocument() : qltest::annotatedDocument());
            const ql::AnnotationSet before = f.annotations();
            row.edit(f);
            row.check(f);
            f.checkOneStep(before);
            row.check(f);
        }
    }
}

TEST_CASE("correcting: the speaker selected in the panel stays selected through an edit")
{
    CorrectionFixture f;
    f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{2});
    REQUIRE(f.view->onlySpeaker() == ql::SpeakerId{2});
    f.actions.verifyAllFromSpeaker->trigger();
    CHECK(f.window.speakerPanel()->currentSpeaker() == ql::SpeakerId{2});
    CHECK(f.view->onlySpeaker() == ql::SpeakerId{2});
}
