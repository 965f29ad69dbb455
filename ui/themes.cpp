#include "ui/themes.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace qlui {

namespace {
struct Colours {
    QRgb window, windowText, base, alternateBase, text, button, highlight, highlightedText, link, mid, placeholder,
        disabledText;
};

QPalette makePalette(const Colours& c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.windowText);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Midlight, QColor(c.mid).lighter(115));
    p.setColor(QPalette::Dark, QColor(c.mid).darker(130));
    p.setColor(QPalette::Light, QColor(c.button).lighter(130));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}
}  // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString& key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QPalette lightPalette()
{
    return makePalette({0xF3F1EC, 0x1F1F1F, 0xFFFFFF, 0xF7F5F0, 0x1A1A1A, 0xE9E6DF, 0x2F6DB5, 0xFFFFFF, 0x1F5FA8,
                        0xC8C4BA, 0x6B6B6B, 0x8A8A8A});
}

QPalette darkPalette()
{
    return makePalette({0x2B2B2E, 0xE6E6E6, 0x1E1E20, 0x26262A, 0xE4E4E4, 0x36363A, 0x3D7CC9, 0xFFFFFF, 0x8AB4F8,
                        0x505056, 0x9A9A9A, 0x7A7A7A});
}

void applyTheme(Theme theme)
{
    if (theme == Theme::System) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

}  // namespace qlui
