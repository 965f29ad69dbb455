#pragma once
// What the panels' table models share: they read a DocumentSession (holding no copy of the
// annotations), have a fixed set of columns and reset whenever the document or its
// annotations change.

#include <QAbstractTableModel>

#include <algorithm>
#include <cstddef>

namespace qlui {

class DocumentSession;

class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    SessionTableModel(const DocumentSession& session, int columns, QObject* parent);

    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    const DocumentSession& session() const { return m_session; }
    // A valid index of this table: what data() may read.
    bool isCell(const QModelIndex& index) const;

private:
    const DocumentSession& m_session;
    int m_columns;
};

// Rows are the positions of the items (quotes, speakers) in the document's vectors.
template <class Items>
auto idAt(const Items& items, int row) -> decltype(items.front().id)
{
    return row >= 0 && row < static_cast<int>(items.size()) ? items[static_cast<std::size_t>(row)].id
                                                            : decltype(items.front().id){};
}

template <class Items, class Id>
int rowOf(const Items& items, Id id)  // -1 when there is no such item
{
    auto it = std::find_if(items.begin(), items.end(), [id](const auto& item) { return item.id == id; });
    return it == items.end() ? -1 : static_cast<int>(it - items.begin());
}

}  // namespace qlui
