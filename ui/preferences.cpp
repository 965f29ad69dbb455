#include "ui/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>

namespace qlui {

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.theme = themeFromKey(settings.value(QStringLiteral("view/theme")).toString());
    p.fontSize = std::max(0.0, settings.value(QStringLiteral("view/fontSize"), 0.0).toDouble());
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("view/theme"), themeKey(theme));
    settings.setValue(QStringLiteral("view/fontSize"), fontSize);
}

PreferencesDialog::PreferencesDialog(const Preferences& current, double defaultFontSize, QWidget* parent)
    : QDialog(parent), m_theme(new QComboBox), m_fontSize(new QDoubleSpinBox)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("As the system"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(themeKey(current.theme)));
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(8, 36);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(current.fontSize > 0 ? current.fontSize : defaultFontSize);

    auto* form = new QFormLayout;
    form->addRow(tr("&Palette:"), m_theme);
    form->addRow(tr("Article &font size:"), m_fontSize);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.theme = themeFromKey(m_theme->currentData().toString());
    p.fontSize = m_fontSize->value();
    return p;
}

}  // namespace qlui
