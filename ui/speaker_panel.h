#pragma once
// The speaker panel: a sortable table of speakers with their share of voice, and the
// article's sourcing chart. Selecting a speaker announces it; selecting none shows everyone.
// The selected speaker stays selected through corrections while it exists. Quotes dropped
// on a speaker are announced by the model (SpeakerListModel::quoteDropped).

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace qlui {

class DocumentSession;
class SourcingChart;
class SpeakerListModel;

class SpeakerPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SpeakerPanel(const DocumentSession& session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    SpeakerListModel* speakers() const { return m_speakers; }
    SourcingChart* chart() const { return m_chart; }

    ql::SpeakerId currentSpeaker() const;  // invalid when none is selected
    // Selects the speaker's row (none for an invalid id) and announces it when it changes.
    void selectSpeaker(ql::SpeakerId id);

signals:
    void speakerSelected(ql::SpeakerId id);

private:
    void selectionChanged();
    void keepSelection();

    SpeakerListModel* m_speakers;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    SourcingChart* m_chart;
    ql::SpeakerId m_announced;
};

}  // namespace qlui
