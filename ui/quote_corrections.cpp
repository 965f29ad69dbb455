#include "ui/quote_corrections.h"

#include "edit/builders.h"
#include "edit/candidates.h"
#include "edit/chain.h"
#include "edit/checks.h"
#include "ui/add_quote_dialog.h"
#include "ui/article_view.h"
#include "ui/correction_actions.h"
#include "ui/correction_context.h"
#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/propagation_prompt.h"
#include "ui/span_handles.h"
#include "ui/speaker_picker.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QPixmap>

#include <algorithm>

namespace qlui {

namespace {

QString reasonNote(ql::CandidateReason reason)
{
    switch (reason) {
    case ql::CandidateReason::RunnerUp: return QObject::tr("the engine's next guess");
    case ql::CandidateReason::Nearby: return QObject::tr("named nearby");
    case ql::CandidateReason::Elsewhere: break;
    }
    return {};
}

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

// What kind of mention a selection is: a pronoun, a role noun ("the minister") or a name.
ql::MentionKind mentionKind(const QString& text)
{
    static const QStringList pronouns = {QStringLiteral("he"),   QStringLiteral("she"), QStringLiteral("they"),
                                         QStringLiteral("it"),   QStringLiteral("we"),  QStringLiteral("i"),
                                         QStringLiteral("him"),  QStringLiteral("her"), QStringLiteral("them"),
                                         QStringLiteral("his"),  QStringLiteral("its"), QStringLiteral("their")};
    const QString simple = text.simplified();
    if (pronouns.contains(simple.toLower()))
        return ql::MentionKind::Pronoun;
    if (!simple.isEmpty() && (simple.front().isLower() || simple.startsWith(QStringLiteral("The "))))
        return ql::MentionKind::RoleNoun;
    return ql::MentionKind::Name;
}

// A selection inside quote marks is most likely a direct quote; otherwise reported speech.
ql::QuoteKind guessKind(std::string_view text, ql::Span selection)
{
    const ql::Span inner = ql::trimSelection(text, selection, true);
    const ql::Span outer = ql::trimSelection(text, selection, false);
    return inner != outer ? ql::QuoteKind::Direct : ql::QuoteKind::Indirect;
}

}  // namespace

QuoteCorrections::QuoteCorrections(CorrectionContext& context, CorrectionActions& actions, QObject* parent)
    : QObject(parent), m_context(context), m_actions(actions)
{
    connectActions();
    SpanHandles& handles = m_context.article().handles();
    connect(&handles, &SpanHandles::edgeDropped, this, &QuoteCorrections::dropEdge);
    connect(&handles, &SpanHandles::message, this, [this](const QString& text) { m_context.message(text); });
    updateActions();
}

void QuoteCorrections::connectActions()
{
    CorrectionActions& a = m_actions;
    for (QAction* action : a.reassignTo) {
        connect(action, &QAction::triggered, this, [this, action] {
            const ql::QuoteId id = m_context.currentQuote();
            const auto candidates = ql::reassignCandidates(m_context.annotations(), id);
            const auto n = static_cast<std::size_t>(action->data().toInt());
            if (n < candidates.size())
                reassign(id, candidates[n].speaker);
        });
    }
    connect(a.reassign, &QAction::triggered, this, &QuoteCorrections::openReassignPicker);
    connect(a.unattribute, &QAction::triggered, this, [this] { reassign(m_context.currentQuote(), {}); });
    connect(a.addQuote, &QAction::triggered, this, &QuoteCorrections::addQuote);
    connect(a.deleteQuote, &QAction::triggered, this, &QuoteCorrections::deleteQuote);
    connect(a.setSpan, &QAction::triggered, this, &QuoteCorrections::setSpan);
    const struct {
        QAction* action;
        ql::Edge edge;
        ql::NudgeUnit unit;
        int steps;
    } nudges[] = {
        {a.startEarlier, ql::Edge::Begin, ql::NudgeUnit::Word, -1},
        {a.startLater, ql::Edge::Begin, ql::NudgeUnit::Word, +1},
        {a.endEarlier, ql::Edge::End, ql::NudgeUnit::Word, -1},
        {a.endLater, ql::Edge::End, ql::NudgeUnit::Word, +1},
        {a.startEarlierChar, ql::Edge::Begin, ql::NudgeUnit::Character, -1},
        {a.startLaterChar, ql::Edge::Begin, ql::NudgeUnit::Character, +1},
        {a.endEarlierChar, ql::Edge::End, ql::NudgeUnit::Character, -1},
        {a.endLaterChar, ql::Edge::End, ql::NudgeUnit::Character, +1},
    };
    for (const auto& n : nudges)
        connect(n.action, &QAction::triggered, this, [this, n] { nudge(n.edge, n.unit, n.steps); });
    connect(a.setMention, &QAction::triggered, this, [this] { setMention(true); });
    connect(a.clearMention, &QAction::triggered, this, [this] { setMention(false); });
    connect(a.setCue, &QAction::triggered, this, [this] { setCue(true); });
    connect(a.clearCue, &QAction::triggered, this, [this] { setCue(false); });
    connect(a.toggleVerified, &QAction::triggered, this, &QuoteCorrections::toggleVerified);
    connect(a.verifyAndNext, &QAction::triggered, this, &QuoteCorrections::verifyAndNext);
    connect(a.nextToCheck, &QAction::triggered, this, &QuoteCorrections::nextToCheck);
}

void QuoteCorrections::updateActions()
{
    const ql::Quote* quote = m_context.quote();
    const ql::AnnotationSet& annotations = m_context.annotations();
    const auto candidates = quote ? ql::reassignCandidates(annotations, quote->id) : std::vector<ql::Candidate>{};
    for (int i = 0; i < m_actions.reassignTo.size(); ++i) {
        QAction* action = m_actions.reassignTo[i];
        const bool shown = static_cast<std::size_t>(i) < candidates.size();
        action->setVisible(shown);
        action->setEnabled(shown);
        if (!shown)
            continue;
        const ql::Candidate& c = candidates[static_cast<std::size_t>(i)];
        action->setText(QStringLiteral("&%1 %2").arg(i + 1).arg(m_context.name(c.speaker).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setIcon(swatch(m_context.session().colors().color(c.speaker)));
        action->setToolTip(tr("Give the quote to %1 (%2)").arg(m_context.name(c.speaker), QString::number(i + 1)));
        action->setStatusTip(reasonNote(c.reason));
    }
    const bool hasQuote = quote != nullptr;
    for (QAction* action : {m_actions.reassign, m_actions.deleteQuote, m_actions.setSpan, m_actions.startEarlier,
                            m_actions.startLater, m_actions.endEarlier, m_actions.endLater, m_actions.startEarlierChar,
                            m_actions.startLaterChar, m_actions.endEarlierChar, m_actions.endLaterChar,
                            m_actions.setMention, m_actions.setCue, m_actions.toggleVerified, m_actions.verifyAndNext})
        action->setEnabled(hasQuote);
    m_actions.unattribute->setEnabled(hasQuote && annotations.speaker(quote->speaker));
    m_actions.clearMention->setEnabled(hasQuote && quote->mention.has_value());
    m_actions.clearCue->setEnabled(hasQuote && quote->cue.has_value());
    m_actions.toggleVerified->setChecked(hasQuote && quote->verified);
    m_actions.addQuote->setEnabled(!m_context.document().text.empty());
    m_actions.nextToCheck->setEnabled(!annotations.quotes.empty());
    m_context.article().handles().setQuote(hasQuote ? quote->id : ql::QuoteId{});
}

void QuoteCorrections::addReassignMenu(QMenu& menu) const
{
    QMenu* to = menu.addMenu(tr("Reassign &To"));
    for (QAction* action : m_actions.reassignTo)
        if (action->isVisible())
            to->addAction(action);
    to->setEnabled(!to->isEmpty());
    menu.addAction(m_actions.reassign);
    menu.addAction(m_actions.unattribute);
}

void QuoteCorrections::reassign(ql::QuoteId id, ql::SpeakerId to)
{
    const ql::Document& document = m_context.document();
    const ql::Quote* quote = document.annotations.quote(id);
    if (!quote)
        return;
    if (quote->speaker == to) {
        m_context.message(tr("The quote is already %1's.").arg(m_context.name(to)));
        return;
    }
    const QString toName = m_context.name(to);
    // The quote stays current (unless a filter now hides it): nothing to select again.
    const auto done = [this, toName](int moved) {
        m_context.message(moved == 0 ? tr("Quote given to %1.").arg(toName)
                                     : tr("%1 quotes given to %2.").arg(moved + 1).arg(toName));
    };
    ql::Propagation propagation = ql::propagateReassign(document.annotations, id, to);
    if (propagation.quotes.empty() || !to) {
        // Nothing else hangs on it (or nobody to carry it to): the correction alone, with its own mention.
        if (m_context.perform(to ? propagation.edit : ql::Edit{ql::ReassignQuote{id, to}}))
            done(0);
        return;
    }
    askToPropagate(&m_context.window(), document, id, propagation, toName,
                   [this, id, to, done, propagation](PropagationChoice choice) {
                       if (choice == PropagationChoice::All) {
                           if (m_context.perform(propagation.edit))
                               done(static_cast<int>(propagation.quotes.size()));
                       } else if (m_context.perform(ql::Edit{ql::ReassignQuote{id, to}})) {
                           done(0);
                       }
                   });
}

SpeakerPicker* QuoteCorrections::openReassignPicker()
{
    const ql::QuoteId id = m_context.currentQuote();
    if (!m_context.quote()) {
        m_context.message(tr("Select a quote first."));
        return nullptr;
    }
    auto entries = [this, id](const QString& typed) {
        std::vector<PickerEntry> result;
        const ql::AnnotationSet& annotations = m_context.annotations();
        for (const ql::Candidate& c : ql::searchCandidates(annotations, id, typed.toStdString()))
            result.push_back(m_context.entry(c.speaker, reasonNote(c.reason)));
        return result;
    };
    auto* picker = new SpeakerPicker(tr("Give the quote to…"), entries, &m_context.window());
    connect(picker, &SpeakerPicker::speakerChosen, this, [this, id](ql::SpeakerId to) { reassign(id, to); });
    picker->move(m_context.popupPoint());
    picker->show();
    return picker;
}

std::optional<ql::Span> QuoteCorrections::selectionFor(const QString& what, bool dropQuoteMarks) const
{
    const std::optional<ql::Span> selected = m_context.selection();
    const ql::Span span = selected ? ql::trimSelection(m_context.document().text, *selected, dropQuoteMarks) : ql::Span{};
    if (span.empty()) {
        m_context.message(tr("Select %1 in the article first.").arg(what));
        return std::nullopt;
    }
    return span;
}

void QuoteCorrections::addQuote()
{
    const std::optional<ql::Span> selected = m_context.selection();
    if (!selectionFor(tr("the quoted words"), true))
        return;
    const ql::Document& document = m_context.document();
    std::vector<ql::SpeakerId> speakers;
    for (const ql::Speaker& s : document.annotations.speakers)
        speakers.push_back(s.id);
    const ql::Span span = ql::trimSelection(document.text, *selected, true);
    auto* dialog = new AddQuoteDialog(fromUtf8(span.in(document.text)), guessKind(document.text, *selected),
                                      document.annotations, speakers, m_context.session().colors(), &m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected] {
        const ql::AddQuote add = ql::quoteFromSelection(m_context.document(), *selected, dialog->kind(), dialog->speaker());
        if (m_context.perform(ql::Edit{add}, tr("Quote added.")))
            m_context.goToQuote(add.id);
    });
    dialog->open();
}

void QuoteCorrections::deleteQuote()
{
    const ql::Quote* quote = m_context.quote();
    if (!quote)
        return;
    m_context.perform(ql::Edit{ql::RejectQuote{quote->id}},
                      tr("Quote deleted; extracting again will not bring it back. Undo with %1.")
                          .arg(m_actions.undo->shortcut().toString(QKeySequence::NativeText)));
}

void QuoteCorrections::setSpan()
{
    const ql::Quote* quote = m_context.quote();
    if (!quote)
        return;
    const ql::QuoteId id = quote->id;
    if (const auto span = selectionFor(tr("the quote's words"), true);
        span && m_context.perform(ql::Edit{ql::SetQuoteSpans{id, {*span}}}, tr("Quote span set.")))
        m_context.goToQuote(id);
}

void QuoteCorrections::nudge(ql::Edge edge, ql::NudgeUnit unit, int steps)
{
    const ql::Quote* quote = m_context.quote();
    if (!quote)
        return;
    const ql::QuoteId id = quote->id;
    // Repeats merge into one undo step (ql::mergeEdits): nudging is done a key at a time.
    if (m_context.perform(ql::Edit{ql::NudgeQuoteSpan{id, edge, unit, steps}}))
        m_context.goToQuote(id);
}

void QuoteCorrections::dropEdge(const ql::SetQuoteSpans& edit)
{
    const ql::Quote* quote = m_context.annotations().quote(edit.quote);
    if (!quote)
        return;
    const QString done = edit.spans.front().begin != quote->spans.front().begin ? tr("Quote's start moved.")
                                                                                 : tr("Quote's end moved.");
    // Each drag is a step of its own: a second drag is undone apart from the first.
    if (m_context.perform(ql::Edit{edit}, done, false))
        m_context.goToQuote(edit.quote);
}

void QuoteCorrections::setMention(bool set)
{
    const ql::Quote* quote = m_context.quote();
    if (!quote)
        return;
    ql::SetQuoteMention edit{quote->id, std::nullopt, ql::MentionKind::Name};
    if (set) {
        const auto span = selectionFor(tr("the words that name the source"), false);
        if (!span)
            return;
        edit.span = span;
        edit.kind = mentionKind(fromUtf8(span->in(m_context.document().text)));
    }
    m_context.perform(ql::Edit{edit}, set ? tr("Mention set.") : tr("Mention cleared."));
}

void QuoteCorrections::setCue(bool set)
{
    const ql::Quote* quote = m_context.quote();
    if (!quote)
        return;
    ql::SetQuoteCue edit{quote->id, std::nullopt};
    if (set) {
        const auto span = selectionFor(tr("the reporting verb"), false);
        if (!span)
            return;
        edit.span = span;
    }
    m_context.perform(ql::Edit{edit}, set ? tr("Cue set.") : tr("Cue cleared."));
}

void QuoteCorrections::toggleVerified(bool verified)
{
    if (const ql::Quote* quote = m_context.quote())
        m_context.perform(ql::Edit{ql::SetVerified{quote->id, verified}},
                          verified ? tr("Marked verified.") : tr("Marked unverified."));
    updateActions();  // a refused edit leaves the check mark as the quote is
}

void QuoteCorrections::nextToCheck()
{
    if (const std::optional<ql::QuoteId> next = ql::nextToCheck(m_context.annotations())) {
        m_context.goToQuote(*next);
        const ql::ReviewProgress progress = ql::reviewProgress(m_context.annotations());
        m_context.message(tr("Checking: %1 of %2 quotes verified.").arg(progress.verified).arg(progress.total));
    } else {
        m_context.message(tr("Every quote has been checked."));
    }
}

void QuoteCorrections::verifyAndNext()
{
    const ql::Quote* quote = m_context.quote();
    if (!quote)
        return;
    if (!quote->verified && !m_context.perform(ql::Edit{ql::SetVerified{quote->id, true}}))
        return;
    nextToCheck();
}

}  // namespace qlui
