#pragma once
// Draws a share (0..1, from a role of the model) as a small horizontal bar behind its number.

#include <QStyledItemDelegate>

namespace qlui {

class ShareBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    ShareBarDelegate(int shareRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_shareRole;
};

}  // namespace qlui
