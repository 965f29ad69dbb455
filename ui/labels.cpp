#include "ui/labels.h"

#include "extract/rule_descriptions.h"

#include <QCoreApplication>

namespace qlui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("qlui::labels", text); }
}  // namespace

QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

QString sentence(const QString& phrase)
{
    QString result = phrase;
    if (!result.isEmpty())
        result[0] = result[0].toUpper();
    if (!result.endsWith(QLatin1Char('.')))
        result += QLatin1Char('.');
    return result;
}

QString speakerName(const ql::AnnotationSet& annotations, ql::SpeakerId speaker)
{
    const ql::Speaker* found = speaker ? annotations.speaker(speaker) : nullptr;
    return found ? fromUtf8(found->name) : tr("unattributed");
}

QString kindName(ql::QuoteKind kind) { return fromUtf8(ql::toString(kind)); }

QString quoteText(const ql::Document& document, const ql::Quote& quote)
{
    QStringList pieces;
    for (const ql::Span& span : quote.spans)
        pieces << fromUtf8(span.in(document.text)).simplified();
    return pieces.join(QStringLiteral(" … "));
}

QString typeName(ql::SpeakerType type)
{
    switch (type) {
    case ql::SpeakerType::Person: return tr("person");
    case ql::SpeakerType::Organization: return tr("organisation");
    case ql::SpeakerType::Unknown: break;
    }
    return tr("unknown");
}

QString genderName(ql::Gender gender)
{
    switch (gender) {
    case ql::Gender::Female: return tr("female");
    case ql::Gender::Male: return tr("male");
    case ql::Gender::Unknown: break;
    }
    return tr("unknown");
}

QString percent(double share) { return tr("%1%").arg(qRound(share * 100)); }

QString quoteToolTip(const ql::Document& document, const ql::Quote& quote)
{
    const ql::AnnotationSet& annotations = document.annotations;
    QString tip = tr("<b>%1</b> · %2 quote").arg(speakerName(annotations, quote.speaker).toHtmlEscaped(),
                                                             kindName(quote.kind));
    if (const ql::Speaker* speaker = annotations.speaker(quote.speaker); speaker && !speaker->role.empty())
        tip += QStringLiteral("<br>") + fromUtf8(speaker->role).toHtmlEscaped();
    tip += QStringLiteral("<br>") + tr("confidence %1").arg(percent(quote.confidence));
    if (quote.speaker && quote.confidence < kLowConfidence)
        tip += QStringLiteral(" — ") + tr("worth checking");
    if (!quote.rule.empty()) {
        tip += QStringLiteral(" · ") + tr("rule <i>%1</i>").arg(fromUtf8(quote.rule).toHtmlEscaped());
        if (const std::string_view reading = ql::ruleDescription(quote.rule); !reading.empty())
            tip += QStringLiteral(": ") + fromUtf8(reading).toHtmlEscaped();
    }
    if (quote.cue)
        tip += QStringLiteral(" · ") + tr("cue “%1”").arg(fromUtf8(quote.cue->in(document.text)).toHtmlEscaped());
    if (quote.verified)
        tip += QStringLiteral("<br>") + tr("verified");
    return tip;
}

QString mentionToolTip(const ql::AnnotationSet& annotations, const ql::Mention& mention)
{
    return tr("Mention of <b>%1</b> (%2)")
        .arg(speakerName(annotations, mention.speaker).toHtmlEscaped(), fromUtf8(ql::toString(mention.kind)));
}

}  // namespace qlui
