#pragma once
// Sorting and filtering for the quote panel: a text filter (quote or speaker), a speaker filter,
// a kind filter, and grouping by speaker (reading order within each speaker).

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#include "document/quote.h"
#endif

#include <QSortFilterProxyModel>

#include <optional>

namespace qlui {

class QuoteFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QuoteFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);  // case-insensitive, in the quote or its speaker's name
    // nullopt: every speaker; an invalid id: unattributed quotes only.
    void setSpeaker(std::optional<ql::SpeakerId> speaker);
    std::optional<ql::SpeakerId> speaker() const { return m_speaker; }
    void setKind(std::optional<ql::QuoteKind> kind);
    void setGroupBySpeaker(bool group);
    bool groupBySpeaker() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    std::optional<ql::SpeakerId> m_speaker;
    std::optional<ql::QuoteKind> m_kind;
    bool m_group = false;
};

}  // namespace qlui
