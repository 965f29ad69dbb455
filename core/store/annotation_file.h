#pragma once
// The annotation file: a reader's work on one article, saved beside it
// (ARTICLE.quotelens.json) and documented in docs/annotation-file.md. It holds the
// article's text and its SHA-256, the engine version, the full annotation set with the
// human decisions marked (manual, verified, rejected) and the undo history.
//
// Reading never throws and never writes: a damaged, foreign or newer file gives an error
// that names the problem; an older version is upgraded; a changed article is re-anchored
// by content and what cannot be placed is listed. Saving is atomic and refuses to replace
// a file that is not a Quotelens annotation file.

#include "edit/history.h"
#include "store/atomic_file.h"
#include "store/reanchor.h"

#include <string>
#include <string_view>
#include <vector>

namespace ql {

inline constexpr int kAnnotationFileVersion = 1;
inline constexpr std::string_view kAnnotationFileFormat = "quotelens-annotations";
inline constexpr std::size_t kMaxAnnotationFileBytes = 512u * 1024u * 1024u;

// "dir/article.txt" → "dir/article.txt.quotelens.json"
std::string annotationPathFor(std::string_view articlePath);

// The file's content (JSON text) for the work.
std::string writeAnnotationText(const Document& document, const History& history);

struct LoadedAnnotations final {
    Document document;            // its text is the article as it is now
    History history;              // empty when it could not be kept (the warnings say why)
    std::string engineVersion;    // of the program that saved the file
    int version = 0;              // the format version the file was written in
    bool textChanged = false;     // the article changed since: the annotations were re-anchored
    std::vector<UnplacedAnnotation> unplaced;  // what re-anchoring could not place
    std::vector<std::string> warnings;
    std::string error;            // non-empty when the file was refused; nothing else is set then

    bool ok() const { return error.empty(); }
};

// Reads the file's content against the article's text as it is now.
LoadedAnnotations readAnnotationText(std::string_view fileText, std::string_view articleText);
LoadedAnnotations loadAnnotationFile(const std::string& path, std::string_view articleText);
// Reads a file on its own, against the text it holds: work saved with Save As, opened
// without its article. A version 0 file that holds no text cannot be read so.
LoadedAnnotations loadAnnotationFileAlone(const std::string& path);

// Whether an existing file may be replaced: missing, or one of ours that this version can
// read. Otherwise an error that says what it is.
std::string checkReplaceable(const std::string& path);

// Saves atomically; returns an error, empty on success. A file at `path` that is not an
// annotation file this version can read is never replaced.
std::string saveAnnotationFile(const std::string& path, const Document& document, const History& history,
                               FileOps& ops = systemFileOps());

}  // namespace ql
