// quotelens-cli: the engine without the GUI. One file per subcommand (see subcommand.h).
#include "subcommand.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// The CLI extracts article after article, each freeing its working memory at its end. By default
// glibc hands the top of the heap back to the kernel once 128 KB of it is free, so the next article
// faulted the same pages in again: on PolNeAR dev, 7,400 page faults in 20 passes where 1,000 do,
// and 8 % of the time. Freed memory is kept for the next article instead (the thresholds are fixed,
// so large blocks stay on the heap too, not mapped and unmapped for each article).
void keepFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv)
{
    keepFreedMemory();
    CLI::App app{"quotelens-cli: who said what in news articles"};
    app.require_subcommand(1);
    const qlcli::Subcommand commands[] = {qlcli::addExtractCommand(app), qlcli::addEvalCommand(app),
                                          qlcli::addBenchCommand(app), qlcli::addTextCommand(app),
                                          qlcli::addExportCommand(app), qlcli::addTrainCommand(app)};
    CLI11_PARSE(app, argc, argv);
    for (const qlcli::Subcommand& command : commands)
        if (command.app->parsed())
            return command.run();
    return 2;
}
