#pragma once
// Adding a quote from the selected text: its kind (direct, indirect, mixed) and its speaker,
// or none for now.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/annotation_set.h"
#endif

#include <QDialog>

class QButtonGroup;
class QComboBox;

namespace qlui {

class SpeakerColors;

class AddQuoteDialog final : public QDialog {
    Q_OBJECT
public:
    // `speakers` are offered in the given order, after "Unattributed".
    AddQuoteDialog(const QString& text, ql::QuoteKind kind, const ql::AnnotationSet& annotations,
                   const std::vector<ql::SpeakerId>& speakers, const SpeakerColors& colors, QWidget* parent = nullptr);

    ql::QuoteKind kind() const;
    void setKind(ql::QuoteKind kind);
    ql::SpeakerId speaker() const;
    QComboBox* speakerBox() const { return m_speaker; }

private:
    QButtonGroup* m_kind;
    QComboBox* m_speaker;
};

}  // namespace qlui
