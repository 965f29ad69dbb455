// quotelens-cli export: annotated copies of many articles at once (HTML, JSON, CSV, Markdown),
// in parallel on all cores. One file per article in OUTDIR, or with --combined one CSV of all.
// Inputs: article files, folders of them, JSON Lines of articles, exported JSON documents.
#include "diagnostics.h"
#include "export_batch.h"
#include "inputs.h"
#include "subcommand.h"

#include "export/csv_exporter.h"
#include "export/export_source.h"
#include "export/exporter_registry.h"
#include "store/atomic_file.h"

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <memory>
#include <set>
#include <thread>

namespace qlcli {

namespace {

namespace fs = std::filesystem;

struct ExportCliOptions {
    std::string format;
    std::vector<std::string> inputs;
    std::string outdir;
    bool noIndirect = false;
    bool noUnverified = false;
    bool noUnattributed = false;
    bool combined = false;
    bool timing = false;
    unsigned threads = 0;  // 0: all cores
};

// One article to export: a file, or a record of a JSON Lines input.
struct Job {
    std::string path;   // the file, or the JSON Lines file the record is in
    std::string label;  // for messages and the combined CSV's file column
    std::string id;     // a record's id and text
    std::string text;
    bool record = false;
    std::string output;  // file name in OUTDIR
};

struct Outcome {
    bool ok = false;
    std::size_t quotes = 0;
    std::vector<std::string> warnings;
    std::string error;
    std::string rows;  // --combined
};

const std::set<std::string> kArticleExtensions = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json"};

bool inside(const fs::path& path, const fs::path& folder)
{
    const fs::path relative = fs::weakly_canonical(path).lexically_relative(fs::weakly_canonical(folder));
    return !relative.empty() && *relative.begin() != "..";
}

// The article files of a folder and its subfolders, in name order, leaving out OUTDIR.
std::vector<std::string> folderArticles(const std::string& folder, const std::string& outdir)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_directory() && inside(it->path(), outdir)) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file() && kArticleExtensions.contains(it->path().extension().string()))
            files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<Job> collectJobs(const ExportCliOptions& options, Diagnostics& diagnostics)
{
    std::vector<Job> jobs;
    for (const std::string& input : options.inputs) {
        std::error_code ec;
        if (input != "-" && fs::is_directory(input, ec)) {
            const std::vector<std::string> files = folderArticles(input, options.outdir);
            if (files.empty())
                diagnostics.error(input, "no article files in this folder (.txt, .md, .html, .json)");
            for (const std::string& file : files)
                jobs.push_back({file, file, {}, {}, false, {}});
            continue;
        }
        if (!isJsonlPath(input)) {
            jobs.push_back({input, input, {}, {}, false, {}});
            continue;
        }
        InputFile file;
        if (!file.open(input, diagnostics))
            continue;
        const std::size_t records = forEachJsonlRecord(file, diagnostics, [&](const JsonlRecord& record) {
            const std::string label = record.id.empty() ? lineLocation(file.name(), record.line) : record.id;
            jobs.push_back({file.name(), label, record.id, record.text, true, {}});
        });
        if (records == 0)
            diagnostics.error(file.name(), "no articles: the input is empty");
    }
    return jobs;
}

// A file name from an article's name: letters, digits and . - _ kept, the rest '_'.
std::string safeStem(std::string_view name)
{
    std::string stem;
    for (char c : name) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '_' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
        stem += keep ? c : '_';
    }
    while (!stem.empty() && stem.front() == '.')
        stem.erase(0, 1);
    return stem.substr(0, 200);
}

// One output name per job, unique in OUTDIR: "article.html", then "article-2.html", ...
void nameOutputs(std::vector<Job>& jobs, const std::string& extension)
{
    std::set<std::string> taken;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        Job& job = jobs[i];
        std::string stem = safeStem(job.record ? job.id : fs::path(job.path).stem().string());
        if (stem.empty())
            stem = "article-" + std::to_string(i + 1);
        std::string name = stem + "." + extension;
        for (int n = 2; taken.contains(name); ++n)
            name = stem + "-" + std::to_string(n) + "." + extension;
        taken.insert(name);
        job.output = name;
    }
}

Outcome exportOne(const Job& job, const ql::Exporter& exporter, const ql::ExportOptions& options,
                  const ExportCliOptions& cli)
{
    Outcome outcome;
    try {
        ql::ExportSource source = job.record ? ql::documentForExport(job.id, job.text)
                                             : ql::documentForExport(job.path, ql::savedAnnotationsLookup());
        outcome.warnings = std::move(source.warnings);
        if (job.record && job.text.find_first_not_of(" \t\r\n") == std::string::npos)
            outcome.warnings.push_back("the article \"" + job.id + "\" has no text");
        if (!source.ok()) {
            outcome.error = std::move(source.error);
            return outcome;
        }
        for (const ql::Quote& quote : source.document.annotations.quotes)
            outcome.quotes += ql::keepsQuote(options, quote, source.document.annotations) ? 1 : 0;
        if (cli.combined) {
            outcome.rows = ql::CsvExporter::rows(source.document, options, true, job.label);
        } else {
            const std::string error = ql::writeFileAtomically((fs::path(cli.outdir) / job.output).string(),
                                                              exporter.write(source.document, options));
            if (!error.empty()) {
                outcome.error = error;
                return outcome;
            }
        }
        outcome.ok = true;
    } catch (const std::exception& e) {  // e.g. out of memory: this article fails, the others go on
        outcome.error = std::string("could not be exported: ") + e.what();
    }
    return outcome;
}

int runExport(const ExportCliOptions& cli)
{
    Diagnostics diagnostics;
    if (cli.format == "pdf") {
        diagnostics.error("export", "quotelens-cli links no Qt and cannot write PDF; the reader can, also without a "
                                    "display: QT_QPA_PLATFORM=offscreen quotelens --export pdf ARTICLE -o OUT.pdf");
        return 2;
    }
    ql::ExporterRegistry registry;
    ql::addCoreExporters(registry);
    const ql::Exporter* exporter = registry.find(cli.format);
    if (!exporter) {
        diagnostics.error("export", "unknown format \"" + cli.format + "\"");
        return 2;
    }
    std::error_code ec;
    fs::create_directories(cli.outdir, ec);
    if (ec || !fs::is_directory(cli.outdir)) {
        diagnostics.error(cli.outdir, "cannot create the output folder" + (ec ? ": " + ec.message() : std::string()));
        return 1;
    }
    std::vector<Job> jobs = collectJobs(cli, diagnostics);
    nameOutputs(jobs, exporter->format().extension);
    const ql::ExportOptions options{!cli.noIndirect, !cli.noUnverified, !cli.noUnattributed};
    const unsigned threads = cli.threads ? cli.threads : std::max(1u, std::thread::hardware_concurrency());

    std::vector<Outcome> outcomes(jobs.size());
    ProgressBar bar(jobs.size(), stderrIsTerminal());
    const auto start = std::chrono::steady_clock::now();
    runParallel(
        jobs.size(), threads, [&](std::size_t i) { outcomes[i] = exportOne(jobs[i], *exporter, options, cli); },
        [&](std::size_t done) { bar.show(done); });
    std::string combined = cli.combined ? ql::CsvExporter::start(true) : std::string();
    for (const Outcome& outcome : outcomes)
        combined += outcome.rows;
    const std::string combinedPath = (fs::path(cli.outdir) / "quotes.csv").string();
    if (cli.combined) {
        if (const std::string error = ql::writeFileAtomically(combinedPath, combined); !error.empty())
            diagnostics.error(combinedPath, error);
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    bar.clear();

    // Messages in input order, whatever order the threads finished in.
    std::size_t done = 0, quotes = 0;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const std::string where = jobs[i].record ? jobs[i].path + ": " + jobs[i].label : jobs[i].label;
        for (const std::string& warning : outcomes[i].warnings)
            diagnostics.warning(where, warning);
        if (!outcomes[i].ok)
            diagnostics.error(where, outcomes[i].error);
        done += outcomes[i].ok ? 1 : 0;
        quotes += outcomes[i].quotes;
    }
    std::cout << "exported " << done << " of " << jobs.size() << (jobs.size() == 1 ? " article" : " articles") << ", "
              << jobs.size() - done << " failed, " << quotes << (quotes == 1 ? " quote" : " quotes") << " ("
              << cli.format << (cli.combined ? ": " + combinedPath : " in " + cli.outdir) << ")\n";
    if (cli.timing)
        std::cout << std::fixed << std::setprecision(3) << "time: " << elapsed.count() << " s, " << std::setprecision(1)
                  << (elapsed.count() > 0 ? static_cast<double>(jobs.size()) / elapsed.count() : 0.0)
                  << " articles/s on " << std::min<std::size_t>(threads, std::max<std::size_t>(jobs.size(), 1))
                  << (threads == 1 ? " thread" : " threads") << '\n';
    return diagnostics.exitCode();
}

}  // namespace

Subcommand addExportCommand(CLI::App& parent)
{
    auto options = std::make_shared<ExportCliOptions>();
    CLI::App* app = parent.add_subcommand("export", "write annotated copies of articles: HTML, JSON, CSV, Markdown");
    app->add_option("--format", options->format, "html, json, csv or md (pdf: see the reader, quotelens --export)")
        ->required()
        ->check(CLI::IsMember({"html", "json", "csv", "md", "pdf"}));
    app->add_option("inputs", options->inputs,
                    "article files, folders of them, FILE.jsonl of articles (- for stdin), exported .json documents")
        ->required();
    app->add_option("-o,--output", options->outdir, "the folder to write into (made when missing)")->required();
    app->add_flag("--no-indirect", options->noIndirect, "leave out reported speech (indirect quotes)");
    app->add_flag("--no-unverified", options->noUnverified, "leave out quotes no human has verified");
    app->add_flag("--no-unattributed", options->noUnattributed, "leave out quotes with no speaker");
    app->add_flag("--combined", options->combined, "with --format csv: one table of all quotes, with a file column");
    app->add_option("-j,--threads", options->threads, "threads to use (default: all cores)")->check(CLI::PositiveNumber);
    app->add_flag("--timing", options->timing, "say how long the export took, in articles per second");
    app->callback([options] {
        if (options->combined && options->format != "csv")
            throw CLI::ValidationError("--combined", "works with --format csv only");
    });
    return {app, [options] { return runExport(*options); }};
}

}  // namespace qlcli
