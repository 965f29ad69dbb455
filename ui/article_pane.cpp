#include "ui/article_pane.h"

#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/find_bar.h"
#include "ui/labels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace qlui {

ArticlePane::ArticlePane(const DocumentSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_header(new QLabel), m_view(new ArticleView(session))
{
    m_find = new FindBar(*m_view);
    m_header->setObjectName(QStringLiteral("articleHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(24, 12, 24, 8);
    m_header->setBackgroundRole(QPalette::Base);
    m_header->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_find);
    setFocusProxy(m_view);
    connect(&session, &DocumentSession::documentChanged, this, &ArticlePane::updateHeader);
    updateHeader();
}

void ArticlePane::updateHeader()
{
    // Plain text carries its headline in its first line, which the view sets large; an import
    // that knows more (byline, date, site) gets a header above the text.
    const ql::ArticleMetadata& meta = m_session.document().meta;
    QStringList details;
    for (const std::string* field : {&meta.byline, &meta.date, &meta.siteName}) {
        if (!field->empty())
            details << fromUtf8(*field).toHtmlEscaped();
    }
    if (details.isEmpty()) {
        m_header->hide();
        return;
    }
    const QString title = fromUtf8(meta.title);
    const bool titleInText = QStringView(m_session.positions().text()).left(title.size() + 8).contains(title);
    QString html;
    if (!title.isEmpty() && !titleInText)
        html += QStringLiteral("<p style='font-size:x-large; font-weight:bold'>%1</p>").arg(title.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(details.join(QStringLiteral(" · ")));
    m_header->setText(html);
    m_header->show();
}

}  // namespace qlui
