#include "ui/quote_list_model.h"

#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/speaker_colors.h"

#include <QFont>
#include <QPalette>

#include <algorithm>

namespace qlui {

namespace {
// Long quotes are cut in the panel; the tool tip and the article have them whole.
constexpr qsizetype kMaxShownChars = 280;

QString shortened(QString text)
{
    if (text.size() <= kMaxShownChars)
        return text;
    text.truncate(kMaxShownChars);
    return text.left(text.lastIndexOf(QLatin1Char(' '))) + QStringLiteral(" …");
}
QVariant speakerData(const ql::AnnotationSet& annotations, const ql::Quote& quote, int role)
{
    const bool attributed = annotations.speaker(quote.speaker) != nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return speakerName(annotations, quote.speaker);
    case Qt::DecorationRole:
        return speakerColor(annotations, quote.speaker);
    case Qt::FontRole: {
        if (attributed)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return attributed ? QVariant() : QVariant(QPalette().brush(QPalette::PlaceholderText));
    default:
        return {};
    }
}

}  // namespace

QuoteListModel::QuoteListModel(const DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &DocumentSession::documentChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int QuoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session.document().annotations.quotes.size());
}

int QuoteListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant QuoteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ql::Document& document = m_session.document();
    const ql::Quote& quote = document.annotations.quotes[static_cast<std::size_t>(index.row())];
    if (role == QuoteIdRole)
        return quote.id.value;
    if (role == Qt::ToolTipRole)
        return quoteToolTip(document, quote) + QStringLiteral("<p>") + quoteText(document, quote).toHtmlEscaped();
    switch (index.column()) {
    case SpeakerColumn:
        return speakerData(document.annotations, quote, role);
    case KindColumn:
        return role == Qt::DisplayRole ? QVariant(kindName(quote.kind)) : QVariant();
    case TextColumn:
        return role == Qt::DisplayRole ? QVariant(shortened(quoteText(document, quote))) : QVariant();
    default:
        return {};
    }
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpeakerColumn: return tr("Speaker");
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Quote");
    default: return {};
    }
}

ql::QuoteId QuoteListModel::quoteId(int row) const
{
    const auto& quotes = m_session.document().annotations.quotes;
    return row >= 0 && row < static_cast<int>(quotes.size()) ? quotes[static_cast<std::size_t>(row)].id : ql::QuoteId{};
}

int QuoteListModel::row(ql::QuoteId id) const
{
    const auto& quotes = m_session.document().annotations.quotes;
    auto it = std::find_if(quotes.begin(), quotes.end(), [id](const ql::Quote& q) { return q.id == id; });
    return it == quotes.end() ? -1 : static_cast<int>(it - quotes.begin());
}

}  // namespace qlui
