#include "ui/quote_list_model.h"

#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/speaker_colors.h"

#include <QApplication>
#include <QFont>
#include <QMimeData>
#include <QPalette>


namespace qlui {

namespace {
QFont italic()
{
    QFont font;
    font.setItalic(true);
    return font;
}

QVariant speakerData(const DocumentSession& session, const ql::Quote& quote, int role)
{
    const ql::AnnotationSet& annotations = session.document().annotations;
    const bool attributed = annotations.speaker(quote.speaker) != nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return speakerName(annotations, quote.speaker);
    case Qt::DecorationRole:
        return session.colors().color(quote.speaker);
    case Qt::FontRole:
        return attributed ? QVariant() : QVariant(italic());
    case Qt::ForegroundRole:
        return attributed ? QVariant() : QVariant(QApplication::palette().brush(QPalette::PlaceholderText));
    case QuoteListModel::SortRole:
        // Unattributed quotes sort after every name.
        return attributed ? speakerName(annotations, quote.speaker).toLower() : QStringLiteral("\uFFFF");
    default:
        return {};
    }
}

QVariant confidenceData(const ql::Quote& quote, bool low, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return low ? QStringLiteral("⚠ ") + percent(quote.confidence) : percent(quote.confidence);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        if (!low)
            return {};
        const QPalette palette = QApplication::palette();
        return readableTint(QColor(0xE69F00), palette.color(QPalette::Base), palette.color(QPalette::Text), 0.35);
    }
    case Qt::FontRole: {
        if (!low)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case QuoteListModel::SortRole:
        return quote.confidence;
    default:
        return {};
    }
}

}  // namespace

QuoteListModel::QuoteListModel(const DocumentSession& session, QObject* parent)
    : SessionTableModel(session, ColumnCount, parent)
{
}

int QuoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(session().document().annotations.quotes.size());
}

QVariant QuoteListModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const ql::Document& document = session().document();
    const ql::Quote& quote = document.annotations.quotes[static_cast<std::size_t>(index.row())];
    const bool low = quote.speaker && quote.confidence < kLowConfidence;
    switch (role) {
    case QuoteIdRole: return quote.id.value;
    case SpeakerIdRole: return quote.speaker.value;
    case KindRole: return static_cast<int>(quote.kind);
    case LowConfidenceRole: return low;
    case Qt::ToolTipRole:
        return quoteToolTip(document, quote) + QStringLiteral("<p>") + quoteText(document, quote).toHtmlEscaped();
    default: break;
    }
    switch (index.column()) {
    case SpeakerColumn:
        return speakerData(session(), quote, role);
    case KindColumn:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(kindName(quote.kind)) : QVariant();
    case TextColumn:
        if (role == SortRole)
            return index.row();  // reading order
        return role == Qt::DisplayRole ? QVariant(quoteText(document, quote)) : QVariant();
    case ConfidenceColumn:
        return confidenceData(quote, low, role);
    case VerifiedColumn:
        if (role == Qt::DisplayRole)
            return quote.verified ? QStringLiteral("✓") : QString();
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignCenter);
        return role == SortRole ? QVariant(quote.verified) : QVariant();
    default:
        return {};
    }
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpeakerColumn: return tr("Speaker");
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Quote");
    case ConfidenceColumn: return role == Qt::DisplayRole ? tr("Conf.") : tr("How sure the engine is of the speaker");
    case VerifiedColumn: return role == Qt::DisplayRole ? QStringLiteral("✓") : tr("Verified by a person");
    default: return {};
    }
}

Qt::ItemFlags QuoteListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = SessionTableModel::flags(index);
    if (!isCell(index))
        return flags;
    flags |= Qt::ItemIsDragEnabled;
    if (index.column() == SpeakerColumn)
        flags |= Qt::ItemIsEditable;  // the edit is a reassignment, made by the panel's delegate
    return flags;
}

QStringList QuoteListModel::mimeTypes() const { return {quoteMimeType()}; }

QMimeData* QuoteListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !isCell(indexes.first()))
        return nullptr;
    auto* data = new QMimeData;
    const ql::QuoteId id = quoteId(indexes.first().row());
    data->setData(quoteMimeType(), QByteArray::number(id.value));
    data->setText(quoteText(session().document(), *session().document().annotations.quote(id)));
    return data;
}

QString quoteMimeType() { return QStringLiteral("application/x-quotelens-quote"); }

std::optional<ql::QuoteId> quoteFromMime(const QMimeData* data)
{
    if (!data || !data->hasFormat(quoteMimeType()))
        return std::nullopt;
    bool ok = false;
    const uint value = data->data(quoteMimeType()).toUInt(&ok);
    return ok && value != 0 ? std::optional(ql::QuoteId{value}) : std::nullopt;
}

ql::QuoteId QuoteListModel::quoteId(int row) const { return idAt(session().document().annotations.quotes, row); }

int QuoteListModel::row(ql::QuoteId id) const { return rowOf(session().document().annotations.quotes, id); }

}  // namespace qlui
