#include "extract/pipeline.h"

#include <CLI/CLI.hpp>

int main(int argc, char** argv)
{
    CLI::App app{"quotelens-cli: who said what in news articles"};
    app.require_subcommand(1);
    app.add_subcommand("extract", "extract quotes");
    CLI11_PARSE(app, argc, argv);
    return 0;
}
