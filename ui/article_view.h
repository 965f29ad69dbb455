#pragma once
// The article, read-only and set for comfortable reading (serif font, airy lines, a column
// of readable width), with every speaker's quotes and mentions in that speaker's colour.
// It shows the session's document and follows its changes.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QTextEdit>

namespace qlui {

class DocumentSession;

class ArticleView final : public QTextEdit {
    Q_OBJECT
public:
    explicit ArticleView(const DocumentSession& session, QWidget* parent = nullptr);

    // Selects the quote's text and scrolls it into view.
    void showQuote(ql::QuoteId id);

    // What lies at a document position: the quote there, and the tool tip to show for it.
    ql::QuoteId quoteAt(int position) const;
    QString toolTipAt(int position) const;

signals:
    void quoteClicked(ql::QuoteId id);

protected:
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void reload();
    void updateColumn();

    const DocumentSession& m_session;
};

}  // namespace qlui
