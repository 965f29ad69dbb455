#pragma once
// Corrections of every kind on the engine's output for the bundled sample article
// (resources/samples/harbour-bridge.txt), for tests that save, kill and restore work. Shared
// with the child reader that the SIGKILL test kills (tests/ui/child).

#include "edit/edit.h"

#include <QString>

#include <vector>

namespace qltest {

// The bundled sample article.
QString sampleArticlePath();

// The edits, in order, each valid after the ones before it: a reassignment, a new speaker
// from a selection, a speaker's role, a verification, a nudge repeated (one undo step), a
// deleted quote, a quote added from a selection, a merge of two speakers, a cleared cue and
// "verify all from this speaker". Throws std::runtime_error when the engine's output is not
// what they were written for.
std::vector<ql::Edit> sampleCorrections(ql::Document document);

// One more correction, different from the ones above.
ql::Edit oneMoreCorrection(const ql::Document& document);

}  // namespace qltest
