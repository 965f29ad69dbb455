#include "ui/correction_context.h"

#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/edit_stack.h"
#include "ui/labels.h"
#include "ui/quote_panel.h"
#include "ui/speaker_panel.h"
#include "ui/speaker_picker.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

namespace qlui {

namespace {
constexpr int kMessageMs = 8000;
}

CorrectionContext::CorrectionContext(QMainWindow& window, EditStack& edits, QuotePanel& quotes,
                                     SpeakerPanel& speakers, ArticleView& article)
    : m_window(window), m_edits(edits), m_quotes(quotes), m_speakers(speakers), m_article(article)
{
}

const DocumentSession& CorrectionContext::session() const { return m_edits.session(); }

const ql::Document& CorrectionContext::document() const { return session().document(); }

ql::QuoteId CorrectionContext::currentQuote() const { return m_quotes.currentQuote(); }

const ql::Quote* CorrectionContext::quote() const { return annotations().quote(currentQuote()); }

ql::SpeakerId CorrectionContext::currentSpeaker() const
{
    if (const ql::SpeakerId selected = m_speakers.currentSpeaker())
        return selected;
    const ql::Quote* q = quote();
    return q && annotations().speaker(q->speaker) ? q->speaker : ql::SpeakerId{};
}

std::optional<ql::Span> CorrectionContext::selection() const { return m_article.readerSelection(); }

bool CorrectionContext::perform(const ql::Edit& edit, const QString& done, bool merge)
{
    const ql::ApplyResult result = m_edits.perform(edit, merge);
    if (!result.ok()) {
        QString reason = fromUtf8(result.error);
        if (!reason.isEmpty())
            reason[0] = reason[0].toUpper();
        message(QObject::tr("Not changed: %1.").arg(reason));
        return false;
    }
    if (!done.isEmpty())
        message(done);
    return true;
}

void CorrectionContext::message(const QString& text) const { m_window.statusBar()->showMessage(text, kMessageMs); }

void CorrectionContext::goToQuote(ql::QuoteId id) const
{
    m_quotes.selectQuote(id);
    m_article.showQuote(id);
}

QPoint CorrectionContext::popupPoint() const
{
    // Under the quote where the reader is looking: its row when the quote panel has the focus.
    const QTableView* table = m_quotes.table();
    if (table->hasFocus() && table->currentIndex().isValid()) {
        const QRect row = table->visualRect(table->currentIndex());
        return table->viewport()->mapToGlobal(QPoint(row.left(), row.bottom() + 4));
    }
    return m_article.popupPoint();
}

PickerEntry CorrectionContext::entry(ql::SpeakerId speaker, const QString& note) const
{
    return {speaker, name(speaker), note, session().colors().color(speaker), 0};
}

QString CorrectionContext::name(ql::SpeakerId speaker) const { return speakerName(annotations(), speaker); }

}  // namespace qlui
