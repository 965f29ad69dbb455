#include "ui/article_pane.h"

#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/find_bar.h"
#include "ui/labels.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
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

namespace {

// "2019-01-03T07:00:02.000Z" as the reader's locale writes a date; other forms as given.
QString readableDate(const std::string& date)
{
    const QString given = fromUtf8(date);
    QDateTime when = QDateTime::fromString(given, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(given, Qt::ISODate);
    if (when.isValid())
        return QLocale().toString(when.date(), QLocale::LongFormat);
    const QDate day = QDate::fromString(given.left(10), Qt::ISODate);
    return day.isValid() && given.size() == 10 ? QLocale().toString(day, QLocale::LongFormat) : given;
}

}  // namespace

void ArticlePane::updateHeader()
{
    // Plain text carries its headline in its first line, which the view sets large; an import
    // that knows more (a web page's title, byline, date, site) gets a header above the text.
    const ql::Document& document = m_session.document();
    const ql::ArticleMetadata& meta = document.meta;
    QStringList details;
    if (!meta.byline.empty())
        details << fromUtf8(meta.byline).toHtmlEscaped();
    if (!meta.date.empty())
        details << readableDate(meta.date).toHtmlEscaped();
    if (!meta.siteName.empty())
        details << fromUtf8(meta.siteName).toHtmlEscaped();
    const QString title = fromUtf8(meta.title).simplified();
    const bool titleInText =
        QStringView(m_session.positions().text()).left(title.size() + 8).toString().simplified().contains(title);
    // A plain text's title is only its file's name: not worth a header.
    const bool showTitle = !title.isEmpty() && !titleInText && (!details.isEmpty() || !document.blocks.empty());
    if (details.isEmpty() && !showTitle) {
        m_header->hide();
        return;
    }
    QString html;
    if (showTitle)
        html += QStringLiteral("<p style='font-size:x-large; font-weight:bold'>%1</p>").arg(title.toHtmlEscaped());
    if (!details.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(details.join(QStringLiteral(" · ")));
    m_header->setText(html);
    m_header->show();
}

}  // namespace qlui
