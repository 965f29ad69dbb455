#include "store/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace ql {

int FileOps::create(const std::string& path, int mode)
{
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
}
long FileOps::write(int fd, const char* data, std::size_t size) { return ::write(fd, data, size); }
int FileOps::fsync(int fd) { return ::fsync(fd); }
int FileOps::close(int fd) { return ::close(fd); }
int FileOps::rename(const std::string& from, const std::string& to) { return ::rename(from.c_str(), to.c_str()); }
int FileOps::unlink(const std::string& path) { return ::unlink(path.c_str()); }

FileOps& systemFileOps()
{
    static FileOps ops;
    return ops;
}

namespace {

std::string failure(const std::string& path, const char* step, int error)
{
    return "could not save \"" + path + "\": " + std::strerror(error) + " (" + step +
           "); the previous file is unchanged";
}

// Flushes the folder, so that the rename itself survives a power cut. Best effort: some
// file systems cannot, and the data is already safe in the file.
void syncFolder(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

std::string writeFileAtomically(const std::string& path, std::string_view bytes, FileOps& ops)
{
    static std::atomic<unsigned> counter{0};
    // The new file gets the permissions of the one it replaces, else the usual ones (umask).
    struct stat old {};
    const int mode = ::stat(path.c_str(), &old) == 0 ? static_cast<int>(old.st_mode & 07777) : 0666;
    std::string temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        fd = ops.create(temp, mode);
        if (fd < 0 && errno != EEXIST)
            return failure(path, "creating a temporary file beside it", errno);
    }
    if (fd < 0)
        return failure(path, "creating a temporary file beside it", EEXIST);
    if (old.st_mode != 0)
        ::fchmod(fd, static_cast<mode_t>(mode));  // create() applied the umask; keep the old mode

    auto abandon = [&](const char* step, int error) {
        ops.close(fd);
        ops.unlink(temp);
        return failure(path, step, error);
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const long n = ops.write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return abandon("writing", n < 0 ? errno : ENOSPC);
        done += static_cast<std::size_t>(n);
    }
    if (ops.fsync(fd) != 0)
        return abandon("flushing to disk", errno);
    if (ops.close(fd) != 0) {
        const int error = errno;
        ops.unlink(temp);
        return failure(path, "closing", error);
    }
    if (ops.rename(temp, path) != 0) {
        const int error = errno;
        ops.unlink(temp);
        return failure(path, "replacing it", error);
    }
    syncFolder(path);
    return {};
}

FileBytes readWholeFile(const std::string& path, std::size_t maxBytes)
{
    FileBytes result;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        result.missing = errno == ENOENT;
        result.error = "cannot read \"" + path + "\": " + std::strerror(errno);
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.error = "cannot read \"" + path + "\": it is not a regular file";
        return result;
    }
    if (static_cast<std::size_t>(info.st_size) > maxBytes) {
        result.error = "cannot read \"" + path + "\": it is larger than " + std::to_string(maxBytes >> 20) + " MB";
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = "cannot read \"" + path + "\": " + std::strerror(errno);
        return result;
    }
    result.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad())
        result.error = "cannot read \"" + path + "\": a read error";
    return result;
}

}  // namespace ql
