#include "diagnostics.h"

#include <iostream>

namespace qlcli {

namespace {
void print(std::string_view where, std::string_view severity, std::string_view message)
{
    std::cerr << where << ": " << severity << ": " << message << '\n';
}
}  // namespace

void Diagnostics::error(std::string_view where, std::string_view message)
{
    ++m_errors;
    print(where, "error", message);
}

void Diagnostics::warning(std::string_view where, std::string_view message) { print(where, "warning", message); }

std::string lineLocation(std::string_view file, std::size_t line)
{
    return std::string(file) + ":" + std::to_string(line);
}

}  // namespace qlcli
