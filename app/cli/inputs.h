#pragma once
// Opening inputs and outputs the way every subcommand does: "-" is stdin, an empty output
// path is stdout; what fails is reported through Diagnostics and the caller moves on.

#include "diagnostics.h"

#include "document/document.h"
#include "io/gold_jsonl.h"

#include <CLI/CLI.hpp>

#include <cstddef>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace qlcli {

class InputFile final {
public:
    bool open(const std::string& path, Diagnostics& diagnostics);  // false (reported) when it cannot
    std::istream& stream() { return m_file.is_open() ? m_file : std::cin; }
    const std::string& name() const { return m_name; }

private:
    std::ifstream m_file;
    std::string m_name;
};

// The articles of a gold JSON Lines file ("-": stdin); bad lines and an empty input are reported.
std::vector<ql::GoldArticle> readGoldArticles(const std::string& path, Diagnostics& diagnostics);

class OutputFile final {
public:
    bool open(const std::string& path, Diagnostics& diagnostics);  // empty path: stdout
    std::ostream& stream() { return m_file.is_open() ? m_file : std::cout; }
    bool close(Diagnostics& diagnostics);                          // reports a failed write

private:
    std::ofstream m_file;
    std::string m_name = "<stdout>";
};

// How articles are opened: detected, or as the user says.
struct ArticleOptions {
    std::string encoding;        // "" detects; "windows-1252", "utf-16le", ...
    std::string format = "auto"; // auto, text, markdown, html
    bool wholePage = false;      // HTML: the whole page, not only the article
    long timeoutSeconds = 30;    // URLs
    long maxMegabytes = 50;      // URLs: larger pages are refused
};

// Adds --encoding, --format, --whole-page, --timeout and --max-size to a subcommand.
void addArticleOptions(CLI::App& app, ArticleOptions& options);

// An article from a file (text, Markdown, HTML) or an http(s) URL, imported. Its warnings
// (e.g. the encoding fallback) and errors are reported under `source`.
std::optional<ql::Document> loadArticle(const std::string& source, const ArticleOptions& options,
                                        Diagnostics& diagnostics);

// The text the engine reads of an article file, with the default options.
std::optional<std::string> loadArticleFile(const std::string& path, Diagnostics& diagnostics);

struct JsonlRecord {
    std::string id;
    std::string text;
    std::size_t line = 0;
};

// Reads the records of a JSON Lines input (only "id" and "text"), in order. A malformed line
// is reported with its number and handed to `onMalformed` with whatever id could be read.
// Returns how many non-blank lines there were.
std::size_t forEachJsonlRecord(InputFile& input, Diagnostics& diagnostics,
                               const std::function<void(const JsonlRecord&)>& onRecord,
                               const std::function<void(std::size_t line, const std::string& id,
                                                        const std::string& reason)>& onMalformed = {});

// FILE.jsonl (or "-", stdin) holds articles as JSON Lines; anything else is one article.
bool isJsonlPath(const std::string& path);

}  // namespace qlcli
