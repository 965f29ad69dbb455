#pragma once
// Speaker colours. The first seven are Okabe and Ito's palette, told apart with every common
// colour-vision deficiency; more speakers continue with Paul Tol's "muted" set and then cycle.
// Grey is kept out of the palette: it marks unattributed quotes.

#include "document/annotation_set.h"

#include <QColor>

namespace qlui {

QColor speakerColor(int index);
// The colour of a speaker by its place in `annotations.speakers`; grey when unattributed.
QColor speakerColor(const ql::AnnotationSet& annotations, ql::SpeakerId speaker);
QColor unattributedColor();

// `colour` laid over `background` with the given opacity: tints that keep text readable
// on light and dark themes alike.
QColor blend(const QColor& colour, const QColor& background, double opacity);
// The colour darkened where it is too light to draw thin lines on a light background (yellow).
QColor lineColor(const QColor& colour);

}  // namespace qlui
