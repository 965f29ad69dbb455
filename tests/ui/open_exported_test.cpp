// File › Open on an exported JSON document (File › Export JSON, quotelens-cli export --format
// json): the text with the annotations it holds, as work, not the JSON as text. Work on it is
// saved beside it (NAME.json.quotelens.json), never over the export.
#include "catch_qt.h"
#include "export/export_source.h"
#include "export/json_exporter.h"
#include "sample_corrections.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/quote_panel.h"
#include "ui/reader_actions.h"
#include "ui/speaker_panel.h"
#include "ui/work_saver.h"
#include "work_files.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

using qlui::DocumentSession;
using qlui::MainWindow;

namespace {

// The bundled sample exported as JSON, with corrections a reader made before exporting, so
// that what opens can only have come from the export.
struct ExportedSample {
    qltest::SampleArticle sample;
    QString json = sample.dir.filePath(QStringLiteral("harbour-bridge.json"));
    QString work = json + QStringLiteral(".quotelens.json");
    ql::Document exported;
    QByteArray bytes;

    ExportedSample()
    {
        ql::ExportSource source = ql::documentForExport(QFile::encodeName(sample.article).toStdString());
        REQUIRE(source.ok());
        ql::History history;
        for (const ql::Edit& edit : qltest::sampleCorrections(source.document))
            REQUIRE(history.perform(edit, source.document).ok());
        exported = std::move(source.document);
        const std::string written = ql::JsonExporter().write(exported, {});
        bytes = QByteArray::fromStdString(written);
        QFile file(json);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }
};

int rows(QTableView* table) { return table->model()->rowCount(); }

}  // namespace

TEST_CASE("opening an exported JSON document: its quotes and speakers, saved as work beside it")
{
    ExportedSample e;
    ql::AnnotationSet edited;
    {
        DocumentSession session;
        MainWindow window(session);
        REQUIRE(window.openFile(e.json));
        CHECK_FALSE(session.analysing());  // nothing to find: the export has the quotes
        CHECK(session.document().text == e.exported.text);
        CHECK(session.document().annotations == e.exported.annotations);
        CHECK(rows(window.quotePanel()->table()) == static_cast<int>(e.exported.annotations.quotes.size()));
        CHECK(rows(window.speakerPanel()->table()) == static_cast<int>(e.exported.annotations.speakers.size()));
        CHECK(qltest::shownTitle(window) == QStringLiteral("harbour-bridge.json — Quotelens"));
        CHECK(window.workSaver().annotationPath() == e.work);

        // An edit, saved: beside the export, which stays as it was.
        const ql::Quote& first = session.document().annotations.quotes.front();
        REQUIRE(session.perform(ql::Edit{ql::SetVerified{first.id, !first.verified}}).ok());
        edited = session.document().annotations;
        window.actions().save->trigger();
        CHECK_FALSE(session.isModified());
        CHECK(QFileInfo::exists(e.work));
        CHECK(qltest::fileBytes(e.json) == e.bytes);
    }
    // Opened again: the saved work, with its undo history.
    DocumentSession session;
    MainWindow window(session);
    REQUIRE(window.openFile(e.json));
    CHECK(session.document().annotations == edited);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Saved work restored")));
    REQUIRE(session.undo());
    CHECK(session.document().annotations == e.exported.annotations);
}

TEST_CASE("opening an exported JSON document: a damaged one says why, other JSON opens as text")
{
    ExportedSample e;
    DocumentSession session;
    MainWindow window(session);
    REQUIRE(window.openFile(e.sample.article));
    const std::string before = session.document().text;

    QFile cut(e.json);
    REQUIRE(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cut.write(e.bytes.left(e.bytes.size() / 2));
    cut.close();
    CHECK_FALSE(window.openFile(e.json));
    const QList<QMessageBox*> boxes = window.findChildren<QMessageBox*>();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front()->text().contains(QStringLiteral("harbour-bridge.json")));
    CHECK(boxes.front()->informativeText().contains(QStringLiteral("Not a Quotelens document")));
    CHECK(session.document().text == before);  // the open article stays

    const QString other = e.sample.dir.filePath(QStringLiteral("settings.json"));
    QFile file(other);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\", \"quotes\": []}\n");
    file.close();
    REQUIRE(qltest::openAndWait(window, other));
    CHECK(session.document().text == "{\"format\": \"something else\", \"quotes\": []}\n");
}
