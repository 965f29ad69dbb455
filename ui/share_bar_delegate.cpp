#include "ui/share_bar_delegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace qlui {

ShareBarDelegate::ShareBarDelegate(int shareRole, QObject* parent) : QStyledItemDelegate(parent), m_shareRole(shareRole)
{
}

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString label = item.text;
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const double share = std::clamp(index.data(m_shareRole).toDouble(), 0.0, 1.0);
    const QRect area = option.rect.adjusted(4, 5, -4, -5);
    const int numberWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 6;
    QRect bar(area.left(), area.top(), area.width() - numberWidth, area.height());
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Midlight));
    painter->drawRect(bar);
    bar.setWidth(static_cast<int>(bar.width() * share + 0.5));
    painter->setBrush(option.palette.color(QPalette::Highlight));
    painter->drawRect(bar);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, label);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 70));
    return size;
}

}  // namespace qlui
