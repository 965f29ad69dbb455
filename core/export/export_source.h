#pragma once
// The document to export for an input: the seam between "an input path" and "a Document".
//
//   NAME.json (a document JSON, as the JSON export writes it) → that document, as it is
//   any other article file → imported (text, web page, Markdown), then
//       the human corrections saved beside it, when the lookup finds some,
//       otherwise the engine's annotations.
//
// The annotation file of saved corrections belongs to core/store (issue 4); until it is
// connected, the lookup is empty and every article goes through the engine.

#include "document/document.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ql {

enum class ExportOrigin { Engine, SavedAnnotations, DocumentJson };

struct ExportSource final {
    Document document;
    ExportOrigin origin = ExportOrigin::Engine;
    std::vector<std::string> warnings;  // e.g. an encoding fallback
    std::string error;                  // why there is nothing to export; says why, not which file

    bool ok() const { return error.empty(); }
};

// Finds the corrections saved for the article at `path`, imported as `article` (text, blocks,
// metadata; no annotations yet): the corrected document, or nullopt when none are saved.
// A saved file that cannot be used is an ExportSource with an error, never quietly replaced
// by the engine's output.
using SavedAnnotationsLookup =
    std::function<std::optional<ExportSource>(const std::string& path, const Document& article)>;

// What the programs use: today it finds nothing. core/store connects here.
SavedAnnotationsLookup savedAnnotationsLookup();

// True for inputs read as document JSON rather than as articles.
bool isDocumentJsonPath(const std::string& path);

ExportSource documentForExport(const std::string& path, const SavedAnnotationsLookup& saved = {});
// An article given as text (a JSON Lines record): the engine's annotations.
ExportSource documentForExport(std::string id, std::string text);

}  // namespace ql
