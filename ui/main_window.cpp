#include "ui/main_window.h"

namespace qlui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) { setWindowTitle(QStringLiteral("Quotelens")); }

}  // namespace qlui
