#pragma once
// The reader's saved work on an article, looked for when the article is read: the annotation
// file beside it (core/store/annotation_file.h). Reading only: nothing here writes or asks;
// the window's WorkSaver tells the reader what was found.

#include "store/annotation_file.h"

#include <QString>

#include <optional>

namespace qlui {

struct SavedWork final {
    QString annotationPath;  // ARTICLE.quotelens.json; empty for text that has no file
    std::optional<ql::LoadedAnnotations> loaded = std::nullopt;  // the saved work, when there is some
    QString error;  // why an annotation file that is there was refused (damaged, foreign, newer)
};

// Where the work on the article at `articlePath` is saved: ARTICLE.quotelens.json.
QString savedWorkPath(const QString& articlePath);

// Reads the annotation file beside `articlePath` against the article as it is now read. A
// re-anchored or upgraded work is marked unsaved, so that saving writes it as it now is.
SavedWork readSavedWork(const QString& articlePath, const ql::Document& article);

// Saved work shown on the article as it is now read: its structure (headings, emphasis,
// links) and metadata come from the article, the annotations from the work.
void adoptArticle(ql::Document& work, const ql::Document& article);

// A short name for the kind of annotation that could not be placed ("Quote", "Quote's cue").
QString unplacedPartName(ql::UnplacedPart part);

}  // namespace qlui
