// quotelens-cli: the engine without the GUI. One file per subcommand (see subcommand.h).
#include "subcommand.h"

int main(int argc, char** argv)
{
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
