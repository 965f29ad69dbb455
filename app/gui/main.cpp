// quotelens: the desktop reader. `quotelens [FILE]` opens the window, with FILE if given.
#include "ui/main_window.h"

#include "ui/document_session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QScreen>
#include <QTimer>

#include <algorithm>

int main(int argc, char** argv)
{
    Q_INIT_RESOURCE(resources);  // the resources live in the static quotelens_ui library
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quotelens"));
    QApplication::setApplicationVersion(QStringLiteral(QUOTELENS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quotelens.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A reader for news articles that shows who said what."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The article to open (plain text)."),
                                 QStringLiteral("[file]"));
    // For looking at the window from scripts and CI: render it to a PNG after loading, then quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the window as PNG and quit."),
                                  QStringLiteral("path"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    qlui::DocumentSession session;  // outlives the window, whose views read it
    qlui::MainWindow window(session);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    window.resize(std::min(1320, screen.width() * 9 / 10), std::min(860, screen.height() * 9 / 10));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());

    if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot), "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
