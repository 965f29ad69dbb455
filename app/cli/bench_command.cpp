// quotelens-cli bench: extraction speed (MB/s of article text, one thread) and peak memory.
// Speed is measured here, on demand, never by timed test assertions.
#include "diagnostics.h"
#include "inputs.h"
#include "subcommand.h"

#include "extract/pipeline.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <limits>
#include <memory>

namespace qlcli {

namespace {

struct BenchOptions {
    std::vector<std::string> inputs;
    int repeat = 3;
};

std::vector<std::string> loadTexts(const std::vector<std::string>& paths, Diagnostics& diagnostics)
{
    std::vector<std::string> texts;
    for (const std::string& path : paths) {
        if (!isJsonlPath(path)) {
            if (auto text = loadArticleFile(path, diagnostics))
                texts.push_back(std::move(*text));
            continue;
        }
        InputFile input;
        if (!input.open(path, diagnostics))
            continue;
        const std::size_t records =
            forEachJsonlRecord(input, diagnostics, [&](const JsonlRecord& record) { texts.push_back(record.text); });
        if (records == 0)
            diagnostics.error(input.name(), "no articles: the input is empty");
    }
    return texts;
}

// Peak resident set size in kB (VmHWM), or 0 where /proc does not tell.
std::size_t peakRssKb()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            std::size_t kb = 0;
            status >> kb;
            return kb;
        }
        status.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
    }
    return 0;
}

int runBench(const BenchOptions& options)
{
    Diagnostics diagnostics;
    const std::vector<std::string> texts = loadTexts(options.inputs, diagnostics);
    if (texts.empty()) {
        diagnostics.error("bench", "no article text to measure");
        return diagnostics.exitCode();
    }
    std::size_t bytes = 0;
    for (const std::string& text : texts)
        bytes += text.size();

    std::size_t quotes = 0;  // used, so that the work cannot be optimised away
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    for (int pass = 0; pass < options.repeat; ++pass)
        for (const std::string& text : texts)
            quotes += ql::extractQuotes(text).quotes.size();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    // CPU time too: on a busy machine the wall clock measures the other processes as well.
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    const double megabytes = static_cast<double>(bytes) * options.repeat / 1e6;
    std::cout << std::fixed << std::setprecision(3) << "articles:   " << texts.size() << " ("
              << static_cast<double>(bytes) / 1e6 << " MB of text), " << options.repeat << " passes\n"
              << "quotes:     " << quotes / static_cast<std::size_t>(options.repeat) << " per pass\n"
              << "time:       " << elapsed.count() << " s\n"
              << "speed:      " << std::setprecision(2)
              << (elapsed.count() > 0 ? megabytes / elapsed.count() : 0.0) << " MB/s (one thread; MB = 10^6 bytes)\n"
              << "cpu speed:  " << (cpuSeconds > 0 ? megabytes / cpuSeconds : 0.0) << " MB/s of CPU time ("
              << std::setprecision(3) << cpuSeconds << " s)\n";
    if (const std::size_t kb = peakRssKb())
        std::cout << "peak RSS:   " << std::setprecision(1) << static_cast<double>(kb) / 1024.0 << " MiB (VmHWM)\n";
    else
        std::cout << "peak RSS:   unknown (no /proc/self/status)\n";
    return diagnostics.exitCode();
}

}  // namespace

Subcommand addBenchCommand(CLI::App& parent)
{
    auto options = std::make_shared<BenchOptions>();
    CLI::App* app = parent.add_subcommand("bench", "measure extraction speed and peak memory");
    app->add_option("inputs", options->inputs, "FILE.jsonl (articles as JSON Lines; - for stdin) or article files")
        ->required();
    app->add_option("--repeat", options->repeat, "passes over all the texts")->check(CLI::PositiveNumber);
    return {app, [options] { return runBench(*options); }};
}

}  // namespace qlcli
