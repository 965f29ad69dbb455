#pragma once
// Find in the article: a bar under the text with a search field and next/previous. Enter finds
// the next match, Shift+Enter the previous, Escape closes the bar; the search wraps around.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;

namespace qlui {

class FindBar final : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QTextEdit& target, QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    // Shows the bar with the target's selected text (if any) and focuses the field.
    void start();
    // Selects the next (+1) or previous (-1) match; returns whether there was one.
    bool find(int direction);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTextEdit& m_target;
    QLineEdit* m_field;
    QLabel* m_status;
};

}  // namespace qlui
