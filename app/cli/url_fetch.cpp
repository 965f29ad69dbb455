#include "url_fetch.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace qlcli {

namespace {

struct Download {
    std::string* bytes;
    std::size_t maxBytes;
    bool tooLarge = false;
};

std::size_t onData(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* download = static_cast<Download*>(user);
    const std::size_t n = size * count;
    if (download->bytes->size() + n > download->maxBytes) {
        download->tooLarge = true;
        return 0;  // makes curl stop with a write error
    }
    download->bytes->append(data, n);
    return n;
}

struct CurlDeleter {
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};

std::string megabytes(std::size_t bytes)
{
    return std::to_string(bytes / (1024 * 1024)) + " MB";
}

}  // namespace

bool isUrl(std::string_view argument)
{
    auto startsNoCase = [&](std::string_view prefix) {
        if (argument.size() < prefix.size())
            return false;
        for (std::size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(argument[i])) != prefix[i])
                return false;
        return true;
    };
    return startsNoCase("http://") || startsNoCase("https://");
}

FetchResult fetchUrl(const std::string& url, const FetchLimits& limits)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    FetchResult result;
    const std::unique_ptr<CURL, CurlDeleter> curl(initialised ? curl_easy_init() : nullptr);
    if (!curl) {
        result.error = "cannot start the HTTP client";
        return result;
    }
    Download download{&result.bytes, limits.maxBytes};
    char message[CURL_ERROR_SIZE] = {};
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, limits.maxRedirects);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, limits.timeoutSeconds);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, std::min(limits.timeoutSeconds, 15L));
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.maxBytes));
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever curl can decompress
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Quotelens/" QUOTELENS_VERSION);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &download);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, message);
    const CURLcode code = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &result.status);
    if (char* type = nullptr; curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        result.contentType = type;
    if (char* last = nullptr; curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &last) == CURLE_OK && last)
        result.finalUrl = last;
    if (download.tooLarge || code == CURLE_FILESIZE_EXCEEDED) {
        result.error = "the page is larger than " + megabytes(limits.maxBytes) + ": not an article";
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
        result.error = "no complete answer within " + std::to_string(limits.timeoutSeconds) + " s";
    } else if (code == CURLE_TOO_MANY_REDIRECTS) {
        result.error = "more than " + std::to_string(limits.maxRedirects) + " redirects";
    } else if (code != CURLE_OK) {
        result.error = message[0] ? message : curl_easy_strerror(code);
    } else if (result.status >= 400) {
        result.error = "the server answered HTTP " + std::to_string(result.status);
    }
    if (!result.ok())
        result.bytes.clear();
    return result;
}

}  // namespace qlcli
