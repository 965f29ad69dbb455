#include "ui/issues_panel.h"

#include "ui/document_session.h"
#include "ui/labels.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qlui {

namespace {
enum Role { QuoteRole = Qt::UserRole + 1, SpeakerRole };
}

QString checkKindName(ql::CheckKind kind)
{
    switch (kind) {
    case ql::CheckKind::QuoteWithoutSpeaker: return IssuesPanel::tr("No speaker");
    case ql::CheckKind::UnresolvedPronoun: return IssuesPanel::tr("Unresolved pronoun");
    case ql::CheckKind::EmptySpan: return IssuesPanel::tr("Empty");
    case ql::CheckKind::SpanOutsideText: return IssuesPanel::tr("Outside the text");
    case ql::CheckKind::OverlappingQuotes: return IssuesPanel::tr("Overlap");
    case ql::CheckKind::SpeakerWithoutQuotes: return IssuesPanel::tr("No quotes");
    case ql::CheckKind::UnknownSpeaker: return IssuesPanel::tr("Unknown speaker");
    }
    return {};
}

IssuesPanel::IssuesPanel(const DocumentSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("issuesPanel"));
    m_list->setObjectName(QStringLiteral("issueList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Check"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, &IssuesPanel::choose);
    connect(m_list, &QTreeWidget::itemClicked, this, &IssuesPanel::choose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    connect(&session, &DocumentSession::documentChanged, this, &IssuesPanel::refresh);
    connect(&session, &DocumentSession::annotationsChanged, this, &IssuesPanel::refresh);
    refresh();
}

void IssuesPanel::refresh()
{
    m_list->clear();
    const std::vector<ql::CheckIssue> issues = ql::checkDocument(m_session.document());
    for (const ql::CheckIssue& issue : issues) {
        auto* item = new QTreeWidgetItem(m_list, {checkKindName(issue.kind), fromUtf8(issue.message)});
        item->setData(0, QuoteRole, issue.quote.value);
        item->setData(0, SpeakerRole, issue.speaker.value);
        item->setToolTip(1, fromUtf8(issue.message));
    }
    if (issues.empty() && !m_session.document().annotations.quotes.empty()) {
        auto* item = new QTreeWidgetItem(m_list, {QString(), tr("No issues found.")});
        item->setFlags(Qt::NoItemFlags);
    }
    const int count = static_cast<int>(issues.size());
    if (count != m_count) {
        m_count = count;
        emit countChanged(count);
    }
}

void IssuesPanel::choose(QTreeWidgetItem* item)
{
    if (!item)
        return;
    if (const uint quote = item->data(0, QuoteRole).toUInt())
        emit quoteChosen(ql::QuoteId{quote});
    else if (const uint speaker = item->data(0, SpeakerRole).toUInt())
        emit speakerChosen(ql::SpeakerId{speaker});
}

}  // namespace qlui
