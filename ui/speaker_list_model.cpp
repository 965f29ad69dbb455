#include "ui/speaker_list_model.h"

#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/quote_list_model.h"


namespace qlui {

SpeakerListModel::SpeakerListModel(const DocumentSession& session, QObject* parent)
    : SessionTableModel(session, ColumnCount, parent)
{
}

int SpeakerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(session().document().annotations.speakers.size());
}

QVariant SpeakerListModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const ql::Speaker& speaker = session().document().annotations.speakers[row];
    const SourcingSummary& summary = session().summary();
    const SpeakerStats stats = row < summary.speakers.size() ? summary.speakers[row] : SpeakerStats{};
    if (role == SpeakerIdRole)
        return speaker.id.value;
    if (role == ShareRole)
        return stats.share;
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return session().colors().color(speaker.id);
    if (role == Qt::TextAlignmentRole && index.column() >= QuotesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !speaker.aliases.empty()) {
        QStringList aliases;
        for (const std::string& alias : speaker.aliases)
            aliases << fromUtf8(alias);
        return tr("Also written: %1").arg(aliases.join(QStringLiteral(", ")));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case NameColumn: return sorting ? fromUtf8(speaker.name).toLower() : fromUtf8(speaker.name);
    case RoleColumn: return sorting ? fromUtf8(speaker.role).toLower() : fromUtf8(speaker.role);
    case TypeColumn: return typeName(speaker.type);
    case GenderColumn: return genderName(speaker.gender);
    case QuotesColumn: return stats.quotes;
    case WordsColumn: return sorting ? QVariant(qulonglong(stats.words)) : QVariant(QString::number(stats.words));
    case ShareColumn: return sorting ? QVariant(stats.share) : QVariant(percent(stats.share));
    default: return {};
    }
}

QVariant SpeakerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Speaker");
    case RoleColumn: return tr("Role");
    case TypeColumn: return tr("Type");
    case GenderColumn: return tr("Gender");
    case QuotesColumn: return tr("Quotes");
    case WordsColumn: return role == Qt::DisplayRole ? tr("Words") : tr("Words quoted");
    case ShareColumn: return role == Qt::DisplayRole ? tr("Share") : tr("Share of the quoted words");
    default: return {};
    }
}

Qt::ItemFlags SpeakerListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = SessionTableModel::flags(index);
    return isCell(index) ? flags | Qt::ItemIsDropEnabled : flags;
}

QStringList SpeakerListModel::mimeTypes() const { return {quoteMimeType()}; }

bool SpeakerListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    // Only onto a speaker's row: between rows there is nobody to give the quote to.
    return parent.isValid() && isCell(parent) && quoteFromMime(data).has_value();
}

bool SpeakerListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                    const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit quoteDropped(*quoteFromMime(data), speakerId(parent.row()));
    return false;  // nothing was inserted here: the drag source keeps its row
}

ql::SpeakerId SpeakerListModel::speakerId(int row) const
{
    return idAt(session().document().annotations.speakers, row);
}

int SpeakerListModel::row(ql::SpeakerId id) const { return rowOf(session().document().annotations.speakers, id); }

}  // namespace qlui
