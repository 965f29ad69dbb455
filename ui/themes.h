#pragma once
// The window's palettes: the system's, or Quotelens's own light and dark ones, chosen in
// Preferences. Views read their colours from the palette, so a change repaints everything.

#include <QPalette>
#include <QString>

namespace qlui {

enum class Theme { System, Light, Dark };

QString themeKey(Theme theme);  // "system", "light", "dark": how settings store it
Theme themeFromKey(const QString& key);  // System for anything unknown

QPalette lightPalette();
QPalette darkPalette();
// Sets the application palette (and the Fusion style for Quotelens's own palettes, which
// every platform draws the same way).
void applyTheme(Theme theme);

}  // namespace qlui
