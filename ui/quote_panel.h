#pragma once
// The quote panel: filters (text, speaker, kind, grouping by speaker) over a sortable table
// of quotes. It says which quote the reader picked and takes the quote to show from outside,
// without echoing it back. The current quote stays current through corrections. Its speaker
// cell is a drop-down and its rows can be dragged onto a speaker: both ask for a
// reassignment (reassignRequested), which the panel does not make itself.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace qlui {

class DocumentSession;
class QuoteFilterModel;
class QuoteListModel;

class QuotePanel final : public QWidget {
    Q_OBJECT
public:
    explicit QuotePanel(const DocumentSession& session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QuoteListModel* quotes() const { return m_quotes; }
    QuoteFilterModel* filtered() const { return m_filtered; }

    ql::QuoteId currentQuote() const;
    // Selects the quote's row (clearing the filters that hide it) without emitting quoteActivated.
    void selectQuote(ql::QuoteId id);
    // Moves to the next (+1) or previous (-1) shown quote in reading order, and emits quoteActivated.
    void step(int direction);
    // nullopt shows every speaker; an invalid id, unattributed quotes only.
    void setSpeakerFilter(std::optional<ql::SpeakerId> speaker);
    // A widget under the table (the correction bar).
    void setFooter(QWidget* footer);

signals:
    void quoteActivated(ql::QuoteId id);
    void speakerFilterChanged(std::optional<ql::SpeakerId> speaker);
    // The current quote changed, whoever changed it (invalid: none).
    void currentQuoteChanged(ql::QuoteId id);
    void reassignRequested(ql::QuoteId quote, ql::SpeakerId speaker);

private:
    void fillSpeakers();
    void speakerChosen();
    void keepCurrent();

    const DocumentSession& m_session;
    QuoteListModel* m_quotes;
    QuoteFilterModel* m_filtered;
    QLineEdit* m_filter;
    QComboBox* m_speaker;
    QComboBox* m_kind;
    QCheckBox* m_group;
    QTableView* m_table;
    bool m_selecting = false;  // a row selected from outside must not be announced back
    ql::QuoteId m_current;     // kept through the model's resets after an edit
    int m_keptRow = -1;        // its row in reading order, for when it is deleted
};

}  // namespace qlui
