#pragma once
// Autosave of unsaved work to a recovery file beside the annotation file
// (ARTICLE.quotelens.json.recovery), in the annotation file's own format. Qt-free: the GUI
// calls save() on a timer, and at start asks whether there is work to recover.

#include "store/annotation_file.h"

#include <string>
#include <string_view>

namespace ql {

std::string recoveryPathFor(std::string_view annotationPath);

class Autosaver final {
public:
    explicit Autosaver(std::string annotationPath, FileOps& ops = systemFileOps());

    const std::string& recoveryPath() const { return m_path; }

    // Writes the work to the recovery file (atomically) unless it is what was written last.
    // Returns an error, empty on success; a failed autosave leaves the last recovery file.
    std::string save(const Document& document, const History& history);
    // How many times save() actually wrote.
    std::size_t writes() const { return m_writes; }

    // Removes the recovery file: after the work was saved, or the reader declined to recover it.
    std::string discard();

private:
    std::string m_path;
    FileOps& m_ops;
    std::string m_lastHash;  // of what was written last
    std::size_t m_writes = 0;
};

// Whether a recovery file is waiting for the annotation file at `annotationPath`.
bool hasRecovery(std::string_view annotationPath);
// Reads it like an annotation file.
LoadedAnnotations loadRecovery(std::string_view annotationPath, std::string_view articleText);

}  // namespace ql
