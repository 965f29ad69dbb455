#include "ui/speaker_delegate.h"

#include "edit/candidates.h"
#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/quote_list_model.h"

#include <QComboBox>
#include <QPixmap>
#include <QTimer>

namespace qlui {

namespace {
void addSpeaker(QComboBox& box, const DocumentSession& session, ql::SpeakerId id)
{
    QPixmap swatch(12, 12);
    swatch.fill(session.colors().color(id));
    box.addItem(QIcon(swatch), speakerName(session.document().annotations, id), id.value);
}
}  // namespace

SpeakerDelegate::SpeakerDelegate(const DocumentSession& session, QObject* parent)
    : QStyledItemDelegate(parent), m_session(session)
{
}

QWidget* SpeakerDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("speakerEditor"));
    const ql::AnnotationSet& annotations = m_session.document().annotations;
    const ql::QuoteId quote{index.data(QuoteListModel::QuoteIdRole).toUInt()};
    // The quote's own speaker, then the others as ranked for reassigning, then nobody.
    if (const ql::Quote* q = annotations.quote(quote); q && annotations.speaker(q->speaker))
        addSpeaker(*box, m_session, q->speaker);
    for (const ql::Candidate& candidate : ql::reassignCandidates(annotations, quote))
        addSpeaker(*box, m_session, candidate.speaker);
    box->addItem(speakerName(annotations, {}), 0u);
    // One choice commits: the drop-down is the whole editor.
    connect(box, &QComboBox::activated, this, [this, box] {
        emit const_cast<SpeakerDelegate*>(this)->commitData(box);
        emit const_cast<SpeakerDelegate*>(this)->closeEditor(box);
    });
    QTimer::singleShot(0, box, &QComboBox::showPopup);
    return box;
}

void SpeakerDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(QuoteListModel::SpeakerIdRole).toUInt())));
}

void SpeakerDelegate::setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const
{
    const auto* box = static_cast<QComboBox*>(editor);
    const ql::QuoteId quote{index.data(QuoteListModel::QuoteIdRole).toUInt()};
    const ql::SpeakerId speaker{box->currentData().toUInt()};
    if (speaker.value != index.data(QuoteListModel::SpeakerIdRole).toUInt())
        emit const_cast<SpeakerDelegate*>(this)->speakerChosen(quote, speaker);
}

}  // namespace qlui
