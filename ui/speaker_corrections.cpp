#include "ui/speaker_corrections.h"

#include "edit/builders.h"
#include "edit/chain.h"
#include "ui/article_view.h"
#include "ui/correction_actions.h"
#include "ui/correction_context.h"
#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/speaker_dialog.h"
#include "ui/speaker_picker.h"
#include "ui/text_positions.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>

namespace qlui {

namespace {
constexpr int kNewSpeaker = 1;  // the picker's extra entry

SpeakerFields fieldsOf(const ql::Speaker& speaker)
{
    return {fromUtf8(speaker.name), fromUtf8(speaker.role), speaker.type, speaker.gender};
}

bool matches(const ql::Speaker& speaker, const QString& typed)
{
    if (typed.isEmpty() || fromUtf8(speaker.name).contains(typed, Qt::CaseInsensitive))
        return true;
    return std::any_of(speaker.aliases.begin(), speaker.aliases.end(),
                       [&](const std::string& alias) { return fromUtf8(alias).contains(typed, Qt::CaseInsensitive); });
}

QString quoted(const QString& text) { return QStringLiteral("“%1”").arg(text); }

// A name as menu text: an ampersand in it is not a mnemonic.
QString menuText(std::string_view name) { return fromUtf8(name).replace(QLatin1Char('&'), QStringLiteral("&&")); }
}  // namespace

SpeakerCorrections::SpeakerCorrections(CorrectionContext& context, CorrectionActions& actions, QObject* parent)
    : QObject(parent), m_context(context), m_actions(actions)
{
    connect(actions.newSpeaker, &QAction::triggered, this, &SpeakerCorrections::newSpeaker);
    connect(actions.editSpeaker, &QAction::triggered, this, [this] { editSpeaker(m_context.currentSpeaker()); });
    connect(actions.mergeSpeaker, &QAction::triggered, this, [this] { openMergePicker(m_context.currentSpeaker()); });
    connect(actions.splitAlias, &QAction::triggered, this, [this] { askAlias(m_context.currentSpeaker()); });
    connect(actions.verifyAllFromSpeaker, &QAction::triggered, this, [this] { verifyAll(m_context.currentSpeaker()); });
    connect(actions.correctMention, &QAction::triggered, this, &SpeakerCorrections::openMentionPicker);
    updateActions();
}

void SpeakerCorrections::updateActions()
{
    const ql::Speaker* speaker = m_context.annotations().speaker(m_context.currentSpeaker());
    for (QAction* action : {m_actions.editSpeaker, m_actions.mergeSpeaker, m_actions.verifyAllFromSpeaker})
        action->setEnabled(speaker != nullptr);
    m_actions.splitAlias->setEnabled(speaker && !speaker->aliases.empty());
    m_actions.newSpeaker->setEnabled(!m_context.document().text.empty());
    m_actions.correctMention->setEnabled(!m_context.annotations().speakers.empty());
}

SpeakerDialog* SpeakerCorrections::newSpeaker()
{
    const std::optional<ql::Span> selected = m_context.selection();
    const ql::Document& document = m_context.document();
    const ql::QuoteId quote = m_context.currentQuote();
    const ql::CreateSpeaker proposal =
        selected ? ql::speakerFromSelection(document, *selected, quote) : ql::CreateSpeaker{};
    if (proposal.name.empty()) {
        m_context.message(tr("Select the speaker's name in the article first."));
        return nullptr;
    }
    const ql::Quote* q = document.annotations.quote(quote);
    const SpeakerFields fields{fromUtf8(proposal.name), {}, ql::SpeakerType::Person, ql::Gender::Unknown};
    auto* dialog = new SpeakerDialog(tr("New Speaker"), fields, q ? quoteText(document, *q) : QString(),
                                     &m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, proposal] {
        ql::CreateSpeaker edit = proposal;
        const SpeakerFields f = dialog->fields();
        edit.id = ql::nextSpeakerId(m_context.annotations());
        edit.name = f.name.toStdString();
        edit.role = f.role.toStdString();
        edit.type = f.type;
        edit.gender = f.gender;
        if (!dialog->assignQuote())
            edit.assign = {};
        if (m_context.perform(ql::Edit{edit}, tr("New speaker %1.").arg(f.name)) && edit.assign)
            m_context.goToQuote(edit.assign);
    });
    dialog->open();
    return dialog;
}

SpeakerDialog* SpeakerCorrections::editSpeaker(ql::SpeakerId id)
{
    const ql::Speaker* speaker = m_context.annotations().speaker(id);
    if (!speaker) {
        m_context.message(tr("Select a speaker first."));
        return nullptr;
    }
    const SpeakerFields before = fieldsOf(*speaker);
    auto* dialog = new SpeakerDialog(tr("Edit Speaker"), before, {}, &m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, before] {
        const SpeakerFields after = dialog->fields();
        ql::EditSpeaker edit{id};
        if (after.name != before.name)
            edit.name = after.name.toStdString();
        if (after.role != before.role)
            edit.role = after.role.toStdString();
        if (after.type != before.type)
            edit.type = after.type;
        if (after.gender != before.gender)
            edit.gender = after.gender;
        if (!edit.name && !edit.role && !edit.type && !edit.gender)
            return;
        // One dialog is one step: it does not merge with an earlier edit of the same fields.
        m_context.perform(ql::Edit{edit}, tr("Speaker %1 changed.").arg(after.name), false);
    });
    dialog->open();
    return dialog;
}

SpeakerPicker* SpeakerCorrections::openMergePicker(ql::SpeakerId from)
{
    const ql::Speaker* speaker = m_context.annotations().speaker(from);
    if (!speaker) {
        m_context.message(tr("Select a speaker first."));
        return nullptr;
    }
    auto entries = [this, from](const QString& typed) {
        std::vector<PickerEntry> result;
        for (const ql::Speaker& s : m_context.annotations().speakers)
            if (s.id != from && matches(s, typed))
                result.push_back(m_context.entry(s.id));
        result.push_back({{}, tr("New speaker…"), {}, {}, kNewSpeaker});
        return result;
    };
    auto* picker = new SpeakerPicker(tr("Merge %1 into…").arg(fromUtf8(speaker->name)), entries, &m_context.window());
    connect(picker, &SpeakerPicker::speakerChosen, this, [this, from](ql::SpeakerId into) { merge(from, into); });
    connect(picker, &SpeakerPicker::extraChosen, this, [this, from] { mergeIntoNew(from); });
    picker->move(m_context.popupPoint());
    picker->show();
    return picker;
}

void SpeakerCorrections::merge(ql::SpeakerId from, ql::SpeakerId into)
{
    const QString fromName = m_context.name(from);
    m_context.perform(ql::Edit{ql::MergeSpeakers{from, into}},
                      tr("%1 merged into %2.").arg(fromName, m_context.name(into)));
}

SpeakerDialog* SpeakerCorrections::mergeIntoNew(ql::SpeakerId from)
{
    const ql::Speaker* speaker = m_context.annotations().speaker(from);
    if (!speaker)
        return nullptr;
    auto* dialog = new SpeakerDialog(tr("Merge into a New Speaker"), fieldsOf(*speaker), {}, &m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
        const SpeakerFields f = dialog->fields();
        const QString fromName = m_context.name(from);
        ql::CreateSpeaker create;
        create.id = ql::nextSpeakerId(m_context.annotations());
        create.name = f.name.toStdString();
        create.role = f.role.toStdString();
        create.type = f.type;
        create.gender = f.gender;
        const ql::Compound both{tr("Merge into new speaker").toStdString(),
                                {ql::Edit{create}, ql::Edit{ql::MergeSpeakers{from, create.id}}}};
        m_context.perform(ql::Edit{both}, tr("%1 merged into the new speaker %2.").arg(fromName, f.name));
    });
    dialog->open();
    return dialog;
}

void SpeakerCorrections::askAlias(ql::SpeakerId from)
{
    const ql::Speaker* speaker = m_context.annotations().speaker(from);
    if (!speaker || speaker->aliases.empty()) {
        m_context.message(speaker ? tr("%1 has no other names to split off.").arg(fromUtf8(speaker->name))
                                  : tr("Select a speaker first."));
        return;
    }
    QStringList aliases;
    for (const std::string& alias : speaker->aliases)
        aliases << fromUtf8(alias);
    auto* dialog = new QInputDialog(&m_context.window());
    dialog->setObjectName(QStringLiteral("splitAliasDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Split Alias"));
    dialog->setLabelText(tr("Which of %1's names is someone else?").arg(fromUtf8(speaker->name)));
    dialog->setComboBoxItems(aliases);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, from](const QString& alias) { splitAlias(from, alias); });
    dialog->open();
}

void SpeakerCorrections::splitAlias(ql::SpeakerId from, const QString& alias)
{
    const ql::SplitAlias split{from, alias.toStdString(), ql::nextSpeakerId(m_context.annotations())};
    m_context.perform(ql::Edit{split}, tr("%1 is now a speaker of its own.").arg(alias));
}

void SpeakerCorrections::verifyAll(ql::SpeakerId speaker)
{
    const ql::Compound all = ql::verifyAllFrom(m_context.annotations(), speaker);
    if (all.edits.empty()) {
        m_context.message(tr("Every quote of %1 is verified already.").arg(m_context.name(speaker)));
        return;
    }
    m_context.perform(ql::Edit{all}, tr("Quotes of %1 verified: %2.").arg(m_context.name(speaker)).arg(all.edits.size()));
}

std::optional<ql::Span> SpeakerCorrections::pointedMention(int position) const
{
    const ql::Document& document = m_context.document();
    const ql::AnnotationSet& annotations = document.annotations;
    if (const std::optional<ql::Span> selected = m_context.selection(); selected && position < 0) {
        const ql::Span span = ql::trimSelection(document.text, *selected, false);
        for (const ql::Mention& m : annotations.mentions)
            if (m.span.overlaps(span))
                return m.span;  // the mention as it is, however loosely selected
        return span.empty() ? std::nullopt : std::optional(span);
    }
    const TextPositions& positions = m_context.session().positions();
    const std::uint32_t byte =
        positions.toByte(position >= 0 ? position : m_context.article().textCursor().position());
    for (const ql::Mention& m : annotations.mentions)
        if (m.span.contains(byte))
            return m.span;
    for (const ql::Quote& q : annotations.quotes)
        if (q.mention && q.mention->contains(byte))
            return q.mention;
    return std::nullopt;
}

void SpeakerCorrections::correctMention(ql::Span mention, ql::SpeakerId to)
{
    const ql::Document& document = m_context.document();
    const QString text = quoted(fromUtf8(mention.in(document.text)).simplified());
    const ql::Propagation p = ql::correctMention(document.annotations, mention, to);
    m_context.perform(p.edit, p.quotes.empty()
                                  ? tr("%1 now refers to %2.").arg(text, m_context.name(to))
                                  : tr("%1 now refers to %2, and so do the quotes that depend on it (%3).")
                                        .arg(text, m_context.name(to))
                                        .arg(p.quotes.size()));
}

SpeakerPicker* SpeakerCorrections::openMentionPicker()
{
    const std::optional<ql::Span> mention = pointedMention();
    if (!mention) {
        m_context.message(tr("Put the cursor on a mention in the article, or select one, first."));
        return nullptr;
    }
    const QString text = quoted(fromUtf8(mention->in(m_context.document().text)).simplified());
    auto entries = [this](const QString& typed) {
        std::vector<PickerEntry> result;
        for (const ql::Speaker& s : m_context.annotations().speakers)
            if (matches(s, typed))
                result.push_back(m_context.entry(s.id));
        return result;
    };
    auto* picker = new SpeakerPicker(tr("%1 refers to…").arg(text), entries, &m_context.window());
    const ql::Span span = *mention;
    connect(picker, &SpeakerPicker::speakerChosen, this, [this, span](ql::SpeakerId to) { correctMention(span, to); });
    picker->move(m_context.popupPoint());
    picker->show();
    return picker;
}

void SpeakerCorrections::addSpeakerMenu(QMenu& menu, ql::SpeakerId id)
{
    const ql::Speaker* speaker = m_context.annotations().speaker(id);
    if (!speaker)
        return;
    const QString name = menuText(speaker->name);
    menu.addAction(tr("&Edit %1…").arg(name), this, [this, id] { editSpeaker(id); });
    QMenu* into = menu.addMenu(tr("&Merge %1 Into").arg(name));
    for (const ql::Speaker& other : m_context.annotations().speakers)
        if (other.id != id)
            into->addAction(menuText(other.name), this,
                            [this, id, to = other.id] { merge(id, to); });
    into->addSeparator();
    into->addAction(tr("New Speaker…"), this, [this, id] { mergeIntoNew(id); });
    QMenu* split = menu.addMenu(tr("&Split Alias"));
    for (const std::string& alias : speaker->aliases)
        split->addAction(menuText(alias), this,
                         [this, id, alias = fromUtf8(alias)] { splitAlias(id, alias); });
    split->setEnabled(!speaker->aliases.empty());
    menu.addAction(tr("&Verify All from %1").arg(name), this, [this, id] { verifyAll(id); });
}

void SpeakerCorrections::addMentionMenu(QMenu& menu, ql::Span mention)
{
    const QString text = quoted(fromUtf8(mention.in(m_context.document().text)).simplified());
    QMenu* refers = menu.addMenu(tr("%1 Refers &To").arg(menuText(text.toStdString())));
    for (const ql::Speaker& s : m_context.annotations().speakers)
        refers->addAction(menuText(s.name), this,
                          [this, mention, to = s.id] { correctMention(mention, to); });
}

}  // namespace qlui
