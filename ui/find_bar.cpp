#include "ui/find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace qlui {

FindBar::FindBar(QTextEdit& target, QWidget* parent)
    : QWidget(parent), m_target(target), m_field(new QLineEdit), m_status(new QLabel)
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("findStatus"));
    const auto button = [this](const QString& text, const QString& tip) {
        auto* b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
        return b;
    };
    QToolButton* previous = button(QStringLiteral("▲"), tr("Previous match (Shift+Enter)"));
    QToolButton* next = button(QStringLiteral("▼"), tr("Next match (Enter)"));
    QToolButton* close = button(QStringLiteral("✕"), tr("Close (Escape)"));
    previous->setAccessibleName(tr("Previous match"));
    next->setAccessibleName(tr("Next match"));
    close->setAccessibleName(tr("Close find bar"));
    connect(previous, &QToolButton::clicked, this, [this] { find(-1); });
    connect(next, &QToolButton::clicked, this, [this] { find(+1); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        // Search as one types, from where the current match starts.
        QTextCursor cursor = m_target.textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_target.setTextCursor(cursor);
        find(+1);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:")));
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);
    hide();
}

void FindBar::start()
{
    const QString selected = m_target.textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() < 100) {
        const QSignalBlocker blocker(m_field);
        m_field->setText(selected);
    }
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool FindBar::find(int direction)
{
    const QString text = m_field->text();
    m_status->clear();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = direction < 0 ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = m_target.document()->find(text, m_target.textCursor(), flags);
    if (found.isNull()) {  // wrap around
        QTextCursor from(m_target.document());
        if (direction < 0)
            from.movePosition(QTextCursor::End);
        found = m_target.document()->find(text, from, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_target.setTextCursor(found);
    m_target.ensureCursorVisible();
    return true;
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        find(event->modifiers() & Qt::ShiftModifier ? -1 : +1);
        return;
    case Qt::Key_Escape:
        hide();
        m_target.setFocus(Qt::OtherFocusReason);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

}  // namespace qlui
