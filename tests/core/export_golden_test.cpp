// Golden files: each core exporter on the hand-annotated samples, compared byte for byte with
// tests/data/export/golden/. After a deliberate change, regenerate them with
//   QUOTELENS_UPDATE_GOLDEN=1 build/bin/quotelens_core_tests "export golden*"
// and read the diff before committing it.
#include "export/exporter_registry.h"
#include "export_samples.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace ql;

namespace {

bool updating() { return std::getenv("QUOTELENS_UPDATE_GOLDEN") != nullptr; }

void checkGolden(const std::string& actual, const std::string& name)
{
    const std::string path = test::exportDataPath("golden/" + name);
    if (updating()) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path);
        return;
    }
    const std::string expected = test::readFile(path);
    if (actual == expected)
        return;
    // Say where they part, and keep the new output for a diff.
    std::size_t at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
        ++at;
    const std::string newPath = name + ".actual";
    std::ofstream(newPath, std::ios::binary) << actual;
    FAIL(name << " differs from its golden file at byte " << at << ": expected \""
              << expected.substr(at > 40 ? at - 40 : 0, 100) << "\", got \"" << actual.substr(at > 40 ? at - 40 : 0, 100)
              << "\" (the new output is in " << newPath << ")");
}

}  // namespace

TEST_CASE("export golden: every core format of the hand-annotated samples")
{
    ExporterRegistry registry;
    addCoreExporters(registry);
    REQUIRE(registry.ids() == std::vector<std::string>{"html", "json", "csv", "md"});
    const std::pair<const char*, Document> samples[] = {{"tricky", test::trickyDocument()},
                                                        {"structured", test::structuredDocument()}};
    for (const auto& [name, document] : samples) {
        for (const auto& exporter : registry.exporters()) {
            const ExportFormat format = exporter->format();
            INFO(name << "." << format.extension);
            checkGolden(exporter->write(document, {}), std::string(name) + "." + format.extension);
        }
    }
}

TEST_CASE("export golden: options leave out indirect, unverified and unattributed quotes")
{
    ExporterRegistry registry;
    addCoreExporters(registry);
    const ExportOptions verifiedDirect{.indirect = false, .unverified = false, .unattributed = false};
    checkGolden(registry.find("md")->write(test::trickyDocument(), verifiedDirect), "tricky.verified-direct.md");
}
