#include "dialog_answers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace qltest {

namespace {
QString plain(QString text) { return text.remove(QLatin1Char('&')); }
}  // namespace

DialogAnswers::DialogAnswers()
{
    m_timer.setInterval(5);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
    m_timer.start();
}

DialogAnswers& DialogAnswers::then(Answer answer)
{
    m_answers << std::move(answer);
    return *this;
}

DialogAnswers& DialogAnswers::click(const QString& text)
{
    return then([text](QDialog& dialog) {
        for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
            if (button->isVisible() && plain(button->text()) == plain(text)) {
                button->click();
                return;
            }
        }
        dialog.reject();  // no such button: the test's checks on what was seen say so
    });
}

DialogAnswers& DialogAnswers::chooseFile(const QString& path)
{
    return then([path](QDialog& dialog) {
        auto* files = qobject_cast<QFileDialog*>(&dialog);
        if (!files) {
            dialog.reject();
            return;
        }
        files->selectFile(path);
        dialog.accept();  // QFileDialog's own accept(), as the Save button does
    });
}

QStringList DialogAnswers::names() const
{
    QStringList names;
    for (const Seen& seen : m_seen)
        names << seen.name;
    return names;
}

void DialogAnswers::poll()
{
    // Only dialogs run with exec() are application-modal; open() ones are left to the test.
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    if (!dialog || !dialog->isVisible() || dialog->windowModality() != Qt::ApplicationModal ||
        m_handled.contains(dialog))
        return;
    m_handled << dialog;
    Seen seen;
    seen.name = dialog->objectName();
    if (const auto* box = qobject_cast<QMessageBox*>(dialog)) {
        seen.text = box->text() + QLatin1Char(' ') + box->informativeText();
        for (const QAbstractButton* button : box->buttons())
            seen.buttons << plain(button->text());
    }
    seen.answered = !m_answers.isEmpty();
    m_seen << seen;
    if (m_answers.isEmpty()) {
        dialog->reject();
        return;
    }
    const Answer answer = m_answers.takeFirst();
    answer(*dialog);
}

}  // namespace qltest
