#include "inputs.h"

#include "io/article_reader.h"
#include "io/gold_jsonl.h"
#include "io/json_fields.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace qlcli {

bool InputFile::open(const std::string& path, Diagnostics& diagnostics)
{
    if (path == "-") {
        m_name = "<stdin>";
        return true;
    }
    m_name = path;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        diagnostics.error(path, "is a directory, not a file");
        return false;
    }
    m_file.open(path, std::ios::binary);
    if (!m_file) {
        diagnostics.error(path, std::string("cannot open: ") + std::strerror(errno));
        return false;
    }
    return true;
}

bool OutputFile::open(const std::string& path, Diagnostics& diagnostics)
{
    if (path.empty())
        return true;
    m_name = path;
    m_file.open(path, std::ios::binary | std::ios::trunc);
    if (!m_file) {
        diagnostics.error(path, std::string("cannot write: ") + std::strerror(errno));
        return false;
    }
    return true;
}

bool OutputFile::close(Diagnostics& diagnostics)
{
    stream().flush();
    if (!stream()) {
        diagnostics.error(m_name, "write failed");
        return false;
    }
    if (m_file.is_open())
        m_file.close();
    return true;
}

std::optional<std::string> loadArticleFile(const std::string& path, Diagnostics& diagnostics)
{
    ql::ArticleText article = ql::readArticleFile(path);
    for (const std::string& warning : article.warnings)
        diagnostics.warning(path, warning);
    if (!article.ok()) {
        diagnostics.error(path, article.error);
        return std::nullopt;
    }
    return std::move(article.text);
}

namespace {
// The "id" of a line that was refused, when the line is at least a JSON object with one.
std::string salvageId(const std::string& line)
{
    const auto json = ql::Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (json.is_object() && json.contains("id") && json["id"].is_string())
        return json["id"].get<std::string>();
    return {};
}
}  // namespace

std::size_t forEachJsonlRecord(InputFile& input, Diagnostics& diagnostics,
                               const std::function<void(const JsonlRecord&)>& onRecord,
                               const std::function<void(std::size_t, const std::string&, const std::string&)>& onMalformed)
{
    ql::JsonlLineReader reader(input.stream());
    std::size_t count = 0;
    std::string line;
    while (reader.next(line)) {
        ++count;
        ql::ParsedGoldLine parsed = ql::parseGoldLine(line, ql::GoldDetail::TextOnly);
        if (!parsed.ok()) {
            diagnostics.error(lineLocation(input.name(), reader.lineNumber()), parsed.error);
            if (onMalformed)
                onMalformed(reader.lineNumber(), salvageId(line), parsed.error);
            continue;
        }
        onRecord({std::move(parsed.article.id), std::move(parsed.article.text), reader.lineNumber()});
    }
    if (reader.failed())
        diagnostics.error(input.name(), "read error after line " + std::to_string(reader.lineNumber()));
    return count;
}

bool isJsonlPath(const std::string& path)
{
    return path == "-" || path.ends_with(".jsonl");
}

}  // namespace qlcli
