#include "ui/propagation_prompt.h"

#include "ui/labels.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace qlui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("qlui::PropagationPrompt", text); }

constexpr int kListed = 6;
constexpr qsizetype kQuoteChars = 90;

QString shortQuote(const ql::Document& document, ql::QuoteId id)
{
    const ql::Quote* quote = document.annotations.quote(id);
    QString text = quote ? quoteText(document, *quote) : QString();
    if (text.size() > kQuoteChars)
        text = text.left(kQuoteChars - 1) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(text);
}

// How the quote got its speaker: “he” ← “Rasmussen” ← “Anders Fogh Rasmussen”.
QString chainText(const ql::Document& document, ql::QuoteId quote)
{
    QStringList links;
    for (const ql::Span& span : ql::attributionChain(document.annotations, quote))
        links << QStringLiteral("“%1”").arg(fromUtf8(span.in(document.text)).simplified());
    return links.join(QStringLiteral(" ← "));
}
}  // namespace

QMessageBox* askToPropagate(QWidget* parent, const ql::Document& document, ql::QuoteId quote,
                            const ql::Propagation& propagation, const QString& to,
                            std::function<void(PropagationChoice)> chosen)
{
    const ql::Quote* q = document.annotations.quote(quote);
    const QString from = q ? speakerName(document.annotations, q->speaker) : QString();
    const int others = static_cast<int>(propagation.quotes.size());
    auto* box = new QMessageBox(QMessageBox::Question, tr("Move the Quotes That Hang on It?"),
                                others == 1
                                    ? tr("1 other quote got %1 through the same mention. Give it to %2 too?").arg(from, to)
                                    : tr("%1 other quotes got %2 through the same mention. Give them to %3 too?")
                                          .arg(QString::number(others), from, to),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("propagationPrompt"));
    box->setTextFormat(Qt::PlainText);
    QString details;
    const QString chain = chainText(document, quote);
    if (!chain.isEmpty())
        details += tr("Attributed through %1.").arg(chain) + QStringLiteral("\n\n");
    for (int i = 0; i < others && i < kListed; ++i)
        details += QStringLiteral("• ") + shortQuote(document, propagation.quotes[static_cast<std::size_t>(i)]) +
                   QLatin1Char('\n');
    if (others > kListed)
        details += tr("… and %1 more").arg(others - kListed) + QLatin1Char('\n');
    if (!propagation.kept.empty())
        details += QLatin1Char('\n') +
                   tr("Quotes on the same chain that stay as they are (verified, set by hand or someone "
                      "else's already): %1.")
                       .arg(propagation.kept.size());
    box->setInformativeText(details.trimmed());
    QPushButton* all = box->addButton(tr("Move &All %1").arg(others + 1), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("moveAll"));
    QPushButton* one = box->addButton(tr("&Only This Quote"), QMessageBox::ActionRole);
    one->setObjectName(QStringLiteral("moveOne"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(all);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [all, one, chosen = std::move(chosen)](QAbstractButton* b) {
        if (b == all)
            chosen(PropagationChoice::All);
        else if (b == one)
            chosen(PropagationChoice::OnlyThis);
    });
    box->setWindowModality(Qt::WindowModal);
    box->show();
    return box;
}

}  // namespace qlui
