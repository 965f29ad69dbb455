#pragma once
// Fix once, fixed everywhere: before a reassignment that other quotes hang on (through the
// same pronoun, surname or role noun, or by going on from this quote), the reader sees which
// quotes would move and chooses to move them all, only this one, or nothing.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/document.h"
#include "edit/chain.h"
#endif

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace qlui {

enum class PropagationChoice { All, OnlyThis };

// Opens the question window-modally and returns it (it deletes itself when closed); `chosen`
// runs unless the reader cancels. `quote` is the quote being reassigned, `to` whom to.
QMessageBox* askToPropagate(QWidget* parent, const ql::Document& document, ql::QuoteId quote,
                            const ql::Propagation& propagation, const QString& to,
                            std::function<void(PropagationChoice)> chosen);

}  // namespace qlui
