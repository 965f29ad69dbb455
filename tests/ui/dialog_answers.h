#pragma once
// Answers the dialogs a test's action runs with exec() (message boxes, file dialogs), which
// block in an event loop of their own: each answer is used on the next such dialog, in order.
// A dialog without an answer left is rejected, so that a test never hangs on one; what every
// dialog said is kept for the test to check.

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace qltest {

class DialogAnswers final {
public:
    struct Seen {
        QString name;  // the dialog's object name
        QString text;  // a message box's text and informative text; empty for other dialogs
        QStringList buttons;
        bool answered = false;  // false: there was no answer left and it was rejected
    };
    using Answer = std::function<void(QDialog&)>;

    DialogAnswers();
    DialogAnswers(const DialogAnswers&) = delete;
    DialogAnswers& operator=(const DialogAnswers&) = delete;

    DialogAnswers& then(Answer answer);
    // Clicks the button whose text (without '&') is `text`.
    DialogAnswers& click(const QString& text);
    // Selects `path` in a file dialog and accepts it.
    DialogAnswers& chooseFile(const QString& path);

    const QList<Seen>& seen() const { return m_seen; }
    QStringList names() const;
    int pending() const { return static_cast<int>(m_answers.size()); }

private:
    void poll();

    QTimer m_timer;
    QList<Answer> m_answers;
    QList<Seen> m_seen;
    QList<QPointer<QDialog>> m_handled;
};

}  // namespace qltest
