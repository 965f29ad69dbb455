// File → Export…'s dialog, offscreen: formats, choices, the suggested file, what it remembers.
#include "catch_qt.h"

#include "ui/export_dialog.h"
#include "ui/export_runner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

namespace {

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

}  // namespace

TEST_CASE("export dialog: every format, the article's name with the format's extension, all quotes by default")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ql::ExporterRegistry registry;
    qlui::addGuiExporters(registry);
    qlui::ExportDialog dialog(registry, QStringLiteral("/news/bridge-talks.txt"), settings);

    auto* format = child<QComboBox>(dialog, "exportFormat");
    REQUIRE(format->count() == 5);
    CHECK(format->itemData(4).toString() == QStringLiteral("pdf"));
    CHECK(dialog.exporter()->format().id == "html");
    CHECK(dialog.path() == QStringLiteral("/news/bridge-talks.html"));
    CHECK(dialog.options() == ql::ExportOptions{});

    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    CHECK(dialog.exporter()->format().id == "pdf");
    CHECK(dialog.path() == QStringLiteral("/news/bridge-talks.pdf"));
    child<QCheckBox>(dialog, "exportIndirect")->setChecked(false);
    child<QCheckBox>(dialog, "exportUnattributed")->setChecked(false);
    CHECK(dialog.options() == ql::ExportOptions{.indirect = false, .unverified = true, .unattributed = false});
}

TEST_CASE("export dialog: remembers the last folder, format and choices")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ql::ExporterRegistry registry;
    qlui::addGuiExporters(registry);
    {
        qlui::ExportDialog first(registry, QStringLiteral("/news/a.txt"), settings);
        auto* format = child<QComboBox>(first, "exportFormat");
        format->setCurrentIndex(format->findData(QStringLiteral("csv")));
        child<QCheckBox>(first, "exportUnverified")->setChecked(false);
        child<QLineEdit>(first, "exportPath")->setText(dir.filePath(QStringLiteral("exports/a.csv")));
        first.accept();
        CHECK(first.result() == QDialog::Accepted);
    }
    qlui::ExportDialog second(registry, QStringLiteral("/elsewhere/b.txt"), settings);
    CHECK(second.exporter()->format().id == "csv");
    CHECK(second.path() == dir.filePath(QStringLiteral("exports/b.csv")));
    CHECK(second.options() == ql::ExportOptions{.indirect = true, .unverified = false, .unattributed = true});
}

TEST_CASE("export dialog: an empty file name is not accepted")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ql::ExporterRegistry registry;
    qlui::addGuiExporters(registry);
    qlui::ExportDialog dialog(registry, QStringLiteral("/news/a.txt"), settings);
    child<QLineEdit>(dialog, "exportPath")->setText(QStringLiteral("  "));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(settings.contains(QStringLiteral("export/format")));
}
