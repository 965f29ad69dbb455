#include "ui/make_action.h"

#include <QAction>
#include <QWidget>

namespace qlui {

QAction* makeAction(QWidget& window, const QString& text, const QList<QKeySequence>& keys, const QString& tip)
{
    auto* action = new QAction(text, &window);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty())
        action->setStatusTip(tip);
    if (!keys.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                         keys.first().toString(QKeySequence::NativeText)));
    window.addAction(action);
    return action;
}

}  // namespace qlui
