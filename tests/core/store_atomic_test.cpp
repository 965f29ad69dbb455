// Atomic writes: a failure at any step leaves the previous file intact, removes the
// temporary file and says which step failed and why. Tests run as root, who can write into
// read-only folders, so failures are made real in other ways (a parent that is a file, a
// file size limit) and injected at every step through FileOps.
#include "store/atomic_file.h"
#include "store_temp_dir.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <csignal>

using namespace ql;
using ql::test::readFile;
using ql::test::TempDir;
using ql::test::writeFile;

namespace {

// Fails one chosen step with a chosen error; the rest are the real calls.
class FailingOps final : public FileOps {
public:
    enum class Step { Create, Write, ShortWrite, Fsync, Close, Rename };
    FailingOps(Step step, int error) : m_step(step), m_error(error) {}

    int create(const std::string& path, int mode) override
    {
        if (m_step == Step::Create)
            return fail();
        return FileOps::create(path, mode);
    }
    long write(int fd, const char* data, std::size_t size) override
    {
        if (m_step == Step::Write)
            return fail();
        if (m_step == Step::ShortWrite) {
            // Half the bytes go through, then the disk is full.
            if (m_written > 0)
                return fail();
            m_written = size / 2;
            return FileOps::write(fd, data, m_written);
        }
        return FileOps::write(fd, data, size);
    }
    int fsync(int fd) override { return m_step == Step::Fsync ? fail() : FileOps::fsync(fd); }
    int close(int fd) override
    {
        const int result = FileOps::close(fd);
        return m_step == Step::Close ? fail() : result;
    }
    int rename(const std::string& from, const std::string& to) override
    {
        return m_step == Step::Rename ? fail() : FileOps::rename(from, to);
    }

private:
    int fail()
    {
        errno = m_error;
        return -1;
    }
    Step m_step;
    int m_error;
    std::size_t m_written = 0;
};

}  // namespace

TEST_CASE("store atomic: a write replaces the file and keeps its permissions")
{
    TempDir dir;
    const std::string path = dir.file("work.json");
    REQUIRE(writeFileAtomically(path, "first").empty());
    CHECK(readFile(path) == "first");
    ::chmod(path.c_str(), 0640);
    REQUIRE(writeFileAtomically(path, "second, longer").empty());
    CHECK(readFile(path) == "second, longer");
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0640);
    CHECK(dir.entries() == 1);  // no temporary file left
}

TEST_CASE("store atomic: a failure at any step leaves the previous file intact")
{
    using Step = FailingOps::Step;
    struct Row {
        Step step;
        int error;
        const char* message;
    };
    const Row rows[] = {
        {Step::Create, EACCES, "Permission denied (creating a temporary file beside it)"},
        {Step::Write, ENOSPC, "No space left on device (writing)"},
        {Step::ShortWrite, ENOSPC, "No space left on device (writing)"},
        {Step::Fsync, EIO, "Input/output error (flushing to disk)"},
        {Step::Close, EIO, "Input/output error (closing)"},
        {Step::Rename, EXDEV, "Invalid cross-device link (replacing it)"},
    };
    for (const Row& row : rows) {
        INFO(row.message);
        TempDir dir;
        const std::string path = dir.file("work.json");
        writeFile(path, "the previous work");
        FailingOps ops(row.step, row.error);
        const std::string error = writeFileAtomically(path, std::string(10000, 'x'), ops);
        CHECK(error == "could not save \"" + path + "\": " + row.message + "; the previous file is unchanged");
        CHECK(readFile(path) == "the previous work");
        CHECK(dir.entries() == 1);
    }
}

TEST_CASE("store atomic: real failures, even as root")
{
    TempDir dir;
    SECTION("the folder is a regular file")
    {
        writeFile(dir.file("not-a-folder"), "x");
        const std::string path = dir.file("not-a-folder/work.json");
        CHECK(writeFileAtomically(path, "data") ==
              "could not save \"" + path + "\": Not a directory (creating a temporary file beside it); "
              "the previous file is unchanged");
    }
    SECTION("the disk fills up mid-write (a file size limit)")
    {
        const std::string path = dir.file("work.json");
        writeFile(path, "the previous work");
        rlimit old{};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN);  // get EFBIG instead of being killed
        rlimit small = old;
        small.rlim_cur = 4096;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const std::string error = writeFileAtomically(path, std::string(100000, 'x'));
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        CHECK(error == "could not save \"" + path + "\": File too large (writing); the previous file is unchanged");
        CHECK(readFile(path) == "the previous work");
        CHECK(dir.entries() == 1);
    }
}

TEST_CASE("store atomic: reading whole files")
{
    TempDir dir;
    writeFile(dir.file("a"), "abc");
    CHECK(readWholeFile(dir.file("a"), 10).bytes == "abc");
    const FileBytes missing = readWholeFile(dir.file("missing"), 10);
    CHECK(missing.missing);
    CHECK(missing.error == "cannot read \"" + dir.file("missing") + "\": No such file or directory");
    CHECK(readWholeFile(dir.path().string(), 10).error ==
          "cannot read \"" + dir.path().string() + "\": it is not a regular file");
    writeFile(dir.file("big"), std::string(3u << 20, 'x'));
    CHECK(readWholeFile(dir.file("big"), 1u << 20).error ==
          "cannot read \"" + dir.file("big") + "\": it is larger than 1 MB");
}
