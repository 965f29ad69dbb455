#pragma once
// The quote panel's table: one row per quote of the open document, in reading order.
// An adapter over DocumentSession: it holds no copy of the annotations and resets when the
// document or its annotations change. Sorting and filtering are QuoteFilterModel's job.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include "ui/session_table_model.h"

#include <QString>

#include <optional>

class QMimeData;

namespace qlui {

// Quotes dragged out of the quote panel (onto a speaker) carry their id under this type.
QString quoteMimeType();
std::optional<ql::QuoteId> quoteFromMime(const QMimeData* data);

class QuoteListModel final : public SessionTableModel {
    Q_OBJECT
public:
    enum Column { SpeakerColumn, KindColumn, TextColumn, ConfidenceColumn, VerifiedColumn, ColumnCount };
    enum Role {
        QuoteIdRole = Qt::UserRole + 1,  // the quote's id value (uint)
        SpeakerIdRole,                   // the speaker's id value (uint, 0 when unattributed)
        KindRole,                        // ql::QuoteKind as int
        SortRole,                        // what the column sorts by (reading order for the text)
        LowConfidenceRole,               // bool: the attribution is worth checking
    };

    explicit QuoteListModel(const DocumentSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Rows can be dragged (onto a speaker); the speaker cell opens a speaker drop-down.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    ql::QuoteId quoteId(int row) const;
    int row(ql::QuoteId id) const;  // -1 when there is no such quote
};

}  // namespace qlui
