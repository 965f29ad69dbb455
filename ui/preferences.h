#pragma once
// What the reader can choose in Preferences, stored in QSettings, and the dialog to choose it.

#include "ui/themes.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;

namespace qlui {

struct Preferences final {
    Theme theme = Theme::System;
    double fontSize = 0;  // the article's reading size in points; 0 for the default

    static Preferences load();
    void save() const;
    friend bool operator==(const Preferences&, const Preferences&) = default;
};

class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(const Preferences& current, double defaultFontSize, QWidget* parent = nullptr);

    Preferences preferences() const;

private:
    QComboBox* m_theme;
    QDoubleSpinBox* m_fontSize;
};

}  // namespace qlui
