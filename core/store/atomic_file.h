#pragma once
// Writing user data so that a failure never leaves a half-written file: the bytes go to a
// temporary file beside the target, are flushed to the disk (fsync), and the temporary file
// is then renamed over the target. Any failure removes the temporary file, leaves the
// previous file as it was and says which step failed and why.
// The system calls go through FileOps, so that tests can make any step fail (a full disk,
// a failing rename) even when they run as root, who can write into read-only folders.

#include <cstddef>
#include <string>
#include <string_view>

namespace ql {

class FileOps {
public:
    virtual ~FileOps() = default;
    // Each returns what the POSIX call returns and sets errno on failure.
    virtual int create(const std::string& path, int mode);  // open(O_WRONLY|O_CREAT|O_EXCL)
    virtual long write(int fd, const char* data, std::size_t size);
    virtual int fsync(int fd);
    virtual int close(int fd);
    virtual int rename(const std::string& from, const std::string& to);
    virtual int unlink(const std::string& path);
};

FileOps& systemFileOps();

// Returns an error that names the file, the failing step and the system's reason; empty
// on success. The file keeps the permissions of the one it replaces.
std::string writeFileAtomically(const std::string& path, std::string_view bytes, FileOps& ops = systemFileOps());

struct FileBytes final {
    std::string bytes;
    std::string error;     // non-empty when the file could not be read
    bool missing = false;  // it does not exist (error says so too)

    bool ok() const { return error.empty(); }
};

// Reads a whole regular file of at most `maxBytes`.
FileBytes readWholeFile(const std::string& path, std::size_t maxBytes);

}  // namespace ql
