#pragma once
// A small popup that picks a speaker: a ranked list whose first nine entries are chosen with
// keys 1-9, and a search field that narrows it as one types (Enter takes the first or the
// highlighted entry, Escape closes). Reassigning a quote, merging a speaker and correcting a
// mention all pick a speaker this way. Entries may include actions that are not speakers
// ("New speaker…"), told apart by an invalid id and their own code.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QColor>
#include <QDialog>
#include <QString>

#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace qlui {

struct PickerEntry final {
    ql::SpeakerId speaker;  // invalid for an extra entry
    QString name;
    QString note;           // why it is offered ("named nearby")
    QColor color;
    int extra = 0;          // for an extra entry: what the caller should do (non-zero)
};

class SpeakerPicker final : public QDialog {
    Q_OBJECT
public:
    // `entries` gives the list for what is typed ("" for all), best first.
    using Entries = std::function<std::vector<PickerEntry>(const QString& typed)>;

    SpeakerPicker(const QString& title, Entries entries, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }
    // Chooses the entry at `row` of the list as shown (what keys 1-9 and Enter do).
    void choose(int row);

signals:
    void speakerChosen(ql::SpeakerId speaker);
    void extraChosen(int extra);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();

    Entries m_entries;
    std::vector<PickerEntry> m_shown;
    QLabel* m_title;
    QLineEdit* m_search;
    QListWidget* m_list;
};

}  // namespace qlui
