#pragma once
// Lists what could not be placed when saved work was re-anchored on an article whose text
// changed, so that nothing is dropped silently: what each annotation was, the text it covered
// and whose it was. Copy List puts the list on the clipboard as plain text.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "store/reanchor.h"
#endif

#include <QDialog>

#include <vector>

class QTreeWidget;

namespace qlui {

class UnplacedDialog final : public QDialog {
    Q_OBJECT
public:
    UnplacedDialog(const std::vector<ql::UnplacedAnnotation>& unplaced, const ql::AnnotationSet& annotations,
                   QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // One line per annotation: kind, speaker, text.
    QString listText() const;

private:
    QTreeWidget* m_list = nullptr;
};

}  // namespace qlui
