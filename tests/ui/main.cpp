// Creates the QApplication before Catch2 runs; defaults to the offscreen platform so that
// the tests run (and are discovered) without a display. Settings go to a temporary folder
// under an organisation of their own: tests never read or write the user's settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, settings.path());
    QApplication::setOrganizationName(QStringLiteral("QuotelensTests"));
    QApplication::setApplicationName(QStringLiteral("QuotelensTests"));
    return Catch::Session().run(argc, argv);
}
