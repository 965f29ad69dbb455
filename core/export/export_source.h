#pragma once
// The document to export for an input: the seam between "an input path" and "a Document".
//
//   NAME.json (a document JSON, as the JSON export writes it) → that document, as it is
//   any other article file → imported (text, web page, Markdown: import/article_import.h), then
//       the human corrections saved beside it (ARTICLE.quotelens.json, store/annotation_file.h),
//       when there are some: re-anchored if the article changed since,
//       otherwise the engine's annotations.

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

// Finds the corrections saved for the article at `path`, read as `article` (id, text and
// metadata; no annotations yet): the corrected document, or nullopt when none are saved.
// A saved file that cannot be used is an ExportSource with an error, never quietly replaced
// by the engine's output.
using SavedAnnotationsLookup =
    std::function<std::optional<ExportSource>(const std::string& path, const Document& article)>;

// What the programs use: the reader's annotation file beside the article.
SavedAnnotationsLookup savedAnnotationsLookup();

// True for inputs read as document JSON rather than as articles.
bool isDocumentJsonPath(const std::string& path);

ExportSource documentForExport(const std::string& path, const SavedAnnotationsLookup& saved = {});
// What the reader's File → Open makes of a file: a document JSON's document (with an error
// when it says it is one but cannot be read), or nullopt for any other file, JSON or not,
// which is read as an article.
std::optional<ExportSource> openedDocumentJson(const std::string& path);
// An article given as text (a JSON Lines record): the engine's annotations.
ExportSource documentForExport(std::string id, std::string text);

}  // namespace ql
