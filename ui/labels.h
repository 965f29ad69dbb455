#pragma once
// How core values read to a user: names, kinds, quote text and tool tips, shared by the
// quote panel and the article view so that both say the same thing.

#include "document/document.h"

#include <QString>

#include <string_view>

namespace qlui {

// Attributions the engine is less sure of than this stand out for review, in every view.
inline constexpr double kLowConfidence = 0.5;

QString fromUtf8(std::string_view text);
// A reason as core words it ("cannot read …") made a sentence: capitalised, with a full stop.
QString sentence(const QString& phrase);

// The speaker's name, or "unattributed" for an invalid or unknown id.
QString speakerName(const ql::AnnotationSet& annotations, ql::SpeakerId speaker);
QString kindName(ql::QuoteKind kind);
// The quote's pieces on one line, joined by an ellipsis.
QString quoteText(const ql::Document& document, const ql::Quote& quote);

QString typeName(ql::SpeakerType type);
QString genderName(ql::Gender gender);
QString percent(double share);  // "42%"

// Rich-text tool tips: who (and their role), what kind, how sure and why (the rule and what it
// means, and the cue).
QString quoteToolTip(const ql::Document& document, const ql::Quote& quote);
QString mentionToolTip(const ql::AnnotationSet& annotations, const ql::Mention& mention);

}  // namespace qlui
