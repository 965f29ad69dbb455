#include "ui/main_window.h"

#include <catch2/catch.hpp>

TEST_CASE("main window: has the application title")
{
    qlui::MainWindow window;
    CHECK(window.windowTitle().contains(QStringLiteral("Quotelens")));
}
