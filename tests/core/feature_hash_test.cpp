#include "learn/feature_hash.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("feature hash: a padded string hashes as hashOf does, at every length")
{
    // Garbage after the string, where hashOfPadded reads a chunk and masks it away.
    const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (std::size_t size = 0; size + 8 <= text.size(); ++size) {
        const std::string_view s(text.data(), size);
        INFO(size);
        CHECK(ql::learn::hashOfPadded(s) == ql::learn::hashOf(s));
    }
}
