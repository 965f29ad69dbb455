// File → Export… in the window, offscreen: the open article goes out in the chosen format, the
// reader is told where and offered to open it; failures are shown and write nothing.
#include "ui/main_window.h"

#include "catch_qt.h"
#include "export/exporter_registry.h"
#include "test_documents.h"
#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/export_dialog.h"
#include "ui/export_runner.h"
#include "ui/reader_actions.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>

namespace {

constexpr std::string_view kArticle =
    "Ferry strike ends\n"
    "\n"
    "“We have a deal, and the boats sail tomorrow,” said Mayor Ana Núñez on Friday.\n"
    "\n"
    "The union leader, Tomás Ferreira, said the pay offer was fair.\n";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The visible dialog or message box of this type; earlier ones may wait for deletion.
template <typename T>
T* shown(const qlui::MainWindow& window, const QString& name = {})
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T* widget : window.findChildren<T*>(name)) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

QAbstractButton* buttonNamed(const QMessageBox& box, const QString& text)
{
    for (QAbstractButton* button : box.buttons()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

struct OpenArticle {
    QTemporaryDir dir;
    QString path = qltest::writeFile(dir, QStringLiteral("ferry strike.txt"), kArticle);
    qlui::DocumentSession session;
    qlui::MainWindow window{session};

    OpenArticle()
    {
        qltest::clearSettings();
        REQUIRE(window.openFile(path));
        REQUIRE(qltest::waitUntil([&] { return !session.analysing() && !window.articleView()->rendering(); }));
        REQUIRE_FALSE(session.document().annotations.quotes.empty());
    }
};

}  // namespace

TEST_CASE("window: File → Export… writes the open article in each format and offers to open it")
{
    OpenArticle open;
    qlui::MainWindow& window = open.window;
    QAction* exportAction = window.actions().exportArticle;
    REQUIRE(exportAction->isEnabled());
    ql::ExporterRegistry registry;
    qlui::addGuiExporters(registry);

    for (const char* id : {"html", "json", "csv", "md", "pdf"}) {
        const QString format = QString::fromLatin1(id);
        INFO(id);
        exportAction->trigger();
        qlui::ExportDialog* dialog = shown<qlui::ExportDialog>(window);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->isModal());
        auto* formats = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        formats->setCurrentIndex(formats->findData(format));
        // The article's name with the format's extension, beside it the first time, then in the
        // last folder used.
        const QString folder = format == QLatin1String("html") ? open.dir.path() : open.dir.filePath(QStringLiteral("out"));
        CHECK(dialog->path() == QDir(folder).filePath(QStringLiteral("ferry strike.") + format));
        dialog->findChild<QCheckBox*>(QStringLiteral("exportIndirect"))->setChecked(false);
        const QString target = open.dir.filePath(QStringLiteral("out/exported.") + format);
        QDir(open.dir.path()).mkpath(QStringLiteral("out"));
        dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"))->setText(target);
        dialog->accept();

        const QByteArray written = readAll(target);
        const ql::ExportOptions options{.indirect = false, .unverified = true, .unattributed = true};
        if (format == QLatin1String("pdf")) {
            CHECK(written.startsWith("%PDF-"));  // the PDF carries its creation time: not comparable
        } else {
            const std::string expected = registry.find(id)->write(open.session.document(), options);
            CHECK(written.toStdString() == expected);
        }
        CHECK(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)));
        QMessageBox* done = shown<QMessageBox>(window, QStringLiteral("exportedMessage"));
        REQUIRE(done != nullptr);
        CHECK(buttonNamed(*done, QStringLiteral("&Open")) != nullptr);
        CHECK(buttonNamed(*done, QStringLiteral("Open Containing &Folder")) != nullptr);
        done->close();
        // The next dialog starts in this folder with this format.
        exportAction->trigger();
        qlui::ExportDialog* next = shown<qlui::ExportDialog>(window);
        REQUIRE(next != nullptr);
        CHECK(next->path() == open.dir.filePath(QStringLiteral("out/ferry strike.") + format));
        CHECK_FALSE(next->options().indirect);
        next->reject();
    }
}

TEST_CASE("window: after an export, Open and Open Containing Folder hand the file and its folder to the desktop")
{
    OpenArticle open;
    QTextBrowser desktop;  // stands in for the desktop's handler of file URLs
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "setSource");
    const QString target = open.dir.filePath(QStringLiteral("ferry.html"));
    struct Row {
        QString button;
        QString opened;
    };
    for (const Row& row : {Row{QStringLiteral("&Open"), target}, Row{QStringLiteral("Open Containing &Folder"), open.dir.path()}}) {
        INFO(row.button.toStdString());
        desktop.setSource({});
        open.window.actions().exportArticle->trigger();
        qlui::ExportDialog* dialog = shown<qlui::ExportDialog>(open.window);
        REQUIRE(dialog != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"))->setText(target);
        dialog->accept();
        QMessageBox* done = shown<QMessageBox>(open.window, QStringLiteral("exportedMessage"));
        REQUIRE(done != nullptr);
        buttonNamed(*done, row.button)->click();
        CHECK(desktop.source() == QUrl::fromLocalFile(row.opened));
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

TEST_CASE("window: an export that cannot be written says why and writes nothing")
{
    OpenArticle open;
    open.window.actions().exportArticle->trigger();
    qlui::ExportDialog* dialog = shown<qlui::ExportDialog>(open.window);
    REQUIRE(dialog != nullptr);
    const QString target = open.dir.filePath(QStringLiteral("no such folder/ferry.html"));
    dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"))->setText(target);
    dialog->accept();
    CHECK_FALSE(QFile::exists(target));
    CHECK(shown<QMessageBox>(open.window, QStringLiteral("exportedMessage")) == nullptr);
    QMessageBox* error = shown<QMessageBox>(open.window);
    REQUIRE(error != nullptr);
    CHECK(error->icon() == QMessageBox::Warning);
    CHECK(error->text().contains(QDir::toNativeSeparators(target)));
    CHECK_FALSE(error->informativeText().isEmpty());
    CHECK(open.window.statusBar()->currentMessage() == QStringLiteral("Export failed."));
}

TEST_CASE("window: Export is offered only for an article whose quotes have been looked for")
{
    qltest::clearSettings();
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    QAction* exportAction = window.actions().exportArticle;
    CHECK_FALSE(exportAction->isEnabled());  // nothing open
    session.setText(std::string(kArticle), QStringLiteral("Ferry strike ends"));
    CHECK_FALSE(exportAction->isEnabled());  // its quotes are being found
    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    CHECK(exportAction->isEnabled());
    CHECK(exportAction->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")));
    // Text with no file (the clipboard, a web page) is named after its title.
    exportAction->trigger();
    qlui::ExportDialog* dialog = shown<qlui::ExportDialog>(window);
    REQUIRE(dialog != nullptr);
    CHECK(QFileInfo(dialog->path()).fileName() == QStringLiteral("Ferry strike ends.html"));
    dialog->reject();
}
