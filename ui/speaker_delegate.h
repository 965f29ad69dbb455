#pragma once
// The quote panel's speaker cell as a drop-down of speakers (double-click or F2): choosing one
// asks for the quote to be given to that speaker (speakerChosen). The model is never written:
// the reassignment is an edit, made by whoever listens.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QStyledItemDelegate>

namespace qlui {

class DocumentSession;

class SpeakerDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    SpeakerDelegate(const DocumentSession& session, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    void speakerChosen(ql::QuoteId quote, ql::SpeakerId speaker);

private:
    const DocumentSession& m_session;
};

}  // namespace qlui
