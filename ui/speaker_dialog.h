#pragma once
// The speaker's name, type, gender and role, for a new speaker made from a selection and for
// editing one. A new speaker may be given the current quote at once.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/speaker.h"
#endif

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace qlui {

struct SpeakerFields final {
    QString name;
    QString role;
    ql::SpeakerType type = ql::SpeakerType::Person;
    ql::Gender gender = ql::Gender::Unknown;
};

class SpeakerDialog final : public QDialog {
    Q_OBJECT
public:
    // `quote` is the quote a new speaker may be given (its text, for the check box); empty hides it.
    SpeakerDialog(const QString& title, const SpeakerFields& fields, const QString& quote, QWidget* parent = nullptr);

    SpeakerFields fields() const;
    bool assignQuote() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* roleEdit() const { return m_role; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* genderBox() const { return m_gender; }
    QCheckBox* assignBox() const { return m_assign; }

private:
    QLineEdit* m_name;
    QLineEdit* m_role;
    QComboBox* m_type;
    QComboBox* m_gender;
    QCheckBox* m_assign;
    QDialogButtonBox* m_buttons;
};

}  // namespace qlui
