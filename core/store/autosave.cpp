#include "store/autosave.h"

#include "store/sha256.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace ql {

std::string recoveryPathFor(std::string_view annotationPath) { return std::string(annotationPath) + ".recovery"; }

Autosaver::Autosaver(std::string annotationPath, FileOps& ops) : m_path(recoveryPathFor(annotationPath)), m_ops(ops) {}

std::string Autosaver::save(const Document& document, const History& history)
{
    const std::string text = writeAnnotationText(document, history);
    std::string hash = sha256Hex(text);
    if (hash == m_lastHash)
        return {};
    if (std::string error = writeFileAtomically(m_path, text, m_ops); !error.empty())
        return error;
    m_lastHash = std::move(hash);
    ++m_writes;
    return {};
}

std::string Autosaver::discard()
{
    m_lastHash.clear();
    if (m_ops.unlink(m_path) != 0 && errno != ENOENT)
        return "could not remove \"" + m_path + "\": " + std::strerror(errno);
    return {};
}

bool hasRecovery(std::string_view annotationPath)
{
    struct stat info {};
    return ::stat(recoveryPathFor(annotationPath).c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

LoadedAnnotations loadRecovery(std::string_view annotationPath, std::string_view articleText)
{
    return loadAnnotationFile(recoveryPathFor(annotationPath), articleText);
}

}  // namespace ql
