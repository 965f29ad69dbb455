#pragma once
// Corrections of speakers: a new speaker from the selected text (given the current quote),
// editing a speaker's name, role, type and gender, merging a speaker into another (or into a
// new one), splitting an alias out, verifying all of a speaker's quotes, and saying whom a
// mention refers to (with what depends on it).

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/document.h"
#endif

#include <QObject>

class QMenu;

namespace qlui {

class CorrectionActions;
class CorrectionContext;
class SpeakerDialog;
class SpeakerPicker;
class QuoteCorrections;

class SpeakerCorrections final : public QObject {
    Q_OBJECT
public:
    SpeakerCorrections(CorrectionContext& context, CorrectionActions& actions, QObject* parent = nullptr);

    SpeakerDialog* newSpeaker();
    SpeakerDialog* editSpeaker(ql::SpeakerId speaker);
    SpeakerPicker* openMergePicker(ql::SpeakerId from);
    void merge(ql::SpeakerId from, ql::SpeakerId into);
    SpeakerDialog* mergeIntoNew(ql::SpeakerId from);
    void splitAlias(ql::SpeakerId from, const QString& alias);
    void verifyAll(ql::SpeakerId speaker);
    // The mention at the article's cursor or selection refers to `to`.
    void correctMention(ql::Span mention, ql::SpeakerId to);
    SpeakerPicker* openMentionPicker();
    // The mention the reader points at: the selection, or the mention under the cursor.
    std::optional<ql::Span> pointedMention(int position = -1) const;

    // Speaker entries for a context menu: Edit, Merge Into ▸, Split Alias ▸, Verify All.
    void addSpeakerMenu(QMenu& menu, ql::SpeakerId speaker);
    // "“he” Refers To ▸" for a mention.
    void addMentionMenu(QMenu& menu, ql::Span mention);
    void updateActions();

private:
    void askAlias(ql::SpeakerId from);

    CorrectionContext& m_context;
    CorrectionActions& m_actions;
};

}  // namespace qlui
