#pragma once
// Messages to stderr in the form compilers use ("FILE:LINE: error: reason"), counted so that
// the command can exit non-zero at the end when anything failed, after doing all it could.

#include <cstddef>
#include <string>
#include <string_view>

namespace qlcli {

class Diagnostics final {
public:
    void error(std::string_view where, std::string_view message);
    void warning(std::string_view where, std::string_view message);

    std::size_t errorCount() const { return m_errors; }
    int exitCode() const { return m_errors == 0 ? 0 : 1; }

private:
    std::size_t m_errors = 0;
};

// "FILE:LINE", the location of a JSON Lines record.
std::string lineLocation(std::string_view file, std::size_t line);

}  // namespace qlcli
