#pragma once
// Corrections of quotes, on the current quote: reassigning it (ranked candidates on keys 1-9,
// a search popup, with the offer to move what hangs on the same mention), adding and deleting
// quotes, setting and nudging spans, mentions and cues, and the review path (verify, next to
// check). The actions keep their labels and enabled state in step with the current quote.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/document.h"
#include "edit/edit.h"
#endif

#include <QObject>

class QMenu;

namespace qlui {

class CorrectionActions;
class CorrectionContext;
class SpeakerPicker;

class QuoteCorrections final : public QObject {
    Q_OBJECT
public:
    QuoteCorrections(CorrectionContext& context, CorrectionActions& actions, QObject* parent = nullptr);

    // Gives the quote to `to` (none: unattributed). When other quotes got their speaker
    // through the same mention, asks first whether they move too (a QMessageBox, window-modal).
    void reassign(ql::QuoteId quote, ql::SpeakerId to);
    // The popup with the current quote's candidates and a search field.
    SpeakerPicker* openReassignPicker();
    void addQuote();
    void nudge(ql::Edge edge, ql::NudgeUnit unit, int steps);
    // A quote's edge dragged in the article (the handles): one undo step.
    void dropEdge(const ql::SetQuoteSpans& edit);
    void nextToCheck();
    void verifyAndNext();

    // The current quote's candidates as a menu (for the context menus).
    void addReassignMenu(QMenu& menu) const;
    void updateActions();

private:
    void connectActions();
    void deleteQuote();
    void setSpan();
    void setMention(bool set);
    void setCue(bool set);
    void toggleVerified(bool verified);
    // The selection, trimmed, or a message saying one is needed.
    std::optional<ql::Span> selectionFor(const QString& what, bool dropQuoteMarks) const;

    CorrectionContext& m_context;
    CorrectionActions& m_actions;
};

}  // namespace qlui
