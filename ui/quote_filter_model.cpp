#include "ui/quote_filter_model.h"

#include "ui/quote_list_model.h"

namespace qlui {

QuoteFilterModel::QuoteFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QuoteListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void QuoteFilterModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void QuoteFilterModel::setSpeaker(std::optional<ql::SpeakerId> speaker)
{
    if (speaker == m_speaker)
        return;
    m_speaker = speaker;
    invalidateRowsFilter();
}

void QuoteFilterModel::setKind(std::optional<ql::QuoteKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void QuoteFilterModel::setGroupBySpeaker(bool group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidate();
    if (group && sortColumn() < 0)
        sort(QuoteListModel::TextColumn);  // grouping needs a sorted view to show
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_speaker && row.data(QuoteListModel::SpeakerIdRole).toUInt() != m_speaker->value)
        return false;
    if (m_kind && row.data(QuoteListModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex text = row.siblingAtColumn(QuoteListModel::TextColumn);
    return text.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           row.data().toString().contains(m_text, Qt::CaseInsensitive);
}

bool QuoteFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_group) {
        const QString a = left.siblingAtColumn(QuoteListModel::SpeakerColumn).data(QuoteListModel::SortRole).toString();
        const QString b = right.siblingAtColumn(QuoteListModel::SpeakerColumn).data(QuoteListModel::SortRole).toString();
        if (a != b)
            // Groups stay in name order whichever way the column inside them is sorted.
            return (sortOrder() == Qt::AscendingOrder) == (a < b);
    }
    const QVariant l = left.data(QuoteListModel::SortRole);
    const QVariant r = right.data(QuoteListModel::SortRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Equivalent)
        return left.row() < right.row();  // reading order breaks ties
    return order == QPartialOrdering::Less;
}

}  // namespace qlui
