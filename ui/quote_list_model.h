#pragma once
// The quote panel's table: one row per quote of the open document, in reading order.
// An adapter over DocumentSession: it holds no copy of the annotations and resets when the
// document changes.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QAbstractTableModel>

namespace qlui {

class DocumentSession;

class QuoteListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SpeakerColumn, KindColumn, TextColumn, ColumnCount };
    enum Role { QuoteIdRole = Qt::UserRole + 1 };  // the quote's id value (uint)

    explicit QuoteListModel(const DocumentSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ql::QuoteId quoteId(int row) const;
    int row(ql::QuoteId id) const;  // -1 when there is no such quote

private:
    const DocumentSession& m_session;
};

}  // namespace qlui
