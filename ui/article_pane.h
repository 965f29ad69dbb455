#pragma once
// The reading side of the window: the article's header (title, byline and date when an
// import knows them), the article view and the find bar under it.

#include <QWidget>

class QLabel;

namespace qlui {

class ArticleView;
class DocumentSession;
class FindBar;

class ArticlePane final : public QWidget {
    Q_OBJECT
public:
    explicit ArticlePane(const DocumentSession& session, QWidget* parent = nullptr);

    ArticleView* view() const { return m_view; }
    FindBar* findBar() const { return m_find; }
    QLabel* header() const { return m_header; }

private:
    void updateHeader();

    const DocumentSession& m_session;
    QLabel* m_header;
    ArticleView* m_view;
    FindBar* m_find;
};

}  // namespace qlui
