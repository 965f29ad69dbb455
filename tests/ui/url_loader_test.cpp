// UrlLoader against a small HTTP server that the test runs itself on 127.0.0.1: pages,
// redirects, HTTP errors, the size limit, the timeout and refused schemes.
#include "ui/url_loader.h"

#include "local_http_server.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using qlui::UrlLoader;

namespace {

// The pages the loader is tried on.
struct TinyHttpServer : qltest::LocalHttpServer {
    TinyHttpServer()
    {
        page("/page", "<html><body><p>Hello from the page.</p></body></html>");
        serve("/redirect", {.status = "302 Found", .headers = "Location: /page\r\n"});
        serve("/loop", {.status = "302 Found", .headers = "Location: /loop\r\n"});
        page("/big", QByteArray(200 * 1024, 'x'));
        serve("/silent", {.silent = true});
    }
};

struct Outcome {
    bool ok = false;
    QByteArray bytes;
    QString contentType;
    QUrl finalUrl;
    QString error;
};

Outcome fetch(UrlLoader& loader, const QUrl& url)
{
    QSignalSpy loaded(&loader, &UrlLoader::loaded);
    QSignalSpy failed(&loader, &UrlLoader::failed);
    loader.load(url);
    // (whichever signal comes first: waiting out the one that never comes cost 10 s a failure)
    for (int waited = 0; loaded.isEmpty() && failed.isEmpty() && waited < 10000; waited += 20)
        loaded.wait(20);
    REQUIRE((!loaded.isEmpty() || !failed.isEmpty()));
    Outcome outcome;
    if (!loaded.isEmpty()) {
        outcome.ok = true;
        outcome.bytes = loaded.first().at(0).toByteArray();
        outcome.contentType = loaded.first().at(1).toString();
        outcome.finalUrl = loaded.first().at(2).toUrl();
    } else {
        REQUIRE(failed.count() == 1);
        outcome.error = failed.first().at(0).toString();
    }
    CHECK_FALSE(loader.isLoading());
    return outcome;
}

}  // namespace

TEST_CASE("url loader: a page, also through a redirect")
{
    TinyHttpServer server;
    UrlLoader loader;
    QSignalSpy progress(&loader, &UrlLoader::progress);
    const Outcome direct = fetch(loader, server.url("/page"));
    REQUIRE(direct.ok);
    CHECK(direct.bytes == "<html><body><p>Hello from the page.</p></body></html>");
    CHECK(direct.contentType == "text/html; charset=utf-8");
    CHECK(direct.finalUrl == server.url("/page"));
    CHECK_FALSE(progress.isEmpty());

    const Outcome redirected = fetch(loader, server.url("/redirect"));
    REQUIRE(redirected.ok);
    CHECK(redirected.finalUrl == server.url("/page"));
    CHECK(redirected.bytes.contains("Hello from the page."));
}

TEST_CASE("url loader: failures say why")
{
    TinyHttpServer server;
    UrlLoader loader;
    loader.setLimits({.maxBytes = 100 * 1024, .timeoutMs = 500, .maxRedirects = 3});
    struct Row { const char* path; const char* error; };
    const Row rows[] = {
        {"/missing", "The server answered HTTP 404."},
        {"/loop", "More than 3 redirects."},
        {"/big", "The page is larger than 100 kB: not an article."},
        {"/silent", "No complete answer within 0.5 s."},
    };
    for (const Row& row : rows) {
        INFO(row.path);
        const Outcome outcome = fetch(loader, server.url(row.path));
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.error.startsWith(QString::fromUtf8(row.error)));
    }
}

TEST_CASE("url loader: only http and https, reported later, never from load()")
{
    UrlLoader loader;
    QSignalSpy failed(&loader, &UrlLoader::failed);
    loader.load(QUrl(QStringLiteral("file:///etc/passwd")));
    CHECK(failed.isEmpty());  // not yet: the caller may still be connecting
    REQUIRE(failed.wait(1000));
    CHECK(failed.first().at(0).toString().startsWith(QStringLiteral("Only http and https")));
    CHECK_FALSE(loader.isLoading());
}

TEST_CASE("url loader: cancel")
{
    TinyHttpServer server;
    UrlLoader loader;
    QSignalSpy failed(&loader, &UrlLoader::failed);
    loader.load(server.url("/silent"));
    CHECK(loader.isLoading());
    loader.cancel();
    REQUIRE((failed.count() == 1 || failed.wait(1000)));
    CHECK(failed.first().at(0).toString() == "Cancelled.");
}
