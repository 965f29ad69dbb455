#pragma once
// Fetching a web page for the CLI (libcurl): HTTP and HTTPS only, redirects followed, a
// size limit and a timeout, so that a slow or endless server cannot hang a batch.

#include <cstddef>
#include <string>
#include <string_view>

namespace qlcli {

struct FetchLimits {
    std::size_t maxBytes = 50u * 1024u * 1024u;
    long timeoutSeconds = 30;
    long maxRedirects = 10;
};

struct FetchResult {
    std::string bytes;
    std::string contentType;  // the Content-Type header, e.g. "text/html; charset=utf-8"
    std::string finalUrl;     // after redirects
    long status = 0;          // the HTTP status of the last response
    std::string error;        // non-empty when the page could not be had; says why

    bool ok() const { return error.empty(); }
};

bool isUrl(std::string_view argument);  // http:// or https://

FetchResult fetchUrl(const std::string& url, const FetchLimits& limits = {});

}  // namespace qlcli
