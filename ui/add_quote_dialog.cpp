#include "ui/add_quote_dialog.h"

#include "ui/labels.h"
#include "ui/speaker_colors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

namespace qlui {

AddQuoteDialog::AddQuoteDialog(const QString& text, ql::QuoteKind kind, const ql::AnnotationSet& annotations,
                               const std::vector<ql::SpeakerId>& speakers, const SpeakerColors& colors,
                               QWidget* parent)
    : QDialog(parent), m_kind(new QButtonGroup(this)), m_speaker(new QComboBox)
{
    setObjectName(QStringLiteral("addQuoteDialog"));
    setWindowTitle(tr("Add Quote"));
    auto* quote = new QLabel(QStringLiteral("“%1”").arg(fontMetrics().elidedText(text.simplified(), Qt::ElideMiddle, 420)));
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);

    auto* kinds = new QHBoxLayout;
    const std::pair<ql::QuoteKind, QString> choices[] = {
        {ql::QuoteKind::Direct, tr("&Direct")}, {ql::QuoteKind::Indirect, tr("&Indirect")}, {ql::QuoteKind::Mixed, tr("&Mixed")}};
    for (const auto& [value, label] : choices) {
        auto* button = new QRadioButton(label);
        m_kind->addButton(button, static_cast<int>(value));
        kinds->addWidget(button);
    }
    setKind(kind);

    m_speaker->setObjectName(QStringLiteral("quoteSpeaker"));
    m_speaker->addItem(tr("Unattributed"), 0u);
    for (const ql::SpeakerId id : speakers) {
        QPixmap swatch(12, 12);
        swatch.fill(colors.color(id));
        m_speaker->addItem(QIcon(swatch), speakerName(annotations, id), id.value);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(quote);
    form->addRow(tr("Kind:"), kinds);
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(buttons);
    m_speaker->setFocus();
}

ql::QuoteKind AddQuoteDialog::kind() const { return static_cast<ql::QuoteKind>(m_kind->checkedId()); }

void AddQuoteDialog::setKind(ql::QuoteKind kind)
{
    if (QAbstractButton* button = m_kind->button(static_cast<int>(kind)))
        button->setChecked(true);
}

ql::SpeakerId AddQuoteDialog::speaker() const { return ql::SpeakerId{m_speaker->currentData().toUInt()}; }

}  // namespace qlui
