// A reader to be killed, for the SIGKILL test in tests/ui/recovery_test.cpp:
// `quotelens_killed_reader ARTICLE` opens the article in a window as the GUI does, makes the
// sample corrections, waits until the autosave timer has written them and says so on stdout
// ("autosaved STEPS DIGEST", DIGEST being the SHA-256 of the work as an annotation file), then
// makes one more correction that no autosave will write ("edited") and waits to be killed.
#include "sample_corrections.h"
#include "store/sha256.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/work_saver.h"

#include <QApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <exception>

namespace {

std::string digest(const qlui::DocumentSession& session)
{
    return ql::sha256Hex(ql::writeAnnotationText(session.document(), session.history()));
}

// Runs the event loop until `done` holds.
template <typename Done>
void waitFor(Done done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settings;  // never the user's settings
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName(QStringLiteral("QuotelensTests"));
    QApplication::setApplicationName(QStringLiteral("QuotelensKilledReader"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: quotelens_killed_reader ARTICLE\n");
        return 2;
    }

    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    qlui::WorkSaver& saver = window.workSaver();
    saver.setAutosaveInterval(50);
    if (!window.openFile(QString::fromLocal8Bit(argv[1])))
        return 3;
    waitFor([&] { return !session.analysing(); });
    try {
        for (const ql::Edit& edit : qltest::sampleCorrections(session.document())) {
            if (!session.perform(edit).ok())
                return 4;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 4;
    }
    bool autosaved = false;
    QObject::connect(&saver, &qlui::WorkSaver::autosaved, [&] { autosaved = true; });
    waitFor([&] { return autosaved; });
    std::printf("autosaved %zu %s\n", session.history().steps().size(), digest(session).c_str());
    std::fflush(stdout);

    saver.setAutosaveInterval(24 * 60 * 60 * 1000);  // the next autosave is far off when the kill comes
    if (!session.perform(qltest::oneMoreCorrection(session.document())).ok())
        return 5;
    std::printf("edited %s\n", digest(session).c_str());
    std::fflush(stdout);
    return app.exec();
}
