#pragma once
// The speaker panel's table: one row per speaker, with how much of the article's quoted voice
// is theirs. An adapter over DocumentSession, like QuoteListModel.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include "ui/session_table_model.h"

namespace qlui {

class SpeakerListModel final : public SessionTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, TypeColumn, GenderColumn, QuotesColumn, WordsColumn, ShareColumn, ColumnCount };
    enum Role {
        SpeakerIdRole = Qt::UserRole + 1,  // the speaker's id value (uint)
        SortRole,                          // numbers for the counting columns, lower-case text otherwise
        ShareRole,                         // the share of voice, 0..1 (double)
    };

    explicit SpeakerListModel(const DocumentSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A quote dropped on a speaker's row asks for the quote to be given to that speaker
    // (quoteDropped); the model itself never changes the annotations.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    ql::SpeakerId speakerId(int row) const;
    int row(ql::SpeakerId id) const;  // -1 when there is no such speaker

signals:
    void quoteDropped(ql::QuoteId quote, ql::SpeakerId speaker);
};

}  // namespace qlui
