#pragma once
// Each subcommand lives in its own file: it registers its options on the parent CLI::App
// and returns how to run it once the command line is parsed.

#include <CLI/CLI.hpp>

#include <functional>

namespace qlcli {

struct Subcommand {
    CLI::App* app = nullptr;
    std::function<int()> run;  // returns the process exit code
};

Subcommand addExtractCommand(CLI::App& parent);
Subcommand addEvalCommand(CLI::App& parent);
Subcommand addBenchCommand(CLI::App& parent);
Subcommand addExportCommand(CLI::App& parent);
Subcommand addTextCommand(CLI::App& parent);
Subcommand addTrainCommand(CLI::App& parent);

}  // namespace qlcli
