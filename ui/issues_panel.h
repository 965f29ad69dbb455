#pragma once
// The Issues panel: the live checks of the annotations (a quote with no speaker, a pronoun
// that refers to nobody, overlapping or empty spans, a speaker left with no quotes),
// recomputed after every change. Choosing an entry asks to show its quote or speaker.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#include "edit/checks.h"
#endif

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace qlui {

class DocumentSession;

class IssuesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit IssuesPanel(const DocumentSession& session, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    int count() const { return m_count; }

signals:
    void quoteChosen(ql::QuoteId quote);
    void speakerChosen(ql::SpeakerId speaker);
    void countChanged(int count);

private:
    void refresh();
    void choose(QTreeWidgetItem* item);

    const DocumentSession& m_session;
    QTreeWidget* m_list;
    int m_count = 0;
};

QString checkKindName(ql::CheckKind kind);

}  // namespace qlui
