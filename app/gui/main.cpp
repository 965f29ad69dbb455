// quotelens: the desktop reader. `quotelens [FILE|URL…]` opens a window per article (one empty
// window without any); an http(s) address is fetched as File › Open URL does.
#include "ui/article_view.h"
#include "ui/correction_context.h"
#include "ui/corrections.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/reader_app.h"
#include "ui/themes.h"

#include "ui/export_runner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

namespace {

// For looking at the window from scripts and CI: once the article's quotes are found and
// painted, make the `quote`-th quote current (1: the first; 0: none), render the window to
// a PNG and quit.
void screenshotWhenReady(qlui::MainWindow& window, const QString& path, int quote)
{
    auto* poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, path, quote] {
        if (window.session().analysing() || window.session().loadingWork() || window.articleView()->rendering())
            return;
        poll->stop();
        const auto& quotes = window.session().document().annotations.quotes;
        if (quote > 0 && static_cast<std::size_t>(quote) <= quotes.size())
            window.corrections().context().goToQuote(quotes[static_cast<std::size_t>(quote) - 1].id);
        QTimer::singleShot(200, &window, [&window, path] {  // let the layout settle
            const bool saved = window.grab().save(path, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start(50);
}

}  // namespace

int main(int argc, char** argv)
{
    Q_INIT_RESOURCE(resources);  // the resources live in the static quotelens_ui library
    qlui::preferOffscreenForExport(argc, argv);  // quotelens --export needs no display
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Quotelens"));
    QApplication::setApplicationName(QStringLiteral("Quotelens"));
    QApplication::setApplicationVersion(QStringLiteral(QUOTELENS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quotelens.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A reader for news articles that shows who said what."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("Articles to open: text, Markdown or saved web pages, or http(s) addresses."),
        QStringLiteral("[file|url…]"));
    QCommandLineOption palette(QStringLiteral("palette"),
                               QStringLiteral("Use the light or dark palette this time, whatever Preferences say."),
                               QStringLiteral("light|dark"));
    parser.addOption(palette);
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the window as PNG and quit."),
                                  QStringLiteral("path"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption shownQuote(QStringLiteral("quote"), QStringLiteral("With --screenshot: select the Nth quote first."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    shownQuote.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(shownQuote);
    qlui::addExportOptions(parser);
    parser.process(app);
    if (const std::optional<int> exported = qlui::runExportOption(parser))
        return *exported;

    qlui::ReaderApp reader;
    reader.openAll(parser.positionalArguments());
    if (parser.isSet(palette))
        qlui::applyTheme(qlui::themeFromKey(parser.value(palette)));
    if (parser.isSet(screenshot) && !reader.windows().isEmpty())
        screenshotWhenReady(*reader.windows().constFirst(), parser.value(screenshot), parser.value(shownQuote).toInt());
    return app.exec();
}
