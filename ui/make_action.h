#pragma once
// An action of the window with its shortcuts: it works with the menu bar hidden, and its tool
// tip names the first shortcut, so that the keyboard way is learnt from the mouse way.

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace qlui {

QAction* makeAction(QWidget& window, const QString& text, const QList<QKeySequence>& keys, const QString& tip = {});

}  // namespace qlui
