#include "ui/speaker_dialog.h"

#include "ui/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace qlui {

SpeakerDialog::SpeakerDialog(const QString& title, const SpeakerFields& fields, const QString& quote, QWidget* parent)
    : QDialog(parent),
      m_name(new QLineEdit(fields.name)),
      m_role(new QLineEdit(fields.role)),
      m_type(new QComboBox),
      m_gender(new QComboBox),
      m_assign(new QCheckBox),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("speakerDialog"));
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("speakerName"));
    m_role->setObjectName(QStringLiteral("speakerRole"));
    m_role->setPlaceholderText(tr("e.g. Foreign Minister"));
    m_type->setObjectName(QStringLiteral("speakerType"));
    m_gender->setObjectName(QStringLiteral("speakerGender"));
    for (const auto type : {ql::SpeakerType::Person, ql::SpeakerType::Organization, ql::SpeakerType::Unknown})
        m_type->addItem(typeName(type), static_cast<int>(type));
    for (const auto gender : {ql::Gender::Female, ql::Gender::Male, ql::Gender::Unknown})
        m_gender->addItem(genderName(gender), static_cast<int>(gender));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(fields.type)));
    m_gender->setCurrentIndex(m_gender->findData(static_cast<int>(fields.gender)));
    m_assign->setObjectName(QStringLiteral("assignQuote"));
    m_assign->setVisible(!quote.isEmpty());
    m_assign->setChecked(!quote.isEmpty());
    m_assign->setText(tr("&Give it the quote “%1”").arg(fontMetrics().elidedText(quote, Qt::ElideRight, 320)));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(m_assign);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, check);
    check();
    m_name->selectAll();
    m_name->setFocus();
}

SpeakerFields SpeakerDialog::fields() const
{
    SpeakerFields f;
    f.name = m_name->text().simplified();
    f.role = m_role->text().simplified();
    f.type = static_cast<ql::SpeakerType>(m_type->currentData().toInt());
    f.gender = static_cast<ql::Gender>(m_gender->currentData().toInt());
    return f;
}

bool SpeakerDialog::assignQuote() const { return !m_assign->isHidden() && m_assign->isChecked(); }

}  // namespace qlui
