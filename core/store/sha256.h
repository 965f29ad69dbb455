#pragma once
// SHA-256 (FIPS 180-4), for the article text hash in annotation files: a saved file says
// which text its offsets refer to, and a changed article is noticed before anything is shown.

#include <string>
#include <string_view>

namespace ql {

// The digest as 64 lower-case hex digits.
std::string sha256Hex(std::string_view data);

}  // namespace ql
