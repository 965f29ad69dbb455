#pragma once
// What the corrections act on and through: the current quote (the quote panel's), the
// current speaker, the reader's selection in the article, and the edit stack. Every edit a
// correction makes goes through perform(), which says in the status bar what was done or why
// it was refused.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/document.h"
#include "edit/edit.h"
#endif

#include <QString>

#include <optional>

class QMainWindow;
class QPoint;

namespace qlui {

class ArticleView;
class DocumentSession;
class EditStack;
class QuotePanel;
class SpeakerPanel;
struct PickerEntry;

class CorrectionContext final {
public:
    CorrectionContext(QMainWindow& window, EditStack& edits, QuotePanel& quotes, SpeakerPanel& speakers,
                      ArticleView& article);

    QMainWindow& window() const { return m_window; }
    EditStack& edits() const { return m_edits; }
    QuotePanel& quotes() const { return m_quotes; }
    SpeakerPanel& speakers() const { return m_speakers; }
    ArticleView& article() const { return m_article; }
    const DocumentSession& session() const;
    const ql::Document& document() const;
    const ql::AnnotationSet& annotations() const { return document().annotations; }

    ql::QuoteId currentQuote() const;
    const ql::Quote* quote() const;  // the current one, or null
    // The speaker selected in the speaker panel, else the current quote's.
    ql::SpeakerId currentSpeaker() const;
    // The reader's selection in the article, as bytes.
    std::optional<ql::Span> selection() const;

    // Applies the edit as one undo step; `done` goes to the status bar after it, the reason to
    // refuse instead. Returns whether it was applied.
    bool perform(const ql::Edit& edit, const QString& done = {}, bool merge = true);
    void message(const QString& text) const;

    // Makes the quote current in the panel and shows it in the article.
    void goToQuote(ql::QuoteId id) const;
    // Where a popup about the current quote opens (global coordinates).
    QPoint popupPoint() const;
    PickerEntry entry(ql::SpeakerId speaker, const QString& note = {}) const;
    QString name(ql::SpeakerId speaker) const;

private:
    QMainWindow& m_window;
    EditStack& m_edits;
    QuotePanel& m_quotes;
    SpeakerPanel& m_speakers;
    ArticleView& m_article;
};

}  // namespace qlui
