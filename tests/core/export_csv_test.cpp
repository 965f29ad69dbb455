// The CSV export read back by an RFC 4180 reader: every field survives, commas, quote marks
// and line breaks included.
#include "export/csv_exporter.h"
#include "export/text_escape.h"
#include "export_samples.h"
#include "text/offset_map.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {

using Row = std::vector<std::string>;

// RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes.
std::vector<Row> parseCsv(std::string_view csv)
{
    std::vector<Row> rows;
    Row row;
    std::string field;
    std::size_t at = 0;
    while (at < csv.size()) {
        if (csv[at] == '"') {
            for (++at;; ++at) {
                REQUIRE(at < csv.size());
                if (csv[at] == '"') {
                    if (at + 1 < csv.size() && csv[at + 1] == '"') {
                        field += '"';
                        ++at;
                        continue;
                    }
                    ++at;
                    break;
                }
                field += csv[at];
            }
        }
        while (at < csv.size() && csv[at] != ',' && csv[at] != '\r') {
            REQUIRE(csv[at] != '"');  // a quote inside an unquoted field is not RFC 4180
            REQUIRE(csv[at] != '\n');  // a bare LF outside quotes neither
            field += csv[at++];
        }
        row.push_back(std::move(field));
        field.clear();
        if (at < csv.size() && csv[at] == ',') {
            ++at;
            continue;
        }
        REQUIRE(csv.substr(at, 2) == "\r\n");
        at += 2;
        rows.push_back(std::move(row));
        row.clear();
    }
    return rows;
}

const std::string kBom = "\xEF\xBB\xBF";

}  // namespace

TEST_CASE("export csv: one row per quote, every field read back as written")
{
    const Document doc = test::trickyDocument();
    const std::string csv = CsvExporter().write(doc, {});
    REQUIRE(csv.starts_with(kBom));
    const std::vector<Row> rows = parseCsv(std::string_view(csv).substr(kBom.size()));
    REQUIRE(rows.size() == 1 + doc.annotations.quotes.size());
    const Row header = {"quote_id", "speaker", "role", "speaker_type", "gender", "kind", "quote", "source", "cue",
                        "start", "end", "confidence", "verified", "manual", "rule"};
    CHECK(rows[0] == header);
    const OffsetMap map(doc.text);
    for (std::size_t i = 0; i < doc.annotations.quotes.size(); ++i) {
        const Quote& quote = doc.annotations.quotes[i];
        const Row& row = rows[i + 1];
        INFO(quote.id.toString());
        REQUIRE(row.size() == header.size());
        CHECK(row[0] == quote.id.toString());
        CHECK(row[5] == toString(quote.kind));
        CHECK(row[9] == std::to_string(map.toCodePoint(quote.bounds().begin)));
        CHECK(row[10] == std::to_string(map.toCodePoint(quote.bounds().end)));
        CHECK(row[12] == (quote.verified ? "true" : "false"));
        CHECK(row[13] == (quote.manual ? "true" : "false"));
        CHECK(row[14] == quote.rule);
    }
    SECTION("commas, quote marks and line breaks inside quotes and names survive")
    {
        CHECK(rows[1][6] == "We said \u2018never again,\u2019 and we meant it, \u2026 "
                            "Prices, rents, and fees rose, and people said \"enough\".");
        CHECK(rows[2][1] == "Officials <b>&</b> \"staff\"");
        CHECK(rows[2][6] == "\"><img src=x onerror=alert(1)> was found in the form");
        CHECK(rows[3][2] == "Foreign Minister, Russia");
        CHECK(rows[5][6] == "This quote runs\nover a line break, with a comma,");
    }
    SECTION("speaker facts, source and cue as written, confidence with three decimals")
    {
        CHECK(rows[1][1] == "Zo\u00eb M\u00fcller-\u0141ukasiewicz");
        CHECK(rows[1][2] == "mayor of Gda\u0144sk");
        CHECK(rows[1][3] == "person");
        CHECK(rows[1][4] == "female");
        CHECK(rows[1][7] == "Zo\u00eb M\u00fcller-\u0141ukasiewicz");
        CHECK(rows[1][8] == "said");
        CHECK(rows[1][11] == "0.930");
        CHECK(rows[3][8] == "\u0441\u043a\u0430\u0437\u0430\u043b");
    }
    SECTION("an unattributed quote has empty speaker fields")
    {
        CHECK(rows[7][1].empty());
        CHECK(rows[7][3].empty());
        CHECK(rows[7][7].empty());
    }
}

TEST_CASE("export csv: a combined table has a file column and one header")
{
    std::string csv = CsvExporter::start(true);
    csv += CsvExporter::rows(test::trickyDocument(), {}, true, "dir/tricky, \"copy\".txt");
    csv += CsvExporter::rows(test::structuredDocument(), {.indirect = false}, true, "structured.html");
    const std::vector<Row> rows = parseCsv(std::string_view(csv).substr(kBom.size()));
    REQUIRE(rows.size() == 1 + 7 + 1);
    CHECK(rows[0][0] == "file");
    CHECK(rows[0][1] == "quote_id");
    CHECK(rows[1][0] == "dir/tricky, \"copy\".txt");
    CHECK(rows[7][0] == "dir/tricky, \"copy\".txt");
    CHECK(rows[8][0] == "structured.html");
    CHECK(rows[8][7] == "We are ready,");  // the quote, one column further right
}

TEST_CASE("export csv: fields are quoted only when they must be")
{
    struct Case { const char* in; const char* out; };
    const Case cases[] = {
        {"plain", "plain"},
        {"", ""},
        {"a,b", "\"a,b\""},
        {"say \"no\"", "\"say \"\"no\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"cr\r", "\"cr\r\""},
        {" spaced ", " spaced "},
        {"bad \xFF", "bad \xEF\xBF\xBD"},
    };
    for (const Case& c : cases) {
        INFO(c.in);
        CHECK(csvField(c.in) == c.out);
    }
}
