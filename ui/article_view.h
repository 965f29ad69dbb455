#pragma once
// The article, read-only and set for comfortable reading (serif font, airy lines, a column
// of readable width), with every speaker's quotes and mentions in that speaker's colour.
// It shows the session's document and follows its changes. Long articles are rendered in a
// worker thread: the previous rendering stays until the new one is ready.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#include "document/span.h"
#endif

#include <QTextEdit>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QMenu;

namespace qlui {

class DocumentSession;
class SpanHandles;
struct HighlightOptions;

class ArticleView final : public QTextEdit {
    Q_OBJECT
public:
    explicit ArticleView(const DocumentSession& session, QWidget* parent = nullptr);

    // Selects the quote's text and scrolls it into view.
    void showQuote(ql::QuoteId id);
    // Selects a range as showQuote() does: it shows a quote, it is not the reader's selection.
    void showRange(int begin, int end);
    // The current quote's edge handles, drawn over the text.
    SpanHandles& handles() const { return *m_handles; }
    // The text the reader selected, as bytes; none when nothing is selected or when the
    // selection is only the quote that showQuote() selected.
    std::optional<ql::Span> readerSelection() const;
    // Corrections add their actions to the context menu: `fill` gets the menu (before the
    // standard Copy and Select All) and the document position clicked.
    void setContextMenuFiller(std::function<void(QMenu& menu, int position)> fill);
    // Where a popup about the selected quote opens: under it, in global coordinates.
    QPoint popupPoint() const;

    // What lies at a document position: the quote or mentioned speaker there, and the tool tip.
    ql::QuoteId quoteAt(int position) const;
    ql::SpeakerId mentionAt(int position) const;
    QString toolTipAt(int position) const;

    // Paints only this speaker's quotes and mentions; an invalid id paints everyone.
    void setOnlySpeaker(ql::SpeakerId speaker);
    ql::SpeakerId onlySpeaker() const { return m_onlySpeaker; }

    // Zoom in steps of 10% of the reading size (Preferences' font size).
    static constexpr int kMinZoom = -5;
    static constexpr int kMaxZoom = 15;
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    void setReadingSize(qreal points);
    qreal readingSize() const { return m_readingSize; }

    bool rendering() const { return m_rendering; }

signals:
    void quoteClicked(ql::QuoteId id);
    void mentionClicked(ql::SpeakerId speaker);
    // The text cursor moved (by keyboard or mouse) into a quote, or out of every quote.
    void cursorQuoteChanged(ql::QuoteId id);
    void zoomChanged(int steps);
    void renderingChanged(bool rendering);

protected:
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void render(bool keepPlace);
    void install(std::shared_ptr<QTextDocument> rendered, bool keepPlace);
    void setRendering(bool rendering);
    HighlightOptions highlightOptions() const;
    void updateFont();
    void updateColumn(bool force = false);

    const DocumentSession& m_session;
    SpanHandles* m_handles;
    std::shared_ptr<QTextDocument> m_rendered;  // what the view shows
    std::uint64_t m_renderGeneration = 0;       // which rendering is still wanted
    ql::SpeakerId m_onlySpeaker;
    std::function<void(QMenu&, int)> m_fillMenu;
    std::optional<std::pair<int, int>> m_shownQuote;  // the selection showQuote() made, while it lasts
    int m_zoom = 0;
    qreal m_readingSize = 0;
    bool m_rendering = false;
    bool m_moving = false;  // the cursor is moved by the program, not the reader
};

}  // namespace qlui
